import CSVReading
import Foundation
import Yams

extension RuleParser {
    /// Reads a lookup table (a UTF-8 CSV with a header) into key → value.
    ///
    /// Rows whose `country` column (when present) names another country are skipped by the caller
    /// through the composite key `country|key`; plain keys are stored too for tables without it.
    func lookupTable(_ fileNode: Node, key: Node?, value: Node?, variable: Variable) throws -> [String: Value] {
        let relative = try reader.string(fileNode, "lookup")
        let path = relative.hasPrefix("/") ? relative : (directory as NSString).appendingPathComponent(relative)
        let keyColumn = try key.map { try reader.string($0, "key") } ?? "key"
        let valueColumn = try value.map { try reader.string($0, "value") } ?? "value"
        var header: [String] = []
        var table: [String: Value] = [:]
        var problem: String?
        do {
            try CSVReader(path: path, dialect: CSVDialect()).forEachRecord { record in
                if header.isEmpty {
                    header = record.strings
                    guard header.contains(keyColumn), header.contains(valueColumn) else {
                        problem = "\(relative) has no column \"\(keyColumn)\" or \"\(valueColumn)\""
                        throw CancellationError()
                    }
                    return
                }
                let fields = record.strings
                guard fields.count == header.count else { return }
                let row = Dictionary(zip(header, fields), uniquingKeysWith: { a, _ in a })
                let mapped: Value =
                    variable.type == .integer ? Int64(row[valueColumn]!).map(Value.integer) ?? .null : .text(row[valueColumn]!)
                let country = row["country"].map { $0 + "|" } ?? ""
                table[country + row[keyColumn]!] = mapped
            }
        } catch is CancellationError {
        } catch {
            throw reader.error(fileNode, "cannot read lookup table: \(error)")
        }
        if let problem { throw reader.error(fileNode, problem) }
        return table
    }
}
