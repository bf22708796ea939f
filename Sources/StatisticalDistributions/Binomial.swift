import Foundation

/// The binomial distribution and R's exact binomial test.
package enum Binomial {
    /// `P(X = k)` for `X ~ Bin(n, p)`, by Loader's saddle-point method (R's `dbinom`).
    package static func probability(_ k: Int, trials n: Int, probability p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 || n < 0 { return .nan }
        return LoaderSaddlePoint.binomialDensity(Double(k), trials: Double(n), p: p, q: 1 - p)
    }

    /// `P(X ≤ k)` (R's `pbinom(k, n, p)`), through `I_{1-p}(n - k, k + 1)`.
    package static func cdf(_ k: Int, trials n: Int, probability p: Double) -> Double {
        tails(k, trials: n, probability: p).lower
    }

    /// `P(X > k)` (R's `pbinom(k, n, p, lower.tail = FALSE)`), accurate for tiny values.
    package static func survival(_ k: Int, trials n: Int, probability p: Double) -> Double {
        tails(k, trials: n, probability: p).upper
    }

    /// Two-sided p-value of the exact binomial test, exactly as R's `binom.test(x, n, p)`.
    ///
    /// Sums the probabilities of all outcomes no more likely than the observed one, with R's
    /// relative tolerance `1 + 1e-7` for ties (so symmetric cases do not depend on rounding).
    /// Costs `O(n)` density evaluations. `p = 0` and `p = 1` give 1 or 0 as R does.
    /// - Throws: `StatisticalDistributionsError` for invalid counts or probability.
    package static func exactTestPValue(successes x: Int, trials n: Int, probability p: Double) throws -> Double {
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
            let y = countAtMost(d * relErr, from: first, through: n, trials: n, probability: p, decreasing: true)
            return min(1, cdf(x, trials: n, probability: p) + survival(n - y, trials: n, probability: p))
        }
        let last = Int(m.rounded(.down))
        let y = countAtMost(d * relErr, from: 0, through: last, trials: n, probability: p, decreasing: false)
        return min(1, cdf(y - 1, trials: n, probability: p) + survival(x - 1, trials: n, probability: p))
    }

    /// How many `k` in `low...high` have `dbinom(k) ≤ threshold`, as R's `binom.test` counts
    /// them (`sum(dbinom(k) <= d * relErr)`).
    ///
    /// The binomial density does not increase from `ceiling(np)` upwards and does not decrease
    /// up to `floor(np)`, so the matching `k` form one run at the far end of the range. Up to
    /// 100 000 trials every `k` is checked, as R does; beyond that the run's end is found by
    /// bisection in O(log n) densities, which gives the same count (the densities are
    /// monotone there) and keeps a test on 3 · 10¹¹ events from taking minutes.
    private static func countAtMost(
        _ threshold: Double, from low: Int, through high: Int, trials n: Int, probability p: Double, decreasing: Bool
    ) -> Int {
        guard low <= high else { return 0 }
        if n <= 100_000 {
            return (low...high).reduce(0) { $0 + (probability($1, trials: n, probability: p) <= threshold ? 1 : 0) }
        }
        // Find the boundary of the run of matches: the first match when decreasing (matches
        // are low' ... high), the last match when increasing (matches are low ... high').
        var lo = low
        var hi = high
        if decreasing {
            guard probability(high, trials: n, probability: p) <= threshold else { return 0 }
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if probability(mid, trials: n, probability: p) <= threshold { hi = mid } else { lo = mid + 1 }
            }
            return high - lo + 1
        }
        guard probability(low, trials: n, probability: p) <= threshold else { return 0 }
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2
            if probability(mid, trials: n, probability: p) <= threshold { lo = mid } else { hi = mid - 1 }
        }
        return lo - low + 1
    }

    private static func tails(_ k: Int, trials n: Int, probability p: Double) -> TailPair {
        if p.isNaN || p < 0 || p > 1 || n < 0 { return TailPair(lower: .nan, upper: .nan) }
        if k < 0 { return TailPair(lower: 0, upper: 1) }
        if k >= n { return TailPair(lower: 1, upper: 0) }
        return IncompleteBeta.pair(a: Double(n - k), b: Double(k + 1), x: 1 - p, y: p)
    }
}
