import Foundation
import StatisticalDistributions

/// An incidence rate with its exact Poisson confidence interval.
package struct PoissonRate: Sendable, Equatable {
    /// Events per `per` person-time units, `count / personTime × per`.
    package let rate: Double
    package let lower: Double
    package let upper: Double
    package let level: Double
    package let per: Double

    /// The exact (Garwood 1936) interval for a Poisson count over person-time.
    ///
    /// lower = `χ²(α/2; 2x) / 2 / T` (0 when `x = 0`), upper = `χ²(1 - α/2; 2x + 2) / 2 / T`,
    /// `α = 1 - level`, then multiplied by `per`. Identical to R's
    /// `poisson.test(x, T, conf.level = level)$conf.int × per`. Conservative (coverage ≥ level).
    /// - Parameters:
    ///   - count: Number of events `x ≥ 0`.
    ///   - personTime: Person-time or population at risk `T > 0`.
    ///   - level: Confidence level, default 0.95.
    ///   - per: Multiplier, e.g. 100000 for a rate per 100 000.
    /// - Throws: `RatesError` for a negative count, non-positive person-time, a level outside
    ///   (0, 1) or a non-positive multiplier.
    package init(count: Int, personTime: Double, level: Double = 0.95, per: Double = 1) throws {
        try RatesError.validate(count: count, personTime: personTime)
        try RatesError.validate(level: level)
        guard per > 0, per.isFinite else { throw RatesError.invalidMultiplier(per) }
        let alpha = (1 - level) / 2
        let x = Double(count)
        let lowerCount = count == 0 ? 0 : ChiSquared.quantile(alpha, degreesOfFreedom: 2 * x) / 2
        let upperCount = ChiSquared.quantile(1 - alpha, degreesOfFreedom: 2 * x + 2) / 2
        rate = x / personTime * per
        lower = lowerCount / personTime * per
        upper = upperCount / personTime * per
        self.level = level
        self.per = per
    }
}
