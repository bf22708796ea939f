import Foundation
import TestSupport
import Testing

/// Survey rounds end to end, on hand-made files that sitan did not write (Tests/Fixtures/rounds:
/// LV 2019, LV 2023 in two files, PL 2023), against R survey (make_expected.R there).
@Suite struct RoundsTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("rounds")
    static let dictionary = ["SITAN_DICTIONARY": folder.appendingPathComponent("variables.yaml").path]

    /// A fresh database with the given files (names without `.csv`), each with its codebook.
    func database(_ files: [String]) throws -> String {
        let db = temporaryDirectory().appendingPathComponent("rounds.sqlite").path
        for file in files {
            let csv = Self.folder.appendingPathComponent(file + ".csv").path
            let result = try SitanProcess.run(
                ["ingest", "--db", db, csv, "--codebook", csv.replacingOccurrences(of: ".csv", with: ".codebook.yaml")],
                environment: Self.dictionary)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return db
    }

    static let allFiles = ["lv-2019", "lv-2023-a", "lv-2023-b", "pl-2023"]

    /// Runs a command with `--format json` and returns the parsed object.
    func json(_ arguments: [String], db: String) throws -> [String: Any] {
        let result = try SitanProcess.run(arguments + ["--db", db, "--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The estimate rows keyed by `survey` and the label of the single `--by` variable ("" without).
    func estimateRows(_ arguments: [String], db: String) throws -> [String: [String: Any]] {
        let rows = try #require(try json(arguments, db: db)["rows"] as? [[String: Any]])
        var out: [String: [String: Any]] = [:]
        for row in rows {
            let group = (row["group"] as? [String: Any])?.values.first.map { "\($0)" } ?? ""
            out["\(row["survey"] as? String ?? "?")/\(group)"] = row
        }
        #expect(out.count == rows.count, "two rows share a survey and group")
        return out
    }

    /// A JSON object as text with sorted keys, for exact comparison.
    func canonical(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func estimatesPooledEstimateAndChangeAgreeWithRSurvey() throws {
        let db = try database(Self.allFiles)
        var outputs: [String: [String: [String: Any]]] = [
            "by_country": try estimateRows(["estimate", "csa_contact_lifetime", "--by", "country"], db: db),
            "by_sex": try estimateRows(["estimate", "csa_contact_lifetime", "--by", "sex"], db: db),
            "age": try estimateRows(["estimate", "age"], db: db),
            "pooled_lv": try estimateRows(
                ["estimate", "csa_contact_lifetime", "--by", "country", "--survey", "LV-2019,LV-2023", "--pool"], db: db),
        ]
        let pairs = try #require(
            try json(["compare", "csa_contact_lifetime", "--across", "survey", "--by", "country"], db: db)["pairs"] as? [[String: Any]])
        outputs["change_lv"] = Dictionary(
            uniqueKeysWithValues: pairs.map { ("/\($0["a"] as? String ?? "")|\($0["b"] as? String ?? "")", $0) })
        #expect(outputs["by_country"]?.count == 3, "one row per round, not per country")
        #expect(pairs.count == 1, "PL has one round: no change to compare")

        let expected = try FixtureTable(contentsOf: Self.folder.appendingPathComponent("expected.csv")).rows
        var compared = 0
        for row in expected {
            let key = "\(row.string("survey"))/\(row.string("group"))"
            let output = try #require(outputs[row.string("command")]?[key], "no output row for \(row.string("command")) \(key)")
            let actual = try #require(output[row.string("field")] as? Double, "\(row.string("command")) \(key) \(row.string("field"))")
            let error = relativeError(actual, row.double("value"))
            #expect(error <= 1e-9, "\(row.string("command")) \(key) \(row.string("field")): \(actual) vs R \(row.double("value"))")
            compared += 1
        }
        #expect(compared == expected.count && compared == 115, "every expected value was compared (\(compared))")
    }

    @Test func addingARoundNeverChangesAnotherRoundsNumbers() throws {
        let polandOnly = try database(["pl-2023"])
        let everything = try database(Self.allFiles)
        for arguments in [
            ["estimate", "csa_contact_lifetime", "--by", "sex"], ["estimate", "age", "--by", "country"],
            ["estimate", "csa_contact_lifetime", "--ci", "beta"],
        ] {
            let alone = try estimateRows(arguments, db: polandOnly)
            let beside = try estimateRows(arguments, db: everything).filter { $0.key.hasPrefix("PL-2023/") }
            #expect(!alone.isEmpty && alone.keys.sorted() == beside.keys.sorted())
            for (key, row) in alone {
                #expect(try canonical(row) == canonical(beside[key]!), "\(arguments) \(key) changed with LV loaded")
            }
        }
        let within = try #require(
            try json(["compare", "csa_contact_lifetime", "--across", "sex"], db: everything)["tests"] as? [[String: Any]])
        let alone = try #require(
            try json(["compare", "csa_contact_lifetime", "--across", "sex"], db: polandOnly)["tests"] as? [[String: Any]])
        let poland = within.filter { $0["survey"] as? String == "PL-2023" }
        // Tests within a round run on the combined design of the selected rounds (R's svychisq on
        // a subset), whose rescaling to the round's rows leaves the last binary digits: 1e-12.
        #expect(poland.count == alone.count && alone.count == 2)
        for (a, b) in zip(poland, alone) {
            #expect(Set(a.keys) == Set(b.keys) && a["test"] as? String == b["test"] as? String)
            for (key, value) in a {
                guard let x = value as? Double, let y = b[key] as? Double else { continue }
                #expect(relativeError(x, y) <= 1e-12, "compare \(key) changed with LV loaded: \(x) vs \(y)")
            }
        }
    }

    @Test func roundsAreSelectedAndNeverPooledSilently() throws {
        let db = try database(Self.allFiles)
        let in2023 = try estimateRows(["estimate", "csa_contact_lifetime", "--by", "country", "--year", "2023"], db: db)
        #expect(Set(in2023.keys) == ["LV-2023/LV", "PL-2023/PL"])
        let unknown = try SitanProcess.run(["estimate", "csa_contact_lifetime", "--db", db, "--survey", "LV-2020"])
        #expect(unknown.status == 64 && unknown.stderr.contains("LV-2019, LV-2023, PL-2023"), "\(unknown.stderr)")
        let pooled = try SitanProcess.run(["compare", "csa_contact_lifetime", "--db", db, "--across", "country"])
        #expect(pooled.status == 64 && pooled.stderr.contains("LV-2019, LV-2023") && pooled.stderr.contains("--pool"), "\(pooled.stderr)")
        let latest = try SitanProcess.run(["compare", "csa_contact_lifetime", "--db", db, "--across", "country", "--year", "2023"])
        #expect(latest.status == 0, "\(latest.stderr)")
        let average = try SitanProcess.run(["estimate", "csa_contact_lifetime", "--db", db, "--lonely-psu", "average"])
        #expect(average.status == 64 && average.stderr.contains("--lonely-psu average"), "\(average.stderr)")
        let averageOne = try SitanProcess.run(
            ["estimate", "csa_contact_lifetime", "--db", db, "--lonely-psu", "average", "--survey", "PL-2023"])
        #expect(averageOne.status == 0, "\(averageOne.stderr)")
        let whereRound = try SitanProcess.run(["estimate", "csa_contact_lifetime", "--db", db, "--where", "survey=LV-2019"])
        #expect(whereRound.status == 64 && whereRound.stderr.contains("--survey"))
        for format in ["table", "csv", "markdown"] {
            let result = try SitanProcess.run(["estimate", "csa_contact_lifetime", "--db", db, "--format", format])
            #expect(result.status == 0 && result.stdout.contains("survey") && result.stdout.contains("LV-2023"))
        }
        let sources = try SitanProcess.run(["sources", "--db", db, "--format", "csv"])
        #expect(sources.stdout.split(separator: "\n").filter { $0.contains(",LV-2023,") }.count == 2, "\(sources.stdout)")
    }

    @Test func reportComparesLatestRoundsAndShowsChangeBetweenRounds() throws {
        let db = try database(Self.allFiles)
        let out = temporaryDirectory().appendingPathComponent("report")
        let result = try SitanProcess.run(["report", "--db", db, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        // Cross-country sections use LV-2023 (11.7%), not LV-2019 nor the two pooled; the test finds
        // no difference, so the finding lists the countries without naming a highest or lowest.
        #expect(report.contains("Contact sexual abuse, lifetime: LV 11.7% (95% CI 7.7–17.3); PL"), "\(report)")
        #expect(!report.contains("lowest in LV"))
        // expected.csv: LV-2019 0.2039, LV-2023 0.1166 (by_country); LV-2019 − LV-2023 = 0.0872
        // (0.0320; 0.1424), p 0.0029; the report shows later − earlier.
        #expect(report.contains("### 5.3 Change between survey rounds"))
        #expect(
            report.contains(
                "| Contact sexual abuse, lifetime | LV | LV-2019 | 20.4 | LV-2023 | 11.7 | \u{2212}8.7 (\u{2212}14.2; \u{2212}3.2) | 0.0029 |"
            ))
        #expect(!report.contains("| PL | PL-2023 |"), "PL has one round: no change row")
    }
}
