/// The distinct value combinations of a table's rows, read with as few scans of the table as it
/// takes: a grouping is answered from an earlier, finer one when there is one (every output of a
/// report asks for the units over a few variables, the rounds' and the sources' sizes among them).
///
/// The survey round of a row is its source's: rows are grouped by `_source` and the sources
/// mapped to rounds here, which costs less than looking the round up for every row in SQL.
/// The combinations come in the order SQLite's GROUP BY gives (missing first, then numbers, then
/// text in byte order), whichever grouping answered them. Only for a database that does not
/// change while the tally is in use.
package final class UnitTally {
    let store: Store
    /// The groupings read so far: table, columns (no survey round: `_source` stands for it) and rows.
    private var read: [(table: String, columns: [Store.UnitColumn], rows: [(values: [SQLValue], count: Int)])] = []
    /// The survey round of each source, read when first needed.
    private var rounds: [Int64: SQLValue]?

    /// A tally of the database's units, empty until asked.
    ///
    /// - Parameter store: the database.
    package init(store: Store) {
        self.store = store
    }

    /// The distinct value combinations of a table's rows over some columns, with how many rows
    /// hold each.
    ///
    /// - Parameters:
    ///   - table: `survey` or `incidents`.
    ///   - columns: the columns, in the order of the returned values.
    /// - Returns: each combination's values (nil = missing) and its number of rows (positive).
    package func combinations(in table: String, by columns: [Store.UnitColumn]) throws -> [(values: [SQLValue], count: Int)] {
        var grouped: [Store.UnitColumn] = []
        for column in columns.map(Self.stored) where !grouped.contains(column) { grouped.append(column) }
        let source: (columns: [Store.UnitColumn], rows: [(values: [SQLValue], count: Int)])
        if let finer = read.first(where: { $0.table == table && grouped.allSatisfy($0.columns.contains) }) {
            source = (finer.columns, finer.rows)
        } else {
            source = (grouped, try store.groupedCounts(in: table, by: grouped))
            read.append((table, grouped, source.rows))
        }
        if source.columns == columns { return source.rows }
        let picks = try columns.map { column in try pick(column, from: source.columns) }
        var totals: [[SQLValue]: Int] = [:]
        for row in source.rows { totals[picks.map { $0(row.values) }, default: 0] += row.count }
        return totals.map { (values: $0.key, count: $0.value) }.sorted { Self.precedes($0.values, $1.values) }
    }

    /// The column grouped by in SQL for a column asked for.
    private static func stored(_ column: Store.UnitColumn) -> Store.UnitColumn {
        column == .surveyRound ? .value(Store.sourceColumn) : column
    }

    /// How to read one column asked for from a row of a finer grouping.
    private func pick(_ column: Store.UnitColumn, from columns: [Store.UnitColumn]) throws -> ([SQLValue]) -> SQLValue {
        switch column {
        case .surveyRound:
            let index = columns.firstIndex(of: .value(Store.sourceColumn))!
            let rounds = try sourceRounds()
            return { row in
                if case let .integer(id) = row[index] { return rounds[id] ?? .null }
                return .null
            }
        case let .presence(name):
            if let index = columns.firstIndex(of: column) { return { $0[index] } }
            let index = columns.firstIndex(of: .value(name))!
            return { $0[index] == .null ? .null : .text("present") }
        case .value:
            let index = columns.firstIndex(of: column)!
            return { $0[index] }
        }
    }

    private func sourceRounds() throws -> [Int64: SQLValue] {
        if let rounds { return rounds }
        var found: [Int64: SQLValue] = [:]
        for row in try store.database.rows("SELECT id, coalesce(survey, country || coalesce('-' || year, '')) FROM sources") {
            if case let .integer(id) = row[0] { found[id] = row[1] }
        }
        rounds = found
        return found
    }

    /// SQLite's order of value lists: column by column, missing first, then numbers, text, blobs.
    static func precedes(_ a: [SQLValue], _ b: [SQLValue]) -> Bool {
        for (x, y) in zip(a, b) {
            let (rx, ry) = (rank(x), rank(y))
            if rx != ry { return rx < ry }
            switch (x, y) {
            case (.null, .null): continue
            case let (.text(s), .text(t)):
                if s == t { continue }
                return s.utf8.lexicographicallyPrecedes(t.utf8)
            case let (.blob(s), .blob(t)):
                if s == t { continue }
                return s.lexicographicallyPrecedes(t)
            default:
                let (p, q) = (x.double ?? 0, y.double ?? 0)
                if p == q { continue }
                return p < q
            }
        }
        return false
    }

    private static func rank(_ value: SQLValue) -> Int {
        switch value {
        case .null: 0
        case .integer, .real: 1
        case .text: 2
        case .blob: 3
        }
    }
}
