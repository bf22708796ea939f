import Foundation
import Testing

/// Relative agreement with a reference value (R, scipy).
///
/// A value missing on either side fails: an expected key that is not in the fixture is a broken
/// comparison, never a silent pass. Set `SURVEY_REPORT_ERRORS=1` (or `ANALYSIS_REPORT_ERRORS=1`)
/// to print every relative error (`swift test 2>&1 | grep '^REL' | sort -g -k2 | tail` gives the
/// worst).
public enum Agreement {
    private static let report = ["SURVEY_REPORT_ERRORS", "ANALYSIS_REPORT_ERRORS"].contains {
        ProcessInfo.processInfo.environment[$0] != nil
    }

    /// Expects `actual` within `tolerance × |expected| + absolute` of `expected`; both NaN agree.
    public static func check(
        _ actual: Double?, _ expected: Double?, _ what: String, tolerance: Double = 1e-9, absolute: Double = 1e-14,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let expected else {
            Issue.record("\(what): no expected value in the reference fixture", sourceLocation: sourceLocation)
            return
        }
        guard let actual else {
            Issue.record("\(what): missing, the reference has \(expected)", sourceLocation: sourceLocation)
            return
        }
        if expected.isNaN && actual.isNaN { return }
        let error = abs(actual - expected)
        let relative = expected == 0 ? error : error / abs(expected)
        if report { print("REL", relative, what) }
        #expect(
            error <= tolerance * abs(expected) + absolute, "\(what): \(actual) vs reference \(expected)", sourceLocation: sourceLocation)
    }
}
