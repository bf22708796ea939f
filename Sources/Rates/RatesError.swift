import Diagnostics

/// Input errors from the `Rates` module.
package enum RatesError: Error, Equatable, CustomStringConvertible {
    /// A count is negative.
    case negativeCount(Int)
    /// Person-time (or population) is not positive and finite.
    case invalidPersonTime(Double)
    /// The confidence level is not strictly between 0 and 1.
    case invalidLevel(Double)
    /// `per` (the rate multiplier) is not positive and finite.
    case invalidMultiplier(Double)
    /// A rate ratio needs at least one event in the two groups together.
    case noEvents
    /// Years, counts and populations have different lengths, or too few distinct years.
    case invalidSeries(String)
    /// The Poisson regression did not converge (or the slope is not estimable).
    case notConverged(iterations: Int)

    package var description: String {
        switch self {
        case let .negativeCount(count):
            return "count \(count) is negative: counts of cases must be 0 or more"
        case let .invalidPersonTime(value):
            return "person-time \(value) must be positive and finite (check the population column)"
        case let .invalidLevel(level):
            return "invalid confidence level \(level): give a number strictly between 0 and 1, such as 0.95"
        case let .invalidMultiplier(per):
            return "rate multiplier \(per) must be positive, such as 100000"
        case .noEvents:
            return "no events in either group: the rate ratio is undefined (R's poisson.test stops here too)"
        case let .invalidSeries(reason):
            return "invalid trend series: \(reason)"
        case let .notConverged(iterations):
            return
                "Poisson regression did not converge after \(iterations) iterations: check for years with zero population or all-zero counts"
        }
    }

    static func validate(count: Int, personTime: Double) throws {
        guard count >= 0 else { throw RatesError.negativeCount(count) }
        guard personTime > 0, personTime.isFinite else { throw RatesError.invalidPersonTime(personTime) }
    }

    static func validate(level: Double) throws {
        guard level > 0, level < 1 else { throw RatesError.invalidLevel(level) }
    }
}

extension RatesError: DiagnosticConvertible {
    /// A level or multiplier is how the function was called (exit 64); the rest are data that
    /// cannot give a rate (exit 65).
    package var diagnostic: Diagnostic {
        switch self {
        case .invalidLevel, .invalidMultiplier: Diagnostic(kind: .usage, message: description)
        default: Diagnostic(kind: .data, message: description)
        }
    }
}
