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
            return TailPair(lower: p, upper: a < 1 ? smallShapeUpper(a: a, x: x) : 1 - p)
        }
        let q = continuedFraction(a: a, x: x)
        return TailPair(lower: 1 - q, upper: q)
    }

    /// `Q(a, x)` for `a < 1`, `x < a + 1` without forming `1 - P` (Gautschi 1979, TOMS 542;
    /// TOMS 654 `grat1`): `Q = (1 - x^a/Γ(a+1)) - x^a/Γ(a+1) · a Σ_{n≥1} (-x)^n / (n! (a+n))`,
    /// the first term by `expm1`. The alternating sum is bounded by `e^x < e²`.
    private static func smallShapeUpper(a: Double, x: Double) -> Double {
        let logPower = a * log(x) - SpecialFunctions.logGamma(a + 1)
        let u = -expm1(logPower)
        var term = 1.0, sum = 0.0
        for n in 1..<1000 {
            term *= -x / Double(n)
            let next = sum + term / (a + Double(n))
            if next == sum { break }
            sum = next
        }
        return u - exp(logPower) * a * sum
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

    /// `Q(a, x)` divided by `x^a e^-x / Γ(a)`, without underflow for large `x`
    /// (TOMS 708's `grat_r`, used by the large-`a` incomplete beta expansion).
    static func upperOverScaledDensity(a: Double, x: Double) -> Double {
        if x >= a + 1 { return legendreFraction(a: a, x: x) }
        return (1 - series(a: a, x: x)) / scaledDensity(a: a, x: x)
    }

    private static func continuedFraction(a: Double, x: Double) -> Double {
        let front = scaledDensity(a: a, x: x)
        if front == 0 { return 0 }
        return min(1, front * legendreFraction(a: a, x: x))
    }

    /// Legendre's continued fraction for `Q(a,x) Γ(a) e^x x^-a` by the modified Lentz method.
    private static func legendreFraction(a: Double, x: Double) -> Double {
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
        return h
    }
}
