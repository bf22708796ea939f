import Foundation
import Testing

/// An attacker who knows that `csa_any_lifetime` is the union of contact and non-contact abuse
/// (the codebooks derive it with `any_of`): on an unweighted survey each published percentage
/// with its `n` gives the yes count, and contact + non-contact − any gives the respondents with
/// both experiences, a count that no one or two of the three indicators' tables pin.
@Suite struct ReportUnionAttackTests {
    /// The planted survey: (sex, age, contact, non-contact, respondents); 2 boys report both.
    static let groups: [(String, Int, String, String, Int)] = [
        ("1", 12, "1", "1", 2), ("1", 12, "1", "2", 10), ("1", 12, "2", "1", 12), ("1", 12, "2", "2", 60),
        ("1", 15, "1", "2", 9), ("1", 15, "2", "1", 13), ("1", 15, "2", "2", 55),
        ("2", 12, "1", "1", 6), ("2", 12, "1", "2", 11), ("2", 12, "2", "1", 14), ("2", 12, "2", "2", 70),
        ("2", 15, "1", "1", 8), ("2", 15, "1", "2", 10), ("2", 15, "2", "1", 15), ("2", 15, "2", "2", 65),
    ]

    static let codebook = """
        source: {name: planted, country: LV, kind: survey, year: 2024, synthetic: true}
        file: {encoding: utf-8, delimiter: ",", missing: [""]}
        design: {id: id}
        columns:
          dzimums: {variable: sex, codes: {"1": male, "2": female}}
          vecums: {variable: age, type: integer, range: [11, 17]}
          c: {variable: csa_contact_lifetime, codes: {"1": 1, "2": 0}}
          nc: {variable: csa_noncontact_lifetime, codes: {"1": 1, "2": 0}}
        derived:
          age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
          csa_any_lifetime: {any_of: [csa_contact_lifetime, csa_noncontact_lifetime]}
        """

    static let sections = [
        "### Any sexual abuse, lifetime": "any", "### Contact sexual abuse, lifetime": "contact",
        "### Non-contact sexual abuse, lifetime": "noncontact",
    ]

