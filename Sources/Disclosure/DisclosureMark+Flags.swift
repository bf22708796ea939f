/// The words machine-readable outputs use for the marks, and the one rule for a row's flags.
extension DisclosureMark {
    /// `confidential`, `unreliable` or `low_reliability`: the mark in the `flags` field of JSON
    /// output and in the `*_flag` columns of CSV output.
    package var flag: String {
        switch self {
        case .confidential: "confidential"
        case .unreliable: "unreliable"
        case .lowReliability: "low_reliability"
        }
    }

    /// Order of severity: low reliability < unreliable < confidential.
    package var severity: Int {
        switch self {
        case .lowReliability: 1
        case .unreliable: 2
        case .confidential: 3
        }
    }

    /// The most severe of `marks`, nil when there is none.
    package static func mostSevere(_ marks: some Sequence<DisclosureMark?>) -> DisclosureMark? {
        marks.compactMap { $0 }.max { $0.severity < $1.severity }
    }

    /// The flags of an output row: the mark's word, the reliability reasons when the mark is a
    /// reliability mark (a confidential row says nothing more about its values), then the data
    /// flags, which hold whatever the mark.
    package static func flags(mark: DisclosureMark?, reliabilityReasons: [String] = [], dataFlags: [String] = []) -> [String] {
        let reasons = mark == .unreliable || mark == .lowReliability ? reliabilityReasons : []
        return (mark.map { [$0.flag] } ?? []) + reasons + dataFlags
    }

    /// True when the mark hides the value (`:c` or `:u`).
    package var hidesValue: Bool { self != .lowReliability }
}
