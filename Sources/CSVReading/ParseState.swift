import CLibCSV

/// The mutable state libcsv's C callbacks write into, passed to them with `Unmanaged`.
final class ParseState {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var raw: [UInt8] = []  // the raw bytes of the current record, for positions
    var line = 1
    var recordLine = 1
    var malformedAt: (line: Int, column: Int)?
    var error: Error?
    let delimiter: UInt8
    let quote: UInt8
    let onRecord: (CSVRecord) throws -> Void

    init(dialect: CSVDialect, onRecord: @escaping (CSVRecord) throws -> Void) {
        delimiter = dialect.delimiter
        quote = dialect.quote
        self.onRecord = onRecord
        bytes.reserveCapacity(1 << 16)
        ends.reserveCapacity(256)
        raw.reserveCapacity(1 << 12)
    }

    func appendField(_ pointer: UnsafeMutableRawPointer?, _ length: Int) {
        if let pointer, length > 0 {
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: length))
        }
        ends.append(bytes.count)
    }

    func endRecord() {
        if error == nil {
            do { try onRecord(CSVRecord(state: self)) } catch { self.error = error }
        }
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        malformedAt = nil
    }

    /// Finds where field `index` starts by scanning the record's raw bytes, quote-aware.
    func position(ofField index: Int) -> (line: Int, column: Int) {
        var field = 0
        var line = recordLine
        var column = 1
        var quoted = false
        for byte in raw {
            if field == index { break }
            if byte == quote { quoted.toggle() }
            if byte == 0x0A {
                line += 1
                column = 1
                continue
            }
            column += 1
            if byte == delimiter && !quoted { field += 1 }
        }
        return (line, column)
    }
}

let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    pointer, length, context in
    Unmanaged<ParseState>.fromOpaque(context!).takeUnretainedValue().appendField(pointer, length)
}

let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    Unmanaged<ParseState>.fromOpaque(context!).takeUnretainedValue().endRecord()
}

let spaceIsBlankOnly: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 ? 1 : 0 }
