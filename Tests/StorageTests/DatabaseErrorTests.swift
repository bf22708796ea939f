import CSQLite
import Foundation
import Testing

@testable import Storage

/// Errors from SQLite, OpenSSL and the file system reach the user as messages they can act on.
@Suite struct DatabaseErrorTests {
    @Test func aFileThatIsNotADatabaseIsNamedAsSuch() throws {
        let path = freshDatabasePath()
        try Data("not a database, just text\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try Store(path: path)
        } throws: { error in
            guard case let .database(_, problem) = error as? StorageError else { return false }
            return problem.contains("not a sitan database") && !String(describing: error).contains("SQLite")
        }
    }

    @Test func anEmptyFileOrAnotherProgramsDatabaseIsNotASitanDatabase() throws {
        let empty = freshDatabasePath()
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        let foreign = freshDatabasePath()
        try Database(path: foreign).execute("CREATE TABLE notes(x)")
        for path in [empty, foreign] {
            #expect {
                try Store(readOnlyPath: path)
            } throws: { error in
                guard case let .database(_, problem) = error as? StorageError else { return false }
                return problem == Database.notSitanDatabase
            }
        }
    }

    /// A table or column dropped by hand makes the file not a sitan database as it stands: every
    /// command says so, naming what is missing, instead of SQLite's "no such table" (or an answer
    /// from what is left). `sitan query` still opens it, to look into it.
    @Test func aDroppedTableOrColumnIsNamedAsDamage() throws {
        for (change, missing) in [
            ("DROP TABLE sources", "table \"sources\""), ("DROP TABLE releases", "table \"releases\""),
            ("DROP TABLE variables", "table \"variables\""), ("DROP TABLE survey", "table \"survey\""),
            ("ALTER TABLE survey DROP COLUMN _weight", "column \"_weight\" of its table \"survey\""),
        ] {
            let path = freshDatabasePath()
            try Store(path: path).database.execute(change)
            for open in [{ try Store(path: path) }, { try Store(readOnlyPath: path) }] {
                #expect {
                    _ = try open()
                } throws: { error in
                    guard let error = error as? StorageError, case let .database(_, problem) = error else { return false }
                    return problem.contains("not a sitan database") && problem.contains(missing + " is missing")
                        && error.diagnostic.kind == .environment && !error.description.contains("SQLite")
                }
            }
            #expect(try Store(readOnlyPath: path, checkingSchema: false).readOnlyQuery("SELECT 1").rows.count == 1)
        }
    }

    /// A database of an older schema version, read without migrating, is checked against its own
    /// version: version 3 had no release ledger yet.
    @Test func anOlderSchemaIsCheckedAgainstItsOwnVersion() throws {
        let path = freshDatabasePath()
        let database = try Database(path: path)
        for sql in Store.migrations.prefix(3) { try database.execute(sql) }
        try database.execute("PRAGMA user_version = 3")
        _ = try Store(readOnlyPath: path)
        try database.execute("DROP TABLE removals")
        #expect(throws: StorageError.self) { try Store(readOnlyPath: path) }
    }

    @Test func sqliteWordsAreNeverTheMessage() {
        let io = Database.mapped(code: SQLITE_IOERR, message: "disk I/O error", sql: nil, path: "t.sqlite")
        #expect(io.description == "error: database t.sqlite: the file cannot be read or written; check the disk and the file's permissions")
        let unexpected = Database.mapped(code: SQLITE_ERROR, message: "no such table: sources", sql: nil, path: "t.sqlite").diagnostic
        #expect(unexpected.message == "a database operation failed unexpectedly" && unexpected.kind == .environment)
        #expect(unexpected.hint?.hasPrefix("SQLite said: no such table: sources (code 1);") == true)
    }

    @Test func aStatementSQLiteCannotRunIsTheQuerysFault() throws {
        let store = try Store(path: freshDatabasePath())
        #expect {
            try store.readOnlyQuery("SELECT nope FROM sources")
        } throws: { error in
            guard let error = error as? StorageError, case .queryFailed("no such column: nope") = error else { return false }
            return error.diagnostic.kind == .usage
        }
    }

    @Test func tooManyColumnsIsADataLimit() throws {
        let database = try Database(path: freshDatabasePath())
        let columns = (0..<2001).map { "c\($0) INTEGER" }.joined(separator: ", ")
        #expect {
            try database.execute("CREATE TABLE wide(\(columns))")
        } throws: { error in
            guard let error = error as? StorageError, case .databaseLimit = error else { return false }
            return error.isDataError && error.description.contains("2000 columns")
        }
    }

    @Test func blobsAreReadAsBytesAndTextKeepsItsNULs() throws {
        let database = try Database(path: freshDatabasePath())
        let row = try #require(try database.rows("SELECT x'00ff41', 'a' || char(0) || 'b', x''").first)
        #expect(row == [.blob([0x00, 0xFF, 0x41]), .text("a\u{0}b"), .blob([])])
        #expect(row[0].string == "x'00ff41'")
        let statement = try database.prepare("SELECT ?")
        try statement.bind([.blob([1, 2, 0, 3])])
        #expect(try statement.step() && statement.value(0) == .blob([1, 2, 0, 3]))
    }

    @Test func digestsAreRightAndAFolderIsNotHashed() throws {
        #expect(try SHA256.digest(ofText: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let file = freshDatabasePath()
        try Data("abc".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try SHA256.hex(ofFile: file) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // fopen succeeds on a folder and fread fails: that used to give the hash of nothing.
        let folder = FileManager.default.temporaryDirectory.path
        #expect {
            try SHA256.hex(ofFile: folder)
        } throws: { error in
            guard case .cannotRead = error as? StorageError else { return false }
            return !(error as! StorageError).isDataError
        }
        #expect(throws: StorageError.self) { try SHA256.hex(ofFile: folder + "/no-such-file-\(UUID().uuidString)") }
    }
}
