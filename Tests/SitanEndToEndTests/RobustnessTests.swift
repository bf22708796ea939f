import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Ingest under a real kill, and memory that does not grow with the file.
@Suite(.serialized) struct RobustnessTests {
    let codebook = """
        source: {name: big-test, country: LT, kind: survey, year: 2024}
        file: {encoding: utf-8, delimiter: ";", decimal: ","}
        design: {id: nr, weight: svoris, strata: sluoksnis, psu: mokykla}
        columns:
          lytis: {variable: sex, codes: {"1": male, "2": female, "9": null}}
          amzius: {variable: age, type: integer, range: [11, 17]}
          k1: {variable: csa_contact_lifetime, codes: {"1": 1, "2": 0, "8": null, "9": null}}
          k2: {variable: csa_noncontact_lifetime, codes: {"1": 1, "2": 0, "8": null, "9": null}}
          apskritis: {variable: region, type: text}

        """

    /// Writes a synthetic file of `rows` rows and its codebook; returns their paths.
    func bigFile(rows: Int, in directory: URL) throws -> (String, String) {
        let path = directory.appendingPathComponent("big-\(rows).csv").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var chunk = "nr;svoris;sluoksnis;mokykla;lytis;amzius;k1;k2;apskritis\n"
        for i in 1...rows {
            chunk +=
                "\(i);\(10 + i % 7),\(i % 100);S\(i % 20);\(i % 400);\(1 + i % 2);\(11 + i % 7);\(1 + i % 3 / 2);\(i % 9 == 0 ? 8 : 2);Vilniaus apskritis\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()
        let book = try write(codebook, to: "big.codebook.yaml", in: directory)
        return (path, book)
    }

    var dictionary: String { SitanProcess.fixtures.appendingPathComponent("ingest/variables.yaml").path }

    func state(_ db: String) throws -> String {
        try SitanProcess.run([
            "query", "--db", db, "--format", "csv",
            "SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM survey) || '/' || (SELECT count(*) FROM rejects)",
        ]).stdout
    }

    @Test func killedIngestLeavesTheDatabaseAsItWas() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let fixture = SitanProcess.fixtures.appendingPathComponent("ingest")
        try SitanProcess.run([
            "ingest", "--db", db, fixture.appendingPathComponent("lv-survey.csv").path,
            "--codebook", fixture.appendingPathComponent("lv-survey.codebook.yaml").path,
        ])
        let before = try state(db)
        #expect(before.hasSuffix("\n1/4/6\n"))
        let (file, book) = try bigFile(rows: 400_000, in: directory)
        let process = Process()
        process.executableURL = SitanProcess.executable
        process.arguments = ["ingest", "--db", db, file, "--codebook", book, "--dictionary", dictionary]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the transaction has written to the database (its rollback journal exists), then kill.
        let journal = db + "-journal"
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: journal) && process.isRunning && Date() < deadline { usleep(20_000) }
        usleep(300_000)
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidway, "the ingest finished before it could be killed; make the file bigger")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try state(db) == before)
        let check = try SitanProcess.run(["query", "--db", db, "--format", "csv", "PRAGMA integrity_check"])
        #expect(check.stdout == "integrity_check\nok\n")
        // And the same file then loads completely.
        let again = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", book, "--dictionary", dictionary])
        #expect(again.status == 0 && again.stdout.contains("400000 rows read, 400000 loaded, 0 rejected"), "\(again.stderr)")
    }

    @Test func memoryDoesNotGrowWithTheFile() throws {
        let directory = temporaryDirectory()
        var peaks: [Int] = []
        for rows in [20_000, 200_000] {
            let (file, book) = try bigFile(rows: rows, in: directory)
            let db = directory.appendingPathComponent("m\(rows).sqlite").path
            let result = try SitanProcess.run(
                ["ingest", "--db", db, file, "--codebook", book, "--dictionary", dictionary],
                environment: ["SITAN_REPORT_PEAK_MEMORY": "1"])
            #expect(result.status == 0, "\(result.stderr)")
            let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("peak resident memory: ") })
            peaks.append(Int(line.dropFirst("peak resident memory: ".count).prefix { $0.isNumber }) ?? 0)
        }
        // Ten times the rows may not take more than a few MiB more memory (SQLite's page cache is bounded).
        #expect(peaks[1] - peaks[0] < 8 * 1024, "peak RSS (KiB) at 20k and 200k rows: \(peaks)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressOnlyWhenStderrIsATerminal() throws {
        let directory = temporaryDirectory()
        let (file, book) = try bigFile(rows: 200_000, in: directory)
        let command = [
            SitanProcess.executable.path, "ingest", "--db", directory.appendingPathComponent("p.sqlite").path, file,
            "--codebook", book, "--dictionary", dictionary,
        ].joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("reading big-200000.csv: ") && text.contains("200000 rows read"), "\(text.suffix(300))")
        let piped = try SitanProcess.run([
            "ingest", "--db", directory.appendingPathComponent("q.sqlite").path, file, "--codebook", book, "--dictionary", dictionary,
        ])
        #expect(!piped.stderr.contains("reading") && piped.status == 0)
    }
}
