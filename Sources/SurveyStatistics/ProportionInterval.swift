import Foundation
import StatisticalDistributions

/// Confidence-interval method for a proportion (R survey `svyciprop` methods and their
/// unweighted counterparts).
package enum ProportionCI: String, Sendable, CaseIterable {
    /// Logit-scale Wald interval with a t quantile on the design df (`svyciprop(method = "logit")`,
    /// computed in closed form as `"xlogit"`).
    case logit
    /// The same logit interval under R's name for the closed form (`svyciprop(method = "xlogit")`).
    case xlogit
    /// Arcsine-square-root Wald interval (`svyciprop(method = "asin")`).
    case asin
    /// Korn–Graubard (1998) beta interval (`svyciprop(method = "beta")`).
    case kornGraubard
    /// Wald interval on the proportion scale, t on the design df (`svyciprop(method = "mean")`).
    case mean
    /// Wilson score interval, unweighted only (`prop.test(correct = FALSE)`).
    case wilson
    /// Clopper–Pearson exact interval, unweighted only (`binom.test`).
    case clopperPearson
    /// Profile-likelihood interval of the logit (`svyciprop(method = "likelihood")`); needs the
    /// respondents' answers: `likelihoodProportionInterval`.
    case likelihood
}

extension EstimateTable {
    /// Confidence interval for the proportion at `index` in `estimates`.
    ///
    /// - `.logit`: expit(logit p̂ ± t·SE/(p̂(1 − p̂))), t on `df`. R fits `svyglm(quasibinomial)`,
    ///   whose convergence tolerance differs from this closed form by ~1e-10; the closed form is
    ///   exactly `svyciprop(method = "xlogit")`. Undefined (NaN) at p̂ = 0 or 1: use Korn–Graubard.
    /// - `.xlogit`: the same closed form under R's name.
    /// - `.asin`: sin²(asin √p̂ ± t·SE/(2√(p̂(1 − p̂)))), the delta method on the arcsine scale as
    ///   `svyciprop(method = "asin")`; undefined (NaN) at p̂ = 0 or 1, as R.
    /// - `.kornGraubard`: n_eff = p̂(1 − p̂)/Var(p̂) × (t_{α/2, n−1}/t_{α/2, df})², then
    ///   Beta(α/2; n_eff p̂, n_eff(1 − p̂) + 1) and Beta(1 − α/2; n_eff p̂ + 1, n_eff(1 − p̂)),
    ///   where n is the domain's rows and df the *domain's* df, respondents without an answer
    ///   included (`domainRowCount`, `domainDegreesOfFreedom`): R's
    ///   `svyciprop(..., na.rm = TRUE)` uses `nrow(design)` and `degf(design)` of the design it
    ///   is given, here `subset(design, group)`; the `df` argument does not enter (as in R).
    ///   R returns NaN at p̂ = 0 or 1; here n_eff = n (respondents) there (NCHS 2017 convention).
    /// - `.mean`: p̂ ± t·SE, not clipped to [0, 1] (as R).
    /// - `.wilson`, `.clopperPearson`: from the unweighted counts; refused unless the design is an
    ///   unweighted simple random sample (equal weights, no strata, no PSUs, no fpc), where they
    ///   are the textbook intervals.
    /// - Parameters:
    ///   - index: position in `estimates` (must be a proportion or share).
    ///   - method: the interval method (default `.logit`).
    ///   - level: confidence level in (0, 1), default 0.95.
    ///   - df: degrees of freedom for the t quantiles; default the domain's df
    ///     (`domainDegreesOfFreedom`, as `svyby(..., svyciprop)`); `.infinity` for the normal
    ///     quantile (R's `confint` default).
    /// - Returns: the interval.
    /// - Throws: `invalidLevel`, or `requiresUnweightedData` for Wilson/Clopper–Pearson on a
    ///   complex design.
    package func proportionInterval(
        _ index: Int, method: ProportionCI = .logit, level: Double = 0.95, df: Double? = nil
    ) throws -> ConfidenceInterval {
        guard level > 0, level < 1 else { throw SurveyStatisticsError.invalidLevel(level) }
        let e = estimates[index]
        let df = df ?? Double(e.domainDegreesOfFreedom)
        let alpha = 1 - level
        let bounds: (Double, Double)
        switch method {
        case .logit, .xlogit: bounds = logitBounds(e, alpha: alpha, df: df)
        case .asin: bounds = arcsineBounds(e, alpha: alpha, df: df)
        case .mean:
            let lo = StudentT.quantile(alpha / 2, degreesOfFreedom: df)
            let hi = StudentT.quantile(1 - alpha / 2, degreesOfFreedom: df)
            bounds = (e.estimate + e.standardError * lo, e.estimate + e.standardError * hi)
        case .kornGraubard: bounds = kornGraubardBounds(e, alpha: alpha)
        case .likelihood: throw SurveyStatisticsError.needsAnswers(method: "likelihood")
        case .wilson, .clopperPearson:
            guard designIsSimpleRandomSample else {
                throw SurveyStatisticsError.requiresUnweightedData(
                    method: method == .wilson ? "Wilson" : "Clopper–Pearson")
            }
            guard e.n > 0 else { return ConfidenceInterval(estimate: e.estimate, lower: .nan, upper: .nan, level: level) }
            let exact =
                method == .wilson
                ? try BinomialInterval.wilson(successes: e.nOutcome, trials: e.n, level: level)
                : try BinomialInterval.clopperPearson(successes: e.nOutcome, trials: e.n, level: level)
            bounds = (exact.lower, exact.upper)
        }
        return ConfidenceInterval(estimate: e.estimate, lower: bounds.0, upper: bounds.1, level: level)
    }

