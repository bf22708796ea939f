import Diagnostics

/// Input errors from the interval and test functions of `StatisticalDistributions`.
package enum StatisticalDistributionsError: Error, Equatable, CustomStringConvertible {
    /// A count or number of trials is negative, or successes exceed trials.
    case invalidCounts(successes: Int, trials: Int)
    /// The confidence level is not strictly between 0 and 1.
    case invalidLevel(Double)
    /// A probability parameter is outside [0, 1].
    case invalidProbability(Double)
    /// A contingency table is smaller than 2 × 2, ragged, or has negative or non-finite cells.
    case invalidTable(String)
    /// A row or column of a contingency table sums to zero, so an expected count is zero.
    case emptyMargin(String)

    package var description: String {
        switch self {
        case let .invalidCounts(successes, trials):
            return "invalid counts: \(successes) successes out of \(trials) trials; need 0 ≤ successes ≤ trials and trials ≥ 1"
        case let .invalidLevel(level):
            return "invalid confidence level \(level): give a number strictly between 0 and 1, such as 0.95"
        case let .invalidProbability(p):
            return "invalid probability \(p): must lie in [0, 1]"
        case let .invalidTable(reason):
            return "invalid contingency table: \(reason)"
        case let .emptyMargin(which):
            return "contingency table has an empty \(which): drop it before testing (R's chisq.test returns NaN here)"
        }
    }
}

extension StatisticalDistributionsError: DiagnosticConvertible {
    /// A level or probability parameter is how the function was called (exit 64); counts and
    /// tables are data (exit 65).
    package var diagnostic: Diagnostic {
        switch self {
        case .invalidLevel, .invalidProbability: Diagnostic(kind: .usage, message: description)
        default: Diagnostic(kind: .data, message: description)
        }
    }
}
