import Foundation
import Testing

/// `sitan codebook draft`: sniffs the dialect, proposes variables, codes and design columns,
/// warns about identifiers without showing them.
@Suite struct CodebookDraftTests {
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path

    func draft(_ file: URL) throws -> SitanProcess.Output {
        try SitanProcess.run(["codebook", "draft", file.path, "--dictionary", Self.dictionary])
    }

    @Test func windows1257CSVWithSemicolonsAndDecimalCommas() throws {
        let result = try draft(SitanProcess.fixtures.appendingPathComponent("ingest/lv-survey.csv"))
        #expect(result.status == 0, "\(result.stderr)")
        let yaml = result.stdout
        #expect(yaml.contains("file: {encoding: windows-1257, delimiter: \";\", decimal: \",\"}  # check"))
        #expect(yaml.contains("design: {id: \"anketa_nr\", weight: \"svars\", strata: \"stratums\", psu: \"skola\", fpc: null}"))
        #expect(
            yaml.contains("\"dzimums\": {variable: sex, codes: {\"1\": TODO, \"2\": TODO, \"3\": TODO}}  # check; categories: male, female")
        )
        #expect(yaml.contains("\"vecums\": {variable: age, type: integer, range: [0, 120]}  # check; values: 11, 12, 13"))
        #expect(yaml.contains("\"q12\": {variable: TODO}  # values: "))
    }

    /// A column name that appears twice in the header is proposed under `drop:` only (a codebook
    /// cannot tell the two apart), never as two keys under `columns:`, which is not valid YAML.
    @Test func aRepeatedColumnIsProposedForDropOnly() throws {
        let file = temporaryDirectory().appendingPathComponent("repeated.csv")
        try Data("id;Klasa;plec;Klasa\n1;5;Kobieta;5\n2;6;Mężczyzna;6\n".utf8).write(to: file)
        let result = try draft(file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\"Klasa\": {"), "\(result.stdout)")
        #expect(result.stdout.contains("drop: [\"Klasa\"]  #") && result.stdout.contains("\"Klasa\" appears more than once in the header"))
    }

    /// Raw files name the sexes of pupils with child words (girl, boy) or adult ones, in any
    /// of the four languages; both are proposed as codes.
    @Test(arguments: [
        ("płeć", "dziewczynka", "chłopiec"), ("lytis", "Mergaitė", "Berniukas"), ("dzimums", "meitene", "zēns"),
        ("sex", "Girl", "Boy"), ("plec", "Kobieta", "Mężczyzna"),
    ])
    func childAndAdultWordsForTheSexesAreProposed(column: String, female: String, male: String) throws {
        let directory = temporaryDirectory()
        let file = try write("\(column);wiek\n\(female);12\n\(male);13\n\(female);14\n", to: "sexes.csv", in: directory)
        let result = try draft(URL(fileURLWithPath: file))
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  \"\(column)\": {variable: sex, codes: {") })
        #expect(line.contains("\"\(female)\": \"female\"") && line.contains("\"\(male)\": \"male\""), "\(line)")
    }

    @Test func stataLabelsMapOntoCategoriesAndIdentifiersAreOnlyNamed() throws {
        let fixtures = SitanProcess.fixtures.appendingPathComponent("statfiles")
        let result = try draft(fixtures.appendingPathComponent("pl-identifier.dta"))
        #expect(result.status == 0, "\(result.stderr)")
        let yaml = result.stdout
        #expect(yaml.contains("file: {value_labels: true}"))
        #expect(yaml.contains("\"plec\": {variable: sex, codes: {\"kobieta\": \"female\", \"mężczyzna\": \"male\"}}"))
        #expect(yaml.contains("# PII: column \"uwagi\" holds what looks like a valid Polish PESEL (line 2)"))
        #expect(!yaml.contains("44051401458") && !yaml.contains("\"uwagi\": {"))
    }

    @Test func valuesThatAreNotPlainCodesAreCountedNotPrinted() throws {
        let csv = """
            nr;plec;kontakt;opiekun;uwagi
            1;1;"601~234";Jan Kowalski;ul długa 5
            2;2;"[b]Ala[/b]";Anna Nowak;kot pies
            3;1;"x.y@z";Jan Kowalski;tak
            4;x y;"601 234";nie;12,5

            """
        let file = try write(csv, to: "d.csv", in: temporaryDirectory())
        let result = try draft(URL(fileURLWithPath: file))
        #expect(result.status == 0, "\(result.stderr)")
        for hidden in ["601", "Kowalski", "Nowak", "długa", "x y", "[b]", "x.y"] {
            #expect(!result.stdout.contains(hidden), "\(hidden): \(result.stdout)")
        }
        #expect(result.stdout.contains("values: nie, … (2 not shown: not plain codes)"), "\(result.stdout)")
        #expect(result.stdout.contains("values: 12,5, tak, … (2 not shown: not plain codes)"), "\(result.stdout)")
        #expect(result.stdout.contains("1 value(s) not shown (not plain codes)"), "\(result.stdout)")
    }

    @Test func theDraftIsACodebookThatValidateChecks() throws {
        let directory = temporaryDirectory()
        let file = SitanProcess.fixtures.appendingPathComponent("statfiles/pl-survey.dta")
        let codebook = try write(try draft(file).stdout, to: "draft.yaml", in: directory)
        let result = try SitanProcess.run(["validate", file.path, "--codebook", codebook, "--dictionary", Self.dictionary])
        #expect(result.status == 65 && result.stderr.contains("draft.yaml:3:"), "\(result.stderr)")
    }
}
