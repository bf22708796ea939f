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
        } catch let open as ParseState.UnclosedQuote {
            throw CSVReadingError.unclosedQuote(file: path, line: open.line, column: open.column, through: open.through)
        }
    }

    private func fileSize(_ file: UnsafeMutablePointer<FILE>) -> Int {
        var info = stat()
        return fstat(fileno(file), &info) == 0 ? Int(info.st_size) : 0
    }

    /// A single-byte code page declared for a UTF-8 file would store garbled letters: refuse.
    private func checkDeclaredEncoding(_ firstChunk: [UInt8]) throws {
        if EncodingGuess.isUTF16(firstChunk) { throw CSVReadingError.utf16(file: path) }
        guard dialect.encoding != .utf8 else { return }
        let bom = firstChunk.starts(with: [0xEF, 0xBB, 0xBF])
        if bom || EncodingGuess.isMultibyteUTF8(firstChunk) {
            throw CSVReadingError.looksLikeUTF8(file: path, declared: dialect.encoding, line: nil, column: nil)
        }
    }

    /// Builds the wrong-encoding error: position of the byte and a guess from the file's start
    /// and the bytes just before it.
    private func encodingError(at offset: Int) -> CSVReadingError {
        let (line, column, sample) = locate(offset)
        let likely = EncodingGuess.likelyEncoding(of: sample)
        return .wrongEncoding(
            file: path, line: line, column: column, declared: dialect.encoding,
            likely: likely == dialect.encoding ? nil : likely)
    }

    /// The 1-based line and byte column of a byte offset in the file.
    private func position(ofByte offset: Int) -> (Int, Int) {
        let (line, column, _) = locate(offset)
        return (line, column)
    }

    /// Reads the file again up to `offset`, one chunk at a time, so that memory stays bounded
    /// however far into the file the byte is. Lines end at LF, CRLF or a lone CR, as
    /// ``LineFeeder`` counts them.
    ///
    /// - Returns: the 1-based line and byte column of `offset`, and a sample for guessing the
    ///   encoding: the file's first chunk, then the 64 KiB up to and including the byte.
    private func locate(_ offset: Int) -> (line: Int, column: Int, sample: [UInt8]) {
        guard let file = fopen(path, "rb") else { return (1, offset + 1, []) }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var first: [UInt8] = []
        var window: [UInt8] = []
        var line = 1
        var lineStart = 0
        var read = 0
        var pendingCarriageReturn = false
        while read <= offset {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, Self.chunkSize, file) }
            guard count > 0 else { break }
            let upTo = min(count, offset - read + 1)
            if first.isEmpty { first = Array(chunk[0..<count]) }
            window.append(contentsOf: chunk[0..<upTo])
            if window.count > Self.guessWindow { window.removeFirst(window.count - Self.guessWindow) }
            for i in 0..<upTo {
                let byte = chunk[i]
                if pendingCarriageReturn {
                    pendingCarriageReturn = false
                    if byte != 0x0A { (line, lineStart) = (line + 1, read + i) }
                }
                if read + i == offset { break }
                if byte == 0x0A {
                    (line, lineStart) = (line + 1, read + i + 1)
                } else if byte == 0x0D {
                    pendingCarriageReturn = true
                }
            }
            read += count
        }
        let sample = offset < first.count ? first : first + window
        return (line, offset - lineStart + 1, sample)
    }

    static let guessWindow = 1 << 16
}
