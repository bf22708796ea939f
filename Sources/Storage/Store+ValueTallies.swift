import Codebooks

/// Which rows of a source ``Store/valueTallies(of:in:source:among:)`` counts.
package enum TallyRows: Sendable {
    /// Every row.
    case all
    /// The rows where a column is missing.
    case missing(String)
    /// The rows where a column equals 1 (a filter question answered yes).
    case equalToOne(String)
}

extension Store {
    /// How many rows of one source the tally counts, and per column how many of them have a value.
    ///
    /// - Parameters:
    ///   - columns: the columns of the source's table to tally.
    ///   - kind: the kind of the source, which names its table.
    ///   - source: the source's id.
    ///   - rows: the rows counted.
    /// - Returns: the number of rows counted and, per column, the number with a value.
    package func valueTallies(
        of columns: [String], in kind: SourceKind, source: Int64, among rows: TallyRows = .all
    ) throws -> (rows: Int, present: [Int]) {
        let condition =
            switch rows {
            case .all: ""
            case let .missing(column): " AND \(Self.quotedName(column)) IS NULL"
            case let .equalToOne(column): " AND \(Self.quotedName(column)) = 1"
            }
        let counts = ["COUNT(*)"] + columns.map { "COUNT(\(Self.quotedName($0)))" }
        let sql = "SELECT \(counts.joined(separator: ", ")) FROM \(Self.quotedName(kind.table)) WHERE _source = ?\(condition)"
        let values = try database.rows(sql, [.integer(source)]).first ?? []
        let tallies = values.map { value -> Int in if case let .integer(count) = value { Int(count) } else { 0 } }
        return (tallies.first ?? 0, Array(tallies.dropFirst()))
    }
}
