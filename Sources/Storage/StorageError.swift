import Codebooks

/// A problem with the database or with ingesting a file. Never contains a data value.
public enum StorageError: Error, CustomStringConvertible {
    case sqlite(code: Int32, message: String, sql: String?)
    case cannotOpen(path: String, message: String)
    case alreadyLoaded(file: String, source: String, when: String)
    case nameTaken(name: String, file: String, previous: String)
    case identifierFound(file: String, line: Int, column: Int, field: String, kind: String)
    case identifierColumn(file: String, column: Int, field: String, kind: String)
    case identifierInFileName(kind: String)
    case strictRejects(file: String, count: Int, first: [String])
    case allRejected(file: String, count: Int, reasons: [String], advice: [String])
    case badInput(String)
    case notReadOnly(String)
    case newerSchema(found: Int, supported: Int)
    /// The database file cannot be used as it is (read-only, busy, damaged, not a database, disk
    /// full): an environment problem, exit 1.
    case database(path: String, problem: String)
    /// The data would exceed a limit of the database (more than 2000 columns in a table, a value
    /// over 1 GB): a problem with the input, exit 65.
    case databaseLimit(String)
    /// An input file cannot be read (missing, a folder, no permission): exit 1.
    case cannotRead(file: String, reason: String)

    public var description: String {
        switch self {
        case let .sqlite(code, message, sql):
            _ = sql
            return "error: the database refused an operation (code \(code)): \(message)"
        case let .cannotOpen(path, message):
            return "error: cannot open database \(path): \(message)"
        case let .alreadyLoaded(file, source, when):
            return
                "\(file): error: this file (same SHA-256) is already loaded as source \"\(source)\" (\(when)); use --replace to reload it"
        case let .nameTaken(name, file, previous):
            return "\(file): error: source \"\(name)\" is already loaded (from \(previous), a different file); "
                + "use --replace to replace that source with this file, or give this file's codebook another source name"
        case let .identifierFound(file, line, column, field, kind):
            return "\(file):\(line):\(column): error: column \"\(field)\" holds what looks like \(kind) (value not shown). "
                + "Direct identifiers may not enter the database: the file is refused and nothing was loaded. "
                + "Remove the column, or if it is not an identifier, acknowledge it in the codebook under `safe: {\(field): \"reason\"}`."
        case let .identifierColumn(file, column, field, kind):
            let name = EchoedName.shown(field)
            return "\(file):1:\(column): error: column \"\(name)\" is named like a direct identifier (\(kind)): "
                + "the file is refused and nothing was loaded. Remove the column, or if it holds no such identifier, "
                + "acknowledge it in the codebook under `safe: {\(name): \"reason\"}`."
        case let .identifierInFileName(kind):
            return "error: the name of an input file holds what looks like \(kind) (the name is not shown): "
                + "nothing was loaded. Rename the file (file names are stored and printed in reports)."
        case let .strictRejects(file, count, first):
            return "\(file): error: --strict: \(count) row(s) rejected, nothing was loaded:\n"
                + first.map { "  " + $0 }.joined(separator: "\n")
        case let .allRejected(file, count, reasons, advice):
            return "\(file): error: every row was rejected (\(count) of \(count)), so nothing was loaded and no source was recorded. "
                + "Commonest reasons:\n" + reasons.map { "  " + $0 }.joined(separator: "\n")
                + (advice.isEmpty ? "" : "\nLikely fix: " + advice.joined(separator: "; "))
        case let .badInput(message):
            return message
        case let .notReadOnly(reason):
            return "error: sitan query is read-only: \(reason)"
        case let .database(path, problem):
            return "error: database \(path): \(problem)"
        case let .databaseLimit(problem):
            return "error: \(problem)"
        case let .cannotRead(file, reason):
            return "\(file): error: cannot read the file: \(reason)"
        case let .newerSchema(found, supported):
            return "error: the database has schema version \(found), newer than this sitan supports (\(supported)); upgrade sitan"
        }
    }

    /// Whether the problem is with the input data (exit code 65) rather than the tool.
    public var isDataError: Bool {
        switch self {
        case .alreadyLoaded, .nameTaken, .identifierFound, .identifierColumn, .identifierInFileName, .strictRejects, .allRejected,
            .badInput, .databaseLimit:
            return true
        default: return false
        }
    }
}
