import Foundation

/// The sitan database: schema, migrations and the queries the commands share.
package final class Store {
    package static let schemaVersion = migrations.count
    package let database: Database

    /// Opens the database at `path`, creating or migrating it.
    package init(path: String) throws {
        database = try Database(path: path)
        try migrate()
        try requireSchema()
    }

    /// Opens an existing database for a command that reads it and records in it (an analysis and
    /// its release); a missing file is an error, not a new database.
    package convenience init(existingPath path: String) throws {
        try Self.requireFile(path)
        try self.init(path: path)
    }

    private static func requireFile(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StorageError.cannotOpen(path: path, message: "no such file; run `sitan init` or `sitan ingest` first")
        }
    }

    /// Opens an existing database for reading (no migration, `query_only` on).
    ///
    /// The connection is opened read-write when the file allows it, so that SQLite can roll back
    /// the journal an interrupted ingest left behind; `PRAGMA query_only` then refuses writes.
    /// - Parameter checkingSchema: refuse a database that lacks one of sitan's tables or
    ///   columns; false only for raw access (`sitan query`), which may be how a user looks into it.
    package init(readOnlyPath path: String, checkingSchema: Bool = true) throws {
        try Self.requireFile(path)
        database = try Database(path: path, readOnly: !FileManager.default.isWritableFile(atPath: path))
        try database.execute("PRAGMA query_only = 1")
        // An empty file, or another program's SQLite database, has none of sitan's tables.
        guard try database.scalar("PRAGMA user_version") > 0 else {
            throw StorageError.database(path: path, problem: Database.notSitanDatabase)
        }
        if checkingSchema { try requireSchema() }
    }

    /// The migrations in order: applying entry `i` takes the schema to version `i + 1`.
    static let migrations = [schemaV1, schemaV2, migrationV3, schemaV4, schemaV5, migrationV6, migrationV7]

    private func migrate() throws {
        let version = Int(try database.scalar("PRAGMA user_version"))
        if version > Self.schemaVersion { throw StorageError.newerSchema(found: version, supported: Self.schemaVersion) }
        for (index, sql) in Self.migrations.enumerated() where index >= version {
            try database.transaction {
                try database.execute(sql)
                try database.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    /// Version 2: sources removed with `sitan remove` stay on record.
    static let schemaV2 = """
        CREATE TABLE IF NOT EXISTS removals(
            name TEXT NOT NULL,
            country TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            codebook_sha256 TEXT NOT NULL,
            rows_read INTEGER NOT NULL,
            rows_loaded INTEGER NOT NULL,
            rows_rejected INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            removed_at TEXT NOT NULL,
            sitan_version TEXT NOT NULL
        );
        """

    /// Version 3: every survey source belongs to a survey round (`sources.survey`). Databases
    /// written before rounds existed get the round a codebook without `survey:` would give:
    /// `COUNTRY-YEAR`, or the country alone when the source has no year.
    static let migrationV3 = """
        ALTER TABLE sources ADD COLUMN survey TEXT;
        UPDATE sources SET survey = country || coalesce('-' || year, '') WHERE kind = 'survey';
        """

    /// Version 6: how each survey was carried out (the codebook's `methods:`, as JSON; null
    /// when the codebook does not say, and for sources loaded before).
    static let migrationV6 = """
        ALTER TABLE sources ADD COLUMN methods TEXT;
        """

    /// Version 7: who was asked each question (the codebook's `asked_if:` per variable, as
    /// JSON; null when the codebook says nothing, and for sources loaded before).
    static let migrationV7 = """
        ALTER TABLE sources ADD COLUMN asked_if TEXT;
        """

    /// Version 5: microdata exports (`sitan export`): which round, format and file, when.
    static let schemaV5 = """
        CREATE TABLE IF NOT EXISTS exports(
            id INTEGER PRIMARY KEY,
            survey TEXT NOT NULL,
            format TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows INTEGER NOT NULL,
            exported_at TEXT NOT NULL
        );
        """

    /// Version 4: the release ledger: what was published, from which data set, by which command.
    static let schemaV4 = """
        CREATE TABLE IF NOT EXISTS ledgers(
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            command TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS releases(
            id INTEGER PRIMARY KEY,
            ledger_id INTEGER NOT NULL REFERENCES ledgers(id),
            released_at TEXT NOT NULL,
            command TEXT NOT NULL,
            dataset TEXT NOT NULL,
            published TEXT NOT NULL,
            protected TEXT NOT NULL
        );
        """

    static let schemaV1 = """
        CREATE TABLE IF NOT EXISTS sources(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            description TEXT,
            synthetic INTEGER NOT NULL DEFAULT 0,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            size_bytes INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            codebook TEXT NOT NULL,
            codebook_sha256 TEXT NOT NULL,
            sitan_version TEXT NOT NULL,
            rows_read INTEGER NOT NULL,
            rows_loaded INTEGER NOT NULL,
            rows_rejected INTEGER NOT NULL,
            safe_columns TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL,
            CHECK (rows_read = rows_loaded + rows_rejected)
        );
        CREATE TABLE IF NOT EXISTS rejects(
            source_id INTEGER NOT NULL REFERENCES sources(id),
            line INTEGER NOT NULL,
            "column" INTEGER NOT NULL,
            field TEXT,
            reason TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS variables(
            name TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            categories TEXT,
            labels TEXT NOT NULL,
            category_labels TEXT NOT NULL,
            origin TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS survey(_source INTEGER NOT NULL, _line INTEGER NOT NULL,
            _id TEXT, _weight REAL, _stratum TEXT, _psu TEXT, _fpc REAL);
        CREATE TABLE IF NOT EXISTS incidents(_source INTEGER NOT NULL, _line INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS population(_source INTEGER NOT NULL, _line INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS counts(_source INTEGER NOT NULL, _line INTEGER NOT NULL);
        """

    /// The columns a table has now.
    package func columns(of table: String) throws -> Set<String> {
        Set(try database.rows("SELECT name FROM pragma_table_info(?)", [.text(table)]).compactMap { $0.first?.string })
    }
}
