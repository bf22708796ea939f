/// The distinct value combinations of a table's rows, tallied in memory: each column is read
/// once, in row order, as a code per row (``CodedColumn``), and every grouping asked for is one
/// pass over the codes of its columns, instead of a GROUP BY that sorts the table (every output of
/// a report asks for the units over a few variables, the rounds' and the sources' sizes among them).
///
/// The first read of a table reads every column the ledger can count by (all but sitan's own
/// `_` columns, `_source` besides) in one scan, and keeps those with few enough distinct
/// values; a column asked for later is read then. The survey round of a row is its source's:
/// the sources are mapped to rounds here, which costs less than looking the round up for every
/// row in SQL. The combinations come in the order SQLite's GROUP BY gives (missing first, then
/// numbers, then text in byte order). Only for a database that does not change while the tally
/// is in use.
package final class UnitTally {
    let store: Store
    /// The columns read so far, by table.
    private var read: [String: [String: CodedColumn]] = [:]
    /// The number of rows of each table read.
    private var rowCounts: [String: Int] = [:]
    /// The groupings tallied so far, by table and columns.
    private var tallied: [String: [[Store.UnitColumn]: [(values: [SQLValue], count: Int)]]] = [:]
    /// The survey round of each source, read when first needed.
    private var rounds: [Int64: SQLValue]?

    /// The most distinct values a column read ahead of being asked for is kept with.
    static let readAheadLimit = 4096

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
        if let known = tallied[table]?[columns] { return known }
        let digits = try columns.map { try digit(of: $0, in: table) }
        let rows = columns.isEmpty ? try rowCount(of: table) : digits[0].column.count
        let (tuples, counts) = Self.tally(rows: rows, digits: digits.map { ($0.column, $0.map, $0.values.count) })
        // Combinations SQLite's GROUP BY holds equal (an integer and a real of the same value) are
        // one group, shown with the values of its first row, as SQLite shows it.
        var groups: [[SQLValue]: Int] = [:]
        var result: [(values: [SQLValue], count: Int)] = []
        for (tuple, count) in zip(tuples, counts) {
            let values = tuple.enumerated().map { digits[$0.offset].values[$0.element] }
            let key = values.map(Self.groupKey)
            if let group = groups[key] {
                result[group].count += count
            } else {
                groups[key] = result.count
                result.append((values, count))
            }
        }
        result.sort { Self.precedes($0.values, $1.values) }
        tallied[table, default: [:]][columns] = result
        return result
    }

    /// One column asked for as a digit of the tally: the stored column it is read from, each
    /// stored code's code in it and the value of each of its codes.
    private func digit(of column: Store.UnitColumn, in table: String) throws -> (column: CodedColumn, map: [Int], values: [SQLValue]) {
        switch column {
        case let .value(name):
            let stored = try storedColumn(name, in: table)
            return (stored, Array(stored.values.indices), stored.values)
        case let .presence(name):
            let stored = try storedColumn(name, in: table)
            return (stored, stored.values.map { $0 == .null ? 0 : 1 }, [.null, .text("present")])
        case .surveyRound:
            let stored = try storedColumn(Store.sourceColumn, in: table)
            let rounds = try sourceRounds()
            var values: [SQLValue] = []
            var codes: [SQLValue: Int] = [:]
            let map = stored.values.map { source -> Int in
                var round = SQLValue.null
                if case let .integer(id) = source { round = rounds[id] ?? .null }
                if let code = codes[round] { return code }
                codes[round] = values.count
                values.append(round)
                return values.count - 1
            }
            return (stored, map, values)
        }
    }

    /// Tallies the rows over the digits: the distinct combinations of their codes (in no set
    /// order) and the rows of each.
    ///
    /// The combinations are numbered densely after each digit, so the key of a row never grows
    /// past the number of rows times the next digit's number of codes.
    static func tally(rows: Int, digits: [(column: CodedColumn, map: [Int], radix: Int)]) -> (tuples: [[Int]], counts: [Int]) {
        var keys = [Int](repeating: 0, count: rows)
        var tuples: [[Int]] = [[]]
        for digit in digits {
            let radix = max(1, digit.radix)
            digit.column.appendDigit(to: &keys, radix: radix, map: digit.map)
            // Renumber the combinations met.
            var renumbered: [Int: Int] = [:]
            var next: [[Int]] = []
            let dense = tuples.count * radix <= 1 << 20
            var table = dense ? [Int](repeating: -1, count: tuples.count * radix) : []
            for i in keys.indices {
                let key = keys[i]
                var number = dense ? table[key] : renumbered[key, default: -1]
                if number < 0 {
                    number = next.count
                    next.append(tuples[key / radix] + [key % radix])
                    if dense { table[key] = number } else { renumbered[key] = number }
                }
                keys[i] = number
            }
            tuples = next
        }
        var counts = [Int](repeating: 0, count: tuples.count)
        for key in keys { counts[key] += 1 }
        if rows == 0 { return ([], []) }
        return (tuples, counts)
    }

    /// The value that stands for a value's GROUP BY group: a whole real number as an integer.
    private static func groupKey(_ value: SQLValue) -> SQLValue {
        if case let .real(v) = value, v == v.rounded(), abs(v) < 9.0e18 { return .integer(Int64(v)) }
        return value
    }

    /// A column of a table, read on first use.
    private func storedColumn(_ name: String, in table: String) throws -> CodedColumn {
        if let column = read[table]?[name] { return column }
        var wanted = [name]
        if read[table] == nil {
            // The first read takes every column the ledger can count by, in the same scan.
            wanted += try store.columns(of: table).filter { ($0 == Store.sourceColumn || !$0.hasPrefix("_")) && $0 != name }.sorted()
        }
        try readColumns(wanted, in: table, asked: name)
        return read[table]![name]!
    }

    /// Reads columns of a table in one scan, in row order; a column read ahead of being asked
    /// for is dropped when it has too many distinct values.
    private func readColumns(_ names: [String], in table: String, asked: String) throws {
        let statement = try store.database.prepare(
            "SELECT \(names.map(Store.quotedName).joined(separator: ", ")) FROM \(Store.quotedName(table)) ORDER BY rowid")
        var scan = SharedRead(
            table: table, names: names, rows: rowCounts[table] ?? 0, limits: names.map { $0 == asked ? nil : Self.readAheadLimit })
        let columns = Array(names.indices)
        while try statement.step() { scan.add(statement, columns: columns) }
        try finish(scan)
    }

    /// The first read of a table, taken along by a scan of all its rows in rowid order that
    /// another reader makes anyway (``Store/scanSurvey(_:sources:tally:row:)``): one scan
    /// instead of two, with the same columns as the tally's own first read would give.
    package struct SharedRead {
        let table: String
        /// The columns to read, each with its code builder.
        package let names: [String]
        fileprivate var coders: [ColumnCoder]
        fileprivate var rows = 0

        fileprivate init(table: String, names: [String], rows: Int, limits: [Int?]) {
            self.table = table
            self.names = names
            coders = limits.map { ColumnCoder(rows: rows, limit: $0) }
        }

        /// Codes the current row: `names[j]` is in result column `columns[j]` of the statement.
        @inline(__always)
        package mutating func add(_ statement: Statement, columns: [Int]) {
            rows += 1
            for c in coders.indices { coders[c].add(statement, column: columns[c]) }
        }
    }

    /// The columns the first read of a table takes (every column the ledger can count by), to
    /// be read along by a scan of every row in rowid order; nil once the table has been read.
    package func sharedRead(of table: String) throws -> SharedRead? {
        if read[table] != nil { return nil }
        let names = try store.columns(of: table).filter { $0 == Store.sourceColumn || !$0.hasPrefix("_") }.sorted()
        return SharedRead(table: table, names: names, rows: 0, limits: names.map { _ in Self.readAheadLimit })
    }

    /// Keeps the columns a scan has read (those with few enough distinct values).
    package func finish(_ scan: SharedRead) throws {
        let table = scan.table
        // The columns must line up row for row with those read before.
        if let expected = rowCounts[table], expected != scan.rows {
            throw StorageError.database(
                path: store.database.path, problem: "the table \(table) changed while it was read; run the command again")
        }
        rowCounts[table] = scan.rows
        for (name, coder) in zip(scan.names, scan.coders) {
            if let column = coder.finished() { read[table, default: [:]][name] = column }
        }
        if read[table] == nil { read[table] = [:] }
    }

    /// The number of rows of a table (a grouping by no column).
    private func rowCount(of table: String) throws -> Int {
        if let count = rowCounts[table] { return count }
        return Int(try store.database.scalar("SELECT count(*) FROM \(Store.quotedName(table))"))
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
