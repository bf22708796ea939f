import Foundation
import StatisticalDistributions

/// A design-based comparison of one estimate between two groups.
package struct GroupComparison: Sendable, Equatable {
    /// First group (the numerator of the ratios).
    package let groupA: Int
    /// Second group (the reference).
    package let groupB: Int
    /// Category compared.
    package let category: Int
    /// Estimate A − estimate B.
    package let difference: Double
    /// SE of the difference from the joint covariance: √(V_aa + V_bb − 2 V_ab).
    package let standardError: Double
    /// t interval for the difference.
    package let differenceCI: ConfidenceInterval
    /// Two-sided p-value of t = difference/SE on `degreesOfFreedom`.
    package let pValue: Double
    /// A/B with a log-scale (delta method) CI; nil for totals.
    package let riskRatio: Double?
    /// exp(log(A/B) ± t·SE(log RR)).
    package let riskRatioCI: ConfidenceInterval?
    /// odds(A)/odds(B) with a log-scale (delta method) CI; nil unless proportions or shares.
    package let oddsRatio: Double?
    /// exp(log OR ± t·SE(log OR)).
    package let oddsRatioCI: ConfidenceInterval?
    /// Degrees of freedom of the t quantiles and p-value.
    package let degreesOfFreedom: Double
}

extension EstimateTable {
    /// Pairwise differences, risk ratios and odds ratios between all groups for one category.
    ///
    /// Reproduces R survey's `svycontrast` on `svyby(..., covmat = TRUE)` (equivalently
    /// `svyglm(y ~ 0 + group)`): the covariance of the two domain estimates is taken from the
    /// joint linearisation on the whole design, so groups sharing PSUs are handled. Risk and odds
    /// ratios use the log method: Var(log RR) = V_aa/a² + V_bb/b² − 2V_ab/(ab), and
    /// Var(log OR) likewise with a(1 − a), b(1 − b). All intervals use t on `df` (default the
    /// design df; R's `confint` default is the normal, pass `df: .infinity` for that). Breaks
    /// down (NaN) when an estimate is 0 (ratios) or 0/1 (odds ratios). For unweighted data this
    /// is the delta method on the SRS variance, close to but not Woolf's 1/a + 1/b + 1/c + 1/d.
    /// - Parameters:
    ///   - category: the category compared (0 for binary proportions and means).
    ///   - level: confidence level, default 0.95.
    ///   - df: degrees of freedom for t quantiles and p-values; default the design df.
    /// - Returns: one comparison per pair (a < b) of groups.
    /// - Throws: `invalidLevel`.
    package func pairwiseComparisons(category: Int = 0, level: Double = 0.95, df: Double? = nil) throws
        -> [GroupComparison]
    {
        guard level > 0, level < 1 else { throw SurveyStatisticsError.invalidLevel(level) }
        let df = df ?? Double(estimates.first?.degreesOfFreedom ?? 0)
        var out: [GroupComparison] = []
        for a in 0..<groupCount {
            for b in (a + 1)..<max(groupCount, a + 1) {
                out.append(compare(a * categoryCount + category, b * categoryCount + category, level: level, df: df))
            }
        }
        return out
    }

    /// The comparison of the estimates at indices `i` and `j`.
    func compare(_ i: Int, _ j: Int, level: Double, df: Double) -> GroupComparison {
        let a = estimates[i].estimate
        let b = estimates[j].estimate
        let vaa = covariance(i, i)
        let vbb = covariance(j, j)
        let vab = covariance(i, j)
        let alpha = 1 - level
        let qLow = StudentT.quantile(alpha / 2, degreesOfFreedom: df)
        let qHigh = StudentT.quantile(1 - alpha / 2, degreesOfFreedom: df)
        func interval(_ centre: Double, _ se: Double, _ transform: (Double) -> Double) -> ConfidenceInterval {
            ConfidenceInterval(
                estimate: transform(centre), lower: transform(centre + se * qLow), upper: transform(centre + se * qHigh),
                level: level)
        }
        let diff = a - b
        let se = (vaa + vbb - 2 * vab).squareRoot()
        let ratios = statistic != .total
        let odds = statistic == .proportion || statistic == .share
        let seLogRR = (vaa / (a * a) + vbb / (b * b) - 2 * vab / (a * b)).squareRoot()
        let ga = a * (1 - a)
        let gb = b * (1 - b)
        let seLogOR = (vaa / (ga * ga) + vbb / (gb * gb) - 2 * vab / (ga * gb)).squareRoot()
        let logOR = log(a / (1 - a)) - log(b / (1 - b))
        return GroupComparison(
            groupA: estimates[i].group, groupB: estimates[j].group, category: estimates[i].category,
            difference: diff, standardError: se, differenceCI: interval(diff, se) { $0 },
            pValue: 2 * StudentT.cdf(-abs(diff / se), degreesOfFreedom: df),
            riskRatio: ratios ? a / b : nil, riskRatioCI: ratios ? interval(log(a / b), seLogRR, exp) : nil,
            oddsRatio: odds ? exp(logOR) : nil, oddsRatioCI: odds ? interval(logOR, seLogOR, exp) : nil,
            degreesOfFreedom: df)
    }
}

/// A design-based t-test of a difference of two domain means, as R survey's `svyttest`.
package struct DesignTTest: Sendable, Equatable {
    /// t = (mean A − mean B) / SE; R's `svyttest(y ~ g)` reports the opposite sign (level 2 − level 1).
    package let t: Double
    /// Residual df of the two-group regression: the pair's design df − 1.
    package let degreesOfFreedom: Int
    /// Two-sided p-value of t on `degreesOfFreedom`.
    package let pValue: Double
}

extension GroupComparison {
    /// R's `svyttest(y ~ g, subset(design, g %in% c(a, b)))` for two domain means: the group
    /// coefficient of `svyglm(y ~ g)` is the difference of the means and its sandwich SE the
    /// linearisation SE of that difference, tested on the regression's residual df.
    /// - Parameter pairDegreesOfFreedom: R's `degf` of the two groups' respondents with an
    ///   answer (PSUs − strata among them).
    /// - Returns: the t statistic, its df (`pairDegreesOfFreedom − 1`) and p-value; NaN when
    ///   the SE is 0 or that df is below 1.
    package func tTest(pairDegreesOfFreedom: Int) -> DesignTTest {
        let df = pairDegreesOfFreedom - 1
        let t = difference / standardError
        let p = df >= 1 && t.isFinite ? 2 * StudentT.cdf(-abs(t), degreesOfFreedom: Double(df)) : .nan
        return DesignTTest(t: t, degreesOfFreedom: df, pValue: p)
    }
}
