import CLibCSV
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Streams a CSV file through libcsv, record by record, with positions.
///
/// The file is read in 1 MiB chunks, converted to UTF-8, and fed to libcsv one physical line at
/// a time so that every record knows its line. Memory does not grow with the file. libcsv runs
/// with `CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL`; a record libcsv rejects (a malformed
/// quoted field) is still delivered, with `malformedAt` set, and reading goes on at the next line.
package final class CSVReader {
    package let path: String
    package let dialect: CSVDialect
    /// Called after each chunk with bytes read so far and the file size.
    package var onProgress: ((Int, Int) -> Void)?
    /// Called with every chunk of the file's raw bytes, in order, as they are read (before
    /// decoding): a digest of the file computed here covers exactly the bytes parsed, in the
    /// same pass. Every byte is passed once reading reaches the end of the file.
    package var onBytes: ((UnsafeRawBufferPointer) throws -> Void)?

    static let chunkSize = 1 << 20

    /// The largest field read, in bytes of UTF-8: 1 MiB.
    package static let maximumFieldBytes = 1 << 20
    /// The largest row (record) read, in bytes of UTF-8: 64 MiB.
    package static let maximumRowBytes = 64 << 20
    /// The most fields a row (and the header) may have.
    package static let maximumColumns = 50_000
    static let fieldLimit = "the field starting here is longer than \(maximumFieldBytes) bytes"
    static let rowLimit = "the row starting here is longer than \(maximumRowBytes) bytes"
    static let columnLimit = "this row has more than \(maximumColumns) fields (this is field \(maximumColumns + 1))"
    static let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)

    package init(path: String, dialect: CSVDialect) {
        self.path = path
        self.dialect = dialect
    }

    /// Reads every record (the header first) and passes it to `body`.
    ///
    /// - Throws: `CSVReadingError` for a file that cannot be read as declared, or whatever
    ///   `body` throws (reading stops there).
    package func forEachRecord(_ body: @escaping (CSVRecord) throws -> Void) throws {
        guard let file = fopen(path, "rb") else {
            throw CSVReadingError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        let size = fileSize(file)
        let transcoder = try Transcoder(encoding: dialect.encoding)
        let state = ParseState(dialect: dialect, onRecord: body)
        let feeder = try LineFeeder(state: state, dialect: dialect)
        var forbidden = ForbiddenBytes(encoding: dialect.encoding)
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var utf8: [UInt8] = []
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, Self.chunkSize, file) }
            if count == 0 && ferror(file) != 0 {
                throw CSVReadingError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
            }
            try chunk.withUnsafeBytes { raw in
                let slice = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                try onBytes?(slice)
                if total == 0 { try checkDeclaredEncoding(Array(slice)) }
                do { try forbidden.scan(slice) } catch let found as ForbiddenBytes.Found {
                    let (line, column) = position(ofByte: found.fileOffset)
                    throw CSVReadingError.forbiddenByte(
                        file: path, line: line, column: column, byteOrderMark: found.kind == .byteOrderMark)
                }
                do {
                    try transcoder.convert(slice, into: &utf8, final: count < Self.chunkSize)
                } catch let invalid as Transcoder.InvalidByte {
                    throw encodingError(at: invalid.fileOffset)
                } catch let letter as Transcoder.UTF8Letter {
                    let (line, column) = position(ofByte: letter.fileOffset)
                    throw CSVReadingError.looksLikeUTF8(file: path, declared: dialect.encoding, line: line, column: column)
                }
            }
            total += count
            try limited { try feeder.feed(utf8) }
            onProgress?(total, size)
            if count < Self.chunkSize { break }
        }
        if total == 0 { throw CSVReadingError.emptyFile(file: path) }
        try limited { try feeder.finish() }
    }

    /// Runs `body`, turning a passed limit into a positioned error.
    private func limited(_ body: () throws -> Void) throws {
        do { try body() } catch let limit as ParseState.LimitExceeded {
            throw CSVReadingError.limitExceeded(file: path, line: limit.line, column: limit.column, what: limit.what)
        }
    }

    private func fileSize(_ file: UnsafeMutablePointer<FILE>) -> Int {
        var info = stat()
        return fstat(fileno(file), &info) == 0 ? Int(info.st_size) : 0
    }

    /// A single-byte code page declared for a UTF-8 file would store garbled letters: refuse.
    private func checkDeclaredEncoding(_ firstChunk: [UInt8]) throws {
        guard dialect.encoding != .utf8 else { return }
        let bom = firstChunk.starts(with: [0xEF, 0xBB, 0xBF])
        if bom || EncodingGuess.isMultibyteUTF8(firstChunk) {
            throw CSVReadingError.looksLikeUTF8(file: path, declared: dialect.encoding, line: nil, column: nil)
        }
    }

    /// Builds the wrong-encoding error: position of the byte and a guess from the file's start.
    private func encodingError(at offset: Int) -> CSVReadingError {
        let bytes = prefix(through: offset)
        let (line, column) = Self.position(ofByte: offset, in: bytes)
        let likely = EncodingGuess.likelyEncoding(of: bytes)
        return .wrongEncoding(
            file: path, line: line, column: column, declared: dialect.encoding,
            likely: likely == dialect.encoding ? nil : likely)
    }

    /// The file's bytes up to and including `offset` (at least its first chunk).
    private func prefix(through offset: Int) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path)).prefix(max(offset + 1, Self.chunkSize))) ?? Data())
    }

    /// The 1-based line and byte column of a byte offset in the file.
    private func position(ofByte offset: Int) -> (Int, Int) {
        Self.position(ofByte: offset, in: prefix(through: offset))
    }

    /// The 1-based line and byte column of `offset` in `bytes`. Lines end at LF, CRLF or a lone
    /// CR, as ``LineFeeder`` counts them.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (line, offset - lineStart + 1)
    }
}
