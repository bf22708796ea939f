/// A two-sided confidence interval with its point estimate.
package struct ConfidenceInterval: Sendable, Equatable {
    package var estimate: Double
    package var lower: Double
    package var upper: Double
    /// The confidence level, e.g. 0.95.
    package var level: Double

    package init(estimate: Double, lower: Double, upper: Double, level: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.level = level
    }
}
