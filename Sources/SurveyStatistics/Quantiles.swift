import Foundation
import StatisticalDistributions

/// Quantiles per group with their confidence intervals.
package struct QuantileTable: Sendable {
    /// One estimate per group × probability (the probability is the category): the quantile,
    /// its SE (interval width / (2 q₁₋α/₂), as R) and, as `domainDegreesOfFreedom`, the df used.
    package let table: EstimateTable
    /// The interval of each estimate, in the same order; a limit is NaN where R's is.
    package let intervals: [ConfidenceInterval]
    /// For each estimate, in the same order, the smaller of the numbers of the group's
    /// respondents at or below and at or above the quantile (0 when there is none): a quantile
    /// with few respondents at one end is close to their own values.
    package let tails: [Int]
}

/// Design-based quantiles of a numeric variable per group, as R survey 4.1.1's
/// `svyquantile(~y, subset(design, group), probabilities, na.rm = TRUE, ci = TRUE)` with its
/// defaults `qrule = "math"` and `interval.type = "mean"`.
///
/// Quantile rule (`qrule_math`): drop zero weights, sort the values (ties in row order), take
/// the last position whose cumulative weight is ≤ p·Σw (the first when there is none); the
/// quantile is the value there when the cumulative share equals p exactly, else the next value
/// (the inverse of the weighted empirical CDF, except that when the first value's share alone
/// exceeds p the quantile is the second value, as R's `qs`). Interval (Woodruff 1952, R's `woodruffCI`,
/// `method = "mean"`): the share of the domain at or below the quantile with its Taylor SE
/// (a domain mean of the full design), its Wald interval p̂ ± t·SE on `df`, and the quantile
/// rule applied to both limits; a limit below 0 or above 1 gives NaN, as R. SE = interval width
/// / (2 t), as R reports it. The df default is R's: `degf` of the domain's respondents (non-missing
/// value, non-zero weight), not the svyciprop df of the group. Sums of weights are accumulated
/// in extended precision as R's `sum` and `cumsum`, so ties between a cumulative share and p
/// resolve as in R. Breaks down (NaN) for a group without respondents.
/// - Parameters:
///   - y: one value per row, NaN = missing.
///   - probabilities: the probabilities, each in [0, 1].
///   - design: the sample design.
///   - groups: optional domains.
///   - level: confidence level, default 0.95.
///   - normal: use the normal quantile (`df = Inf`) instead of t on the domain's df.
/// - Returns: the quantiles with their intervals.
/// - Throws: `SurveyStatisticsError` on mismatched lengths, bad codes, an invalid level or
///   probability, or a lonely PSU with `.fail`.
package func surveyQuantiles(
    _ y: [Double], probabilities: [Double], design: SurveyDesign, by groups: Grouping? = nil, level: Double = 0.95,
    normal: Bool = false
) throws -> QuantileTable {
    guard level > 0, level < 1 else { throw SurveyStatisticsError.invalidLevel(level) }
    if let p = probabilities.first(where: { !($0 >= 0 && $0 <= 1) }) { throw SurveyStatisticsError.invalidLevel(p) }
    let groups = groups ?? Grouping(codes: [Int32](repeating: 0, count: design.rowCount), count: 1)
    let rows = try respondentRows(y, design: design, groups: groups)
    let k = probabilities.count
    var quantiles = [Double](repeating: .nan, count: groups.count * k)
    for g in 0..<groups.count {
        for (j, p) in probabilities.enumerated() { quantiles[g * k + j] = weightedQuantile(rows[g], p) }
    }
    var estimates: [DomainEstimate] = []
    var intervals: [ConfidenceInterval] = []
    var tails: [Int] = []
    for j in probabilities.indices {
        // The share at or below each group's quantile: one domain mean for all groups.
        let below = y.indices.map { i in
            let g = Int(groups.codes[i])
            return g < 0 || y[i].isNaN ? Double.nan : (y[i] <= quantiles[g * k + j] ? 1 : 0)
        }
        let shares = try estimateTable(
            NumericOutcome(values: below), kind: .mean, design: design, groups: groups, deff: nil)
        for g in 0..<groups.count {
            let e = shares.estimates[g]
            let df = normal ? .infinity : Double(rows[g].degreesOfFreedom)
            let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: df)
            let (low, high) = (e.estimate - t * e.standardError, e.estimate + t * e.standardError)
            let lower = low.isNaN || low < 0 ? .nan : weightedQuantile(rows[g], low)
            let upper = high.isNaN || high > 1 ? .nan : weightedQuantile(rows[g], high)
            let q = quantiles[g * k + j]
            estimates.append(
                DomainEstimate(
                    group: g, category: j, n: e.n, nOutcome: 0, weightedN: e.weightedN, estimate: q,
                    standardError: (upper - lower) / (2 * t), degreesOfFreedom: design.degreesOfFreedom,
                    domainDegreesOfFreedom: rows[g].degreesOfFreedom, domainRowCount: e.domainRowCount, designEffect: nil))
            intervals.append(ConfidenceInterval(estimate: q, lower: lower, upper: upper, level: level))
            let values = rows[g].values
            tails.append(q.isNaN ? 0 : min(values.count { $0 <= q }, values.count { $0 >= q }))
        }
    }
    let order = (0..<groups.count).flatMap { g in (0..<k).map { j in j * groups.count + g } }
    let count = estimates.count
    return QuantileTable(
        table: EstimateTable(
            statistic: .quantile, groupCount: groups.count, categoryCount: k, estimates: order.map { estimates[$0] },
            covariance: [Double](repeating: .nan, count: count * count), lonelyPSU: design.lonelyPSU,
            designEffectKind: nil, designIsSimpleRandomSample: design.isSimpleRandomSample),
        intervals: order.map { intervals[$0] }, tails: order.map { tails[$0] })
}

