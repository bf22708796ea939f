import Foundation
import Testing

/// `sitan rates` and `sitan incidents` through the built binary: the real Eurostat files
/// (the LV/LT/PL extracts in datasets/eurostat) and the committed synthetic data sets.
@Suite struct RatesTests {
    static let eurostat = EurostatTests.folder
    static let datasets = SitanProcess.repository.appendingPathComponent("datasets")

    /// A database with both Eurostat files.
    func eurostatDatabase() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("e.sqlite").path
        let files = ["estat_crim_off_cat.tsv", "demo_pjan_LV_LT_PL_0-17.tsv"].map { Self.eurostat.appendingPathComponent($0).path }
        let result = try SitanProcess.run(["ingest", "--db", db] + files)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    /// sitan's rates per 100 000 inhabitants from NR and the TOTAL/T population, against
    /// Eurostat's published P_HTHAB, for LV, LT, PL and every ICCS code (docs/rates.md).
    @Test
    func ratesReproduceEurostatPerHundredThousandInhabitants() throws {
        let db = try eurostatDatabase()
        let run = try SitanProcess.run([
            "rates", "--db", db, "--source", "counts", "--population", "all", "--country", "LV,LT,PL", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "{\"per\": 100000, \"population\": \"all\", \"rows\": [{\"group\": {\"country\": \"LT\", \"year\": 2008}, \"offence\": \"0101\", \"count\": 286, \"population\": 3212605, \"rate\": "
            ))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let published = try publishedRates(db)
        var comparison = Comparison()
        for row in rows {
            let group = row["group"] as! [String: Any]
            let key = "\(group["country"]!)|\(group["year"]!)|\(row["offence"]!)"
            comparison.add(
                key: key, rate: row["rate"] as? Double, count: row["count"] as? Int,
                suppressed: row["suppressed"] as! Bool, published: published[key])
        }
        let lv2022 = rows.first {
            ($0["group"] as? [String: Any])?["country"] as? String == "LV" && ($0["group"] as? [String: Any])?["year"] as? Int == 2022
                && $0["offence"] as? String == "0301"
        }
        #expect(lv2022?["count"] as? Int == 399 && lv2022?["population"] as? Int == 1_875_757)
        #expect(((lv2022?["rate"] as? Double ?? 0) * 100).rounded() == 2127)
        let summary = comparison.summary
        #expect(rows.count == 930, "\(summary)")
        #expect(comparison.matched == 512 && comparison.differing.count == 182 && comparison.suppressed == 9, "\(summary)")
        #expect(comparison.noCount == 227, "\(summary)")
        let expected = Set((2013...2021).map { "LT|\($0)" } + ["PL|2010", "PL|2012", "PL|2021", "PL|2022"])
        #expect(Set(comparison.differing.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }) == expected, "\(summary)")
        #expect(comparison.countryYearsAllMatching == 32 && comparison.countryYears == 45, "\(summary)")
    }

