/// One problem as sitan reports it: what went wrong, where, and what to do next.
///
/// Every module's error type produces one (see ``DiagnosticConvertible``), and one printer
/// (``rendered``) writes it the way a compiler does:
/// `datasets/lv/survey.csv:118:14: error: unterminated quoted field in column "rajons"`.
/// The ``kind`` decides the exit code (``Kind/exitCode``), so no command maps errors itself.
package struct Diagnostic: Sendable, Equatable {
    /// How serious the problem is; errors stop the command, warnings and notes do not.
    package enum Severity: String, Sendable {
        case error, warning, note
    }

    /// Whose problem it is, which decides the exit code.
    package enum Kind: Sendable, Equatable, CaseIterable {
        /// The command was called wrongly (an option, a configuration, a template): exit 64.
        case usage
        /// The input data cannot be used as they are (a malformed file, a refused row set): exit 65.
        case data
        /// The environment failed (a file cannot be read or written, the database, the disk): exit 1.
        case environment

        /// The documented exit code: 64 usage, 65 bad input data, 1 environment or I/O.
        package var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .data: 65
            case .environment: 1
            }
        }
    }

    package var severity: Severity
    package var kind: Kind
    /// The file the problem is in, if any (a path as the user gave it).
    package var file: String?
    /// 1-based line; nil when the problem has no line (the whole file).
    package var line: Int?
    /// 1-based column; nil when only the line is known.
    package var column: Int?
    /// What went wrong, without a severity prefix (the printer adds `error:`).
    package var message: String
    /// A further line saying what to do next, printed under the message.
    package var hint: String?

    package init(
        _ severity: Severity = .error, kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, with as much of the position as is known, and the
    /// hint on the following line.
    package var rendered: String {
        var position = ""
        if let file {
            position = file
            if let line {
                position += ":\(line)"
                if let column { position += ":\(column)" }
            }
            position += ": "
        }
        return position + "\(severity.rawValue): " + message + (hint.map { "\n" + $0 } ?? "")
    }
}

/// An error that can say what went wrong as a ``Diagnostic``.
package protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}
