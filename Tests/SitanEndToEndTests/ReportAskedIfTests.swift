import Foundation
import Testing

/// The help-seeking section of `sitan report` when the codebooks say who was asked
/// (`asked_if:`): a Polish export that asked the disclosure and help questions only after contact
/// abuse, and a Latvian one that asked them after any lifetime abuse
/// (`Tests/Fixtures/asked-if`, made by `make_exports.py`), against R survey's svyciprop in each
/// domain (`make_expected.R`).
@Suite struct ReportAskedIfTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("asked-if")
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
    static let helpVariables = ["disclosed_anyone", "disclosed_parent", "reported_police", "received_help"]

    func ingest(_ name: String, db: String, codebook: String? = nil) throws -> SitanProcess.Output {
        try SitanProcess.run([
            "ingest", "--db", db, Self.folder.appendingPathComponent(name + ".csv").path, "--codebook",
            codebook ?? Self.folder.appendingPathComponent(name + ".codebook.yaml").path, "--dictionary", Self.dictionary,
        ])
    }

    /// The English report of the database, as lines.
    func report(_ db: String) throws -> [Substring] {
        let out = temporaryDirectory().appendingPathComponent("report")
        let result = try SitanProcess.run(["report", "--db", db, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// country → variable → (est, lo, hi) in percent, from expected.csv.
    static func expected() throws -> [String: [String: [Double]]] {
        let text = try String(contentsOf: folder.appendingPathComponent("expected.csv"), encoding: .utf8)
        var out: [String: [String: [Double]]] = [:]
        for line in text.split(separator: "\n").dropFirst() where !line.hasPrefix("_versions") {
            let f = line.split(separator: ",").map(String.init)
            out[f[0], default: [:]][f[1]] = f[2...4].map { 100 * Double($0)! }
        }
        return out
    }

    /// `41.2% (33.0–49.9)` → [41.2, 33.0, 49.9].
    static func numbers(_ cell: String) -> [Double] {
        cell.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
    }

    /// Each shown cell of a help table row equals R's estimate and interval to the printed decimal.
    func check(_ rows: [[String]], column: Int, country: String, labels: [String: String]) throws -> Int {
        let expected = try #require(try Self.expected()[country])
        var checked = 0
        for (variable, label) in labels {
            let row = try #require(rows.first { $0[0] == label }, "\(label) row")
            let shown = Self.numbers(row[column])
            guard shown.count == 3 else { continue }  // suppressed
            let want = try #require(expected[variable])
            for (a, b) in zip(shown, want) { #expect(abs(a - b) <= 0.05 + 1e-9, "\(country) \(variable): \(shown) vs \(want)") }
            checked += 1
        }
        return checked
    }

    static let labels = [
        "disclosed_anyone": "Told anyone", "disclosed_parent": "Told a parent", "reported_police": "Reported to the police",
        "received_help": "Received help",
    ]

    @Test func ingestWarnsAboutAnswersFromRespondentsWhoShouldHaveBeenSkipped() throws {
        let db = temporaryDirectory().appendingPathComponent("db.sqlite").path
        let polish = try ingest("pl-help-export", db: db)
        #expect(polish.status == 0 && polish.stdout.contains("675 rows read, 675 loaded, 0 rejected"), "\(polish.stderr)")
        for variable in Self.helpVariables {
            #expect(
                polish.stderr.contains("warning: 3 row(s) answer \(variable) although csa_contact_lifetime == 1 does not hold"),
                "\(polish.stderr)")
        }
        #expect(!polish.stderr.contains("perpetrator_relation although"))
        let latvian = try ingest("lv-help-export", db: db)
        #expect(latvian.status == 0 && !latvian.stderr.contains("warning"), "\(latvian.stderr)")
        let stored = try SitanProcess.run(["query", "--db", db, "SELECT name, asked_if FROM sources ORDER BY id"])
        #expect(stored.stdout.contains("csa_contact_lifetime") && stored.stdout.contains("csa_any_lifetime"), "\(stored.stdout)")
    }

    @Test func countriesAskedDifferentRespondentsAreNeverInOneTable() throws {
        let db = temporaryDirectory().appendingPathComponent("db.sqlite").path
        #expect(try ingest("pl-help-export", db: db).status == 0)
        #expect(try ingest("lv-help-export", db: db).status == 0)
        let report = try report(db)
        let text = report.joined(separator: "\n")
        #expect(
            text.contains(
                "The surveys asked these questions of different respondents (Latvia: `csa_any_lifetime` = 1; Poland: `csa_contact_lifetime` = 1)"
            ), "\(text)")
        let latvia = ReportInternalDifferencingTests.table(
            report, marker: "| Indicator |", after: "### Asked of respondents with Any sexual abuse")
        let poland = ReportInternalDifferencingTests.table(
            report, marker: "| Indicator |", after: "### Asked of respondents with Contact sexual abuse")
        #expect(latvia.allSatisfy { $0.count == 2 } && poland.allSatisfy { $0.count == 2 }, "one country per table")
        #expect(try check(latvia, column: 1, country: "LV", labels: Self.labels) >= 3)
        #expect(try check(poland, column: 1, country: "PL", labels: Self.labels) >= 3)
        #expect(!text.contains("help-seeking.svg") && text.contains("help-seeking-1.svg") && text.contains("help-seeking-2.svg"))
        // Poland's questions are described by its own domain, never as asked of every abused respondent.
        #expect(
            text.contains("Asked only of respondents with Contact sexual abuse, lifetime (domain: `csa_contact_lifetime` = 1)"),
            "the help section names the contact domain")
        #expect(
            text.contains(
                "Among respondents with Contact sexual abuse, lifetime (domain: `csa_contact_lifetime` = 1), who the perpetrator was"))
        #expect(text.contains("disclosure and help-seeking among respondents with Contact sexual abuse, lifetime, by country"))
        let perpetrators = ReportInternalDifferencingTests.table(report, marker: "| Country | n |", after: "### Perpetrator")
        #expect(perpetrators.count == 1, "one country per perpetrator table: \(perpetrators)")
        // The missing-value table counts each question among the respondents its source asked.
        #expect(text.contains("are asked only of respondents with `csa_contact_lifetime` = 1 (`pl-help-export-2024`)"))
        #expect(text.contains("are asked only of respondents with `csa_any_lifetime` = 1 (`lv-help-export-2024`)"))
    }

    @Test(arguments: [
        ("asked_if: \"csa_contact_lifetime != 0\"", "write `asked_if:` as `variable == value`"),
        ("asked_if: \"disclosed_anyone == 1\"", "is asked only if its own variable"),
        ("asked_if: \"csa_contact_past_year == 1\"", "which no column of this codebook maps"),
    ])
    func malformedConditionsAreRefusedAtTheirLine(condition: String, message: String) throws {
        let original = try String(contentsOf: Self.folder.appendingPathComponent("pl-help-export.codebook.yaml"), encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains("variable: disclosed_anyone") }) + 2
        var edited = lines.map(String.init)
        edited[index] = "    " + condition
        let directory = temporaryDirectory()
        let codebook = try write(edited.joined(separator: "\n"), to: "pl.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("db.sqlite").path
        let result = try ingest("pl-help-export", db: db, codebook: codebook)
        #expect(
            result.status == 65 && result.stderr.contains("pl.codebook.yaml:\(index + 1):") && result.stderr.contains(message),
            "\(result.stderr)")
    }
}
