import Diagnostics

/// A problem with a codebook or the dictionary, with the file and line it comes from.
public struct CodebookError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    /// The file could not be read at all (missing, a folder, no permission): a problem of the
    /// environment, not of the codebook's text.
    public let isUnreadable: Bool

    public init(file: String, line: Int, column: Int, message: String, isUnreadable: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadable = isUnreadable
    }

    public var description: String { diagnostic.rendered }
}

extension CodebookError: DiagnosticConvertible {
    /// A codebook that cannot be read is the environment's problem (exit 1); one that is
    /// malformed is bad input (exit 65).
    public var diagnostic: Diagnostic {
        Diagnostic(
            kind: isUnreadable ? .environment : .data, file: file, line: line > 0 ? line : nil,
            column: line > 0 && column > 0 ? column : nil,
            message: message)
    }
}
