import Foundation

/// A CSV fixture: `#` lines are comments (provenance), the first other line is the header,
/// and fields are looked up by column name.
public struct FixtureTable {
    public struct Row {
        public let fields: [String: String]

        public func string(_ column: String) -> String { fields[column] ?? "" }

        /// The field as a Double; empty fields give NaN.
        public func double(_ column: String) -> Double {
            Double(string(column)) ?? .nan
        }
    }

    public let rows: [Row]

    /// Reads `Fixtures/<name>.csv` from a test target's resource bundle.
    public init(named name: String, in bundle: Bundle) throws {
        guard let url = bundle.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).csv"])
        }
        try self.init(contentsOf: url)
    }

    /// Reads a fixture file.
    public init(contentsOf url: URL) throws {
        let lines = try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        rows = lines.dropFirst().map { line in
            let values = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(fields: Dictionary(uniqueKeysWithValues: zip(header, values)))
        }
    }
}

/// Relative error `|actual - expected| / |expected|` (absolute when `expected` is 0).
public func relativeError(_ actual: Double, _ expected: Double) -> Double {
    if actual == expected { return 0 }
    if expected == 0 { return abs(actual) }
    return abs(actual - expected) / abs(expected)
}
