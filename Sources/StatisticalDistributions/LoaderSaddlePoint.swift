import Foundation

/// Loader's saddle-point building blocks for accurate densities.
///
/// Catherine Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000), as used
/// by R's `dbinom`, `dpois` and `dbeta` (`src/nmath/bd0.c`, `stirlerr.c`, `dpois.c`,
/// `dbinom.c`). Writing a density as `exp(-stirlerr - bd0)` keeps full relative precision when
/// the arguments are large, where `exp(a log x - x - lgamma(a))` would lose digits to
/// cancellation between terms of size `a log a`.
enum LoaderSaddlePoint {
    static let logSqrtTwoPi = 0.918_938_533_204_672_741_780_329_736_406

    /// `log(n!) - log(sqrt(2πn) (n/e)^n)`, the error of Stirling's formula, for `n > 0`.
    ///
    /// For `n ≤ 15` it is computed from `lgamma` (absolute error below 1e-14); above, from
    /// the asymptotic series with the number of terms R uses.
    static func stirlingError(_ n: Double) -> Double {
        let s0 = 1.0 / 12.0, s1 = 1.0 / 360.0, s2 = 1.0 / 1260.0
        let s3 = 1.0 / 1680.0, s4 = 1.0 / 1188.0
        if n <= 15 {
            return SpecialFunctions.logGamma(n + 1) - (n + 0.5) * log(n) + n - logSqrtTwoPi
        }
        let nn = n * n
        if n > 500 { return (s0 - s1 / nn) / n }
        if n > 80 { return (s0 - (s1 - s2 / nn) / nn) / n }
        if n > 35 { return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n
    }

    /// Deviance term `x log(x/np) + np - x`, computed by a series when `x ≈ np`.
    static func bd0(_ x: Double, _ np: Double) -> Double {
        if abs(x - np) < 0.1 * (x + np) {
            var v = (x - np) / (x + np)
            var s = (x - np) * v
            if abs(s) < Double.leastNormalMagnitude { return s }
            var ej = 2 * x * v
            v *= v
            for j in 1..<1000 {
                ej *= v
                let next = s + ej / Double(2 * j + 1)
                if next == s { return next }
                s = next
            }
        }
        return x * log(x / np) + np - x
    }

    /// `λ^x e^(-λ) / Γ(x + 1)` for real `x ≥ 0` (R's `dpois_raw`).
    static func poissonDensity(_ x: Double, mean lambda: Double) -> Double {
        if lambda == 0 { return x == 0 ? 1 : 0 }
        if !lambda.isFinite || x < 0 { return 0 }
        if x <= lambda * Double.leastNormalMagnitude { return exp(-lambda) }
        if lambda < x * Double.leastNormalMagnitude {
            return exp(-lambda + x * log(lambda) - SpecialFunctions.logGamma(x + 1))
        }
        return exp(-stirlingError(x) - bd0(x, lambda)) / (2 * Double.pi * x).squareRoot()
    }

    /// Binomial probability `C(n, x) p^x q^(n-x)` with `q = 1 - p` given separately
    /// (R's `dbinom_raw`).
    static func binomialDensity(_ x: Double, trials n: Double, p: Double, q: Double) -> Double {
        if p == 0 { return x == 0 ? 1 : 0 }
        if q == 0 { return x == n ? 1 : 0 }
        if x == 0 {
            if n == 0 { return 1 }
            return exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * log(q))
        }
        if x == n { return exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * log(p)) }
        if x < 0 || x > n { return 0 }
        let lc =
            stirlingError(n) - stirlingError(x) - stirlingError(n - x)
            - bd0(x, n * p) - bd0(n - x, n * q)
        let lf = log(2 * Double.pi) + log(x) + log1p(-x / n)
        return exp(lc - 0.5 * lf)
    }

    /// `x^a y^b / B(a, b)` with `y = 1 - x` supplied separately, via the binomial saddle point
    /// with `n = a + b`: `exp(-bd0(a, nx) - bd0(b, ny) - δ(a) - δ(b) + δ(n)) sqrt(ab / 2πn)`.
    static func betaPrefactor(a: Double, b: Double, x: Double, y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        let n = a + b
        let exponent =
            -bd0(a, n * x) - bd0(b, n * y)
            - stirlingError(a) - stirlingError(b) + stirlingError(n)
        return exp(exponent) * (a * b / (2 * Double.pi * n)).squareRoot()
    }
}
