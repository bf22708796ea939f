import Foundation
import TestSupport
import Testing

/// Where an identifier is put, on which ingest path.
enum IdentifierPlace: String, Sendable {
    case surveyField, surveyHeader, surveyFileName, codebookText, countsField, countsHeader, eurostatKey, eurostatHeader
    case eurostatFileName, projectConfiguration
}

/// One batch of the matrix: one place, one code, several written forms, one database.
struct IdentifierBatch: CustomStringConvertible, Sendable {
    let place: IdentifierPlace
    let code: String
    let forms: [String]

    var description: String { "\(place.rawValue) \(code.prefix(2))… \(forms.count) forms" }

    static let lineForms = ["6 line break 5", "6 CRLF 5"]
    static let fieldForms = WrittenForm.all.map(\.name)
    static let shortList = ["plain", "1 6 4 spaces", "zero-width space", "NUL", "fullwidth digits", "6 line break 5"]
    static let inlineList = ["plain", "6 space 5", "zero-width space", "fullwidth digits"]

    /// 72 cases: every form of a PESEL in a survey field, a short list for the other codes,
    /// and every other place and path.
    static let all: [IdentifierBatch] = [
        IdentifierBatch(place: .surveyField, code: SampleCodes.pesel, forms: fieldForms),
        IdentifierBatch(place: .surveyField, code: SampleCodes.lithuanian, forms: shortList),
        IdentifierBatch(place: .surveyField, code: SampleCodes.latvianOld, forms: shortList + ["6 hyphen 5", "decimal-fraction trick"]),
        IdentifierBatch(place: .surveyField, code: SampleCodes.latvianNew, forms: ["plain", "6 hyphen 5", "6 no-break space 5"]),
        IdentifierBatch(place: .surveyHeader, code: SampleCodes.pesel, forms: inlineList),
        IdentifierBatch(place: .surveyHeader, code: SampleCodes.latvianOld, forms: ["6 hyphen 5", "6 underscore 5", "Hangul filler"]),
        IdentifierBatch(place: .surveyFileName, code: SampleCodes.pesel, forms: ["plain", "6 hyphen 5", "ALM, 5 hyphen 6"]),
        IdentifierBatch(place: .surveyFileName, code: SampleCodes.lithuanian, forms: ["plain", "6 underscore 5"]),
        IdentifierBatch(place: .codebookText, code: SampleCodes.pesel, forms: inlineList),
        IdentifierBatch(
            place: .codebookText, code: SampleCodes.latvianOld, forms: ["6 hyphen 5", "ALM, 5 hyphen 6", "Arabic-Indic 5 space 6"]),
        IdentifierBatch(place: .countsField, code: SampleCodes.pesel, forms: ["plain", "6 space 5", "NUL"]),
        IdentifierBatch(place: .countsField, code: SampleCodes.lithuanian, forms: ["1 6 4 spaces", "6 padded with spaces 5", "(6) 5"]),
        IdentifierBatch(place: .countsHeader, code: SampleCodes.latvianOld, forms: ["plain", "6 hyphen 5"]),
        IdentifierBatch(place: .eurostatKey, code: SampleCodes.pesel, forms: ["plain", "zero-width space", "fullwidth digits"]),
        IdentifierBatch(place: .eurostatKey, code: SampleCodes.latvianOld, forms: ["6 hyphen 5", "6 minus sign 5", "Devanagari digits"]),
        IdentifierBatch(place: .eurostatHeader, code: SampleCodes.lithuanian, forms: ["plain", "1 6 4 spaces"]),
        IdentifierBatch(place: .eurostatFileName, code: SampleCodes.pesel, forms: ["plain"]),
        IdentifierBatch(place: .projectConfiguration, code: SampleCodes.pesel, forms: ["plain", "6 space 5", "fullwidth digits"]),
        IdentifierBatch(place: .projectConfiguration, code: SampleCodes.latvianOld, forms: ["6 hyphen 5"]),
    ]
}

/// Identifiers in every written form, on every ingest path and in every place: the input is
/// refused with exit code 65, and no written form of the code (nor its bare digits) reaches
/// stdout, stderr, the rejects table or the bytes of the database.
@Suite struct IdentifierMatrixTests {
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path

    @Test func theMatrixHasAtLeastSixtyCases() {
        #expect(IdentifierBatch.all.reduce(0) { $0 + $1.forms.count } >= 60)
    }

