import Diagnostics

/// Everything that can go wrong in `Reporting`, saying what happened and what to do next.
///
/// No case carries a data value: only paths, template positions and file names.
package enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file cannot be read.
    case unreadableTemplate(path: String)
    /// The template is not valid Mustache.
    case invalidTemplate(path: String, line: Int, column: Int, problem: String)
    /// The default template is missing from the installation.
    case missingDefaultTemplate
    /// A file of the report cannot be written.
    case cannotWrite(path: String, reason: String)
    /// `--check` found files that differ from what would be written.
    case stale(directory: String, files: [String])

    package var description: String { diagnostic.rendered }
}

extension ReportError: DiagnosticConvertible {
    /// A template given on the command line is misuse (exit 64); a default template missing from
    /// the installation, a file that cannot be written and a stale `--check` exit 1.
    package var diagnostic: Diagnostic {
        switch self {
        case let .unreadableTemplate(path):
            return Diagnostic(kind: .usage, message: "cannot read the template \(path); check the path given to --template")
        case let .invalidTemplate(path, line, column, problem):
            return Diagnostic(
                kind: .usage, file: path, line: line, column: column,
                message: "invalid Mustache template (\(problem)); see docs/report.md for the data model")
        case .missingDefaultTemplate:
            return Diagnostic(
                kind: .environment,
                message: "the default report template is missing from this sitan installation (Reporting resources); "
                    + "reinstall sitan or pass --template PATH")
        case let .cannotWrite(path, reason):
            return Diagnostic(kind: .environment, message: "cannot write \(path): \(reason)")
        case let .stale(directory, files):
            return Diagnostic(
                kind: .environment,
                message: "the report in \(directory) is stale; these files differ from what `sitan report` would write: "
                    + files.joined(separator: ", ") + ". Regenerate it by running the same command without --check"
                    + (directory.hasSuffix("reports") ? " (for the project's reports/: `make report`)." : "."))
        }
    }
}