    /// Intervals for every estimate in the table, in order.
    package func proportionIntervals(method: ProportionCI = .logit, level: Double = 0.95) throws -> [ConfidenceInterval] {
        try estimates.indices.map { try proportionInterval($0, method: method, level: level) }
    }
}

// MARK: - Interval formulas

/// Logit interval, as R's `svyciprop(method = "xlogit")` (`tconfint` on the logit contrast).
func logitBounds(_ e: DomainEstimate, alpha: Double, df: Double) -> (Double, Double) {
    let p = e.estimate
    let centre = log(p / (1 - p))
    let se = e.standardError / (p * (1 - p))
    let expit = { (x: Double) in exp(x) / (1 + exp(x)) }
    return (
        expit(centre + se * StudentT.quantile(alpha / 2, degreesOfFreedom: df)),
        expit(centre + se * StudentT.quantile(1 - alpha / 2, degreesOfFreedom: df))
    )
}

/// Arcsine-square-root interval, as R's `svyciprop(method = "asin")` (`svycontrast` on
/// asin(√p), then sin² of the limits).
func arcsineBounds(_ e: DomainEstimate, alpha: Double, df: Double) -> (Double, Double) {
    let p = e.estimate
    let centre = Foundation.asin(p.squareRoot())
    let se = e.standardError / (2 * (p * (1 - p)).squareRoot())
    let limit = { (q: Double) in pow(sin(centre + se * StudentT.quantile(q, degreesOfFreedom: df)), 2) }
    return (limit(alpha / 2), limit(1 - alpha / 2))
}

/// Korn–Graubard interval, as R's `svyciprop(method = "beta", na.rm = TRUE)` on the domain.
func kornGraubardBounds(_ e: DomainEstimate, alpha: Double) -> (Double, Double) {
    let p = e.estimate
    let variance = e.standardError * e.standardError
    var nEff = (p == 0 || p == 1) ? Double(e.n) : p * (1 - p) / variance
    let ratio =
        StudentT.quantile(alpha / 2, degreesOfFreedom: Double(e.domainRowCount - 1))
        / StudentT.quantile(alpha / 2, degreesOfFreedom: Double(e.domainDegreesOfFreedom))
    nEff *= ratio * ratio
    return (
        betaQuantile(alpha / 2, a: nEff * p, b: nEff * (1 - p) + 1),
        betaQuantile(1 - alpha / 2, a: nEff * p + 1, b: nEff * (1 - p))
    )
}

/// R's `qbeta`, including its limits for a zero shape (point mass at 0 or 1).
func betaQuantile(_ q: Double, a: Double, b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    if a == 0 { return 0 }
    if b == 0 { return 1 }
    return BetaDistribution.quantile(q, a: a, b: b)
}
