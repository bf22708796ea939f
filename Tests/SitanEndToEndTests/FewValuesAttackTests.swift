import Foundation
import Testing

/// An attacker who reads means and proportions as counts on data shaped like a researcher's
/// export: a Latvian survey whose ages run over 30 values (11–40) although the band 14–15 holds
/// only two of them (40 pupils aged 14, 2 aged 15), and a post-stratified survey whose three
/// weights were computed per row and differ in the 12th digit.
@Suite struct FewValuesAttackTests {
    /// 198 respondents: 40 aged 14, 2 aged 15, 6 of each age 11–13 and 18–40.
    static func wideAgeDatabase() throws -> String {
        try ageDatabase([Int](repeating: 14, count: 40) + [15, 15])
    }

    /// A survey of the pupils of the band labelled 14-15 (`band`: its ages, 14 and 15 unless
    /// told) and 6 of each age 11–13 and 18–40, alternately boys and girls; `weight`, when given,
    /// is each age's weight (post-stratification).
    static func ageDatabase(_ band: [Int], through last: Int = 15, weight: ((Int) -> String)? = nil) throws -> String {
        var csv = "anketas_nr,dzimums,vecums" + (weight == nil ? "" : ",svars") + "\n"
        let ages = band + (Array(11...13) + Array(18...40)).flatMap { [Int](repeating: $0, count: 6) }
        for (i, age) in ages.enumerated() { csv += "\(i + 1),\(1 + i % 2),\(age)" + (weight.map { ",\($0(age))" } ?? "") + "\n" }
        return try plantedDatabase(
            csv: csv,
            codebook: """
                # Jauniešu aptauja 2024: vecums pilnos gados.
                source: {name: lv-aptauja-2024, country: LV, kind: survey, year: 2024, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                design: {id: anketas_nr\(weight == nil ? "" : ", weight: svars")}
                columns:
                  dzimums: {variable: sex, codes: {"1": male, "2": female}}
                  vecums: {variable: age, type: integer, range: [0, 40]}
                derived:
                  age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, \(last)], "18-24": [18, 40]}}
                """)
    }

    /// The mean and `n` of one JSON output's row in group `band` (or its only row).
    static func mean(_ json: String, band: String? = nil) throws -> (n: Int, mean: Double)? {
        let row = try NonLinearAttackTests.rows(json, table: "rows").first {
            band == nil || ($0["group"] as? [String: String])?["age_group"] == band
        }
        guard let n = row?["n"] as? Int, let mean = (row?["estimate"] as? NSNumber)?.doubleValue else { return nil }
        return (n, mean)
    }

