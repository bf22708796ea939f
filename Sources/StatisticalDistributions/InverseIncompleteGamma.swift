import Foundation

/// Inverse of the regularized incomplete gamma function: `x` with `P(a, x) = p`.
///
/// Starting value from the Wilson–Hilferty cube-root normal approximation (or the small-`x`
/// series `x ≈ (p Γ(a+1))^(1/a)` for small `a` or `p`), then safeguarded Newton on
/// `log P` (or `log Q` when `p > 1/2`, so upper quantiles keep precision), as in
/// Numerical Recipes' `invgammp` but with a bracket.
enum InverseIncompleteGamma {
    /// `x` with `P(a, x) = p` and `Q(a, x) = q`; `q` must equal `1 - p` (pass it exactly when known).
    static func solve(a: Double, p: Double, q: Double) -> Double {
        if a.isNaN || p.isNaN || a <= 0 || p < 0 || p > 1 { return .nan }
        if p == 0 { return 0 }
        if q == 0 { return .infinity }
        let useLower = p <= q
        let target = log(useLower ? p : q)
        let solver = LogNewtonSolver(lower: Double.leastNonzeroMagnitude, upper: Double.greatestFiniteMagnitude)
        return solver.solve(start: initialGuess(a: a, p: p, q: q)) { x in
            let tails = IncompleteGamma.pair(a: a, x: x)
            let scaled = IncompleteGamma.scaledDensity(a: a, x: x)
            if useLower {
                return (log(tails.lower) - target, scaled / tails.lower)
            }
            return (target - log(tails.upper), scaled / tails.upper)
        }
    }

    private static func initialGuess(a: Double, p: Double, q: Double) -> Double {
        let z = p <= q ? Normal.quantile(p) : -Normal.quantile(q)
        let c = 1 / (9 * a)
        let cube = 1 - c + z * c.squareRoot()
        let wilsonHilferty = a * cube * cube * cube
        if a >= 1, wilsonHilferty > 0 { return wilsonHilferty }
        if p <= q {
            let small = exp((log(p) + SpecialFunctions.logGamma(a + 1)) / a)
            if small > 0 { return small }
            return Double.leastNormalMagnitude
        }
        return max(1, -log(q) - SpecialFunctions.logGamma(a))
    }
}
