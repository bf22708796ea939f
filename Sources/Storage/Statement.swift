import CSQLite
import Foundation

/// A SQLite value as read from or bound to a statement.
package enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Bytes stored as a BLOB (sitan writes none; a hand-edited database or `sitan query` may
    /// produce them).
    case blob([UInt8])

    package var string: String? {
        switch self {
        case .null: return nil
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .text(v): return v
        case let .blob(v): return "x'" + v.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    package var double: Double? {
        switch self {
        case let .integer(v): return Double(v)
        case let .real(v): return v
        default: return nil
        }
    }
}

let transient = unsafeBitCast(-1 as Int, to: sqlite3_destructor_type.self)
let staticDestructor = unsafeBitCast(0 as Int, to: sqlite3_destructor_type.self)

/// A prepared statement, reused across rows: bind, step, reset.
package final class Statement {
    @usableFromInline let handle: OpaquePointer
    unowned let database: Database
    let sql: String

    /// What follows the first statement in the SQL text (empty for a single statement).
    let tail: String

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        var rest: UnsafePointer<CChar>?
        let bytes = Array(sql.utf8CString)
        var tailOffset = bytes.count - 1
        let code = bytes.withUnsafeBufferPointer { buffer in
            let code = sqlite3_prepare_v2(database.handle, buffer.baseAddress, -1, &statement, &rest)
            if let rest, let base = buffer.baseAddress { tailOffset = rest - base }
            return code
        }
        guard code == SQLITE_OK, let statement else { throw database.error(code, sql) }
        handle = statement
        self.database = database
        self.sql = sql
        tail = String(decoding: bytes[tailOffset..<(bytes.count - 1)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { sqlite3_finalize(handle) }

    package var columnCount: Int { Int(sqlite3_column_count(handle)) }
    package var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    package func columnName(_ index: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(index))) }

    @inline(__always)
    package func bind(_ index: Int32, int value: Int64) throws { try check(sqlite3_bind_int64(handle, index, value)) }
    @inline(__always)
    package func bind(_ index: Int32, double value: Double) throws { try check(sqlite3_bind_double(handle, index, value)) }
    @inline(__always)
    package func bind(_ index: Int32, text value: String) throws {
        try check(sqlite3_bind_text(handle, index, value, -1, transient))
    }
    /// Binds text that stays at `pointer` until the statement has run (no copy by SQLite).
    @inline(__always)
    func bind(_ index: Int32, staticText pointer: UnsafePointer<UInt8>, count: Int) throws {
        try check(
            sqlite3_bind_text(handle, index, UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self), Int32(count), staticDestructor))
    }

    @inline(__always)
    package func bindNull(_ index: Int32) throws { try check(sqlite3_bind_null(handle, index)) }

    package func bind(_ values: [SQLValue]) throws {
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .null: try bindNull(index)
            case let .integer(v): try bind(index, int: v)
            case let .real(v): try bind(index, double: v)
            case let .text(v): try bind(index, text: v)
            case let .blob(v): try check(sqlite3_bind_blob(handle, index, v, Int32(v.count), transient))
            }
        }
    }

    /// Steps once: true when a row is available, false when done.
    @discardableResult
    package func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw database.error(code, sql)
    }

    /// Steps to completion and resets for the next use.
    @inline(__always)
    package func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            sqlite3_reset(handle)
            throw database.error(code, sql)
        }
        sqlite3_reset(handle)
    }

    package func reset() { sqlite3_reset(handle) }

    package func value(_ column: Int) -> SQLValue {
        let index = Int32(column)
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_NULL: return .null
        case SQLITE_BLOB:
            // Read by length: a BLOB may hold NUL bytes and need not be text.
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            // Text by its length too, so a NUL inside it does not cut it short.
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let text = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }

    @inline(__always)
    package func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }
    @inline(__always)
    package func int(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }
    @inline(__always)
    package func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }

    /// Column `column` of the current row, to be read several ways (its type, then its number or
    /// text) with one lookup of the column instead of one per read: the scans of whole tables
    /// read a dozen columns of a million rows.
    @inlinable @inline(__always)
    package func cell(_ column: Int) -> Cell { Cell(value: sqlite3_column_value(handle, Int32(column))) }

    /// A text value of at most 7 bytes as one integer (its bytes, and its length in the top byte),
    /// nil for longer text and other types: a key for short codes that needs no String. Equal
    /// keys are equal texts.
    @inline(__always)
    package func shortTextKey(_ column: Int) -> UInt64? { cell(column).shortTextKey }

    /// The bytes of a text value (nil for other types), valid until the statement steps or the
    /// column is read as another type: a comparison that needs no String.
    @inline(__always)
    package func textBytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? { cell(column).textBytes }

    @inline(__always)
    private func check(_ code: Int32) throws {
        if code != SQLITE_OK { throw database.error(code, sql) }
    }
}

/// One column of a statement's current row (``Statement/cell(_:)``), valid until the statement
/// steps. SQLite's column value is read here without the connection's mutex, which a connection
/// used from one thread at a time (every ``Database``, opened with `SQLITE_OPEN_NOMUTEX`) does
/// not need.
package struct Cell {
    @usableFromInline let value: OpaquePointer?

    @inlinable init(value: OpaquePointer?) { self.value = value }

    /// The SQLite type (`SQLITE_INTEGER`, `SQLITE_FLOAT`, `SQLITE_TEXT`, `SQLITE_BLOB`, `SQLITE_NULL`).
    @inlinable @inline(__always)
    package var type: Int32 { sqlite3_value_type(value) }
    @inlinable @inline(__always)
    package var isNull: Bool { type == SQLITE_NULL }
    @inlinable @inline(__always)
    package var int: Int64 { sqlite3_value_int64(value) }
    @inlinable @inline(__always)
    package var double: Double { sqlite3_value_double(value) }

    /// ``Statement/shortTextKey(_:)`` of this column.
    @inlinable @inline(__always)
    package var shortTextKey: UInt64? {
        guard type == SQLITE_TEXT else { return nil }
        guard let text = sqlite3_value_text(value) else { return nil }
        let count = Int(sqlite3_value_bytes(value))
        guard count <= 7 else { return nil }
        var key = UInt64(count) << 56
        for j in 0..<count { key |= UInt64(text[j]) << (8 * j) }
        return key
    }

    /// ``Statement/textBytes(_:)`` of this column.
    @inlinable @inline(__always)
    package var textBytes: UnsafeBufferPointer<UInt8>? {
        guard type == SQLITE_TEXT else { return nil }
        let count = Int(sqlite3_value_bytes(value))
        guard count > 0, let text = sqlite3_value_text(value) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: count)
    }
}
