import Codebooks
import Diagnostics
import Privacy

/// A problem with the database or with ingesting a file. Never contains a data value.
package enum StorageError: Error, CustomStringConvertible {
    case sqlite(code: Int32, message: String, sql: String?)
    case cannotOpen(path: String, message: String)
    case alreadyLoaded(file: String, source: String, when: String)
    case nameTaken(name: String, file: String, previous: String)
    case identifierFound(file: String, line: Int, column: Int, field: String, kind: String)
    case identifierColumn(file: String, column: Int, index: Int, field: String, kind: String)
    case identifierInFileName(kind: String)
    case strictRejects(file: String, count: Int, first: [String])
    case allRejected(file: String, count: Int, reasons: [String], advice: [String])
    case notReadOnly(String)
    /// SQLite cannot run the statement given to `sitan query` (a syntax error, an unknown column).
    case queryFailed(String)
    case newerSchema(found: Int, supported: Int)
    /// The database file cannot be used as it is (read-only, busy, damaged, not a database, disk
    /// full): an environment problem, exit 1.
    case database(path: String, problem: String)
    /// The data would exceed a limit of the database (more than 2000 columns in a table, a value
    /// over 1 GB): a problem with the input, exit 65.
    case databaseLimit(String)
    /// An input file cannot be read (missing, a folder, no permission): exit 1.
    case cannotRead(file: String, reason: String)

    package var description: String { diagnostic.rendered }

    /// Whether the problem is with the input data (exit code 65) rather than the tool.
    package var isDataError: Bool { diagnostic.kind == .data }
}

extension StorageError: DiagnosticConvertible {
    /// Refused input is bad data (exit 65); the database, the disk and unreadable files are the
    /// environment's problem (exit 1).
    package var diagnostic: Diagnostic {
        switch self {
        case let .sqlite(code, message, sql):
            _ = sql
            return Diagnostic(
                kind: .environment, message: "a database operation failed unexpectedly",
                hint: "SQLite said: \(message) (code \(code)); check the database with "
                    + "`sitan query \"PRAGMA integrity_check\"`, and if it is sound, report this as a bug in sitan")
        case let .cannotOpen(path, message):
            return Diagnostic(kind: .environment, message: "cannot open database \(path): \(message)")
        case let .alreadyLoaded(file, source, when):
            return Diagnostic(
                kind: .data, file: file,
                message: "this file (same SHA-256) is already loaded as source \"\(source)\" (\(when)); use --replace to reload it")
        case let .nameTaken(name, file, previous):
            return Diagnostic(
                kind: .data, file: file,
                message: "source \"\(name)\" is already loaded (from \(previous), a different file); "
                    + "use --replace to replace that source with this file, or give this file's codebook another source name")
        case let .identifierFound(file, line, column, field, kind):
            // `field` is a plain header name or the header's position (`#11`), which `safe:` accepts too.
            let named = field.hasPrefix("#") ? "header \(field)" : "column \"\(field)\""
            return Diagnostic(
                kind: .data, file: file, line: line, column: column,
                message: "\(named) holds what looks like \(kind) (value not shown). "
                    + "Direct identifiers may not enter the database: the file is refused and nothing was loaded. "
                    + "Remove the column, or if it is not an identifier, acknowledge it in the codebook under `safe: {\"\(field)\": \"reason\"}`."
            )
        case let .identifierColumn(file, column, index, field, kind):
            // Only a header of identifier column words alone is shown: `nazwisko KOWALSKI` holds a name.
            let shown = PIIGuard.isOnlyIdentifierColumnWords(field)
            let key = shown ? field : "#\(index + 1)"
            let named = shown ? "column \"\(field)\"" : "header \(key)"
            let safe = "under `safe: {\"\(key)\": \"reason\"}`"
            return Diagnostic(
                kind: .data, file: file, line: 1, column: column,
                message: "\(named) is named like a direct identifier (\(kind)): "
                    + "the file is refused and nothing was loaded. Remove the column, or if it holds no such identifier, "
                    + "acknowledge it in the codebook \(safe).")
        case let .identifierInFileName(kind):
            return Diagnostic(
                kind: .data,
                message: "the name of an input file holds what looks like \(kind) (the name is not shown): "
                    + "nothing was loaded. Rename the file (file names are stored and printed in reports).")
        case let .strictRejects(file, count, first):
            return Diagnostic(
                kind: .data, file: file, message: "--strict: \(count) row(s) rejected, nothing was loaded:",
                hint: first.map { "  " + $0 }.joined(separator: "\n"))
        case let .allRejected(file, count, reasons, advice):
            return Diagnostic(
                kind: .data, file: file,
                message: "every row was rejected (\(count) of \(count)), so nothing was loaded and no source was recorded. "
                    + "Commonest reasons:",
                hint: reasons.map { "  " + $0 }.joined(separator: "\n")
                    + (advice.isEmpty ? "" : "\nLikely fix: " + advice.joined(separator: "; ")))
        case let .notReadOnly(reason):
            return Diagnostic(kind: .usage, message: "sitan query is read-only: \(reason)")
        case let .queryFailed(reason):
            return Diagnostic(kind: .usage, message: "sitan query cannot run the statement: \(reason)")
        case let .database(path, problem):
            return Diagnostic(kind: .environment, message: "database \(path): \(problem)")
        case let .databaseLimit(problem):
            return Diagnostic(kind: .data, message: problem)
        case let .cannotRead(file, reason):
            return Diagnostic(kind: .environment, file: file, message: "cannot read the file: \(reason)")
        case let .newerSchema(found, supported):
            return Diagnostic(
                kind: .environment,
                message: "the database has schema version \(found), newer than this sitan supports (\(supported)); upgrade sitan")
        }
    }
}
