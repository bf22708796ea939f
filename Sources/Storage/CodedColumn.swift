import CSQLite

/// One column of a table read once, in row order: a small integer code per row and the value of
/// each code, so that groupings over any of the columns are tallied in memory without asking
/// SQLite to sort the table again.
///
/// Equal values share a code (an integer and a real holding the same whole number do not: SQLite
/// gives each its own type back, and ``UnitTally`` merges their groups).
struct CodedColumn {
    /// The code of each row.
    enum Codes {
        /// Every row has code 0 (one value: a table of one source, say); the number of rows.
        case zeros(Int)
        case bytes([UInt8])
        case halves([UInt16])
        case words([UInt32])
    }

    let codes: Codes
    /// The value of each code.
    let values: [SQLValue]

    /// The number of rows.
    var count: Int {
        switch codes {
        case let .zeros(count): count
        case let .bytes(c): c.count
        case let .halves(c): c.count
        case let .words(c): c.count
        }
    }

    /// Adds each row's code, mapped through `map`, to `keys` as the next digit of base `radix`:
    /// `keys[i] = keys[i] * radix + map[code of row i]`.
    func appendDigit(to keys: inout [Int], radix: Int, map: [Int]) {
        switch codes {
        case .zeros:
            for i in keys.indices { keys[i] = keys[i] &* radix &+ map[0] }
        case let .bytes(c): Self.appendDigit(c, to: &keys, radix: radix, map: map)
        case let .halves(c): Self.appendDigit(c, to: &keys, radix: radix, map: map)
        case let .words(c): Self.appendDigit(c, to: &keys, radix: radix, map: map)
        }
    }

    private static func appendDigit<C: FixedWidthInteger>(_ codes: [C], to keys: inout [Int], radix: Int, map: [Int]) {
        codes.withUnsafeBufferPointer { codes in
            map.withUnsafeBufferPointer { map in
                keys.withUnsafeMutableBufferPointer { keys in
                    for i in keys.indices { keys[i] = keys[i] &* radix &+ map[Int(codes[i])] }
                }
            }
        }
    }
}

/// Builds a ``CodedColumn`` from the values of one result column, row after row.
struct ColumnCoder {
    /// The number of rows coded while every code is 0 (`bytes` is then empty and not allocated).
    private var zeros = 0
    /// The codes while there are at most 256 values; then `wide` holds them.
    private var bytes: [UInt8] = []
    private let rows: Int
    private var wide: [UInt32]? = nil
    private var values: [SQLValue] = []
    private var index: [SQLValue: UInt32] = [:]
    /// Codes of the integers 0 to 255 (0: not met yet; otherwise code + 1): most stored values.
    private var smallIntegers = [UInt32](repeating: 0, count: 256)
    /// Codes of short texts by their bytes (``Statement/shortTextKey(_:)``): most coded text values.
    private var shortTexts = ShortTextCodes()
    /// The code of the last integer outside 0 to 255 met.
    private var lastInteger: (value: Int64, code: UInt32)?
    /// The most distinct values kept (nil: no limit); past it the coder gives up.
    let limit: Int?
    /// Whether the column has more distinct values than `limit`.
    private(set) var overflowed = false

    init(rows: Int, limit: Int?) {
        self.rows = rows
        self.limit = limit
    }

    /// Codes the value in `column` of the statement's current row.
    mutating func add(_ statement: Statement, column: Int) {
        if overflowed { return }
        let cell = statement.cell(column)
        let type = cell.type
        if type == SQLITE_INTEGER {
            let value = cell.int
            if value >= 0 && value < 256 {
                let known = smallIntegers[Int(value)]
                if known > 0 {
                    append(known - 1)
                    return
                }
                let code = code(of: .integer(value))
                smallIntegers[Int(value)] = code + 1
                append(code)
                return
            }
            // A larger integer is mostly the one of the row before (a year, a source's id).
            if let last = lastInteger, last.value == value {
                append(last.code)
                return
            }
            let code = code(of: .integer(value))
            if !overflowed { lastInteger = (value, code) }
            append(code)
            return
        }
        if type == SQLITE_TEXT, let key = cell.shortTextKey {
            if let known = shortTexts.code(of: key) {
                append(UInt32(bitPattern: known))
                return
            }
            let code = code(of: statement.value(column))
            if !overflowed { shortTexts.set(Int32(bitPattern: code), for: key) }
            append(code)
            return
        }
        append(code(of: statement.value(column)))
    }

    private mutating func append(_ code: UInt32) {
        if wide == nil && bytes.isEmpty {
            if code == 0 {
                zeros += 1
                return
            }
            bytes.reserveCapacity(max(rows, zeros + 1))
            bytes.append(contentsOf: repeatElement(0, count: zeros))
        }
        if code < 256 && wide == nil {
            bytes.append(UInt8(code))
            return
        }
        if wide == nil {
            wide = bytes.map { UInt32($0) }
            bytes = []
        }
        wide!.append(code)
    }

    /// The code of a value, given a new code when it is first met.
    private mutating func code(of value: SQLValue) -> UInt32 {
        if let code = index[value] { return code }
        let code = UInt32(values.count)
        if let limit, values.count >= limit { overflowed = true }
        index[value] = code
        values.append(value)
        return code
    }

    /// The column, its codes held in as few bytes as its number of values allows; nil when it overflowed.
    func finished() -> CodedColumn? {
        if overflowed { return nil }
        guard let wide else { return CodedColumn(codes: bytes.isEmpty ? .zeros(zeros) : .bytes(bytes), values: values) }
        let codes: CodedColumn.Codes =
            values.count <= 1 << 16 ? .halves(wide.map { UInt16(truncatingIfNeeded: $0) }) : .words(wide)
        return CodedColumn(codes: codes, values: values)
    }
}
