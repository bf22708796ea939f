import CSQLite

/// The result of a read-only query.
package struct QueryResult: Sendable {
    package var columns: [String]
    package var rows: [[SQLValue]]
}

/// Refuses, at prepare time, every action that is not a read: writes, ATTACH, DETACH, setting a pragma.
private let readOnlyAuthorizer:
    @convention(c) (
        UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?
    ) -> Int32 = { _, action, _, argument, _, _ in
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_PRAGMA:
            return argument == nil ? SQLITE_OK : SQLITE_DENY  // reading a pragma is fine, setting one is not
        default:
            return SQLITE_DENY
        }
    }

extension Store {
    /// Runs one read-only SQL statement (`sitan query`). Not for publication: no disclosure control.
    ///
    /// - Throws: `StorageError.notReadOnly` for statements that write, attach, detach or set pragmas.
    package func readOnlyQuery(_ sql: String) throws -> QueryResult {
        try database.execute("PRAGMA query_only = 1")
        // Without the authorizer a statement could write: refuse to go on rather than run unguarded.
        let installed = sqlite3_set_authorizer(database.handle, readOnlyAuthorizer, nil)
        guard installed == SQLITE_OK else { throw database.error(installed) }
        defer { sqlite3_set_authorizer(database.handle, nil, nil) }
        let statement: Statement
        do {
            statement = try database.prepare(sql)
        } catch let StorageError.sqlite(code, message, _) where code == SQLITE_AUTH || message.contains("not authorized") {
            throw StorageError.notReadOnly("the statement writes, attaches a database or sets a pragma")
        } catch let StorageError.sqlite(_, message, _) {
            throw StorageError.queryFailed(message)
        }
        guard statement.isReadOnly else { throw StorageError.notReadOnly("the statement is not a read") }
        guard statement.tail.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            throw StorageError.notReadOnly("give one statement at a time (text follows the first statement)")
        }
        let columns = (0..<statement.columnCount).map(statement.columnName)
        var rows: [[SQLValue]] = []
        do {
            while try statement.step() { rows.append((0..<statement.columnCount).map(statement.value)) }
        } catch let StorageError.sqlite(_, message, _) {
            throw StorageError.queryFailed(message)
        }
        return QueryResult(columns: columns, rows: rows)
    }
}
