import Foundation

/// Regularized incomplete gamma functions `P(a, x)` and `Q(a, x)`.
///
/// Power series for `P` when `x < a + 1`, and the modified Lentz continued fraction for `Q`
/// otherwise (Numerical Recipes, 3rd ed., §6.2 `gser`/`gcf`; Lentz 1976), with the prefactor
/// `x^a e^-x / Γ(a + 1)` computed by Loader's saddle point so that large `a` keeps full
/// precision. The number of terms grows like `sqrt(a)` near `x ≈ a`; beyond `a ≈ 1e12` the
/// iteration cap is reached and the result loses accuracy.
enum IncompleteGamma {
    static let maximumIterations = 10_000_000
    static let tolerance = 3e-16

    /// Both tails: `lower = P(a, x)`, `upper = Q(a, x)`; NaN for invalid input.
    static func pair(a: Double, x: Double) -> TailPair {
        if a.isNaN || x.isNaN || a <= 0 || x < 0 {
            return TailPair(lower: .nan, upper: .nan)
        }
        if x == 0 { return TailPair(lower: 0, upper: 1) }
        if x == .infinity { return TailPair(lower: 1, upper: 0) }
        if a == .infinity { return TailPair(lower: 0, upper: 1) }
        if x < a + 1 {
            let p = series(a: a, x: x)
            return TailPair(lower: p, upper: 1 - p)
        }
        let q = continuedFraction(a: a, x: x)
        return TailPair(lower: 1 - q, upper: q)
    }

    /// `x^a e^-x / Γ(a)`, which is `x` times the gamma(a) density at `x`.
    static func scaledDensity(a: Double, x: Double) -> Double {
        a * LoaderSaddlePoint.poissonDensity(a, mean: x)
    }

    private static func series(a: Double, x: Double) -> Double {
        let front = LoaderSaddlePoint.poissonDensity(a, mean: x)
        if front == 0 { return 0 }
        var term = 1.0, sum = 1.0, ap = a
        for _ in 0..<maximumIterations {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * tolerance { break }
        }
        return min(1, front * sum)
    }

    private static func continuedFraction(a: Double, x: Double) -> Double {
        let front = scaledDensity(a: a, x: x)
        if front == 0 { return 0 }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny, d = 1 / b, h = d
        for i in 1...maximumIterations {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= tolerance { break }
        }
        return min(1, front * h)
    }
}
