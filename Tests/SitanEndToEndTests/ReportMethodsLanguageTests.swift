import Foundation
import Testing

/// A codebook's `methods:` texts in the report's language: the committed reports show the
/// shipped codebooks' texts in their own language, and a text not given in the report's language
/// is shown in another, marked with that language's code and explained in a note.
@Suite struct ReportMethodsLanguageTests {
    @Test(arguments: [
        ("en", "SYNTHETIC data: "), ("lv", "SINTĒTISKI dati: "), ("lt", "SINTETINIAI duomenys: "), ("pl", "Dane SYNTETYCZNE: "),
    ])
    func committedReportsShowTheirLanguage(language: String, mark: String) throws {
        let report = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("reports/\(language)/report.md"), encoding: .utf8)
        let cells = report.split(separator: "\n").filter { $0.hasPrefix("|") }.flatMap { $0.split(separator: "|") }
        let texts = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.contains(" dati: ") || $0.contains(" data: ") || $0.contains(" duomenys: ") || $0.contains("SYNTETYCZNE: ")
        }
        // Four survey rounds (LV 2019 and 2023, LT, PL): four texts each in the methods tables, six
        // questions each in the definitions.
        #expect(texts.count == 4 * 4 + 4 * 6, "\(texts.count)")
        #expect(texts.allSatisfy { $0.hasPrefix(mark) }, "\(texts.filter { !$0.hasPrefix(mark) })")
        #expect(!report.contains("(en) |"), "no fallback in the shipped codebooks")
    }

    @Test func aTextMissingInTheLanguageIsMarked() throws {
        let directory = temporaryDirectory()
        let rows = (1...80).map { "\($0),\($0 % 2 + 1),\($0 % 3 == 0 ? 1 : 0)" }
        let db = directory.appendingPathComponent("m.sqlite").path
        let ingest = try SitanProcess.run([
            "ingest", "--db", db, try write("id,dzimums,q\n" + rows.joined(separator: "\n") + "\n", to: "m.csv", in: directory),
            "--codebook",
            try write(
                """
                source: {name: methods, country: LV, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: id}
                columns: {dzimums: {variable: sex, codes: {"1": male, "2": female}}, q: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0}}}
                methods:
                  design: {en: two-stage cluster sample, lv: divpakāpju ligzdu izlase}
                  instrument: paper questionnaire

                """, to: "m.codebook.yaml", in: directory),
            "--dictionary", SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for (language, design, marked) in [("lv", "divpakāpju ligzdu izlase", false), ("pl", "two-stage cluster sample (en)", true)] {
            let out = directory.appendingPathComponent("report-" + language).path
            let report = try SitanProcess.run(["report", "--db", db, "--lang", language, "--out", out])
            #expect(report.status == 0, "\(report.stderr)")
            let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
            #expect(markdown.contains("| \(design) |") && markdown.contains("| paper questionnaire |"), "\(language)")
            #expect(markdown.contains("Kod języka w nawiasie, np. (en)") == marked)
        }
    }
}
