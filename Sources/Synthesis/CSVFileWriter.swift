import Foundation

/// Streams CSV lines to a file in a given dialect, buffering about 1 MB at a time.
///
/// Memory does not grow with the number of rows. Fields are quoted only when they contain
/// the delimiter, a quote or a line break, as spreadsheet exports do.
final class CSVFileWriter {
    private let handle: FileHandle
    private let path: String
    private let dialect: FileDialect
    private let encoder: TextEncoder
    private var buffer: [UInt8] = []
    /// Physical lines written so far (the header is line 1).
    private(set) var lines = 0

    /// Creates or truncates `path` and writes the encoding's preamble (BOM).
    ///
    /// - Throws: ``SynthesisError/cannotWrite(path:reason:)``, or an encoding error.
    init(path: String, dialect: FileDialect) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw SynthesisError.cannotWrite(path: path, reason: "cannot create the file") }
        self.handle = handle
        self.path = path
        self.dialect = dialect
        self.encoder = try TextEncoder(dialect.encoding)
        buffer.reserveCapacity(1 << 20)
        buffer.append(contentsOf: encoder.preamble)
    }

    deinit { try? handle.close() }

    /// Writes one record, quoting fields that need it.
    func write(fields: [String]) throws {
        try write(line: fields.map(quoted).joined(separator: String(dialect.delimiter)))
    }

    /// Writes one physical line exactly as given (used for planted problems).
    func write(line: String) throws {
        try encoder.append(line, to: &buffer)
        try encoder.append(dialect.lineEnding, to: &buffer)
        lines += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// The field as it appears in the file.
    func quoted(_ field: String) -> String {
        let delimiter = dialect.delimiter.asciiValue ?? 0
        guard field.utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Flushes the buffer and closes the file.
    func finish() throws {
        try flush()
        do { try handle.close() } catch {
            throw SynthesisError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: Data(buffer)) } catch {
            throw SynthesisError.cannotWrite(path: path, reason: "\(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
