/// A probability and its complement, each computed without cancellation.
///
/// `lower + upper == 1` up to rounding, but whichever is small carries full relative
/// precision (so a p-value of 1e-300 is not lost as `1 - 0.999...`).
package struct TailPair: Sendable, Equatable {
    /// The lower-tail probability, `P(X ≤ x)`.
    package var lower: Double
    /// The upper-tail probability, `P(X > x)`.
    package var upper: Double

    package init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The pair with tails exchanged (for symmetry relations such as `I_x(a,b) = 1 - I_{1-x}(b,a)`).
    var swapped: TailPair { TailPair(lower: upper, upper: lower) }
}
