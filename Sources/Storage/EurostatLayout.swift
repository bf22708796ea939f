import Codebooks
import Foundation

/// Eurostat's bulk-download TSV layout: a comma-separated key column whose last dimension is
/// `geo\TIME_PERIOD`, then one column per period; a cell is a number or `:`, optionally followed
/// by a space and flag letters (`b` break, `e` estimated, `p` provisional, ...).
struct EurostatLayout: Sendable {
    /// The key dimensions in order, with `geo\TIME_PERIOD` shortened to `geo`.
    let dimensions: [String]
    /// The period of each value column (years).
    let periods: [Int]

    /// Recognises a header row; nil when the file is not a Eurostat bulk TSV.
    init?(header: [String]) {
        guard let first = header.first, first.hasSuffix("\\TIME_PERIOD") else { return nil }
        let key = first.dropLast("\\TIME_PERIOD".count)
        // Empty names are kept, so that the ingest can refuse them rather than shift the key.
        dimensions = key.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        var periods: [Int] = []
        for label in header.dropFirst() {
            guard let year = Int(label.trimmingCharacters(in: .whitespaces)) else { return nil }
            periods.append(year)
        }
        guard !dimensions.isEmpty, !periods.isEmpty else { return nil }
        self.periods = periods
    }

    /// The dataset kind: population denominators (`demo_pjan`-like: age and sex by geo) or counts.
    var isPopulation: Bool { Set(dimensions).isSuperset(of: ["age", "sex", "geo"]) && !dimensions.contains("iccs") }

    /// One cell: its value (nil for `:`) and flags, or nil when it is not in Eurostat's form.
    static func parseCell(_ text: String) -> (value: Double?, flags: String)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard let head = parts.first else { return (nil, "") }
        let flags = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        guard flags.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return nil }
        if head == ":" { return (nil, flags) }
        guard let value = Double(head), value.isFinite else { return nil }
        return (value, flags)
    }

    /// Harmonises a key value of a dimension: ICCS codes lose their prefix, sexes and ages are decoded.
    static func harmonise(dimension: String, code: String) -> Value {
        switch dimension {
        case "iccs": return .text(code.hasPrefix("ICCS") ? String(code.dropFirst(4)) : code)
        case "sex":
            switch code {
            case "F": return .text("female")
            case "M": return .text("male")
            case "T": return .text("total")
            default: return .text(code)
            }
        case "age":
            if code == "Y_LT1" { return .integer(0) }
            if code.hasPrefix("Y"), let age = Int64(code.dropFirst()) { return .integer(age) }
            return .null
        default: return .text(code)
        }
    }

    /// The harmonised column a dimension is stored in.
    static func column(for dimension: String) -> String {
        dimension == "geo" ? "country" : dimension
    }
}
