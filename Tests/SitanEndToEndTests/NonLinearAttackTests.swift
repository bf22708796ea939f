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
    /// findings must not print the difference between the sexes either. Without those 3 pupils
    /// the rows are shown, and so is the finding.
    @Test(arguments: [3, 0])
    func theSexFindingNamesOnlyCountriesWhoseRowsBySexAreShown(withoutSex: Int) throws {
        var csv = "anketos_nr;lytis;amžius;apskritis;k20;svoris\n"
        var id = 0
        let add = { (sex: String, age: Int, region: String, answer: String) in
            id += 1
            csv +=
                "\(id);\(sex);\(age);\(region);\(answer);\(String(format: "%.1f", 0.5 + Double(id % 7) * 0.3).replacingOccurrences(of: ".", with: ","))\n"
        }
        for _ in 0..<withoutSex { add("9", 15, "2", "1") }
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
        let finding = lines.first { $0.contains("difference male − female") }
        #expect(finding == nil || (shown("Male") && shown("Female")), "\(finding ?? "")")
        if withoutSex == 0 { #expect(finding?.contains("(95% CI): Lithuania ") == true, "\(finding ?? "no finding")") }
    }

    /// Two registers (LV: 20, 3 and 25 cases in 2022–2024; LT: 30, 28, 33) with populations. The
    /// rate table hides LV's 3 and, for its sake, one more LV year; a rate ratio LT / LV of that
    /// year, beside the published populations and LT's count, is that count
    /// (c = c_LT · pop_LV / (pop_LT · ratio)), and LV's rows loaded minus the two others give the 3.
    @Test func aRateRatioDoesNotPrintTheCountItsRateTableHides() throws {
        let cases = [("LV", [20, 3, 25]), ("LT", [30, 28, 33])]
        var db: String?
        for (country, counts) in cases {
            var register = "gads,kods\n"
            for (year, count) in zip(2022..., counts) { register += String(repeating: "\(year),0301\n", count: count) }
            var population = "gads,vecums,skaits\n"
            for year in 2022...2024 {
                for age in 0...17 { population += "\(year),\(age),\(country == "LV" ? 20_000 + 37 * age : 21_000 + 41 * age + year)\n" }
            }
            let files = [
                (register, "register", "incidents", ["kods: {variable: iccs, type: text}"]),
                (
                    population, "population", "population",
                    ["vecums: {variable: age, type: integer, range: [0, 17]}", "skaits: {variable: population, type: integer}"]
                ),
            ]
            for (csv, name, kind, columns) in files {
                db = try plantedDatabase(
                    csv: csv,
                    codebook: """
                        source: {name: \(country.lowercased())-\(name), country: \(country), kind: \(kind), synthetic: true}
                        file: {encoding: utf-8, delimiter: ",", missing: [""]}
                        columns:
                          gads: {variable: year, type: integer}
                        \(columns.map { "  " + $0 + "\n" }.joined())
                        """, into: db)
            }
        }
        let result = try SitanProcess.run(["rates", "--by", "country,year", "--db", try #require(db), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        var count: [String: Double] = [:]
        var population: [String: Double] = [:]
        for row in try Self.rows(result.stdout, table: "rows") {
            let group = row["group"] as? [String: Any] ?? [:]
            let key = "\(group["country"] ?? "") \(group["year"] ?? "")"
            population[key] = (row["population"] as? NSNumber)?.doubleValue
            count[key] = (row["count"] as? NSNumber)?.doubleValue
        }
        // The attack has teeth: LV's 3 and one other LV year are hidden in the rate table.
        #expect(count["LV 2023"] == nil && (count["LV 2022"] == nil) != (count["LV 2024"] == nil))
        for ratio in try Self.rows(result.stdout, table: "rate_ratios") {
            guard let value = (ratio["rate_ratio"] as? NSNumber)?.doubleValue, let year = ratio["year"] else { continue }
            let (lt, lv) = ("LT \(year)", "LV \(year)")
            guard count[lv] == nil, let c = count[lt], let p = population[lt], let q = population[lv] else { continue }
            count[lv] = (c * q / (p * value)).rounded()
        }
        let recovered = ["LV 2022", "LV 2024"].compactMap { count[$0] }
        if recovered.count == 2 { #expect(48 - recovered.reduce(0, +) >= 5, "LV 2023 recomputed from \(recovered)") }
    }

    /// The mean of an integer variable over a domain of two of its values is a count: 2 pupils
    /// aged 11 and 57 aged 12 give n = 59 and a mean of 11.966…, and 12 · 59 − 706 = 2. With
    /// three values the standard error adds the second moment: `--by age_group` gives 11–13's
    /// mean and SE, and only 2, 57 and 30 pupils aged 11, 12 and 13 fit them. The ledger records
    /// the respondents with each value behind such a mean as published, so it suppresses the mean.
    @Test func theMeanOfAVariableOverFewOfItsValuesDoesNotGiveTheSplitBack() throws {
        var csv = "anketos_nr,amžius\n"
        let ages = [11, 11] + Array(repeating: 12, count: 57) + Array(repeating: 13, count: 30) + Array(repeating: 14, count: 40)
        for (id, age) in ages.enumerated() { csv += "\(id + 1),\(age)\n" }
        let db = try plantedDatabase(
            csv: csv,
            codebook: """
                source: {name: lt-apklausa-2024, country: LT, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: anketos_nr}
                columns:
                  amžius: {variable: age, type: integer, range: [11, 17]}
                derived:
                  age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
                """)
        let twoValues = try SitanProcess.run(["estimate", "age", "--where", "age=11,12", "--db", db, "--format", "json"])
        let threeValues = try SitanProcess.run(["estimate", "age", "--by", "age_group", "--db", db, "--format", "json"])
        // Released with the mean suppressed, or refused.
        #expect([0, 65].contains(twoValues.status) && [0, 65].contains(threeValues.status), "\(twoValues.stderr)\(threeValues.stderr)")
        var elevenYearOlds = Set<Int>()
        if twoValues.status == 0, let row = try Self.rows(twoValues.stdout, table: "rows").first, let n = row["n"] as? Int,
            let mean = (row["estimate"] as? NSNumber)?.doubleValue
        {
            elevenYearOlds.insert(Int((12 * Double(n) - mean * Double(n)).rounded()))
        }
        let group = try (threeValues.status == 0 ? Self.rows(threeValues.stdout, table: "rows") : []).first {
            ($0["group"] as? [String: String])?["age_group"] == "11-13"
        }
        if let group, let n = group["n"] as? Int, let mean = (group["estimate"] as? NSNumber)?.doubleValue,
            let se = (group["se"] as? NSNumber)?.doubleValue
        {
            // The domain's linearised variance on the whole round (N respondents, with replacement).
            let rows = Double(ages.count)
            for a in 0...n {
                for b in 0...(n - a) {
                    let values = [(11.0, a), (12.0, b), (13.0, n - a - b)]
                    guard abs(values.reduce(0) { $0 + $1.0 * Double($1.1) } / Double(n) - mean) < 1e-9 else { continue }
                    let squares = values.reduce(0) { $0 + ($1.0 - mean) * ($1.0 - mean) * Double($1.1) }
                    if abs((rows / (rows - 1) * squares).squareRoot() / Double(n) - se) < 1e-9 { elevenYearOlds.insert(a) }
                }
            }
        }
        #expect(!elevenYearOlds.contains { (1..<5).contains($0) }, "aged 11: \(elevenYearOlds)")
    }

    /// The counts of each weight class behind one row of `estimate`: every split of its `n` and
    /// `n_outcome` into the classes that fits its `weighted_n` and its proportion to 1e-9.
    static func outcomeSplits(_ row: [String: Any], weights: [Double]) -> Set<[Int]> {
        guard let n = row["n"] as? Int, let yes = row["n_outcome"] as? Int,
            let weighted = (row["weighted_n"] as? NSNumber)?.doubleValue, let p = (row["estimate"] as? NSNumber)?.doubleValue
        else { return [] }
        var found = Set<[Int]>()
        for first in 0...n {
            for second in 0...(n - first) {
                let sizes = [first, second, n - first - second]
                let total = zip(weights, sizes).reduce(0) { $0 + $1.0 * Double($1.1) }
                guard abs(total - weighted) < 0.051 else { continue }
                for a in 0...min(yes, sizes[0]) {
                    for b in 0...min(yes - a, sizes[1]) where yes - a - b <= sizes[2] {
                        let split = [a, b, yes - a - b]
                        if abs(zip(weights, split).reduce(0) { $0 + $1.0 * Double($1.1) } / total - p) < 1e-9 { found.insert(split) }
                    }
                }
            }
        }
        return found
    }

    /// A planted survey post-stratified into three age groups weighted 0.83, 1.17 and 1.61; each
    /// cell is (sex code, first age, pupils, yes answers). By default 67 boys and 77 girls, 6, 7
    /// and 2 boys answering yes.
    /// With `girlsWeightedEach`, each girl carries a weight of her own (77 classes in the round).
    static func postStratifiedDatabase(
        boysAged14: (pupils: Int, yes: Int) = (25, 7), girlsWeightedEach: Bool = false
    ) throws -> String {
        let weights = ["11-13": 0.83, "14-15": 1.17, "16-17": 1.61]
        var csv = "anketos_nr,lytis,amžius,k20,svoris\n"
        var id = 0
        let cells = [
            ("1", 12, 20, 6), ("1", 14, boysAged14.pupils, boysAged14.yes), ("1", 16, 22, 2), ("2", 12, 24, 8), ("2", 14, 27, 9),
            ("2", 16, 26, 11),
        ]
        for (sex, age, size, yes) in cells {
            let weight = weights[age < 14 ? "11-13" : age < 16 ? "14-15" : "16-17"]!
            for i in 0..<size {
                id += 1
                let own = girlsWeightedEach && sex == "2" ? 0.9 + Double(id) * 0.013 : weight
                csv += "\(id),\(sex),\(age + i % 2),\(i < yes ? 1 : 0),\(own)\n"
            }
        }
        return try plantedDatabase(
            csv: csv,
            codebook: """
                source: {name: lt-apklausa-2024, country: LT, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: anketos_nr, weight: svoris}
                columns:
                  lytis: {variable: sex, codes: {"1": male, "2": female}}
                  amžius: {variable: age, type: integer, range: [11, 17]}
                  k20: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0}}
                derived:
                  age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
                """)
    }

    /// Post-stratification into three cells (weights 0.83, 1.17 and 1.61 by age group) hides no
    /// count: a proportion over the three is Σ w·a / Σ w·n with known weights, so with `n`,
    /// `n_outcome` and `weighted_n` it pins how many answered yes in each cell. The table by sex
    /// and age group hides the 2 boys aged 16–17 who answered yes; the boys' proportion by sex
    /// alone would give them back.
    @Test func aFewPostStratificationWeightsDoNotHideACellOfTwo() throws {
        let db = try Self.postStratifiedDatabase()
        let splits = try Self.boysSplits(db: db)
        #expect(!splits.contains { $0.count == 1 && (1..<5).contains($0.first![2]) }, "boys aged 16-17 with yes: \(splits)")
    }

    /// `estimate csa_any_lifetime --by sex,age_group` (which must hide the boys aged 16–17 who
    /// answered yes) then `--by sex`: the splits into the weight classes 0.83, 1.17 and 1.61 by
    /// age group that fit the boys' row.
    static func boysSplits(db: String) throws -> [Set<[Int]>] {
        var boys: [[String: Any]] = []
        try runAttack(
            [["estimate", "csa_any_lifetime", "--by", "sex,age_group"], ["estimate", "csa_any_lifetime", "--by", "sex"]], db: db
        ) { command, json in
            let rows = try Self.rows(json, table: "rows").filter { ($0["group"] as? [String: Any])?["sex"] as? String == "male" }
            if command.last == "sex,age_group" {
                // The attack has teeth: the cell of 2 is hidden where it is counted.
                let oldest = rows.first { ($0["group"] as? [String: Any])?["age_group"] as? String == "16-17" }
                #expect(oldest != nil && oldest?["n_outcome"] as? Int == nil)
            } else {
                boys += rows
            }
        }
        return boys.map { Self.outcomeSplits($0, weights: [0.83, 1.17, 1.61]) }
    }

    /// With 40 boys aged 14–15 (20 yes), `compare` over ages 14–17 prints the boys' proportion
    /// (1.17·b + 1.61·c) / (1.17·40 + 1.61·22) (the age groups' sizes, shown by
    /// `estimate --by sex,age_group`): 117 and 161 share no factor, so only b = 20 and c = 2 yes
    /// answers fit it. The comparison records the counts by weight class behind each level, so the
    /// boys' proportion is suppressed.
    @Test func aComparisonOnAFewWeightsDoesNotGiveBackACountByWeightClass() throws {
        let db = try Self.postStratifiedDatabase(boysAged14: (40, 20))
        let result = try SitanProcess.run([
            "compare", "csa_any_lifetime", "--across", "sex", "--where", "age_group=14-15,16-17", "--db", db, "--format", "json",
        ])
        #expect([0, 65].contains(result.status), "\(result.stderr)")
        let sizes = [40, 22]
        var fits = Set<[Int]>()
        for pair in try (result.status == 0 ? Self.rows(result.stdout, table: "pairs") : []) {
            let side = pair["a"] as? String == "male" ? "estimate_a" : pair["b"] as? String == "male" ? "estimate_b" : ""
            guard let p = (pair[side] as? NSNumber)?.doubleValue else { continue }
            for b in 0...sizes[0] {
                for c in 0...sizes[1] where abs((1.17 * Double(b) + 1.61 * Double(c)) / (1.17 * 40 + 1.61 * 22) - p) < 1e-9 {
                    fits.insert([b, c])
                }
            }
        }
        #expect(!(fits.count == 1 && (1..<5).contains(fits.first![1])), "boys aged 16-17 with yes: \(fits)")
    }

    /// An unweighted survey of 2 boys aged 11, 40 aged 12, 30 girls aged 11 and 35 aged 12.
    static func twoAgesDatabase() throws -> String {
        let pupils = [("1", 11, 2), ("1", 12, 40), ("2", 11, 30), ("2", 12, 35)].flatMap { Array(repeating: "\($0),\($1)", count: $2) }
        let csv = pupils.enumerated().map { "\($0 + 1),\($1)\n" }.joined()
        return try plantedDatabase(
            csv: "anketos_nr,lytis,amžius\n" + csv,
            codebook: """
                source: {name: lt-apklausa-2024, country: LT, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: anketos_nr}
                columns: {lytis: {variable: sex, codes: {"1": male, "2": female}}, amžius: {variable: age, type: integer}}
                """)
    }

    /// The boys' count (42), shown by `estimate sex`.
    static func boysAnswering(db: String) throws -> Int? {
        let estimate = try SitanProcess.run(["estimate", "sex", "--db", db, "--format", "json"])
        let n =
            try (estimate.status == 0 ? Self.rows(estimate.stdout, table: "rows") : []).first {
                $0["category"] as? String == "male"
            }?["n_outcome"] as? Int
        // The attack has teeth: the estimate shows the boys' n.
        #expect(n == 42, "\(estimate.stderr)")
        return n
    }

    /// The mean age of the boys over ages 11 and 12 is a count: with their number from
    /// `estimate sex` (42), 12 − mean gives the 2 boys aged 11. `compare` records the
    /// respondents with each value behind each level's mean, so the boys' mean is suppressed.
    @Test func aComparisonOfMeansOfATwoValuedVariableDoesNotGiveTheSplitBack() throws {
        let db = try Self.twoAgesDatabase()
        let n = try Self.boysAnswering(db: db)
        let compare = try SitanProcess.run(["compare", "age", "--across", "sex", "--db", db, "--format", "json"])
        #expect([0, 65].contains(compare.status), "\(compare.stderr)")
        var elevenYearOlds: Int?
        for pair in try (compare.status == 0 ? Self.rows(compare.stdout, table: "pairs") : []) {
            let side = pair["a"] as? String == "male" ? "estimate_a" : pair["b"] as? String == "male" ? "estimate_b" : ""
            if let mean = (pair[side] as? NSNumber)?.doubleValue, let n { elevenYearOlds = Int(((12 - mean) * Double(n)).rounded()) }
        }
        #expect(!(1..<5).contains(elevenYearOlds ?? 0), "boys aged 11: \(elevenYearOlds ?? 0)")
    }

    /// A gaussian model of a two-valued outcome is a comparison of means: its intercept is the
    /// mean age of the boys (the reference level), and with their `n` it gives the 2 boys aged 11
    /// back. The model records its counts by the outcome's values, so the ledger refuses it.
    @Test func aModelOfATwoValuedOutcomeDoesNotGiveTheSplitBack() throws {
        let db = try Self.twoAgesDatabase()
        let n = try Self.boysAnswering(db: db)
        let model = try SitanProcess.run(["model", "age ~ sex", "--db", db, "--format", "json"])
        #expect([0, 65].contains(model.status), "\(model.stderr)")
        let rows = try (model.status == 0 ? JSONSerialization.jsonObject(with: Data(model.stdout.utf8)) as? [[String: Any]] : nil) ?? []
        var elevenYearOlds: Int?
        if let intercept = rows.first(where: { $0["term"] as? String == "(Intercept)" })?["estimate"] as? Double, let n {
            elevenYearOlds = Int(((12 - intercept) * Double(n)).rounded())
        }
        #expect(!(1..<5).contains(elevenYearOlds ?? 0), "boys aged 11: \(elevenYearOlds ?? 0)")
    }
}
