import Diagnostics

/// A project configuration file that cannot be read or is not valid YAML, with the position of
/// the problem as a compiler gives it: `sitan.yaml:2:5: error: ...`.
package struct ConfigurationFileError: Error, Sendable, Equatable, CustomStringConvertible {
    package let path: String
    /// 1-based line and column; 0 when the problem has no position (the file is unreadable).
    package let line: Int
    package let column: Int
    package let message: String
    /// True when the file could not be read at all (an environment problem, exit 1); otherwise
    /// its contents are malformed (exit 64, like any other misuse of the command).
    package let isUnreadable: Bool

    package init(path: String, line: Int, column: Int, message: String, isUnreadable: Bool = false) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadable = isUnreadable
    }

    package var description: String { diagnostic.rendered }
}

extension ConfigurationFileError: DiagnosticConvertible {
    /// An unreadable file is the environment's problem (exit 1); a malformed one is a misuse of
    /// the command (exit 64).
    package var diagnostic: Diagnostic {
        Diagnostic(
            kind: isUnreadable ? .environment : .usage, file: path, line: line > 0 ? line : nil,
            column: line > 0 ? max(column, 1) : nil, message: message)
    }
}
