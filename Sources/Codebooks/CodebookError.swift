import Diagnostics

/// A problem with a codebook or the dictionary, with the file and line it comes from.
package struct CodebookError: Error, CustomStringConvertible, Equatable {
    package let file: String
    package let line: Int
    package let column: Int
    package let message: String
    /// The file could not be read at all (missing, a folder, no permission): a problem of the
    /// environment, not of the codebook's text.
    package let isUnreadable: Bool

    package init(file: String, line: Int, column: Int, message: String, isUnreadable: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadable = isUnreadable
    }

    package var description: String { diagnostic.rendered }
}

extension CodebookError: DiagnosticConvertible {
    /// A codebook that cannot be read is the environment's problem (exit 1); one that is
    /// malformed is bad input (exit 65).
    package var diagnostic: Diagnostic {
        Diagnostic(
            kind: isUnreadable ? .environment : .data, file: file, line: line > 0 ? line : nil,
            column: line > 0 && column > 0 ? column : nil,
            message: message)
    }
}
