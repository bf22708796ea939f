import Foundation

/// The beta distribution `Beta(a, b)`.
///
/// Used for Clopper–Pearson and Korn–Graubard intervals (quantiles of `Beta(x, n - x + 1)`).
package enum BetaDistribution {
    /// `P(X ≤ x) = I_x(a, b)` (R's `pbeta`, scipy's `beta.cdf`); 0 below 0 and 1 above 1.
    /// - Parameters:
    ///   - x: The quantile.
    ///   - a: First shape, `a > 0`.
    ///   - b: Second shape, `b > 0`.
    package static func cdf(_ x: Double, a: Double, b: Double) -> Double {
        if x.isNaN || a.isNaN || b.isNaN || a <= 0 || b <= 0 { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return IncompleteBeta.pair(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// `P(X > x) = 1 - I_x(a, b)`, accurate in the upper tail.
    package static func survival(_ x: Double, a: Double, b: Double) -> Double {
        if x.isNaN || a.isNaN || b.isNaN || a <= 0 || b <= 0 { return .nan }
        if x <= 0 { return 1 }
        if x >= 1 { return 0 }
        return IncompleteBeta.pair(a: a, b: b, x: x, y: 1 - x).upper
    }

    /// The quantile `x` with `I_x(a, b) = p` (R's `qbeta`, scipy's `beta.ppf`).
    ///
    /// See `SpecialFunctions.inverseRegularizedBeta`. `p = 0` gives 0 and `p = 1` gives 1.
    package static func quantile(_ p: Double, a: Double, b: Double) -> Double {
        InverseIncompleteBeta.solve(a: a, b: b, p: p, q: 1 - p).x
    }
}