    /// The boys' yes count of each indicator that report.md lets a reader recompute: the count
    /// whose share of `n`, rounded to one decimal, is the printed percentage, when only one is.
    static func boysYesCounts(_ markdown: String) -> [String: Int] {
        var indicator: String?
        var found: [String: Int] = [:]
        for line in markdown.split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") { indicator = sections[line] }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let indicator, cells.count >= 4, cells[1] == "Male", let n = Int(cells[2]),
                let percent = Double(cells[3].prefix { $0 != " " })
            else { continue }
            let counts = (0...n).filter { (Double($0 * 1000) / Double(n)).rounded() / 10 == percent }
            if counts.count == 1 { found[indicator] = counts[0] }
        }
        return found
    }

    /// A fresh database with the planted survey.
    static func plantedSurvey() throws -> String {
        var csv = "id,dzimums,vecums,c,nc\n"
        var id = 0
        for (sex, age, contact, noncontact, count) in groups {
            for _ in 0..<count {
                id += 1
                csv += "\(id),\(sex),\(age),\(contact),\(noncontact)\n"
            }
        }
        return try plantedDatabase(csv: csv, codebook: codebook)
    }

    /// The report written from a database, as report.md.
    static func report(_ db: String) throws -> String {
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    }

    /// A fresh database with the planted survey and the report written from it.
    static func reportedDatabase() throws -> (db: String, markdown: String) {
        let db = try plantedSurvey()
        return (db, try report(db))
    }

    /// The boys' non-contact yes count that `sitan estimate csa_noncontact_lifetime --by sex` shows, if it shows it.
    static func estimatedBoysNoncontact(_ db: String) throws -> Int? {
        let estimate = try SitanProcess.run(["estimate", "csa_noncontact_lifetime", "--by", "sex", "--db", db, "--format", "csv"])
        #expect(estimate.status == 0, "\(estimate.stderr)")
        let row = estimate.stdout.split(separator: "\n").first { $0.hasPrefix("LV-2024,male,") }
        return row.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(3).first.flatMap { Int($0) } }
    }

    @Test func inclusionExclusionDoesNotGiveTheBoysWithBothExperiences() throws {
        let counts = Self.boysYesCounts(try Self.reportedDatabase().markdown)
        #expect(
            counts.count < 3, "contact \(counts["contact"] ?? 0) + non-contact \(counts["noncontact"] ?? 0) − any \(counts["any"] ?? 0)")
        // The attack has teeth: the boys' rows as each pair of indicators' audits leave them give the 2 back.
        let pairwise = Self.boysYesCounts(
            """
            ### Any sexual abuse, lifetime
            | Latvia | Male | 161 | 28.6 (22.1–36.1) |
            ### Contact sexual abuse, lifetime
            | Latvia | Male | 161 | 13.0 (8.6–19.2) |
            ### Non-contact sexual abuse, lifetime
            | Latvia | Male | 161 | 16.8 (11.7–23.4) |
            """)
        #expect(pairwise["contact"]! + pairwise["noncontact"]! - pairwise["any"]! == 2)
    }

    /// The report is recorded in the database's release ledger, so an `estimate` run after it
    /// cannot publish what the report withheld: the boys' non-contact count beside the report's
    /// any and contact counts would give the 2 back.
    @Test func anEstimateAfterTheReportDoesNotCompleteTheUnion() throws {
        let (db, markdown) = try Self.reportedDatabase()
        var counts = Self.boysYesCounts(markdown)
        #expect(counts.count == 2, "the report withholds one of the three counts: \(counts)")
        counts["noncontact"] = try Self.estimatedBoysNoncontact(db) ?? counts["noncontact"]
        #expect(
            counts.count < 3,
            "contact + non-contact − any = \((counts["contact"] ?? 0) + (counts["noncontact"] ?? 0) - (counts["any"] ?? 0))")
        let releases = try SitanProcess.run(["releases", "--db", db, "--format", "csv"])
        #expect(releases.stdout.contains("sitan report: csa_any_lifetime"), "\(releases.stdout)")
    }

    /// The report is audited against the outputs released before it: after the boys' non-contact
    /// count is published, the report withholds what would complete the union.
    @Test func anEstimateBeforeTheReportMakesItWithholdTheUnion() throws {
        let db = try Self.plantedSurvey()
        let noncontact = try #require(try Self.estimatedBoysNoncontact(db))
        var counts = Self.boysYesCounts(try Self.report(db))
        #expect(counts["noncontact"] == nil || counts["noncontact"] == noncontact)
        counts["noncontact"] = noncontact
        #expect(
            counts.count < 3,
            "contact + non-contact − any = \((counts["contact"] ?? 0) + noncontact - (counts["any"] ?? 0))")
    }

    /// The same report written again (or in another language) is the same publication: it comes
    /// out the same and adds nothing to the ledger; `--check` records nothing.
    @Test func theReportWrittenAgainIsTheSamePublication() throws {
        let (db, markdown) = try Self.reportedDatabase()
        let recorded = try SitanProcess.run(["releases", "--db", db, "--format", "csv"]).stdout
        let out = temporaryDirectory().appendingPathComponent("again").path
        for language in ["en", "lv"] {
            let again = try SitanProcess.run(["report", "--db", db, "--lang", language, "--out", out + language])
            #expect(again.status == 0, "\(again.stderr)")
        }
        #expect(try String(contentsOfFile: out + "en/report.md", encoding: .utf8) == markdown)
        let check = try SitanProcess.run(["report", "--db", db, "--out", out + "en", "--check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try SitanProcess.run(["releases", "--db", db, "--format", "csv"]).stdout == recorded)
    }

    /// A report with other numbers than the one recorded (here another k) is refused before
    /// anything is written; in a new ledger it is a new publication.
    @Test func aReportWithOtherNumbersNeedsANewLedger() throws {
        let (db, _) = try Self.reportedDatabase()
        let directory = temporaryDirectory()
        let config = directory.appendingPathComponent("k10.yaml").path
        try "disclosure:\n  k: 10\n".write(toFile: config, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("k10").path
        let refused = try SitanProcess.run(["report", "--db", db, "--config", config, "--out", out])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("sitan releases --new-ledger"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "a new edition"])
        let written = try SitanProcess.run(["report", "--db", db, "--config", config, "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
    }
}