/// One group's respondents with non-zero weight, sorted by value (ties in row order), and the
/// df of the design restricted to them.
struct SortedRespondents {
    var values: [Double] = []
    var weights: [Double] = []
    var degreesOfFreedom = 0
}

/// Each group's respondents (non-missing value, non-zero weight), sorted, with their df.
func respondentRows(_ y: [Double], design: SurveyDesign, groups: Grouping) throws -> [SortedRespondents] {
    guard y.count == design.rowCount else {
        throw SurveyStatisticsError.lengthMismatch(what: "outcome", expected: design.rowCount, actual: y.count)
    }
    guard groups.codes.count == design.rowCount else {
        throw SurveyStatisticsError.lengthMismatch(what: "group", expected: design.rowCount, actual: groups.codes.count)
    }
    var members = [[Int]](repeating: [], count: groups.count)
    for i in 0..<design.rowCount where groups.codes[i] >= 0 && !y[i].isNaN && design.weights[i] != 0 {
        guard Int(groups.codes[i]) < groups.count else {
            throw SurveyStatisticsError.codeOutOfRange(what: "group", row: i, code: groups.codes[i], count: groups.count)
        }
        members[Int(groups.codes[i])].append(i)
    }
    return members.map { rows in
        let sorted = rows.sorted { y[$0] < y[$1] || (y[$0] == y[$1] && $0 < $1) }
        var units = Set<Int32>()
        var strata = Set<Int32>()
        for i in rows {
            strata.insert(design.stratumOfRow[i])
            units.insert(design.psuOfRow?[i] ?? Int32(truncatingIfNeeded: i))
        }
        return SortedRespondents(
            values: sorted.map { y[$0] }, weights: sorted.map { design.weights[$0] },
            degreesOfFreedom: units.count - strata.count)
    }
}

/// R's `qrule_math` on sorted values: the inverse of the weighted empirical CDF.
func weightedQuantile(_ rows: SortedRespondents, _ p: Double) -> Double {
    let n = rows.values.count
    guard n > 0 else { return .nan }
    let cumulative = extendedCumulativeSums(rows.weights)
    let total = cumulative[n - 1]
    let bound = p * total
    var position = 0
    for (i, c) in cumulative.enumerated() where c <= bound { position = i }
    let next = position == n - 1 ? position : position + 1
    return p - cumulative[position] / total == 0 ? rows.values[position] : rows.values[next]
}

/// Cumulative sums rounded to double from an extended-precision accumulator, as R's `cumsum`
/// (and, for the last, `sum`).
func extendedCumulativeSums(_ values: [Double]) -> [Double] {
    var sum: ExtendedDouble = 0
    return values.map { v in
        sum += ExtendedDouble(v)
        return Double(sum)
    }
}
