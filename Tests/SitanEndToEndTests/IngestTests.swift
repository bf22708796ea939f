import Foundation
import Testing

/// End-to-end tests of ingest, validate, sources, rejects and query, on the built binary.
@Suite struct IngestTests {
    let fixture = SitanProcess.fixtures.appendingPathComponent("ingest")
    var csv: String { fixture.appendingPathComponent("lv-survey.csv").path }
    var codebook: String { fixture.appendingPathComponent("lv-survey.codebook.yaml").path }

    @Test func ingestAccountsForEveryRow() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        let result = try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("10 rows read, 4 loaded, 6 rejected"))
        #expect(result.stderr.contains("lv-survey.csv:5:22: warning: row quarantined: out of range [11, 17] in column \"vecums\""))
        let rejects = try SitanProcess.run(["rejects", "--db", db, "--format", "csv"]).stdout
        let expected = [
            "lv-test-survey,lv-survey.csv,5,22,vecums,\"out of range [11, 17]\"",
            "lv-test-survey,lv-survey.csv,6,18,dzimums,\"unknown code (the codebook expects \"\"1\"\", \"\"2\"\", \"\"9\"\")\"",
            "lv-test-survey,lv-survey.csv,7,31,datums,not a valid date in the form dd.MM.yyyy",
            "lv-test-survey,lv-survey.csv,8,53,,malformed quoted field (a stray or unclosed quote)",
            "lv-test-survey,lv-survey.csv,9,1,,\"expected 11 fields, found 9\"",
            "lv-test-survey,lv-survey.csv,10,3,svars,weight not a number (the codebook says decimal comma)",
        ]
        #expect(rejects.split(separator: "\n").dropFirst().map(String.init) == expected)
        let sources = try SitanProcess.run(["sources", "--db", db, "--format", "json"]).stdout
        let parsed = try JSONSerialization.jsonObject(with: Data(sources.utf8)) as? [[String: Any]]
        let source = try #require(parsed?.first)
        #expect(source["rows_read"] as? Int == 10 && source["rows_loaded"] as? Int == 4 && source["rows_rejected"] as? Int == 6)
        #expect((source["sha256"] as? String)?.count == 64 && (source["codebook_sha256"] as? String)?.count == 64)
        #expect(source["name"] as? String == "lv-test-survey" && source["file"] as? String == "lv-survey.csv")
    }

    @Test func harmonisedValuesAreDecodedFromWindows1257() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        let rows = try SitanProcess.run(
            [
                "query", "--db", db, "--format", "csv",
                "SELECT _line, _weight, _stratum, sex, age, age_group, region, interview_year, csa_any_lifetime FROM survey ORDER BY _line",
            ]
        ).stdout
        #expect(
            rows == """
                _line,_weight,_stratum,sex,age,age_group,region,interview_year,csa_any_lifetime
                2,12.5,Rīga,male,12,11-13,Rīga,2024,0
                3,12.5,Rīga,female,14,14-15,Rīga,2024,1
                4,8.25,Kurzeme,female,16,16-17,Kurzeme,2024,1
                11,9.5,Zemgale,female,15,14-15,Zemgale,2024,1

                """)
    }

    @Test func sameFileTwiceIsRefusedAndReplaceReloads() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        let again = try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        #expect(again.status == 65 && again.stderr.contains("already loaded") && again.stderr.contains("--replace"))
        let replaced = try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook, "--replace"])
        #expect(replaced.status == 0 && replaced.stdout.contains("4 replaced"))
        let count = try SitanProcess.run([
            "query", "--db", db, "--format", "csv",
            "SELECT count(*), (SELECT count(*) FROM sources), (SELECT count(*) FROM rejects) FROM survey",
        ])
        #expect(count.stdout == "count(*),(SELECT count(*) FROM sources),(SELECT count(*) FROM rejects)\n4,1,6\n")
    }

    @Test func strictRefusesTheWholeFile() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let result = try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook, "--strict"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("--strict: 6 row(s) rejected, nothing was loaded"))
        #expect(result.stderr.contains("lv-survey.csv:5:22: column \"vecums\": out of range [11, 17]"))
        let count = try SitanProcess.run([
            "query", "--db", db, "--format", "csv", "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM survey)",
        ])
        #expect(count.stdout.hasSuffix("\n0\n"))
    }

    @Test func validateWritesNothing() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let result = try SitanProcess.run(["validate", "--db", db, csv, "--codebook", codebook])
        #expect(result.status == 0 && result.stdout.contains("10 rows read, 4 checked, 6 rejected"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// A dry run checks against the database it would write to: a corrected file under a source
    /// name already taken is refused as the real ingest would refuse it, and nothing is written
    /// either way; without a database none is created.
    @Test func dryRunChecksAgainstTheDatabaseAndWritesNothing() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let first = try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook, "--dry-run"])
        #expect(first.status == 0 && first.stdout.contains("10 rows read, 4 checked, 6 rejected"), "\(first.stdout)")
        #expect(!FileManager.default.fileExists(atPath: db))
        try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        bytes.append(contentsOf: Array("11;9,5;Zemgale;401;1;13;Zemgale;07.04.2024;2;2;\r\n".utf8))
        let corrected = directory.appendingPathComponent("lv-survey-v2.csv")
        try bytes.write(to: corrected)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let refused = try SitanProcess.run(["ingest", "--db", db, corrected.path, "--codebook", codebook, "--dry-run"])
        #expect(refused.status == 65 && refused.stderr.contains("already loaded (from lv-survey.csv"), "\(refused.stderr)")
        let replaced = try SitanProcess.run(["ingest", "--db", db, corrected.path, "--codebook", codebook, "--dry-run", "--replace"])
        #expect(replaced.status == 0 && replaced.stdout.contains("11 rows read, 5 checked, 6 rejected"), "\(replaced.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "a dry run wrote to the database")
    }

    @Test func databaseFromEnvironment() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("env.sqlite").path
        let result = try SitanProcess.run(["ingest", csv, "--codebook", codebook], environment: ["SITAN_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func queryIsReadOnly() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        for sql in [
            "DELETE FROM survey", "INSERT INTO sources(name) VALUES ('x')", "ATTACH DATABASE '/tmp/x.sqlite' AS x",
            "PRAGMA user_version = 99", "CREATE TABLE t(x)", "DROP TABLE survey", "UPDATE survey SET age = 1",
        ] {
            let result = try SitanProcess.run(["query", "--db", db, sql])
            #expect(result.status != 0, "\(sql)")
            #expect(result.stderr.contains("read-only"), "\(sql): \(result.stderr)")
        }
        let count = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM survey"])
        #expect(count.stdout == "n\n4\n")
        let pragma = try SitanProcess.run(["query", "--db", db, "--format", "csv", "PRAGMA user_version"])
        #expect(pragma.status == 0 && pragma.stdout == "user_version\n7\n")
    }

    /// A partner's corrected file under the same source name must not be stacked on the old one.
    @Test func correctedFileUnderTheSameSourceNeedsReplace() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        bytes.append(contentsOf: Array("11;9,5;Zemgale;401;1;13;Zemgale;07.04.2024;2;2;\r\n".utf8))
        let corrected = directory.appendingPathComponent("lv-survey-v2.csv")
        try bytes.write(to: corrected)
        let refused = try SitanProcess.run(["ingest", "--db", db, corrected.path, "--codebook", codebook])
        #expect(
            refused.status == 65 && refused.stderr.contains("already loaded (from lv-survey.csv, a different file)"), "\(refused.stderr)")
        let replaced = try SitanProcess.run(["ingest", "--db", db, corrected.path, "--codebook", codebook, "--replace"])
        #expect(replaced.status == 0 && replaced.stdout.contains("11 rows read, 5 replaced, 6 rejected"), "\(replaced.stdout)")
        let state = try SitanProcess.run([
            "query", "--db", db, "--format", "csv", "SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM survey)",
        ])
        #expect(state.stdout.hasSuffix("\n1/5\n"))
    }

    /// Several files under one codebook in one run are parts of one source, all kept.
    @Test func severalFilesInOneRunAreAllLoaded() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let part2 = directory.appendingPathComponent("lv-survey-part2.csv")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        bytes.append(contentsOf: Array("12;9,5;Zemgale;401;1;13;Zemgale;07.04.2024;2;2;\r\n".utf8))
        try bytes.write(to: part2)
        let result = try SitanProcess.run(["ingest", "--db", db, csv, part2.path, "--codebook", codebook])
        #expect(result.status == 0, "\(result.stderr)")
        let state = try SitanProcess.run([
            "query", "--db", db, "--format", "csv", "SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM survey)",
        ])
        #expect(state.stdout.hasSuffix("\n2/9\n"))
    }
}
