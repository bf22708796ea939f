import Foundation
import Testing

/// End-to-end tests of `sitan estimate` and `sitan compare` on the built binary.
@Suite struct EstimateTests {
    /// A database with 120 respondents in two strata of a synthetic survey, via `sitan query`-free SQL:
    /// the ingest fixture (4 rows) is too small to show anything but suppression.
    func ingestedFixture() throws -> (directory: URL, db: String) {
        let directory = temporaryDirectory()
        let fixture = SitanProcess.fixtures.appendingPathComponent("ingest")
        let db = directory.appendingPathComponent("t.sqlite").path
        let result = try SitanProcess.run(
            [
                "ingest", "--db", db, fixture.appendingPathComponent("lv-survey.csv").path,
                "--codebook", fixture.appendingPathComponent("lv-survey.codebook.yaml").path,
            ],
            environment: ["SITAN_DICTIONARY": fixture.appendingPathComponent("variables.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        return (directory, db)
    }

    @Test func jsonHasTheSpecShapeAndSuppressesSmallCounts() throws {
        let (_, db) = try ingestedFixture()
        let result = try SitanProcess.run(
            ["estimate", "--db", db, "csa_any_lifetime", "--by", "sex", "--lonely-psu", "certainty", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["variable", "statistic", "by", "method", "rows"])
        #expect(json["variable"] as? String == "csa_any_lifetime" && json["statistic"] as? String == "proportion")
        #expect(json["by"] as? [String] == ["sex"])
        let method = try #require(json["method"] as? [String: Any])
        #expect(Set(method.keys) == ["variance", "ci", "level"] && method["ci"] as? String == "logit")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        let keys: Set<String> = [
            "survey", "group", "category", "n", "n_outcome", "weighted_n", "estimate", "se", "ci_low", "ci_high", "deff", "df",
            "suppressed", "flags",
        ]
        for row in rows {
            #expect(Set(row.keys) == keys)
            // 1 male and 3 female respondents: every count is 1..4, so everything is suppressed.
            #expect(row["suppressed"] as? Bool == true && row["flags"] as? [String] == ["confidential"])
            #expect(row["estimate"] is NSNull && row["n"] is NSNull && row["ci_low"] is NSNull)
            #expect((row["group"] as? [String: Any])?["sex"] is String)
        }
    }

    @Test func everyFormatCarriesMarksAndTheFootnote() throws {
        let (_, db) = try ingestedFixture()
        for format in ["table", "csv", "markdown"] {
            let result = try SitanProcess.run(
                ["estimate", "--db", db, "csa_any_lifetime", "--by", "sex", "--lonely-psu", "remove", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            // CSV keeps its notes on stderr and its marks in the estimate_flag column.
            let notes = format == "csv" ? result.stderr : result.stdout
            #expect(
                result.stdout.contains(format == "csv" ? ",confidential," : ":c") && notes.contains("Counts from 1 to 4 are suppressed"))
            #expect(!result.stdout.contains("12.5"), "a weight leaked in \(format)")
        }
    }

    @Test func lonelyPSUFailsByDefaultAndNamesTheOption() throws {
        let (_, db) = try ingestedFixture()
        let result = try SitanProcess.run(["estimate", "--db", db, "csa_any_lifetime"])
        #expect(result.status == 65 && result.stderr.contains("--lonely-psu"))
    }

    @Test func misuseExitsWith64() throws {
        let (_, db) = try ingestedFixture()
        let cases: [[String]] = [
            ["estimate", "--db", db, "no_such_variable"],
            ["estimate", "--db", db, "csa_any_lifetime", "--ci", "bogus"],
            ["estimate", "--db", db, "csa_any_lifetime", "--level", "1.5"],
            ["estimate", "--db", db, "csa_any_lifetime", "--where", "sex"],
            ["estimate", "--db", db, "csa_any_lifetime", "--where", "sex=robot", "--lonely-psu", "remove"],
            ["estimate", "--db", db, "region", "--by", "csa_any_lifetime,csa_any_lifetime"],
        ]
        for arguments in cases {
            let result = try SitanProcess.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func configThresholdBelowThreeIsRefused() throws {
        let (directory, db) = try ingestedFixture()
        try write("disclosure:\n  k: 2\n", to: "sitan.yaml", in: directory)
        let result = try SitanProcess.run(["estimate", "--db", db, "csa_any_lifetime", "--lonely-psu", "remove"], in: directory)
        #expect(result.status == 64 && result.stderr.contains("k = 2") && result.stdout.isEmpty)
        try write("disclosure:\n  k: 3\n", to: "sitan.yaml", in: directory)
        let three = try SitanProcess.run(
            ["estimate", "--db", db, "csa_any_lifetime", "--lonely-psu", "remove", "--format", "csv"], in: directory)
        #expect(three.status == 0 && three.stderr.contains("Counts from 1 to 2 are suppressed"))
    }

    @Test func compareSuppressesComparisonsOfSmallCells() throws {
        let (_, db) = try ingestedFixture()
        let result = try SitanProcess.run(
            ["compare", "--db", db, "csa_any_lifetime", "--across", "sex", "--lonely-psu", "certainty", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["variable", "across", "by", "method", "tests", "pairs"])
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(!pairs.isEmpty && pairs.allSatisfy { $0["suppressed"] as? Bool == true && $0["difference"] is NSNull })
        let missing = try SitanProcess.run(["compare", "--db", db, "csa_any_lifetime"])
        #expect(missing.status == 64)
        let same = try SitanProcess.run(["compare", "--db", db, "sex", "--across", "sex"])
        #expect(same.status == 64 && same.stderr.contains("used twice"))
    }

    /// `compare` of a numeric variable through the binary: one CSV table of pairs (no empty tests
    /// table), whose group means are `estimate --by`'s and whose difference is theirs. (Agreement
    /// with R's svycontrast and svyttest is checked at the library level.)
    @Test func compareOfMeansPrintsThePairsOnly() throws {
        let db = temporaryDirectory().appendingPathComponent("m.sqlite").path
        let survey = SitanProcess.repository.appendingPathComponent("datasets/lv-survey.csv").path
        let ingest = try SitanProcess.run([
            "ingest", "--quiet", "--db", db, survey, "--codebook", survey + ".codebook.yaml",
            "--dictionary", SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let compare = try SitanProcess.run(["compare", "--db", db, "age", "--across", "region", "--format", "csv"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let lines = compare.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        try #require(lines.count > 2)
        let pair = Dictionary(uniqueKeysWithValues: zip(lines[0], lines[1]))
        #expect(pair["a"] == "kurzeme" && pair["b"] == "latgale" && pair["t"] != nil && pair["t_df"] != nil)
        // A separate publication: beside the comparison, the ledger could suppress cells of it.
        _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "check against compare"])
        let estimate = try SitanProcess.run(["estimate", "--db", db, "age", "--by", "region", "--format", "csv"])
        #expect(estimate.status == 0, "\(estimate.stderr)")
        let rows = estimate.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let column = try #require(rows.first?.firstIndex(of: "estimate"))
        let means = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[1], Double($0[column])!) })
        let a = try #require(Double(pair["estimate_a"] ?? "")), b = try #require(Double(pair["estimate_b"] ?? ""))
        #expect(abs(a - means["kurzeme"]!) <= 1e-12 * abs(a) && abs(b - means["latgale"]!) <= 1e-12 * abs(b))
        #expect(abs(try #require(Double(pair["difference"] ?? "")) - (a - b)) <= 1e-12)
    }
}