    @Test(arguments: IdentifierBatch.all)
    func identifierIsRefusedAndNeverEchoedOrStored(batch: IdentifierBatch) throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("m.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let forbidden = WrittenForm.everyForm(of: batch.code)
        for (index, name) in batch.forms.enumerated() {
            let value = WrittenForm.named(name).write(batch.code)
            let caseDirectory = directory.appendingPathComponent("case\(index)")
            try FileManager.default.createDirectory(at: caseDirectory, withIntermediateDirectories: true)
            let result = try run(batch.place, value: value, in: caseDirectory, db: db)
            #expect(result.status == 65, "\(name): \(result.stderr)")
            // A NUL byte or a byte-order mark inside the file refuses it before any field is read
            // (a binary or joined file); every other form is refused as an identifier.
            let refusal = ["looks like", "holds a NUL byte", "holds a byte-order mark"]
            #expect(
                Self.isDiagnostic(result.stderr, under: caseDirectory.path) && refusal.contains { result.stderr.contains($0) },
                "\(name): \(result.stderr)")
            for text in forbidden {
                #expect(!result.stdout.contains(text) && !result.stderr.contains(text), "\(name): a written form was echoed")
            }
        }
        let rejects = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT * FROM rejects"])
        #expect(rejects.status == 0, "\(rejects.stderr)")
        let stored = try Data(contentsOf: URL(fileURLWithPath: db))
        for text in forbidden {
            #expect(!rejects.stdout.contains(text))
            #expect(stored.range(of: Data(text.utf8)) == nil, "a written form is in the database file")
        }
    }

    /// Whether stderr starts with one error diagnostic about a file in `directory`, with a
    /// line and column when it names one (`DIR/data.csv:3:9: error: ...`), or about no file
    /// (`error: ...`, a refused file name).
    static func isDiagnostic(_ stderr: String, under directory: String) -> Bool {
        guard let line = stderr.split(separator: "\n").first, let range = line.range(of: "error: ") else { return false }
        let position = line[..<range.lowerBound]
        guard !position.isEmpty else { return !line.dropFirst("error: ".count).contains("error:") }
        guard position.hasPrefix(directory + "/"), position.hasSuffix(": ") else { return false }
        let place = position.dropFirst(directory.count + 1).dropLast(2).split(separator: ":")
        return (place.count == 1 || place.count == 3) && place.dropFirst().allSatisfy { Int($0) != nil }
    }

    /// Puts `value` in `place` and runs the command that reads it.
    func run(_ place: IdentifierPlace, value: String, in directory: URL, db: String) throws -> SitanProcess.Output {
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        switch place {
        case .surveyField:
            return try ingest("nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13,\(quoted)\n", codebook: Self.survey, in: directory, db: db)
        case .surveyHeader:
            return try ingest("nr,plec,wiek,uwagi,\(quoted)\n1,1,12,a,b\n", codebook: Self.survey, in: directory, db: db)
        case .surveyFileName:
            return try ingest("nr,plec,wiek,uwagi\n1,1,12,a\n", codebook: Self.survey, in: directory, db: db, file: "case_\(value).csv")
        case .codebookText:
            let book = Self.survey.replacingOccurrences(of: "year: 2024}", with: "year: 2024, description: \"Victim, PESEL \(value)\"}")
            return try ingest("nr,plec,wiek,uwagi\n1,1,12,a\n", codebook: book, in: directory, db: db)
        case .countsField:
            return try ingest("rok;przestepstwo;liczba\n2022;\(quoted);41\n", codebook: Self.counts, in: directory, db: db)
        case .countsHeader:
            return try ingest("rok;przestepstwo;liczba;\(quoted)\n2022;0301;41;x\n", codebook: Self.counts, in: directory, db: db)
        case .eurostatKey:
            return try eurostat("freq,unit,geo\\TIME_PERIOD\t2022 \nA,NR,\(value)\t1 \n", name: "estat_x.tsv", in: directory, db: db)
        case .eurostatHeader:
            return try eurostat(
                "freq,unit,geo\\TIME_PERIOD\t2022 \t\(value)\nA,NR,LV\t1 \t2 \n", name: "estat_x.tsv", in: directory, db: db)
        case .eurostatFileName:
            return try eurostat("freq,unit,geo\\TIME_PERIOD\t2022 \nA,NR,LV\t1 \n", name: "estat_\(value).tsv", in: directory, db: db)
        case .projectConfiguration:
            let config = try write("disclosure: {k: 5}\nnote: \"\(value)\"\n", to: "sitan.yaml", in: directory)
            return try SitanProcess.run(["estimate", "k21a", "--db", db, "--config", config])
        }
    }

    func ingest(_ csv: String, codebook: String, in directory: URL, db: String, file: String = "data.csv") throws -> SitanProcess.Output {
        let path = try write(csv, to: file, in: directory)
        let book = try write(codebook, to: "data.codebook.yaml", in: directory)
        return try SitanProcess.run(["ingest", "--db", db, path, "--codebook", book, "--dictionary", Self.dictionary])
    }

    func eurostat(_ tsv: String, name: String, in directory: URL, db: String) throws -> SitanProcess.Output {
        try SitanProcess.run(["ingest", "--db", db, try write(tsv, to: name, in: directory)])
    }

    /// The survey codebook of the refusal tests (source `pii-test`).
    static let survey = RefusalTests().codebook

    static let counts = """
        source: {name: matrix-counts, country: PL, kind: counts}
        file: {encoding: utf-8, delimiter: ";"}
        columns:
          rok: {variable: year, type: integer}
          przestepstwo: {variable: iccs, type: text}
          liczba: {variable: count, type: integer, range: [0, 100000]}

        """
}
