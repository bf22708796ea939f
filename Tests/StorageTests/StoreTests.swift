import Foundation
import TestSupport
import Testing

@testable import Storage

func freshDatabasePath() -> String {
    Scratch.file("sitan-store", suffix: "sqlite").path
}

@Suite struct StoreTests {
    @Test func migrationCreatesTheSchemaOnceAndIsIdempotent() throws {
        let path = freshDatabasePath()
        _ = try Store(path: path)
        let store = try Store(path: path)
        #expect(try store.database.scalar("PRAGMA user_version") == Int64(Store.schemaVersion))
        let tables = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap {
            $0.first?.string
        }
        #expect(
            tables == [
                "counts", "exports", "incidents", "ledgers", "population", "rejects", "releases", "removals", "sources", "survey",
                "variables",
            ])
        #expect(try store.columns(of: "survey").isSuperset(of: ["_source", "_line", "_weight", "_stratum", "_psu", "_fpc", "_id"]))
    }

    @Test func releasesAreRecordedInTheCurrentLedger() throws {
        let store = try Store(path: freshDatabasePath())
        let first = try store.currentLedger()
        try store.recordRelease(command: "sitan estimate y", dataset: "survey", published: "[]", protected: "[]")
        let second = try store.startLedger(reason: "new publication", command: "sitan releases --new-ledger")
        try store.recordRelease(command: "sitan estimate z", dataset: "survey", published: "[]", protected: "[]")
        let current = try store.currentLedger()
        #expect(second != first && current == second)
        #expect(try store.releases(ledger: first).map(\.command) == ["sitan estimate y"])
        #expect(try store.releases(ledger: second).map(\.command) == ["sitan estimate z"])
        #expect(try store.ledgers().map(\.reason).last == "new publication")
    }

    @Test func newerSchemaIsRefused() throws {
        let path = freshDatabasePath()
        try Database(path: path).execute("PRAGMA user_version = 99")
        #expect(throws: StorageError.self) { try Store(path: path) }
    }

    @Test func transactionRollsBackOnError() throws {
        let store = try Store(path: freshDatabasePath())
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.database.transaction {
                try store.database.execute("INSERT INTO variables VALUES ('x', 'binary', NULL, '{}', '{}', 'test')")
                throw Boom()
            }
        }
        #expect(try store.database.scalar("SELECT count(*) FROM variables") == 0)
    }

    @Test func statementsBindEveryType() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t(a, b, c, d)")
        let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        try insert.bind([.integer(7), .real(2.5), .text("Žemaitija"), .null])
        try insert.run()
        #expect(try database.rows("SELECT a, b, c, d FROM t") == [[.integer(7), .real(2.5), .text("Žemaitija"), .null]])
    }

    @Test func version1DatabasesGetTheirSurveyRoundsFromCountryAndYear() throws {
        let path = freshDatabasePath()
        let old = try Database(path: path)
        try old.execute(Store.schemaV1 + "PRAGMA user_version = 1;")
        try old.execute(
            """
            INSERT INTO sources(name, country, kind, year, file, sha256, size_bytes, encoding, codebook, codebook_sha256,
                sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at)
            VALUES ('a', 'LV', 'survey', 2019, 'a.csv', 'h1', 1, 'utf-8', 'c', 'x', '0', 0, 0, 0, 't'),
                   ('b', 'PL', 'survey', NULL, 'b.csv', 'h2', 1, 'utf-8', 'c', 'x', '0', 0, 0, 0, 't'),
                   ('c', 'LV', 'incidents', 2019, 'c.csv', 'h3', 1, 'utf-8', 'c', 'x', '0', 0, 0, 0, 't')
            """)
        let store = try Store(path: path)
        #expect(try store.database.scalar("PRAGMA user_version") == Int64(Store.schemaVersion))
        #expect(try store.sources().map(\.survey) == ["LV-2019", "PL", nil])
    }

    @Test func readOnlyQueryRefusesEveryWrite() throws {
        let path = freshDatabasePath()
        _ = try Store(path: path)
        let store = try Store(readOnlyPath: path)
        #expect(try store.readOnlyQuery("SELECT count(*) AS n FROM sources").rows == [[.integer(0)]])
        for sql in [
            "DELETE FROM sources", "INSERT INTO variables VALUES ('x','binary',NULL,'{}','{}','t')", "UPDATE sources SET name = 'x'",
            "DROP TABLE survey", "CREATE TABLE x(y)", "ATTACH DATABASE ':memory:' AS other", "PRAGMA user_version = 5",
            "PRAGMA query_only = 0", "VACUUM", "WITH x AS (SELECT 1) DELETE FROM sources", "SELECT 1; DELETE FROM sources",
        ] {
            #expect(throws: StorageError.self, "\(sql)") { try store.readOnlyQuery(sql) }
        }
        #expect(try Store(path: path).database.scalar("PRAGMA user_version") == Int64(Store.schemaVersion))
    }

    @Test func missingDatabaseSaysWhatToDo() {
        #expect {
            try Store(readOnlyPath: "/nonexistent/x.sqlite")
        } throws: { error in
            "\(error)".contains("sitan init")
        }
    }
}

@Suite struct StoreMigrationTests {
    /// A version-1 database (before `removals`) gains the table when opened, keeping its sources.
    @Test func versionOneIsMigratedToTwo() throws {
        let path = freshDatabasePath()
        let old = try Database(path: path)
        try old.execute(Store.schemaV1 + "PRAGMA user_version = 1;")
        let store = try Store(path: path)
        #expect(try store.database.scalar("PRAGMA user_version") == Int64(Store.schemaVersion))
        #expect(try store.columns(of: "removals").isSuperset(of: ["name", "sha256", "rows_loaded", "removed_at"]))
        #expect(try store.remove(source: "nothing", sitanVersion: "t") == nil)
    }

    /// Every older version is brought up one step at a time to the current schema, and a
    /// version-4 database (before `exports`) gains the exports table, a version-5 one the
    /// sources' `methods`.
    @Test(arguments: 1..<Store.schemaVersion) func everyOlderVersionIsMigrated(from version: Int) throws {
        let path = freshDatabasePath()
        let old = try Database(path: path)
        for sql in Store.migrations.prefix(version) { try old.execute(sql) }
        try old.execute("PRAGMA user_version = \(version)")
        let store = try Store(path: path)
        #expect(try store.database.scalar("PRAGMA user_version") == Int64(Store.schemaVersion))
        #expect(try store.columns(of: "exports").isSuperset(of: ["survey", "format", "file", "sha256", "rows", "exported_at"]))
        #expect(try store.columns(of: "releases").contains("ledger_id"))
        #expect(try store.columns(of: "sources").contains("methods"))
    }
}
