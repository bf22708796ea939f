import Foundation
import Testing

/// `sitan rates --by ...,sex,age_group` on the committed synthetic registers, against the counts,
/// populations and exact Poisson intervals that `Tests/Fixtures/victim-rates/make_expected.py`
/// computes from the raw CSV files with Python's csv module and scipy (no sitan code involved).
@Suite struct VictimRatesTests {
    static let fixtures = SitanProcess.repository.appendingPathComponent("Tests/Fixtures/victim-rates")

    /// The rows of a fixture CSV (no quoted commas except the `by` column, which is quoted).
    static func fixture(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n").map { line -> [String] in
            var fields: [String] = []
            var rest = Substring(line)
            if rest.hasPrefix("\"") {
                let close = rest.dropFirst().firstIndex(of: "\"")!
                fields.append(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(close, offsetBy: 2)...]
            }
            return fields + rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The JSON of `sitan rates`.
    func rates(_ db: String, _ arguments: [String]) throws -> [String: Any] {
        let result = try SitanProcess.run(["rates", "--db", db, "--offence", "0301", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Every shown row equals the reference (counts and populations exactly, rates and bounds to
    /// 1e-9 relative); every reference count from 1 to 4 is suppressed.
    func compare(_ rows: [[String: Any]], with expected: [[String: String]], keys: [String]) throws -> Int {
        var reference: [String: [String: String]] = [:]
        for row in expected { reference[keys.map { row[$0] ?? "" }.joined(separator: "|")] = row }
        #expect(rows.count == expected.count)
        var shown = 0
        for row in rows {
            let group = try #require(row["group"] as? [String: Any])
            let key = keys.map { group[$0].map { "\($0)" } ?? "" }.joined(separator: "|")
            let want = try #require(reference[key], "no reference row for \(key)")
            let count = Int(want["count"]!)!
            if row["suppressed"] as? Bool == true {
                #expect(row["count"] is NSNull && row["rate"] is NSNull)
                continue
            }
            #expect((1...4).contains(count) == false, "\(key): a count from 1 to 4 is shown")
            #expect(row["count"] as? Int == count && row["population"] as? Int == Int(want["population"]!)!, "\(key)")
            for name in ["rate", "ci_low", "ci_high"] {
                let value = try #require(row[name] as? Double), target = Double(want[name]!)!
                #expect(abs(value - target) <= 1e-9 * max(abs(target), 1e-12), "\(key) \(name): \(value) vs \(target)")
            }
            shown += 1
        }
        return shown
    }

    @Test func ratesByCountryYearSexAndAgeGroupMatchTheReference() throws {
        let db = try RatesTests().datasetsDatabase()
        let parsed = try rates(db, ["--by", "country,year,sex,age_group"])
        let rows = try #require(parsed["rows"] as? [[String: Any]])
        let expected = try Self.fixture("expected.csv").filter { $0["by"] == "country,year,sex,age_group" }
        let shown = try compare(rows, with: expected, keys: ["country", "year", "sex", "age_group"])
        #expect(shown > 150, "most of the 240 cells are shown: \(shown)")
        // Bands in age order, boys first (the dictionary's order of the sexes, as in the report).
        let first = try #require(rows.prefix(4).map { ($0["group"] as? [String: Any])?["age_group"] as? String })
        #expect(first == ["0-4", "5-9", "10-14", "15-17"] && (rows[0]["group"] as? [String: Any])?["sex"] as? String == "male")
        // The incidents without a victim sex: each shown count as the reference's, small ones suppressed.
        let leftOut = try #require(parsed["left_out"] as? [[String: Any]])
        let reference = try Self.fixture("left_out.csv")
        #expect(leftOut.count == reference.count)
        for (row, want) in zip(leftOut, reference) {
            #expect(row["country"] as? String == want["country"] && row["year"] as? Int == Int(want["year"]!))
            let count = Int(want["no_victim_sex"]!)!
            if let shown = row["no_victim_sex"] as? Int { #expect(shown == count && !(1...4).contains(count)) }
            #expect(row["no_victim_age"] as? Int == 0)
        }
        let notes = try #require(parsed["notes"] as? [String])
        #expect(notes.contains { $0.hasPrefix("Victim groups:") && $0.contains("0-4, 5-9, 10-14, 15-17") })
    }

    @Test func pooledRatesBySexAndAgeGroupMatchTheReference() throws {
        let db = try RatesTests().datasetsDatabase()
        let rows = try #require(try rates(db, ["--by", "sex,age_group"])["rows"] as? [[String: Any]])
        let expected = try Self.fixture("expected.csv").filter { $0["by"] == "sex,age_group" }
        #expect(try compare(rows, with: expected, keys: ["sex", "age_group"]) == 8)
        // One year, by country: the rows of that year.
        let year = try #require(try rates(db, ["--by", "country,sex,age_group", "--year", "2024"])["rows"] as? [[String: Any]])
        let reference = try Self.fixture("expected.csv").filter { $0["by"] == "country,year,sex,age_group" && $0["year"] == "2024" }
        _ = try compare(year, with: reference, keys: ["country", "sex", "age_group"])
    }

    @Test func victimGroupsNeedIncidentsAndAPopulationBySexAndAge() throws {
        let db = try RatesTests().datasetsDatabase()
        let counts = try SitanProcess.run(["rates", "--db", db, "--by", "country,sex", "--source", "counts"])
        #expect(counts.status == 64 && counts.stderr.contains("no victim sex or age"))
        #expect(try SitanProcess.run(["rates", "--db", db, "--by", "age_group", "--population", "all"]).status == 64)
        #expect(try SitanProcess.run(["rates", "--db", db, "--by", "country", "--table", "left_out"]).status == 64)
        // Latvia's incidents against a population of both sexes only (Eurostat sex T): exit 65.
        let directory = temporaryDirectory()
        let other = directory.appendingPathComponent("t.sqlite").path
        let incidents = RatesTests.datasets.appendingPathComponent("lv-incidents.csv").path
        let ingest = try SitanProcess.run([
            "ingest", "--db", other, incidents, "--codebook", incidents + ".codebook.yaml", "--dictionary",
            RatesTests.datasets.appendingPathComponent("variables.yaml").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let ages = ["Y_LT1"] + (1...17).map { "Y\($0)" }
        let tsv = "freq,unit,age,sex,geo\\TIME_PERIOD\t2024 \n" + ages.map { "A,NR,\($0),T,LV\t20000 \n" }.joined()
        let file = directory.appendingPathComponent("demo_pjan_total.tsv")
        try tsv.write(to: file, atomically: true, encoding: .utf8)
        #expect(try SitanProcess.run(["ingest", "--db", other, file.path]).status == 0)
        let plain = try SitanProcess.run(["rates", "--db", other, "--by", "country,year"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let bySex = try SitanProcess.run(["rates", "--db", other, "--by", "country,year,sex"])
        #expect(bySex.status == 65 && bySex.stderr.contains("population of LV 2024"), "\(bySex.stderr)")
        #expect(bySex.stderr.contains("single year of age"))
    }
}
