import Foundation

/// Inverse of the regularized incomplete beta function: `x` with `I_x(a, b) = p`.
///
/// Starting value from Abramowitz & Stegun 26.5.22 for `a, b ≥ 1` and from the two power-law
/// tails otherwise (Numerical Recipes, 3rd ed., `invbetai`), then safeguarded Newton on the
/// log of whichever tail is smaller. The solution is sought where it is at most 1/2
/// (using `I_x(a,b) = 1 - I_{1-x}(b,a)`), so both `x` and `1 - x` come back accurately.
enum InverseIncompleteBeta {
    /// The solution as the pair `(x, 1 - x)`; `q` must equal `1 - p`.
    static func solve(a: Double, b: Double, p: Double, q: Double) -> (x: Double, y: Double) {
        if a.isNaN || b.isNaN || p.isNaN || a <= 0 || b <= 0 || p < 0 || p > 1 {
            return (.nan, .nan)
        }
        if p == 0 { return (0, 1) }
        if q == 0 { return (1, 0) }
        let atHalf = IncompleteBeta.pair(a: a, b: b, x: 0.5, y: 0.5)
        if p <= atHalf.lower {
            let x = solveBelowHalf(a: a, b: b, p: p, q: q)
            return (x, 1 - x)
        }
        let y = solveBelowHalf(a: b, b: a, p: q, q: p)
        return (1 - y, y)
    }

    /// Solves for `x ≤ 1/2`, knowing `p ≤ I_{1/2}(a, b)`.
    private static func solveBelowHalf(a: Double, b: Double, p: Double, q: Double) -> Double {
        let useLower = p <= q
        let target = log(useLower ? p : q)
        let solver = LogNewtonSolver(lower: Double.leastNonzeroMagnitude, upper: 0.5)
        return solver.solve(start: initialGuess(a: a, b: b, p: p, q: q)) { x in
            let y = 1 - x
            let tails = IncompleteBeta.pair(a: a, b: b, x: x, y: y)
            let scaled = IncompleteBeta.scaledDensity(a: a, b: b, x: x, y: y) / y
            if useLower {
                return (log(tails.lower) - target, scaled / tails.lower)
            }
            return (target - log(tails.upper), scaled / tails.upper)
        }
    }

    private static func initialGuess(a: Double, b: Double, p: Double, q: Double) -> Double {
        if a >= 1, b >= 1 {
            let z = p <= q ? Normal.quantile(p) : -Normal.quantile(q)
            let al = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w =
                z * (al + h).squareRoot() / h
                - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6.0 - 2 / (3 * h))
            let guess = a / (a + b * exp(2 * w))
            if guess > 0, guess < 0.5 { return guess }
        }
        let lna = log(a / (a + b)), lnb = log(b / (a + b))
        let t = exp(a * lna) / a, u = exp(b * lnb) / b
        let w = t + u
        if p < t / w {
            let guess = pow(a * w * p, 1 / a)
            return guess > 0 ? min(guess, 0.5) : Double.leastNormalMagnitude
        }
        return min(0.5, max(1 - pow(b * w * q, 1 / b), Double.leastNormalMagnitude))
    }
}
