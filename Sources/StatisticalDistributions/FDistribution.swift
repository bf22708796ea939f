import Foundation

/// Fisher's F distribution with real (fractional) numerator and denominator degrees of freedom,
/// as used by the Rao–Scott second-order correction (`svychisq`).
package enum FDistribution {
    /// `P(F ≤ f)`: `I_x(df1/2, df2/2)` with `x = df1 f / (df1 f + df2)` (A&S 26.6.2).
    ///
    /// `x` and `1 - x = df2 / (df1 f + df2)` are formed separately, so both tails keep full
    /// relative precision. Reproduces R's `pf` and scipy's `f.cdf`. `df2 = +∞` gives the
    /// chi-squared limit `P(χ²(df1) ≤ df1 f)`.
    /// - Parameters:
    ///   - f: The quantile (negative gives 0).
    ///   - numeratorDegreesOfFreedom: `df1 > 0`.
    ///   - denominatorDegreesOfFreedom: `df2 > 0`.
    package static func cdf(_ f: Double, numeratorDegreesOfFreedom df1: Double, denominatorDegreesOfFreedom df2: Double) -> Double {
        tails(f, df1: df1, df2: df2).lower
    }

    /// `P(F > f)`, accurate for tiny p-values (R's `pf(f, df1, df2, lower.tail = FALSE)`).
    package static func survival(_ f: Double, numeratorDegreesOfFreedom df1: Double, denominatorDegreesOfFreedom df2: Double) -> Double {
        tails(f, df1: df1, df2: df2).upper
    }

    /// The quantile `f` with `P(F ≤ f) = p`, from the incomplete-beta inverse
    /// (`f = df2 x / (df1 (1 - x))`). `p = 0` gives 0, `p = 1` gives `+∞`.
    package static func quantile(_ p: Double, numeratorDegreesOfFreedom df1: Double, denominatorDegreesOfFreedom df2: Double) -> Double {
        if p.isNaN || df1.isNaN || df2.isNaN || df1 <= 0 || df2 <= 0 || p < 0 || p > 1 { return .nan }
        if df2 == .infinity { return ChiSquared.quantile(p, degreesOfFreedom: df1) / df1 }
        let solution = InverseIncompleteBeta.solve(a: df1 / 2, b: df2 / 2, p: p, q: 1 - p)
        if solution.y == 0 { return .infinity }
        return df2 * solution.x / (df1 * solution.y)
    }

    private static func tails(_ f: Double, df1: Double, df2: Double) -> TailPair {
        if f.isNaN || df1.isNaN || df2.isNaN || df1 <= 0 || df2 <= 0 {
            return TailPair(lower: .nan, upper: .nan)
        }
        if f <= 0 { return TailPair(lower: 0, upper: 1) }
        if f == .infinity { return TailPair(lower: 1, upper: 0) }
        if df2 == .infinity { return IncompleteGamma.pair(a: df1 / 2, x: df1 * f / 2) }
        let scaled = df1 * f
        let x: Double, y: Double
        if scaled > df2 {
            x = 1 / (1 + df2 / scaled)
            y = (df2 / scaled) / (1 + df2 / scaled)
        } else {
            x = (scaled / df2) / (1 + scaled / df2)
            y = 1 / (1 + scaled / df2)
        }
        return IncompleteBeta.pair(a: df1 / 2, b: df2 / 2, x: x, y: y)
    }
}
