/// The sampling weights sitan computes with.
package enum SurveyWeights {
    /// From 1e-100 to 1e100 (a weight of 0 drops its row). Within it every sum of squared
    /// weighted values of integers (|x| ≤ 2^53) stays a normal double for any number of rows a
    /// database holds; beyond it a total's variance would overflow to infinity or underflow to 0.
    /// Real survey weights lie between about 1e-3 and 1e7.
    package static let range: ClosedRange<Double> = 1e-100...1e100
    /// ``range`` as the messages and docs/limits.md show it.
    package static let rangeText = "1e-100 to 1e100"
}
