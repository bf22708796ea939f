import Foundation

/// Confidence intervals for a proportion from unweighted (simple random sample) counts.
///
/// For design-based data use the survey module's intervals (logit, Korn–Graubard); these are
/// the methods for unweighted data.
package enum BinomialInterval {
    /// Wilson score interval, exactly R's `prop.test(x, n, correct = FALSE)$conf.int`.
    ///
    /// Wilson (1927): `(p̂ + z²/2n ± z sqrt(p̂(1-p̂)/n + z²/4n²)) / (1 + z²/n)` with
    /// `z = Φ⁻¹((1 + level)/2)`, written in R's operation order and clipped to [0, 1] as R
    /// does. Defined at `x = 0` and `x = n` (lower 0, respectively upper 1).
    /// - Parameters:
    ///   - successes: `x`, with `0 ≤ x ≤ n`.
    ///   - trials: `n ≥ 1`.
    ///   - level: Confidence level in (0, 1), default 0.95.
    /// - Throws: `StatisticalDistributionsError` for invalid counts or level.
    package static func wilson(successes x: Int, trials n: Int, level: Double = 0.95) throws -> ConfidenceInterval {
        try validate(successes: x, trials: n, level: level)
        let estimate = Double(x) / Double(n), nn = Double(n)
        let z = Normal.quantile((1 + level) / 2)
        let z22n = z * z / (2 * nn)
        let root = z * (estimate * (1 - estimate) / nn + z22n / (2 * nn)).squareRoot()
        let upper = estimate >= 1 ? 1 : (estimate + z22n + root) / (1 + 2 * z22n)
        let lower = estimate <= 0 ? 0 : (estimate + z22n - root) / (1 + 2 * z22n)
        return ConfidenceInterval(estimate: estimate, lower: max(lower, 0), upper: min(upper, 1), level: level)
    }

    /// Clopper–Pearson exact interval, exactly R's `binom.test(x, n)$conf.int`.
    ///
    /// Clopper & Pearson (1934): lower = `Beta⁻¹(α/2; x, n - x + 1)` (0 when `x = 0`),
    /// upper = `Beta⁻¹(1 - α/2; x + 1, n - x)` (1 when `x = n`), `α = 1 - level`.
    /// Conservative: coverage is at least `level` for every true proportion.
    /// - Throws: `StatisticalDistributionsError` for invalid counts or level.
    package static func clopperPearson(successes x: Int, trials n: Int, level: Double = 0.95) throws -> ConfidenceInterval {
        try validate(successes: x, trials: n, level: level)
        let alpha = (1 - level) / 2
        let xd = Double(x), nd = Double(n)
        let lower = x == 0 ? 0 : BetaDistribution.quantile(alpha, a: xd, b: nd - xd + 1)
        let upper = x == n ? 1 : BetaDistribution.quantile(1 - alpha, a: xd + 1, b: nd - xd)
        return ConfidenceInterval(estimate: xd / nd, lower: lower, upper: upper, level: level)
    }

    static func validate(successes x: Int, trials n: Int, level: Double) throws {
        guard n >= 1, x >= 0, x <= n else {
            throw StatisticalDistributionsError.invalidCounts(successes: x, trials: n)
        }
        guard level > 0, level < 1 else { throw StatisticalDistributionsError.invalidLevel(level) }
    }
}
