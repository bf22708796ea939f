import Foundation

/// Safeguarded Newton iteration on a logarithmic scale, used to invert cumulative
/// distribution functions.
///
/// Solves `g(x) = 0` for `x` in a bracket `[lower, upper]` with `lower > 0`, where `g` is
/// increasing and `slope` is `dg/d(log x)`. Typically `g = log F(x) - log p`: on the log–log
/// scale a distribution tail is close to a straight line, so Newton converges from far away,
/// and a step that leaves the bracket is replaced by a geometric bisection. The iterate is
/// kept in `x` (not `log x`) so the result is not limited by the spacing of `log x`.
struct LogNewtonSolver {
    typealias Evaluation = (value: Double, slope: Double)

    var lower: Double
    var upper: Double
    var maximumIterations = 400
    var relativeTolerance = 1e-15

    /// Returns the root closest to `start` that the bracket and iteration allow.
    func solve(start: Double, _ evaluate: (Double) -> Evaluation) -> Double {
        var lo = lower, hi = upper
        var x = min(max(start, lo), hi)
        for _ in 0..<maximumIterations {
            let (g, slope) = evaluate(x)
            if g == 0 { return x }
            if g.isNaN { return .nan }
            if g > 0 { hi = x } else { lo = x }
            let step = g / slope
            var next = x * exp(-step)
            if !step.isFinite || !(next > lo && next < hi) {
                next = geometricMidpoint(lo, hi)
                if next == lo || next == hi { return x }
            } else if abs(step) <= relativeTolerance {
                return next
            }
            x = next
        }
        return x
    }

    private func geometricMidpoint(_ lo: Double, _ hi: Double) -> Double {
        if hi / lo < 4 { return lo + (hi - lo) / 2 }
        return exp((log(lo) + log(hi)) / 2)
    }
}
