import Foundation

/// The binomial distribution and R's exact binomial test.
public enum Binomial {
    /// `P(X = k)` for `X ~ Bin(n, p)`, by Loader's saddle-point method (R's `dbinom`).
    public static func probability(_ k: Int, trials n: Int, probability p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 || n < 0 { return .nan }
        return LoaderSaddlePoint.binomialDensity(Double(k), trials: Double(n), p: p, q: 1 - p)
    }

    /// `P(X ≤ k)` (R's `pbinom(k, n, p)`), through `I_{1-p}(n - k, k + 1)`.
    public static func cdf(_ k: Int, trials n: Int, probability p: Double) -> Double {
        tails(k, trials: n, probability: p).lower
    }

    /// `P(X > k)` (R's `pbinom(k, n, p, lower.tail = FALSE)`), accurate for tiny values.
    public static func survival(_ k: Int, trials n: Int, probability p: Double) -> Double {
        tails(k, trials: n, probability: p).upper
    }

    /// Two-sided p-value of the exact binomial test, exactly as R's `binom.test(x, n, p)`.
    ///
    /// Sums the probabilities of all outcomes no more likely than the observed one, with R's
    /// relative tolerance `1 + 1e-7` for ties (so symmetric cases do not depend on rounding).
    /// Costs `O(n)` density evaluations. `p = 0` and `p = 1` give 1 or 0 as R does.
    /// - Throws: `StatisticalDistributionsError` for invalid counts or probability.
    public static func exactTestPValue(successes x: Int, trials n: Int, probability p: Double) throws -> Double {
        guard n >= 1, x >= 0, x <= n else { throw StatisticalDistributionsError.invalidCounts(successes: x, trials: n) }
        guard p >= 0, p <= 1 else { throw StatisticalDistributionsError.invalidProbability(p) }
        if p == 0 { return x == 0 ? 1 : 0 }
        if p == 1 { return x == n ? 1 : 0 }
        let relErr = 1 + 1e-7
        let d = probability(x, trials: n, probability: p)
        let m = Double(n) * p
        if Double(x) == m { return 1 }
        if Double(x) < m {
            let first = Int(m.rounded(.up))
            let y = (first...n).reduce(0) { $0 + (probability($1, trials: n, probability: p) <= d * relErr ? 1 : 0) }
            return min(1, cdf(x, trials: n, probability: p) + survival(n - y, trials: n, probability: p))
        }
        let last = Int(m.rounded(.down))
        let y = (0...last).reduce(0) { $0 + (probability($1, trials: n, probability: p) <= d * relErr ? 1 : 0) }
        return min(1, cdf(y - 1, trials: n, probability: p) + survival(x - 1, trials: n, probability: p))
    }

    private static func tails(_ k: Int, trials n: Int, probability p: Double) -> TailPair {
        if p.isNaN || p < 0 || p > 1 || n < 0 { return TailPair(lower: .nan, upper: .nan) }
        if k < 0 { return TailPair(lower: 0, upper: 1) }
        if k >= n { return TailPair(lower: 1, upper: 0) }
        return IncompleteBeta.pair(a: Double(n - k), b: Double(k + 1), x: 1 - p, y: p)
    }
}