    /// The variable takes 30 values in the round but 2 in the band 14–15: the band's mean is a
    /// count there (42 · 14.0476… − 14 · 42 = 2 pupils aged 15), so the values are split per group.
    @Test func aGroupsMeanOverTwoValuesIsSplitByValueAlthoughTheRoundHasMany() throws {
        let db = try Self.wideAgeDatabase()
        let result = try SitanProcess.run(["estimate", "age", "--by", "age_group", "--db", db, "--format", "json"])
        #expect([0, 65].contains(result.status), "\(result.stderr)")
        let band = try result.status == 0 ? Self.mean(result.stdout, band: "14-15") : nil
        let fifteen = band.map { Int(($0.mean * Double($0.n) - 14 * Double($0.n)).rounded()) }
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "aged 15: \(fifteen ?? -1)")
        // The band of 23 values is still shown.
        #expect(try result.status == 0 && Self.mean(result.stdout, band: "18-24")?.n == 138)
    }

    /// Two means over many values each, the round's and that of `--where age_group=11-13,18-24`:
    /// n · mean of one minus the other is the sum of the 42 ages of the band 14–15, 590, so
    /// 590 − 14 · 42 = 2 pupils aged 15. Neither output is split by value (each has more than 20
    /// values): the ledger records each mean as the sum of the values, an equation of its audit,
    /// and the second mean is not published.
    @Test func theDifferenceOfTwoMeansOverManyValuesGivesBackABandOfTwoValues() throws {
        let db = try Self.wideAgeDatabase()
        var means: [(n: Int, mean: Double)] = []
        try runAttack([["estimate", "age"], ["estimate", "age", "--where", "age_group=11-13,18-24"]], db: db) { _, json in
            if let mean = try Self.mean(json) { means.append(mean) }
        }
        // The attack has teeth: the round's mean is published.
        #expect(means.first?.n == 198)
        guard means.count == 2 else { return }
        let sum = means[0].mean * Double(means[0].n) - means[1].mean * Double(means[1].n)
        let fifteen = Int((sum - 14 * Double(means[0].n - means[1].n)).rounded())
        #expect(!(1..<5).contains(fifteen), "aged 15: \(fifteen) (n \(means[0].n) − \(means[1].n))")
    }

    /// `compare age --across sex --where age_group=14-15` prints each sex's mean over two values,
    /// 14.047619047619047 = 14 + 1/21: one boy aged 15 among 21 (the table by sex hides both rows).
    /// Each level's respondents are split by value (two values in the domain), so the mean is
    /// suppressed; the comparison is still released.
    @Test func aComparisonOfMeansOverTwoValuesDoesNotGiveTheCountBack() throws {
        let db = try Self.wideAgeDatabase()
        let result = try SitanProcess.run(
            ["compare", "age", "--across", "sex", "--where", "age_group=14-15", "--db", db, "--format", "json"])
        #expect([0, 65].contains(result.status), "\(result.stderr)")
        #expect(result.status == 0)
        guard result.status == 0, let pair = try NonLinearAttackTests.rows(result.stdout, table: "pairs").first,
            let a = (pair["estimate_a"] as? NSNumber)?.doubleValue
        else { return }
        // The smallest n for which the fraction above 14 is a whole number of pupils aged 15.
        let n = (1...42).first { abs((a - 14) * Double($0) - ((a - 14) * Double($0)).rounded()) < 1e-9 }
        let fifteen = n.map { Int(((a - 14) * Double($0)).rounded()) }
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "aged 15 in \(pair["a"] ?? ""): \(fifteen ?? -1) of \(n ?? -1)")
    }

    /// `NonLinearAttackTests`' post-stratified survey (weights 0.83, 1.17, 1.61 by age group) with
    /// each weight computed per row: 0.8300000000010, 0.8300000000020, ... (13 variants each, 39
    /// distinct weights). The boys' proportion still fits only 6, 7 and 2 yes answers in the three
    /// classes, the 2 being hidden by sex and age group: the weights are classes to 6 digits.
    @Test func weightsThatDifferInTheTwelfthDigitAreOneWeightClass() throws {
        let weights = [0.83, 1.17, 1.61]
        var csv = "anketas_nr;dzimums;vecums;k20;svars\n"
        var id = 0
        let cells = [("1", 12, 20, 6), ("1", 14, 25, 7), ("1", 16, 22, 2), ("2", 12, 24, 8), ("2", 14, 27, 9), ("2", 16, 26, 11)]
        for (sex, age, size, yes) in cells {
            for i in 0..<size {
                id += 1
                let weight = String(format: "%.13f", weights[(age - 12) / 2] + Double(id % 13) * 1e-12)
                csv += "\(id);\(sex);\(age + i % 2);\(i < yes ? 1 : 0);\(weight.replacingOccurrences(of: ".", with: ","))\n"
            }
        }
        let db = try plantedDatabase(
            csv: csv, codebook: "# Skolēnu aptauja 2024; svari pēc vecuma grupas (pēcstratifikācija).\n" + Self.weightedCodebook)
        let splits = try NonLinearAttackTests.boysSplits(db: db)
        #expect(!splits.contains { $0.count == 1 && (1..<5).contains($0.first![2]) }, "boys aged 16-17 with yes: \(splits)")
    }

    /// The codebook of a weighted LV 2024 pupil survey: `anketas_nr;dzimums;vecums;k20;svars`, with
    /// sex (9 = missing), age 11–17 banded into age groups, `csa_any_lifetime` and a weight.
    static let weightedCodebook = """
        source: {name: lv-aptauja-2024, country: LV, kind: survey, year: 2024, synthetic: true}
        file: {encoding: utf-8, delimiter: ";", decimal: ",", missing: [""]}
        design: {id: anketas_nr, weight: svars}
        columns:
          dzimums: {variable: sex, codes: {"1": male, "2": female, "9": null}}
          vecums: {variable: age, type: integer, range: [11, 17]}
          k20: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0, "8": null}}
        derived:
          age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
        """
}
