/// A problem with a whole file: it cannot be read as declared. Never contains a data value.
public enum CSVReadingError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(file: String, reason: String)
    case wrongEncoding(file: String, line: Int, column: Int, declared: TextEncoding, likely: TextEncoding?)
    case looksLikeUTF8(file: String, declared: TextEncoding, line: Int?, column: Int?)
    case unsupportedEncoding(String)
    case emptyFile(file: String)
    /// A NUL byte, or a byte-order mark after the start of a UTF-8 file.
    case forbiddenByte(file: String, line: Int, column: Int, byteOrderMark: Bool)
    /// libcsv could not be set up (out of memory).
    case parserUnavailable
    /// A field, a row or the header passes one of the reader's limits (see ``CSVReader``).
    case limitExceeded(file: String, line: Int, column: Int, what: String)

    public var description: String {
        switch self {
        case let .cannotOpen(file, reason):
            return "\(file): error: cannot read the file: \(reason)"
        case let .wrongEncoding(file, line, column, declared, likely):
            var text = "\(file):\(line):\(column): error: the bytes here are not valid \(declared.rawValue)"
            if let likely {
                text +=
                    "; the file looks like \(likely.rawValue) (\(likely.languages)): set `file: {encoding: \(likely.rawValue)}` in the codebook"
            } else {
                text += "; check the file's encoding (for example with `file -i`) and set `file: {encoding: ...}` in the codebook"
            }
            return text + ". Nothing was loaded."
        case let .looksLikeUTF8(file, declared, line, column):
            let place = line.map { "\(file):\($0):\(column ?? 1)" } ?? file
            let what = line == nil ? "the file is UTF-8" : "the file holds UTF-8 letters here"
            return "\(place): error: the codebook declares \(declared.rawValue), but \(what) "
                + "(reading it as \(declared.rawValue) would store garbled letters); set `file: {encoding: utf-8}` in the codebook. Nothing was loaded."
        case let .unsupportedEncoding(name):
            return "error: unsupported encoding \"\(name)\"; use one of: "
                + TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")
        case let .forbiddenByte(file, line, column, byteOrderMark):
            let what =
                byteOrderMark
                ? "a byte-order mark (U+FEFF) inside the file, not at its start (were two files joined?); remove it"
                : "a NUL byte (a binary file, or UTF-16 text?); save the file as UTF-8 or as the code page the codebook declares"
            return "\(file):\(line):\(column): error: the file holds \(what). Nothing was loaded."
        case let .limitExceeded(file, line, column, what):
            return "\(file):\(line):\(column): error: \(what), past sitan's limit (docs/limits.md); "
                + "a file with such text is not survey or case-record data. Nothing was loaded."
        case .parserUnavailable:
            return "error: the CSV parser (libcsv) could not be initialised (out of memory?)"
        case let .emptyFile(file):
            return "\(file): error: the file is empty (no header row)"
        }
    }
}
