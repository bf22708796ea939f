import Foundation
import Testing

/// An attacker who reads the numbers that are not counts: a proportion of equally weighted
/// respondents printed to many digits is a ratio of two counts, and with the comparison's `n`
/// it gives them back. On `LedgerAttackTests`'s planted survey (unweighted, 87 boys who answered,
/// 4 of them in kurzeme), `compare` prints the boys' proportion 23/87.
@Suite struct NonLinearAttackTests {
    /// The JSON objects of one table of a `--format json` output.
    static func rows(_ json: String, table: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?[table] as? [[String: Any]] ?? []
    }

    /// The denominators n ≤ `limit` of the fractions y/n equal to `value` to 12 digits.
    static func denominators(of value: Double, upTo limit: Int) -> [Int] {
        (1...limit).filter { n in (0...n).contains { abs(Double($0) / Double(n) - value) < 1e-12 } }
    }

    /// The boys who answered, recovered from `compare`'s two proportions and its test's `n`:
    /// the denominators of the boys' and the girls' proportions that add up to `n`.
    static func boysFromComparison(db: String) throws -> Int? {
        let result = try SitanProcess.run(["compare", "csa_any_lifetime", "--across", "sex", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        guard let test = try rows(result.stdout, table: "tests").first, let n = test["n"] as? Int,
            let pair = try rows(result.stdout, table: "pairs").first, pair["a"] as? String == "male",
            let a = pair["estimate_a"] as? Double, let b = pair["estimate_b"] as? Double
        else { return nil }
        let girls = Set(denominators(of: b, upTo: n))
        let boys = denominators(of: a, upTo: n).filter { girls.contains(n - $0) }
        return boys.count == 1 ? boys[0] : nil
    }

    /// The boys outside kurzeme who answered, from `estimate --by sex --where region=riga,latgale`.
    static func boysOutsideKurzeme(db: String) throws -> Int? {
        let result = try SitanProcess.run(
            ["estimate", "csa_any_lifetime", "--by", "sex", "--where", "region=riga,latgale", "--db", db, "--format", "json"])
        #expect(result.status == 0 || result.status == 65, "\(result.stderr)")
        guard result.status == 0 else { return nil }
        return try rows(result.stdout, table: "rows").first { ($0["group"] as? [String: String])?["sex"] == "male" }?["n"] as? Int
    }

    /// `compare --across sex` and `estimate --by sex --where region=riga,latgale`, in either order:
    /// the comparison's proportions give the 87 boys back, the estimate the 83 outside kurzeme,
    /// and the difference would be kurzeme's 4 boys.
    @Test(arguments: [true, false])
    func aComparisonsProportionsAreAuditedAsTheCountsTheyGiveBack(comparisonFirst: Bool) throws {
        let db = try LedgerAttackTests.database()
        var boys: Int?
        var outside: Int?
        if comparisonFirst {
            boys = try Self.boysFromComparison(db: db)
            // The attack has teeth: the comparison alone gives the 87 boys back.
            #expect(boys == 87)
            outside = try Self.boysOutsideKurzeme(db: db)
        } else {
            outside = try Self.boysOutsideKurzeme(db: db)
            #expect(outside == 83)
            boys = try Self.boysFromComparison(db: db)
        }
        if let boys, let outside { #expect(boys - outside >= 5, "kurzeme's boys recomputed: \(boys) − \(outside)") }
    }

    /// A weighted Lithuanian survey in which 3 pupils did not give their sex: the rows by sex are
    /// suppressed (the country's total minus both sexes would give the 3 back), so the key
    /// findings must not print the difference between the sexes either.
    @Test func theSexFindingNamesOnlyCountriesWhoseRowsBySexAreShown() throws {
        var csv = "anketos_nr;lytis;amžius;apskritis;k20;svoris\n"
        var id = 0
        let add = { (sex: String, age: Int, region: String, answer: String) in
            id += 1
            csv +=
                "\(id);\(sex);\(age);\(region);\(answer);\(String(format: "%.1f", 0.5 + Double(id % 7) * 0.3).replacingOccurrences(of: ".", with: ","))\n"
        }
        for _ in 0..<3 { add("9", 15, "2", "1") }
        for (sex, yes) in [("1", 2), ("2", 4)] {
            for region in ["10", "2", "3"] {
                for age in 12...17 {
                    for i in 0..<9 { add(sex, age, region, i < yes ? "1" : "0") }
                }
            }
        }
        let db = try plantedDatabase(
            csv: csv,
            codebook: """
                # Vaikų apklausa 2024: mokinių atsakymai, svoriai pagal mokyklos dydį.
                source: {name: lt-apklausa-2024, country: LT, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ";", decimal: ",", missing: [""]}
                design: {id: anketos_nr, weight: svoris}
                columns:
                  lytis: {variable: sex, codes: {"1": male, "2": female, "9": null}}   # 9 = atsisakė atsakyti
                  amžius: {variable: age, type: integer, range: [11, 17]}
                  apskritis: {variable: region, codes: {"2": kaunas, "3": klaipeda, "10": vilnius}}
                  k20: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0, "8": null}}
                derived:
                  age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
                """)
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: out + "/report.md", encoding: .utf8).split(separator: "\n").map(String.init)
        let shown = { (sex: String) in
            lines.contains { $0.hasPrefix("| Lithuania | \(sex) |") && !$0.contains(":c") && !$0.contains(":u") }
        }
        let finding = lines.first { $0.contains("difference Female − Male") }
        #expect(finding == nil || (shown("Male") && shown("Female")), "\(finding ?? "")")
    }
}
