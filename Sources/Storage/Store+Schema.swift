extension Store {
    /// Refuses a database that lacks a table or column of sitan's schema at its version: one
    /// changed by hand (a dropped table) or damaged, which would otherwise fail later in
    /// SQLite's words, or give an answer from what is left.
    ///
    /// The expected schema is the one the migrations up to the database's version create, so a
    /// database of an older version, read without migrating, is checked against its own
    /// version. Columns sitan adds per variable are not checked.
    ///
    /// - Throws: `StorageError.database` naming the first missing table or column.
    func requireSchema() throws {
        let version = Int(try database.scalar("PRAGMA user_version"))
        let reference = try Database(path: ":memory:")
        for sql in Self.migrations.prefix(version) { try reference.execute(sql) }
        let tables = try reference.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid").compactMap {
            $0.first?.string
        }
        for table in tables {
            let found = try columns(of: table)
            guard !found.isEmpty else { throw damaged("its table \"\(table)\" is missing") }
            let expected = try reference.rows("SELECT name FROM pragma_table_info(?) ORDER BY cid", [.text(table)])
            if let column = expected.compactMap({ $0.first?.string }).first(where: { !found.contains($0) }) {
                throw damaged("the column \"\(column)\" of its table \"\(table)\" is missing")
            }
        }
    }

    private func damaged(_ what: String) -> StorageError {
        .database(
            path: database.path,
            problem: "the file is not a sitan database as it stands: \(what) (damaged, or changed by hand); "
                + "rebuild it from the raw files (`sitan ingest` into a new --db, or `make database`) or restore it from a backup")
    }
}
