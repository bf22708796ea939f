/// A two-sided confidence interval with its point estimate.
public struct ConfidenceInterval: Sendable, Equatable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double
    /// The confidence level, e.g. 0.95.
    public var level: Double

    public init(estimate: Double, lower: Double, upper: Double, level: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.level = level
    }
}
