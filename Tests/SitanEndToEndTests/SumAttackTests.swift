import Foundation
import Testing

/// An attacker who multiplies means by their `n` (or reads totals) and differences two ordinary
/// commands over nested domains: on `FewValuesAttackTests`' survey (ages 11–40, the band 14–15
/// holding 40 pupils aged 14 and 2 aged 15, one boy and one girl), the sum of the ages over the
/// band is 14 · 42 + the pupils aged 15. Each output has many values in its domain, so none is
/// split by value: only the sums the ledger records as equations close the difference.
@Suite struct SumAttackTests {
    /// The domain the band 14–15 is left out of.
    static let outside = ["--where", "age_group=11-13,18-24"]

    /// The pupils aged 15 among `n` of the band 14–15 whose ages sum to `sum`.
    static func fifteen(sum: Double, n: Int) -> Int { Int((sum - 14 * Double(n)).rounded()) }

    /// The first number of a row of a JSON output's table.
    static func number(_ row: [String: Any]?, _ key: String) -> Double? { (row?[key] as? NSNumber)?.doubleValue }

    /// `estimate age --statistic total` over everyone and over the domain: the totals differ by
    /// the sum over the band.
    @Test func theDifferenceOfTwoTotalsDoesNotGiveBackTheBand() throws {
        let db = try FewValuesAttackTests.wideAgeDatabase()
        var totals: [Double] = []
        try runAttack([["estimate", "age", "--statistic", "total"], ["estimate", "age", "--statistic", "total"] + Self.outside], db: db) {
            _, json in
            if let total = try Self.number(NonLinearAttackTests.rows(json, table: "rows").first, "estimate") { totals.append(total) }
        }
        // The attack has teeth: the first output is published.
        #expect(totals.count >= 1)
        let fifteen = totals.count == 2 ? Self.fifteen(sum: totals[0] - totals[1], n: 42) : nil
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "aged 15: \(fifteen ?? -1)")
    }

    /// `compare age --across sex` over everyone and over the domain: each sex's mean times its
    /// `n` (99 boys, 78 outside the band: `estimate sex` publishes both) gives the boys' sum over
    /// the band, 14 · 21 + the one boy aged 15.
    @Test func theDifferenceOfTwoComparisonsOfMeansDoesNotGiveBackTheBoys() throws {
        let db = try FewValuesAttackTests.wideAgeDatabase()
        var boys: [Double] = []
        try runAttack([["compare", "age", "--across", "sex"], ["compare", "age", "--across", "sex"] + Self.outside], db: db) {
            _, json in
            let pair = try NonLinearAttackTests.rows(json, table: "pairs").first
            let side = pair?["a"] as? String == "male" ? "estimate_a" : "estimate_b"
            if let mean = Self.number(pair, side) { boys.append(mean) }
        }
        // The attack has teeth: the first output is published.
        #expect(boys.count >= 1)
        let fifteen = boys.count == 2 ? Self.fifteen(sum: boys[0] * 99 - boys[1] * 78, n: 21) : nil
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "boys aged 15: \(fifteen ?? -1)")
    }

    /// `model "age ~ sex"` over everyone and over the domain: the intercept is the boys' mean.
    @Test func theDifferenceOfTwoGaussianModelsDoesNotGiveBackTheBoys() throws {
        let db = try FewValuesAttackTests.wideAgeDatabase()
        var intercepts: [Double] = []
        try runAttack([["model", "age ~ sex"], ["model", "age ~ sex"] + Self.outside], db: db) { _, json in
            let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
            if let intercept = Self.number(rows.first { $0["term"] as? String == "(Intercept)" }, "estimate") {
                intercepts.append(intercept)
            }
        }
        // The attack has teeth: the first output is published.
        #expect(intercepts.count >= 1)
        let fifteen = intercepts.count == 2 ? Self.fifteen(sum: intercepts[0] * 99 - intercepts[1] * 78, n: 21) : nil
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "boys aged 15: \(fifteen ?? -1)")
    }

    /// A band of three values, 14–16 (labelled 14-15; 30 pupils aged 14, 2 aged 15, 10 aged 16),
    /// among ages 11–40:
    /// the two means' `n`, mean and standard error give the sums of x and x² over each domain
    /// (the SE of a mean over respondents sampled alone is √(Σ (x − x̄)² · (N − 1) / N) / n), so the
    /// band's count, sum and sum of squares, which fit one split of its three ages.
    @Test func theDifferenceOfTwoMeansWithTheirStandardErrorsDoesNotGiveBackABandOfThreeValues() throws {
        let band = [Int](repeating: 14, count: 30) + [15, 15] + [Int](repeating: 16, count: 10)
        let db = try FewValuesAttackTests.ageDatabase(band, through: 16)
        // Per output: n, Σ x and Σ x².
        var moments: [(n: Double, sum: Double, squares: Double)] = []
        try runAttack([["estimate", "age"], ["estimate", "age"] + Self.outside], db: db) { _, json in
            let row = try NonLinearAttackTests.rows(json, table: "rows").first
            guard let n = Self.number(row, "n"), let mean = Self.number(row, "estimate"), let se = Self.number(row, "se") else { return }
            let total = Double(band.count + 26 * 6)
            moments.append((n, n * mean, se * se * n * n * (total - 1) / total + n * mean * mean))
        }
        #expect(moments.count >= 1)
        guard moments.count == 2 else { return }
        let n = moments[0].n - moments[1].n
        // Over the band, with y = x − 15 (−1, 0 or 1): Σ y = aged 16 − aged 14, Σ y² = aged 16 + aged 14.
        let y = moments[0].sum - moments[1].sum - 15 * n
        let y2 = moments[0].squares - moments[1].squares - 30 * (moments[0].sum - moments[1].sum) + 225 * n
        let fifteen = Int((n - y2).rounded())
        #expect(!(1..<5).contains(fifteen), "aged 15: \(fifteen) (Σ y \(y))")
    }

    /// The same survey post-stratified by age group (weights 0.83, 1.17 and 1.61 for the bands
    /// 11–13, 14–15 and 18–24): a weighted mean times its `weighted_n` is the weighted sum, and
    /// the difference over the band is 1.17 · (14 · 42 + the pupils aged 15).
    @Test func theDifferenceOfTwoWeightedMeansDoesNotGiveBackTheBand() throws {
        let db = try FewValuesAttackTests.ageDatabase([Int](repeating: 14, count: 40) + [15, 15]) { age in
            age <= 13 ? "0.83" : age <= 15 ? "1.17" : "1.61"
        }
        var sums: [Double] = []
        try runAttack([["estimate", "age"], ["estimate", "age"] + Self.outside], db: db) { _, json in
            let row = try NonLinearAttackTests.rows(json, table: "rows").first
            if let mean = Self.number(row, "estimate"), let weight = Self.number(row, "weighted_n") { sums.append(mean * weight) }
        }
        // The attack has teeth: the first output is published.
        #expect(sums.count >= 1)
        let fifteen = sums.count == 2 ? Self.fifteen(sum: (sums[0] - sums[1]) / 1.17, n: 42) : nil
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "aged 15: \(fifteen ?? -1)")
    }
}
