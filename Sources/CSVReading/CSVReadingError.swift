import Diagnostics

/// A problem with a whole file: it cannot be read as declared. Never contains a data value.
package enum CSVReadingError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(file: String, reason: String)
    case wrongEncoding(file: String, line: Int, column: Int, declared: TextEncoding, likely: TextEncoding?)
    case looksLikeUTF8(file: String, declared: TextEncoding, line: Int?, column: Int?)
    case unsupportedEncoding(String)
    case emptyFile(file: String)
    /// The file is UTF-16 text (a byte-order mark, or zero bytes between ASCII letters).
    case utf16(file: String)
    /// A NUL byte, or a byte-order mark after the start of a UTF-8 file.
    case forbiddenByte(file: String, line: Int, column: Int, byteOrderMark: Bool)
    /// libcsv could not be set up (out of memory).
    case parserUnavailable
    /// A field, a row or the header passes one of the reader's limits (see ``CSVReader``).
    case limitExceeded(file: String, line: Int, column: Int, what: String)
    /// A quoted field that is never closed runs on over the lines after it.
    case unclosedQuote(file: String, line: Int, column: Int, through: Int)

    package var description: String { diagnostic.rendered }
}

extension CSVReadingError: DiagnosticConvertible {
    /// Unreadable files and a parser that cannot start are the environment's problem (exit 1);
    /// everything else is a file that cannot be read as declared (exit 65).
    package var diagnostic: Diagnostic {
        switch self {
        case let .cannotOpen(file, reason):
            return Diagnostic(kind: .environment, file: file, message: "cannot read the file: \(reason)")
        case let .wrongEncoding(file, line, column, declared, likely):
            var text = "the bytes here are not valid \(declared.rawValue)"
            if let likely {
                text +=
                    "; the file looks like \(likely.rawValue) (\(likely.languages)): set `file: {encoding: \(likely.rawValue)}` in the codebook"
            } else {
                text += "; check the file's encoding (for example with `file -i`) and set `file: {encoding: ...}` in the codebook"
            }
            return Diagnostic(kind: .data, file: file, line: line, column: column, message: text + ". Nothing was loaded.")
        case let .looksLikeUTF8(file, declared, line, column):
            let what = line == nil ? "the file is UTF-8" : "the file holds UTF-8 letters here"
            return Diagnostic(
                kind: .data, file: file, line: line, column: line.map { _ in column ?? 1 },
                message: "the codebook declares \(declared.rawValue), but \(what) "
                    + "(reading it as \(declared.rawValue) would store garbled letters); set `file: {encoding: utf-8}` in the codebook. Nothing was loaded."
            )
        case let .unsupportedEncoding(name):
            return Diagnostic(
                kind: .data,
                message: "unsupported encoding \"\(name)\"; use one of: " + TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))
        case let .forbiddenByte(file, line, column, byteOrderMark):
            let what =
                byteOrderMark
                ? "a byte-order mark (U+FEFF) inside the file, not at its start (were two files joined?); remove it"
                : "a NUL byte (a binary file, or UTF-16 text?); save the file as UTF-8 or as the code page the codebook declares"
            return Diagnostic(kind: .data, file: file, line: line, column: column, message: "the file holds \(what). Nothing was loaded.")
        case let .utf16(file):
            return Diagnostic(
                kind: .data, file: file, line: 1, column: 1,
                message: "the file is UTF-16 text (as Excel's \"Unicode Text\" saves it), which sitan does not read; save it as "
                    + "UTF-8 (Excel: \"CSV UTF-8\") or in the code page the codebook declares. Nothing was loaded.")
        case let .limitExceeded(file, line, column, what):
            return Diagnostic(
                kind: .data, file: file, line: line, column: column,
                message: "\(what), past sitan's limit (docs/limits.md); "
                    + "a file with such text is not survey or case-record data. Nothing was loaded.")
        case let .unclosedQuote(file, line, column, through):
            return Diagnostic(
                kind: .data, file: file, line: line, column: column,
                message: "the quote that opens this field is never closed, so lines \(line)–\(through) would be read as one field "
                    + "and the rows on them lost; close the quote (or double a quote inside the text) in the file. Nothing was loaded.")
        case .parserUnavailable:
            return Diagnostic(kind: .environment, message: "the CSV parser (libcsv) could not be initialised (out of memory?)")
        case let .emptyFile(file):
            return Diagnostic(kind: .data, file: file, message: "the file is empty (no header row)")
        }
    }
}
