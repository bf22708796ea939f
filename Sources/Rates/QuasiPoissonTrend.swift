import Foundation
import StatisticalDistributions

/// Quasi-Poisson inference for the slope of a ``PoissonTrend``: the same estimate, with the
/// variance scaled by the estimated dispersion.
///
/// The dispersion is Pearson's `φ = X² / (n - 2)` and the standard error `SE √φ` (McCullagh &
/// Nelder 1989, §4.5.2). Tests and intervals use Student's t on the residual degrees of
/// freedom, as R's `summary(glm(..., family = quasipoisson))` does for its p-value; the
/// interval is `slope ± t SE √φ` (R's `confint.default` would use the normal quantile). With
/// `φ < 1` the interval is narrower than the Poisson one; a report uses this inference only
/// when `φ > 1`. Reproduces R 4.2's `glm(count ~ year + offset(log(pop)), quasipoisson)`.
package struct QuasiPoissonTrend: Sendable, Equatable {
    /// Pearson's dispersion `X² / df`.
    package let dispersion: Double
    package let standardError: Double
    package let slopeLower: Double
    package let slopeUpper: Double
    /// `100 (exp(bound) - 1)` for each bound of the slope's interval.
    package let annualPercentChangeLower: Double
    package let annualPercentChangeUpper: Double
    /// Two-sided p-value of the slope's t statistic on the residual degrees of freedom.
    package let pValue: Double

    init?(slope: Double, poissonStandardError: Double, pearsonChiSquared: Double, residualDegreesOfFreedom df: Int, level: Double) {
        guard df > 0 else { return nil }
        dispersion = pearsonChiSquared / Double(df)
        standardError = poissonStandardError * dispersion.squareRoot()
        let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(df))
        slopeLower = slope - t * standardError
        slopeUpper = slope + t * standardError
        annualPercentChangeLower = 100 * expm1(slopeLower)
        annualPercentChangeUpper = 100 * expm1(slopeUpper)
        pValue = standardError > 0 ? 2 * StudentT.survival(abs(slope / standardError), degreesOfFreedom: Double(df)) : 0
    }
}
