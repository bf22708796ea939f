import Foundation

/// Regularized incomplete beta function `I_x(a, b)` and its complement.
///
/// Modified Lentz evaluation of the continued fraction (Numerical Recipes, 3rd ed., §6.4
/// `betacf`; Didonato & Morris' TOMS 708 handles more corner cases) on the side where it
/// converges (`x < (a + 1) / (a + b + 2)`), the other tail by `I_x(a,b) = 1 - I_{1-x}(b,a)`.
/// The prefactor `x^a (1-x)^b / B(a,b)` uses Loader's saddle point. `x` and `y = 1 - x` are
/// passed separately so callers (Student t, F) keep the precision of whichever is small.
/// When one parameter is large (≥ 15) and the other at most 40, with `x` near 1, the continued
/// fraction stops early and cancels; there TOMS 708's `BGRAT` expansion plus `BUP` recurrence is
/// used instead (`IncompleteBeta+Asymptotic.swift`). Verified to 1e-12 against mpmath for both
/// parameters up to 5000, and for one up to 5e8 with the other at most 40. With both parameters
/// far beyond that the fraction needs ~`sqrt(max(a, b))` terms (capped at 1e7).
enum IncompleteBeta {
    static let maximumIterations = 10_000_000
    static let tolerance = 3e-16

    /// Both tails `I_x(a, b)` and `1 - I_x(a, b)`; NaN for invalid input.
    static func pair(a: Double, b: Double, x: Double, y: Double) -> TailPair {
        if a.isNaN || b.isNaN || x.isNaN || y.isNaN || a <= 0 || b <= 0 || x < 0 || y < 0 {
            return TailPair(lower: .nan, upper: .nan)
        }
        if x == 0 { return TailPair(lower: 0, upper: 1) }
        if y == 0 { return TailPair(lower: 1, upper: 0) }
        if let tails = asymptoticPair(a: a, b: b, x: x, y: y) { return tails }
        if x < (a + 1) / (a + b + 2) {
            let lower = lowerByContinuedFraction(a: a, b: b, x: x, y: y)
            return TailPair(lower: lower, upper: 1 - lower)
        }
        let upper = lowerByContinuedFraction(a: b, b: a, x: y, y: x)
        return TailPair(lower: 1 - upper, upper: upper)
    }

    /// The large-`a` (or large-`b`) expansion when it applies and its tail is the smaller one.
    private static func asymptoticPair(a: Double, b: Double, x: Double, y: Double) -> TailPair? {
        if b <= 40, a >= 15, x > 0.7, let lower = largeAWithReduction(a: a, b: b, x: x, y: y) {
            return TailPair(lower: lower, upper: 1 - lower)
        }
        if a <= 40, b >= 15, y > 0.7, let upper = largeAWithReduction(a: b, b: a, x: y, y: x) {
            return TailPair(lower: 1 - upper, upper: upper)
        }
        return nil
    }

    /// `I_x(a, b)` for large `a`: the expansion at `b0 = b - ⌈b⌉ + 1 ∈ (0, 1]`, then the
    /// upward recurrence `I_x(a, c + 1) = I_x(a, c) + x^a y^c / (c B(a, c))` (TOMS 708 `BUP`),
    /// whose terms are all positive. `nil` unless the result is at most 0.9, so that the
    /// complement is formed without losing digits.
    private static func largeAWithReduction(a: Double, b: Double, x: Double, y: Double) -> Double? {
        let steps = Int((b - 1).rounded(.up))
        let b0 = b - Double(max(steps, 0))
        var lower = asymptoticLargeA(a: a, b: b0, x: x, y: y)
        for k in stride(from: 0, to: max(steps, 0), by: 1) {
            let c = b0 + Double(k)
            lower += LoaderSaddlePoint.betaPrefactor(a: a, b: c, x: x, y: y) / c
        }
        return lower.isFinite && lower <= 0.9 ? lower : nil
    }

    /// The density `x^(a-1) (1-x)^(b-1) / B(a,b)` multiplied by `x (1 - x)`.
    static func scaledDensity(a: Double, b: Double, x: Double, y: Double) -> Double {
        LoaderSaddlePoint.betaPrefactor(a: a, b: b, x: x, y: y)
    }

    private static func lowerByContinuedFraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let front = LoaderSaddlePoint.betaPrefactor(a: a, b: b, x: x, y: y)
        if front == 0 { return 0 }
        return min(1, front * continuedFraction(a: a, b: b, x: x, y: y) / a)
    }

    private static func continuedFraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        // 1 - qab x / qap, written with y near x = 1 to avoid cancellation
        var d = x < 0.5 ? 1 - qab * x / qap : (1 - b + qab * y) / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maximumIterations {
            let md = Double(m), m2 = 2 * md
            var aa = md * (b - md) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + md) * (qab + md) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= tolerance { break }
        }
        return h
    }
}