    /// Eurostat's published P_HTHAB by `country|year|iccs`.
    func publishedRates(_ db: String) throws -> [String: Double] {
        let sql =
            "SELECT country, year, iccs, count FROM counts WHERE unit = 'P_HTHAB' AND country IN ('LV','LT','PL') AND count IS NOT NULL"
        let csv = try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout
        var out: [String: Double] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",").map(String.init)
            out["\(parts[0])|\(parts[1])|\(parts[2])"] = Double(parts[3])
        }
        return out
    }

    /// Tallies of the P_HTHAB comparison.
    struct Comparison {
        var matched = 0, suppressed = 0, noCount = 0
        var differing: [String] = []
        var byCountryYear: [String: Bool] = [:]

        mutating func add(key: String, rate: Double?, count: Int?, suppressed isSuppressed: Bool, published: Double?) {
            if isSuppressed { suppressed += 1; return }
            guard let rate, let published, count != nil else { noCount += 1; return }
            let countryYear = key.split(separator: "|").prefix(2).joined(separator: "|")
            let same = abs(rate - published) <= 0.005 + 1e-9
            if same { matched += 1 } else { differing.append(key) }
            byCountryYear[countryYear] = (byCountryYear[countryYear] ?? true) && same
        }

        var countryYears: Int { byCountryYear.count }
        var countryYearsAllMatching: Int { byCountryYear.values.filter { $0 }.count }
        var summary: String {
            "matched \(matched), differing \(differing.count), suppressed \(suppressed), no count \(noCount); "
                + "country-years all matching \(countryYearsAllMatching) of \(countryYears)"
        }
    }

    /// A database with the committed synthetic incident and population files.
    func datasetsDatabase() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("d.sqlite").path
        let dictionary = Self.datasets.appendingPathComponent("variables.yaml").path
        for country in ["lv", "lt", "pl"] {
            for kind in ["incidents", "population"] {
                let file = Self.datasets.appendingPathComponent("\(country)-\(kind).csv").path
                let result = try SitanProcess.run([
                    "ingest", "--db", db, file, "--codebook", file + ".codebook.yaml", "--dictionary", dictionary,
                ])
                #expect(result.status == 0, "\(result.stderr)")
            }
        }
        return db
    }

    @Test func ratesOfTheSyntheticRegistersPerHundredThousandChildren() throws {
        let db = try datasetsDatabase()
        let json = try SitanProcess.run(["rates", "--db", db, "--offence", "ICCS0301", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(
            parsed["per"] as? Int == 100_000 && parsed["population"] as? String == "children" && parsed["source"] as? String == "incidents")
        let rows = try #require(parsed["rows"] as? [[String: Any]])
        #expect(rows.count == 30 && rows.allSatisfy { $0["offence"] as? String == "0301" && ($0["population"] as? Int ?? 0) > 100_000 })
        let first = rows[0]
        #expect(Array((first["group"] as! [String: Any]).keys).sorted() == ["country", "year"])
        #expect((parsed["rate_ratios"] as? [Any])?.count == 30 && (parsed["trends"] as? [Any])?.count == 3)
        let table = try SitanProcess.run(["rates", "--db", db, "--by", "country", "--stage", "convicted", "--format", "markdown"])
        #expect(table.status == 0 && table.stdout.contains("| country | offence | source | count | population | rate | ci_low | ci_high |"))
        #expect(table.stdout.contains("cases that reached the convicted stage") && table.stdout.contains("person-years"))
    }

    @Test func incidentDistributionWithTotals() throws {
        let db = try datasetsDatabase()
        let csv = try SitanProcess.run(["incidents", "--db", db, "--across", "victim_sex", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("country,male,male_flag,female,female_flag,"))
        #expect(csv.stdout.contains("\nTotal,") && csv.stderr.contains("Note: Counts from 1 to 4 are suppressed (:c)"))
        let json = try SitanProcess.run(["incidents", "--db", db, "--across", "online", "--by", "country,year", "--format", "json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(parsed["rows"] as? [[String: Any]])
        #expect(rows.count == 31 && rows.last?["is_total"] as? Bool == true && rows.first?["is_total"] as? Bool == false)
        #expect(rows.first?["year"] as? Int == 2015 && rows.first?["yes %"] is Double)
    }

    @Test func usageAndDataErrorsHaveTheirExitCodes() throws {
        let db = temporaryDirectory().appendingPathComponent("empty.sqlite").path
        #expect(try SitanProcess.run(["init", "--db", db]).status == 0)
        let bad = try SitanProcess.run(["rates", "--db", db, "--offence", "sexual"])
        #expect(bad.status == 64 && bad.stderr.contains("--offence"))
        #expect(try SitanProcess.run(["rates", "--db", db, "--by", "region"]).status == 64)
        #expect(try SitanProcess.run(["rates", "--db", db, "--source", "counts", "--stage", "convicted"]).status == 64)
        let empty = try SitanProcess.run(["rates", "--db", db])
        #expect(empty.status == 65 && empty.stderr.contains("nothing to count"))
        #expect(try SitanProcess.run(["incidents", "--db", db, "--across", "victim_sex"]).status == 65)
    }
}
