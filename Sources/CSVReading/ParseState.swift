import CLibCSV

/// The mutable state libcsv's C callbacks write into, passed to them with `Unmanaged`.
///
/// Field bytes and field ends live in manually grown buffers so that the per-field path does
/// no Swift array bookkeeping (no uniqueness checks, no retain/release).
final class ParseState {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 1 << 16
    private(set) var byteCount = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private var endCapacity = 256
    private(set) var fieldCount = 0
    var raw: [UInt8] = []  // the raw bytes of the current record, for positions
    var line = 1
    var recordLine = 1
    var malformedAt: (line: Int, column: Int)?
    /// Set for records that do not come from text (statistical files): a field's position is
    /// then its record's line and its 1-based index.
    var positionsAreIndices = false
    var error: Error?
    /// Where each field of the current record starts, computed on first use (one pass over
    /// `raw`): a header of 40 000 columns would otherwise take 40 000 passes.
    private var fieldStarts: [(line: Int, column: Int)] = []
    private var fieldStartsEnd: (line: Int, column: Int) = (1, 1)
    private var fieldStartsValid = false
    let delimiter: UInt8
    let quote: UInt8
    let onRecord: (CSVRecord) throws -> Void

    init(dialect: CSVDialect, onRecord: @escaping (CSVRecord) throws -> Void) {
        delimiter = dialect.delimiter
        quote = dialect.quote
        self.onRecord = onRecord
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
        raw.reserveCapacity(1 << 12)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// A field, a row or a header past one of ``CSVReader``'s limits, with where it starts.
    struct LimitExceeded: Error {
        let what: String
        let line: Int
        let column: Int
    }

    /// A quoted field whose closing quote never comes: it runs from its start over the line
    /// breaks that follow, to the end of the file or past the field limit.
    struct UnclosedQuote: Error {
        let line: Int
        let column: Int
        /// The last line the field swallowed.
        let through: Int
    }

    /// Records the first limit passed; the feeder throws it after libcsv returns.
    func exceeded(_ what: String, at position: (line: Int, column: Int)) {
        if error == nil { error = LimitExceeded(what: what, line: position.line, column: position.column) }
    }

    @inline(__always)
    func appendField(_ pointer: UnsafeMutableRawPointer?, _ length: Int) {
        if length > CSVReader.maximumFieldBytes || fieldCount >= CSVReader.maximumColumns {
            exceeded(length > CSVReader.maximumFieldBytes ? CSVReader.fieldLimit : CSVReader.columnLimit, at: position(ofField: fieldCount))
            return
        }
        if byteCount + length > byteCapacity { growBytes(byteCount + length) }
        if let pointer, length > 0 {
            (bytes + byteCount).update(from: pointer.assumingMemoryBound(to: UInt8.self), count: length)
            byteCount += length
        }
        if fieldCount == endCapacity { growEnds() }
        ends[fieldCount] = byteCount
        fieldCount += 1
    }

    private func growBytes(_ needed: Int) {
        let capacity = max(needed, byteCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private func growEnds() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        grown.update(from: ends, count: fieldCount)
        ends.deallocate()
        ends = grown
        endCapacity *= 2
    }

    func endRecord() {
        if error == nil {
            do { try onRecord(CSVRecord(state: self)) } catch { self.error = error }
        }
        byteCount = 0
        fieldCount = 0
        malformedAt = nil
        fieldStartsValid = false
    }

    /// Where field `index` starts (the end of the record when it has fewer fields), found by
    /// scanning the record's raw bytes once, quote-aware.
    func position(ofField index: Int) -> (line: Int, column: Int) {
        if positionsAreIndices { return (recordLine, index + 1) }
        if !fieldStartsValid { computeFieldStarts() }
        return index < fieldStarts.count ? fieldStarts[index] : fieldStartsEnd
    }

    /// The offset in `raw` where field `index` starts (`raw.count` when the record has fewer
    /// fields), quote-aware like ``position(ofField:)``.
    func rawOffset(ofField index: Int) -> Int {
        var quoted = false
        var field = 0
        for (offset, byte) in raw.enumerated() {
            if field == index { return offset }
            if byte == quote { quoted.toggle() }
            if byte == delimiter && !quoted { field += 1 }
        }
        return raw.count
    }

    /// Forgets the field positions (the raw bytes of the record changed).
    @inline(__always)
    func rawChanged() { fieldStartsValid = false }

    private func computeFieldStarts() {
        fieldStarts.removeAll(keepingCapacity: true)
        var line = recordLine
        var column = 1
        var quoted = false
        fieldStarts.append((line, column))
        for (offset, byte) in raw.enumerated() {
            if byte == quote { quoted.toggle() }
            // A line ends at LF, or at a lone CR (CRLF counts once, at its LF).
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == raw.count || raw[offset + 1] != 0x0A)) {
                line += 1
                column = 1
                continue
            }
            column += 1
            if byte == delimiter && !quoted { fieldStarts.append((line, column)) }
        }
        fieldStartsEnd = (line, column)
        fieldStartsValid = true
    }
}

let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    pointer, length, context in
    Unmanaged<ParseState>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.appendField(pointer, length) }
}

let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    Unmanaged<ParseState>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.endRecord() }
}

let spaceIsBlankOnly: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 ? 1 : 0 }
