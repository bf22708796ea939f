import Foundation
import StatisticalDistributions

/// A log-linear trend in yearly counts: Poisson regression of counts on year with the log
/// population as offset, and the annual percent change it implies.
///
/// Model `log E[count_i] = β0 + β1 year_i + log(population_i)`, fitted by maximum likelihood
/// with iteratively reweighted least squares (Newton's method for the canonical log link;
/// McCullagh & Nelder 1989, §2.5) until the relative change in deviance is below 1e-12.
/// Reproduces R's `glm(count ~ year + offset(log(pop)), family = poisson)` (coefficients,
/// standard errors, deviance) and `confint.default` (Wald intervals with a normal quantile).
/// The annual percent change is `100 (exp(β1) - 1)`, its interval the transformed Wald
/// interval. Standard errors assume Poisson variance: with overdispersion (deviance well above
/// the residual df) they are too small. Years are centred internally for numerical stability;
/// the reported intercept is for the uncentred year, as R reports it. The standard error is
/// the inverse Fisher information at the estimate; R's `vcov` uses the weights of `glm`'s last
/// iteration, so with R's default `epsilon = 1e-8` the two can differ in the 6th–8th digit
/// (with a tighter `epsilon` they agree to 1e-12).
///
/// Overdispersion is measured by Pearson's dispersion `X² / df` (the estimate of φ that R's
/// `quasipoisson` family uses); ``quasi`` gives the quasi-Poisson inference for the same
/// slope (see ``QuasiPoissonTrend``), which a report uses when ``isOverdispersed``.
package struct PoissonTrend: Sendable, Equatable {
    package let intercept: Double
    /// `β1`, the change in log rate per year.
    package let slope: Double
    package let slopeStandardError: Double
    package let slopeLower: Double
    package let slopeUpper: Double
    /// `100 (exp(β1) - 1)`.
    package let annualPercentChange: Double
    package let annualPercentChangeLower: Double
    package let annualPercentChangeUpper: Double
    /// Residual deviance `2 Σ [y log(y/μ) - (y - μ)]`.
    package let deviance: Double
    /// Number of years minus 2.
    package let residualDegreesOfFreedom: Int
    /// Pearson's statistic `Σ (y - μ)² / μ` at the estimate.
    package let pearsonChiSquared: Double
    /// Two-sided Wald p-value of the slope with the normal distribution (R's `summary.glm`
    /// for the Poisson family).
    package let pValue: Double
    /// The quasi-Poisson inference for the slope; nil with 0 residual degrees of freedom.
    package let quasi: QuasiPoissonTrend?
    package let iterations: Int
    package let level: Double

    /// - Parameters:
    ///   - years: Calendar years (any real values; at least two distinct).
    ///   - counts: Event counts, one per year, `≥ 0`.
    ///   - population: Person-time or population at risk, one per year, `> 0`.
    ///   - level: Confidence level for the Wald intervals, default 0.95.
    /// - Throws: `RatesError` for mismatched or invalid series, or if the fit does not converge
    ///   (for example when every count is 0, where the MLE is at −∞).
    package init(years: [Double], counts: [Int], population: [Double], level: Double = 0.95) throws {
        try RatesError.validate(level: level)
        try Self.validate(years: years, counts: counts, population: population)
        let fit = try PoissonRegressionFit(years: years, counts: counts.map(Double.init), population: population)
        let z = Normal.quantile(1 - (1 - level) / 2)
        let zLow = Normal.quantile((1 - level) / 2)
        intercept = fit.intercept
        slope = fit.slope
        slopeStandardError = fit.slopeStandardError
        slopeLower = fit.slope + fit.slopeStandardError * zLow
        slopeUpper = fit.slope + fit.slopeStandardError * z
        annualPercentChange = 100 * expm1(slope)
        annualPercentChangeLower = 100 * expm1(slopeLower)
        annualPercentChangeUpper = 100 * expm1(slopeUpper)
        deviance = fit.deviance
        residualDegreesOfFreedom = years.count - 2
        pearsonChiSquared = fit.pearsonChiSquared
        pValue = 2 * Normal.survival(abs(fit.slope / fit.slopeStandardError))
        quasi = QuasiPoissonTrend(
            slope: fit.slope, poissonStandardError: fit.slopeStandardError, pearsonChiSquared: fit.pearsonChiSquared,
            residualDegreesOfFreedom: years.count - 2, level: level)
        iterations = fit.iterations
        self.level = level
    }

    /// Pearson's dispersion `X² / df`; nil with 0 residual degrees of freedom.
    package var dispersion: Double? { quasi?.dispersion }

    /// Whether the counts vary more than a Poisson model allows: Pearson's dispersion above 1.
    package var isOverdispersed: Bool { (dispersion ?? 0) > 1 }

    private static func validate(years: [Double], counts: [Int], population: [Double]) throws {
        guard years.count == counts.count, years.count == population.count else {
            throw RatesError.invalidSeries(
                "\(years.count) years, \(counts.count) counts and \(population.count) populations; give one of each per year")
        }
        guard Set(years).count >= 2, years.allSatisfy(\.isFinite) else {
            throw RatesError.invalidSeries("need at least two distinct, finite years")
        }
        for (count, people) in zip(counts, population) {
            try RatesError.validate(count: count, personTime: people)
        }
        guard counts.contains(where: { $0 > 0 }) else {
            throw RatesError.invalidSeries("every count is 0, so the rate is 0 throughout and no trend can be estimated")
        }
    }
}
