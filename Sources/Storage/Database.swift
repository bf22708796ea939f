import CSQLite
import Foundation

/// SQLite's busy handler: sleeps and tries again (20 ms at first, then 100 ms) until
/// ``Database/busyTimeout``; after 2 s it says once on stderr that it is waiting.
private func waitForOtherProcess(_ context: UnsafeMutableRawPointer?, _ attempt: Int32) -> Int32 {
    let waited = attempt < 50 ? Int(attempt) * 20 : 1000 + (Int(attempt) - 50) * 100
    guard waited < Database.busyTimeout * 1000 else { return 0 }
    if attempt == 60 {
        FileHandle.standardError.write(Data("sitan: waiting for another sitan process to finish with the database…\n".utf8))
    }
    usleep(attempt < 50 ? 20_000 : 100_000)
    return 1
}

/// A thin wrapper over a SQLite connection: open, execute, prepare, transactions.
///
/// Every C return code is checked; the handle is closed in `deinit`.
package final class Database {
    let handle: OpaquePointer
    package let path: String

    /// Opens (creating when `readOnly` is false) the database at `path`.
    package init(path: String, readOnly: Bool = false) throws {
        if !readOnly { Self.createPrivately(path) }
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let code = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            sqlite3_close(db)
            throw StorageError.cannotOpen(path: path, message: db == nil ? "out of memory" : Self.openProblem(path))
        }
        handle = db
        self.path = path
        // Wait for another sitan process's transaction instead of failing at once.
        let busy = sqlite3_busy_handler(db, waitForOtherProcess, nil)
        guard busy == SQLITE_OK else { throw error(busy) }
    }

    deinit { sqlite3_close_v2(handle) }

    /// Why SQLite could not open `path`, said from the file system rather than in SQLite's words.
    private static func openProblem(_ path: String) -> String {
        let files = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if !files.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return "the folder \(folder) does not exist; create it or choose another --db path"
        }
        if files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "it is a folder; give the path of a database file"
        }
        if !files.isWritableFile(atPath: files.fileExists(atPath: path) ? path : folder) {
            return "no permission to write it; check the file's and its folder's permissions"
        }
        return "the file cannot be opened as a database; check that it is a sitan database and that it can be read"
    }

    /// Creates a missing database file readable and writable by its owner only (0600).
    ///
    /// SQLite gives its journal and WAL files the mode of the database file, so they stay
    /// private too. An existing file keeps its mode; `:memory:` and URIs are left to SQLite.
    private static func createPrivately(_ path: String) {
        guard path != ":memory:", !path.isEmpty, !path.hasPrefix("file:") else { return }
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Runs one or more statements that return no rows.
    package func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw fileSizeLimitError(code) ?? Self.mapped(code: code, message: text, sql: sql, path: path)
        }
    }

    package func prepare(_ sql: String) throws -> Statement { try Statement(database: self, sql: sql) }

    /// How long, in seconds, a statement waits for another sitan process to let go of the file
    /// (a report holds it for reading while it computes; writers queue behind one another).
    static let busyTimeout = 300

    /// Runs `body` inside one transaction; commits when it returns, rolls back when it throws.
    ///
    /// Inside a transaction already open (``session(_:)``) it is a savepoint of that transaction.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        let nested = sqlite3_get_autocommit(handle) == 0
        try execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute(nested ? "RELEASE nested" : "COMMIT")
            return result
        } catch {
            try? execute(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
            throw error
        }
    }

    /// Runs a command that reads the data and records what it publishes (`estimate`, `rates`, …)
    /// as one write transaction: no other process can change the data between its reads, or
    /// between the reads and the record of its release. What `body` recorded is committed even
    /// when it throws afterwards: an output may have been printed before the error.
    package func session<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("COMMIT")
            try? execute("ROLLBACK")
            throw error
        }
        try execute("COMMIT")
        return result
    }

    /// Starts a read transaction on this connection and takes its shared lock at once: every later
    /// read sees the data as they are now, until the connection closes (`sitan report`, which
    /// reads the data many times). Another process's commit waits for it (``busyTimeout``).
    package func holdSnapshot() throws {
        try execute("BEGIN")
        try execute("SELECT count(*) FROM sqlite_master")
    }

    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    func error(_ code: Int32, _ sql: String? = nil) -> StorageError {
        fileSizeLimitError(code) ?? Self.mapped(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
    }

    /// The error for a failed write when the process has a file-size limit (`ulimit -f`,
    /// RLIMIT_FSIZE), its likely cause; nil otherwise. (SQLite's saved errno is not reliable
    /// here: it is read after other system calls.)
    private func fileSizeLimitError(_ code: Int32) -> StorageError? {
        guard [SQLITE_IOERR, SQLITE_FULL].contains(code & 0xFF) else { return nil }
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return .database(
            path: path,
            problem: "a write failed, and the process's file-size limit (ulimit -f: \(limit.rlim_cur) bytes) stops files from "
                + "growing; nothing was written (the transaction was rolled back); raise the limit and run again")
    }

    /// Turns a SQLite result code into an error a user can act on; codes that mean a bug or a
    /// refused statement (`sitan query`) stay ``StorageError/sqlite(code:message:sql:)``.
    static func mapped(code: Int32, message: String, sql: String?, path: String) -> StorageError {
        if code & 0xFF == SQLITE_TOOBIG {
            return .databaseLimit("a value is larger than the database allows (1 GB per field); the file cannot be loaded")
        }
        if code & 0xFF == SQLITE_ERROR && message.hasPrefix("too many columns") {
            return .databaseLimit(
                "the data would need more than 2000 columns in one table (the database's limit): the codebooks map too many "
                    + "distinct variables; map fewer columns, or list the unneeded ones under `drop:`")
        }
        guard let problem = environmentProblem(code: code & 0xFF) else {
            return .sqlite(code: code, message: message, sql: sql)
        }
        return .database(path: path, problem: problem)
    }

    /// What a primary result code that concerns the file, the disk or other processes means
    /// for the user, nil for the others.
    private static func environmentProblem(code: Int32) -> String? {
        switch code {
        case SQLITE_READONLY:
            "the file cannot be written (read-only file, folder or file system, or owned by another user); "
                + "check its permissions, or copy it somewhere writable"
        case SQLITE_BUSY, SQLITE_LOCKED:
            "another sitan process (an ingest, a report or an analysis) is using it and did not let go within "
                + "\(busyTimeout / 60) minutes; run this again when it has finished"
        case SQLITE_CORRUPT: "the file is damaged; restore it from a backup or rebuild it from the raw files"
        case SQLITE_NOTADB: notSitanDatabase
        case SQLITE_FULL: "the disk is full; nothing was written (the transaction was rolled back); free space and run again"
        case SQLITE_IOERR, SQLITE_CANTOPEN:
            "the file cannot be read or written; check the disk and the file's permissions"
        case SQLITE_NOMEM: "out of memory"
        default: nil
        }
    }

    /// The problem with a file that is not a database, or a database without sitan's tables.
    static let notSitanDatabase = "the file is not a sitan database; check --db or $SITAN_DB"

    /// The rows of a query as arrays of values (for small result sets).
    package func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [[SQLValue]] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var out: [[SQLValue]] = []
        while try statement.step() {
            out.append((0..<statement.columnCount).map(statement.value))
        }
        return out
    }

    /// One integer from a query (0 when there is no row).
    package func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int64 {
        if case let .integer(v)? = try rows(sql, arguments).first?.first { return v }
        return 0
    }
}
