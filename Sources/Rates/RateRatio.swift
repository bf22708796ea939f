import Foundation
import StatisticalDistributions

/// The ratio of two Poisson rates with its exact conditional confidence interval and test.
package struct RateRatio: Sendable, Equatable {
    /// `(x1 / T1) / (x2 / T2)`; `+∞` when `x2 = 0`.
    package let estimate: Double
    package let lower: Double
    package let upper: Double
    /// Two-sided p-value for a rate ratio of 1.
    package let pValue: Double
    package let level: Double

    /// Compares two rates conditionally on the total count, exactly as R's
    /// `poisson.test(c(x1, x2), c(T1, T2), conf.level = level)`.
    ///
    /// Given `x1 + x2`, `x1` is binomial with `p = T1 / (T1 + T2)` under a ratio of 1. The
    /// interval is the Clopper–Pearson interval for that binomial proportion, `π`, mapped to
    /// the ratio scale by `π / (1 - π) × T2 / T1`; the p-value is `binom.test`'s two-sided
    /// exact p-value (R's relative tolerance 1 + 1e-7 for ties).
    /// - Throws: `RatesError` for negative counts, non-positive person-time, an invalid level,
    ///   or no events at all.
    package init(count1 x1: Int, personTime1 t1: Double, count2 x2: Int, personTime2 t2: Double, level: Double = 0.95) throws {
        try RatesError.validate(count: x1, personTime: t1)
        try RatesError.validate(count: x2, personTime: t2)
        try RatesError.validate(level: level)
        guard x1 + x2 > 0 else { throw RatesError.noEvents }
        let n = x1 + x2
        let interval = try BinomialInterval.clopperPearson(successes: x1, trials: n, level: level)
        estimate = (Double(x1) / t1) / (Double(x2) / t2)
        lower = interval.lower / (1 - interval.lower) * t2 / t1
        upper = interval.upper / (1 - interval.upper) * t2 / t1
        pValue = try Binomial.exactTestPValue(successes: x1, trials: n, probability: t1 / (t1 + t2))
        self.level = level
    }
}
