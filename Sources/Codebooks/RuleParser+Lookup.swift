import CSVReading
import Foundation
import Privacy
import Yams

extension RuleParser {
    /// Reads a lookup table (a UTF-8 CSV with a header) into key → value.
    ///
    /// Its values are stored with the data, so a field that holds a direct identifier refuses
    /// the codebook, as a codebook's own text does, at the field's line (never its value).
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
        var identifier: CodebookError?
        let guardian = PIIGuard()
        do {
            try CSVReader(path: path, dialect: CSVDialect()).forEachRecord { record in
                if let (index, kind) = record.strings.enumerated().lazy.compactMap({ field in
                    guardian.classify(field.element).map { (field.offset, $0) }
                }).first {
                    identifier = CodebookError(
                        file: path, line: record.line, column: 0,
                        message: "field \(index + 1) of the lookup table holds what looks like \(kind) (not shown); direct "
                            + "identifiers may not appear in codebooks or their lookup tables, which are stored with the data")
                    throw CancellationError()
                }
                if header.isEmpty {
                    header = record.strings
                    guard header.contains(keyColumn), header.contains(valueColumn) else {
                        problem = "\(relative) has no column \(EchoedName.quoted(keyColumn)) or \(EchoedName.quoted(valueColumn))"
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
        if let identifier { throw identifier }
        if let problem { throw reader.error(fileNode, problem) }
        return table
    }
}
