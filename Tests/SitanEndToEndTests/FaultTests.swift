import Disclosure
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` at seeded random moments of an ingest, a `remove` and a `report`; processes
/// running at once; a file-size limit. After each the database passes `PRAGMA integrity_check`
/// and holds the state before or the state after the command, and a report folder holds the
/// previous report or the complete new one.
///
/// The suite kills each command `SITAN_FAULT_KILLS` times (default 6; `make faults` runs 50),
/// each at a moment drawn uniformly over the length of a complete run of that command.
@Suite(.serialized) struct FaultTests {
    static let kills = Int(ProcessInfo.processInfo.environment["SITAN_FAULT_KILLS"] ?? "") ?? 6
    static let hostile = HostileInputTests.folder

    /// A folder with a database holding `base.csv`, a larger survey file and its codebook.
    struct Setup {
        let folder: URL
        let base: String
        let big: String
        let codebook: String

        init(rows: Int = 20_000, name: String = "big") throws {
            folder = temporaryDirectory()
            base = folder.appendingPathComponent("base.sqlite").path
            let made = try SitanProcess.run(
                ["ingest", "--db", base, "base.csv", "--codebook", "base.codebook.yaml", "--dictionary", "variables.yaml"],
                in: FaultTests.hostile)
            #expect(made.status == 0, "\(made.stderr)")
            let lines = (1...rows).map { "\($0),\(1 + Double($0 % 7) / 2),\(1 + $0 % 2),\(11 + $0 % 7),\(1 + $0 % 3 / 2),\(name)\n" }
            big = try write("id,w,sex,age,q1,town\n" + lines.joined(), to: "\(name).csv", in: folder)
            let book = try String(contentsOf: FaultTests.hostile.appendingPathComponent("survey.codebook.yaml"), encoding: .utf8)
            codebook = try write(
                book.replacingOccurrences(of: "name: survey", with: "name: \(name)"), to: "\(name).codebook.yaml", in: folder)
        }

        func ingest(_ db: String) -> [String] {
            [
                "ingest", "--db", db, big, "--codebook", codebook, "--dictionary",
                FaultTests.hostile.appendingPathComponent("variables.yaml").path,
            ]
        }

        func copy(_ db: String, _ name: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.copyItem(atPath: db, toPath: path)
            return path
        }
    }

    /// Starts sitan, kills it with SIGKILL after `delay` seconds when it is still running;
    /// true when it was killed.
    static func kill(_ arguments: [String], after delay: TimeInterval) throws -> Bool {
        let process = Process()
        process.executableURL = SitanProcess.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        let running = process.isRunning
        if running { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running && process.terminationReason == .uncaughtSignal
    }

    /// Runs `attempt(delay)` until it reports a kill, at most three times, halving the delay after
    /// each run that finished first: on a loaded machine a run can take less time than the timed
    /// one did, and a run that finishes tests nothing. 1 when a run was killed, else 0.
    static func attempts(after delay: TimeInterval, _ attempt: (TimeInterval) throws -> Bool) throws -> Int {
        var delay = delay
        for _ in 0..<3 {
            if try attempt(delay) { return 1 }
            delay /= 2
        }
        return 0
    }

    /// The time a complete run takes, and its result.
    static func timed(_ arguments: [String]) throws -> (seconds: TimeInterval, result: SitanProcess.Output) {
        let start = Date()
        let result = try SitanProcess.run(arguments)
        return (Date().timeIntervalSince(start), result)
    }

    /// Kills `command(db)` at `kills` seeded moments on fresh copies of `start`; each must leave
    /// the state before or after. Returns how many runs were killed before they finished.
    static func killRepeatedly(
        seed: UInt64, setup: Setup, start: String, _ command: (String) -> [String], check: ((String) throws -> Void)? = nil
    ) throws -> Int {
        let before = try HostileInputTests.state(start)
        let complete = try setup.copy(start, "complete.sqlite")
        let (seconds, result) = try timed(command(complete))
        #expect(result.status == 0, "\(result.stderr)")
        let after = try HostileInputTests.state(complete)
        #expect(before != after && after.contains(",ok,"))
        var random = SplitMix64(seed: seed)
        var killed = 0
        for index in 0..<kills {
            killed += try attempts(after: Double.random(in: 0..<seconds, using: &random)) { delay in
                let db = try setup.copy(start, "kill.sqlite")
                let wasKilled = try kill(command(db), after: delay)
                let state = try HostileInputTests.state(db)
                #expect(
                    state == before || state == after,
                    "kill \(index): \(state.prefix(60)) is neither \(before.prefix(60)) nor \(after.prefix(60))")
                try check?(db)
                return wasKilled
            }
        }
        return killed
    }

    @Test func killedIngestsLeaveTheStateBeforeOrAfter() throws {
        let setup = try Setup()
        let killed = try Self.killRepeatedly(seed: 1, setup: setup, start: setup.base, setup.ingest)
        #expect(killed >= Self.kills / 2, "only \(killed) of \(Self.kills) runs were killed before they finished")
    }

    @Test func killedRemovesLeaveTheStateBeforeOrAfter() throws {
        let setup = try Setup()
        let loaded = try setup.copy(setup.base, "loaded.sqlite")
        #expect(try SitanProcess.run(setup.ingest(loaded)).status == 0)
        let killed = try Self.killRepeatedly(seed: 2, setup: setup, start: loaded) { ["remove", "--db", $0, "big"] }
        #expect(killed >= Self.kills / 2, "only \(killed) of \(Self.kills) runs were killed before they finished")
    }

    /// Every file under `folder` (relative path and contents), sorted; empty when it is absent.
    static func contents(of folder: URL) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return files.sorted().map { path in
            path + ":" + ((try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? "<folder>")
        }
    }

    @Test func killedReportsLeaveThePreviousOrTheCompleteReport() throws {
        let setup = try Setup()
        let loaded = try setup.copy(setup.base, "loaded.sqlite")
        #expect(try SitanProcess.run(setup.ingest(loaded)).status == 0)
        let out = setup.folder.appendingPathComponent("report")
        let first = try SitanProcess.run(["report", "--db", setup.base, "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let previous = Self.contents(of: out)
        let reference = setup.folder.appendingPathComponent("reference")
        try FileManager.default.copyItem(at: out, to: reference)
        let (seconds, result) = try Self.timed(["report", "--db", loaded, "--out", reference.path])
        #expect(result.status == 0, "\(result.stderr)")
        let complete = Self.contents(of: reference)
        #expect(complete != previous)
        var random = SplitMix64(seed: 3)
        var killed = 0
        for index in 0..<Self.kills {
            killed += try Self.attempts(after: Double.random(in: 0..<seconds, using: &random)) { delay in
                let wasKilled = try Self.kill(["report", "--db", loaded, "--out", out.path], after: delay)
                let now = Self.contents(of: out)
                #expect(now == previous || now == complete, "kill \(index): the report folder is a mix")
                if now == complete {  // start the next kill from the previous report again
                    try FileManager.default.removeItem(at: out)
                    try FileManager.default.copyItem(at: reference, to: out)
                    let restore = try SitanProcess.run(["report", "--db", setup.base, "--out", out.path])
                    #expect(restore.status == 0 && Self.contents(of: out) == previous)
                }
                return wasKilled
            }
        }
        #expect(killed >= Self.kills / 2, "only \(killed) of \(Self.kills) runs were killed before they finished")
        // A complete run removes what killed runs left beside the folder.
        #expect(try SitanProcess.run(["report", "--db", loaded, "--out", out.path]).status == 0)
        #expect(Self.contents(of: out) == complete)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { $0.hasPrefix(".report") }
        #expect(siblings.isEmpty, "left beside the report folder: \(siblings)")
        // A folder holding other files is written in place, and keeps them.
        try "kept\n".write(to: out.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        #expect(try SitanProcess.run(["report", "--db", setup.base, "--out", out.path]).status == 0)
        #expect(Set(Self.contents(of: out)) == Set(previous + ["notes.txt:kept\n"]))
    }

    @Test func twoIngestsAndAReportAtOnce() throws {
        let one = try Setup(rows: 20_000, name: "one")
        let two = try Setup(rows: 20_000, name: "two")
        let db = one.base
        let commands = [one.ingest(db), two.ingest(db), ["report", "--db", db, "--out", one.folder.appendingPathComponent("r").path]]
        let processes = try commands.map { try Self.launch($0) }
        var loaded = 0
        for (index, (process, err)) in processes.enumerated() {
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let status = process.terminationStatus
            #expect(status == 0 || (status == 1 && stderr.contains("another sitan process")), "\(commands[index][0]): \(status) \(stderr)")
            for text in HostileInputTests.forbidden { #expect(!stderr.contains(text), "\(stderr)") }
            if index < 2 && status == 0 { loaded += 1 }
        }
        let state = try HostileInputTests.state(db).split(separator: ",")
        #expect(state.first == "\(1 + loaded)" && state.dropFirst(4).first == "ok", "\(state.prefix(5))")
    }

    /// Starts sitan with `arguments`, its standard error in a pipe.
    static func launch(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = SitanProcess.executable
        process.arguments = arguments
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        return (process, err)
    }

    /// An ingest that commits while a report reads the data: the report read a survey round's
    /// rows and then its categories in separate queries, and the new rows between them made it
    /// trap (index out of range). It now reads one snapshot; an estimate started meanwhile waits
    /// for the ingest and records its release in the same transaction as its reads; the report
    /// records its release in the one ledger, computed again if the estimate recorded first.
    @Test func aReportAndAnEstimateDuringAnIngestReadOneStateOfTheData() throws {
        let one = try Setup(rows: 20_000, name: "one")
        let two = try Setup(rows: 20_000, name: "two")
        let made = try SitanProcess.run(two.ingest(one.base))
        #expect(made.status == 0, "\(made.stderr)")
        for delay in [0.1, 0.3, 0.5] {
            let db = try one.copy(one.base, "during-\(delay).sqlite")
            let report = ["report", "--db", db, "--out", one.folder.appendingPathComponent("r-\(delay)").path]
            let estimate = ["estimate", "--db", db, "csa_contact_lifetime", "--by", "sex"]
            var processes: [(Process, Pipe, [String])] = []
            for (arguments, wait) in [(report, delay), (one.ingest(db), 0.1), (estimate, 0)] {
                let (process, err) = try Self.launch(arguments)
                processes.append((process, err, arguments))
                usleep(useconds_t(wait * 1_000_000))
            }
            for (process, err, arguments) in processes {
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(arguments[0]) after \(delay) s: \(stderr)")
            }
            // Both releases in one ledger: two processes did not each start "the first ledger".
            let ledgers = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) FROM ledgers"]).stdout
            let estimates = try SitanProcess.run([
                "query", "--db", db, "--format", "csv", "SELECT count(*) FROM releases WHERE command LIKE 'sitan estimate%'",
            ]).stdout
            #expect(ledgers.hasSuffix("\n1\n") && estimates.hasSuffix("\n1\n"), "\(ledgers) \(estimates)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash for ulimit"))
    func aFileSizeLimitRollsBackAndLeavesNoJournal() throws {
        let setup = try Setup()
        let before = try HostileInputTests.state(setup.base)
        let size = try FileManager.default.attributesOfItem(atPath: setup.base)[.size] as? Int ?? 0
        // bash counts ulimit -f in KiB: room for 64 KiB more than the database holds.
        let limit = size / 1024 + 64
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "ulimit -f \(limit) && exec \"$0\" \"$@\"", SitanProcess.executable.path] + setup.ingest(setup.base)
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(process.terminationStatus): \(stderr)")
        #expect(stderr.contains("ulimit -f") && !stderr.contains("SQLite"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: setup.base + "-journal"), "a journal was left behind")
        #expect(try HostileInputTests.state(setup.base) == before)
    }
}
