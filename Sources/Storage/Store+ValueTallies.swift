import Codebooks

/// Which rows of a source ``Store/valueTallies(of:in:source:among:)`` counts.
package enum TallyRows: Sendable {
    /// Every row.
    case all
    /// The rows where a column is missing.
    case missing(String)
    /// The rows where a column equals 1 (a filter question answered yes).
    case equalToOne(String)
    /// The rows where a column holds a value (a question's `asked_if:` condition).
    case equalTo(String, String)
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
            case let .equalTo(column, _): " AND \(Self.quotedName(column)) = ?2"
            }
        let counts = ["COUNT(*)"] + columns.map { "COUNT(\(Self.quotedName($0)))" }
        let sql = "SELECT \(counts.joined(separator: ", ")) FROM \(Self.quotedName(kind.table)) WHERE _source = ?\(condition)"
        var parameters: [SQLValue] = [.integer(source)]
        if case let .equalTo(_, value) = rows { parameters.append(Self.literal(value)) }
        let values = try database.rows(sql, parameters).first ?? []
        let tallies = values.map { value -> Int in if case let .integer(count) = value { Int(count) } else { 0 } }
        return (tallies.first ?? 0, Array(tallies.dropFirst()))
    }
}

extension Store {
    /// Per variable with an `asked_if:` condition, the rows of one source that answered it
    /// although their condition variable holds another value (a missing condition variable is
    /// not counted: the respondent may have been asked); only variables with such rows.
    func answeredOutside(_ askedIf: [String: AskedIf], in kind: SourceKind, source: Int64) throws -> [String: Int] {
        let columns = try self.columns(of: kind.table)
        let checked = askedIf.filter { columns.contains($0.key) && columns.contains($0.value.variable) }
            .sorted { $0.key < $1.key }
        guard !checked.isEmpty else { return [:] }
        // One pass over the table for every variable (a table without an index is read whole
        // by each query): one sum per variable, each with the predicate a count of its own would use.
        var parameters: [SQLValue] = [.integer(source)]
        let sums = checked.map { variable, condition -> String in
            parameters.append(Self.literal(condition.value))
            let (answer, tested) = (Self.quotedName(variable), Self.quotedName(condition.variable))
            let outside = "\(answer) IS NOT NULL AND \(tested) IS NOT NULL AND \(tested) <> ?\(parameters.count)"
            return "coalesce(SUM(\(outside)), 0)"
        }
        let sql = "SELECT \(sums.joined(separator: ", ")) FROM \(Self.quotedName(kind.table)) WHERE _source = ?1"
        let counts = try database.rows(sql, parameters).first ?? []
        var out: [String: Int] = [:]
        for (index, (variable, _)) in checked.enumerated() {
            if index < counts.count, case let .integer(count) = counts[index], count > 0 { out[variable] = Int(count) }
        }
        return out
    }

    /// A condition's value as SQLite compares it: an integer or real when it reads as one
    /// (binary and numeric columns), else text.
    static func literal(_ text: String) -> SQLValue {
        if let integer = Int64(text) { return .integer(integer) }
        if let real = Double(text) { return .real(real) }
        return .text(text)
    }
}
