import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One hostile input from Tests/Fixtures/hostile/manifest.tsv.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// A sitan command run first on the same database (its exit code is not checked).
    let setup: [String]?
    let command: [String]
    let exitCodes: Set<Int32>
    /// The expectation's kind (`position`, `error`, `quarantine`, ...) and its words.
    let expectation: [String]
    /// Why the case fails today, when the fix lies outside this branch's files.
    let knownIssue: String?

    var testDescription: String { name }
}

/// Every file of the hostile corpus through the built binary: no crash, no hang, the expected
/// exit code and message, and no partial write.
@Suite struct HostileInputTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("hostile")
    static let timeout: TimeInterval = 90
    /// Text that means an internal error reached the user.
    static let forbidden = ["SQLite", "NSCocoaErrorDomain", "Error Domain=", "Foundation", "Fatal error", "Swift/", "Backtracing"]

    static let cases: [HostileCase] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func words(_ s: String) -> [String] { s.split(separator: " ").map { $0.replacingOccurrences(of: "\\x20", with: " ") } }
            return HostileCase(
                name: f[0], setup: f[1] == "-" ? nil : words(f[1]), command: words(f[2]),
                exitCodes: Set(f[3].split(separator: "|").compactMap { Int32($0) }), expectation: words(f[4]),
                knownIssue: f[5] == "-" ? nil : f[5])
        }
    }()

    /// The database each case starts from (one survey source, `base`) and its state.
    static let base: (path: String, state: String) = {
        let path = temporaryDirectory().appendingPathComponent("base.sqlite").path
        let run = try? SitanProcess.run(
            ["ingest", "--db", path, "base.csv", "--codebook", "base.codebook.yaml", "--dictionary", "variables.yaml"], in: folder)
        return (path, run?.status == 0 ? (try? state(path)) ?? "" : "")
    }()

    @Test func theCorpusIsComplete() {
        #expect(Self.cases.count >= 80)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names must be unique")
        #expect(Self.base.state.hasPrefix("1,0,6,40,ok,"), "the base database: \(Self.base.state)")
    }

    @Test(arguments: cases)
    func hostileInput(_ hostile: HostileCase) throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("case.sqlite").path
        try FileManager.default.copyItem(atPath: Self.base.path, toPath: db)
        func substitute(_ arguments: [String]) -> [String] {
            arguments.map { $0.replacingOccurrences(of: "{db}", with: db).replacingOccurrences(of: "{tmp}", with: directory.path) }
        }
        var before = Self.base.state
        if let setup = hostile.setup {
            let result = try Self.run(substitute(setup))
            #expect(result.status < 128, "setup crashed: \(result.stderr.prefix(300))")
            before = try Self.state(db)
        }
        if let reason = hostile.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try check(hostile, substitute(hostile.command), db: db, before: before) }
        } else {
            try check(hostile, substitute(hostile.command), db: db, before: before)
        }
    }

    private func check(_ hostile: HostileCase, _ command: [String], db: String, before: String) throws {
        let result = try Self.run(command)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let context = Comment(rawValue: "exit \(result.status); stderr: \(result.stderr.prefix(400)); stdout: \(result.stdout.suffix(200))")
        #expect(!result.timedOut, "hang: no answer within \(Int(Self.timeout)) s")
        #expect(result.status < 128 && !result.signalled, "crash")
        #expect(hostile.exitCodes.contains(result.status), context)
        for text in Self.forbidden { #expect(!result.stderr.contains(text), "internal text \"\(text)\" reached the user: \(context)") }
        #expect(lines.allSatisfy { $0.count <= 2000 }, "a diagnostic line is over 2000 characters long")
        try expect(hostile.expectation, result, lines: lines, db: db, before: before, context: context)
        if hostile.expectation.first == "identifier" { try expectNotEchoed(command, result) }
        // Commands that may write, and every refusal of the data: nothing half-written, nothing damaged.
        guard command.first == "ingest" || result.status == 65 else { return }
        let after = try Self.state(db)
        #expect(after.split(separator: ",").dropFirst(4).first == "ok", "integrity check: \(after.prefix(100))")
        if result.status != 0 { #expect(after == before, "a failed command changed the database") }
    }

    private func expect(
        _ expectation: [String], _ result: HostileRun, lines: [String], db: String, before: String, context: Comment
    ) throws {
        let words = expectation.dropFirst().joined(separator: " ")
        switch expectation.first {
        case "position":
            #expect(lines.count == 1 && Self.hasPosition(lines.first ?? ""), context)
            #expect(lines.first?.hasPrefix(words) == true, context)
        case "error":
            #expect(lines.count == 1 && Self.isDiagnostic(lines[0]) && lines[0].contains(words), context)
        case "errornot":
            #expect(lines.count == 1 && Self.isDiagnostic(lines[0]) && !lines[0].contains(words), context)
        case "usage":
            #expect(result.stderr.contains(words), context)
        case "refused":
            // A refusal that explains itself over several lines (every row rejected: the
            // commonest reasons and the likely fix follow the error line).
            #expect(lines.first.map(Self.isDiagnostic) == true && result.stderr.contains(words), context)
        case "quarantine":
            let n = expectation.dropFirst().compactMap { Int($0) }
            #expect(result.status == 0 && result.stdout.contains("\(n[0]) rows read, \(n[1]) loaded, \(n[2]) rejected"), context)
            let old = before.split(separator: ",").compactMap { Int($0) }
            let new = try Self.state(db).split(separator: ",").compactMap { Int($0) }
            #expect(new.count >= 4 && new[0] == old[0] + 1 && new[1] == old[1] + n[2], "sources and rejects: \(old) → \(new)")
            #expect(new.count >= 4 && (n[1] == 0 ? new[3] == old[3] : new[3] >= old[3] + n[1]), "data rows: \(old) → \(new)")
        case "identifier":
            // One positioned error naming the kind of identifier; the value is checked by expectNotEchoed.
            let position = expectation.dropFirst().first ?? ""
            let kind = expectation.dropFirst(2).joined(separator: " ")
            #expect(lines.count == 1 && Self.hasPosition(lines.first ?? ""), context)
            #expect(lines.first?.hasPrefix(position) == true && lines.first?.contains("looks like \(kind)") == true, context)
        case "ok":
            #expect(result.status == 0, context)
        default:
            break  // nocrash: the general checks only
        }
    }

    /// The refused value (the input's last quoted field) appears neither on stderr nor on
    /// stdout, whole or as its longest run of digits.
    private func expectNotEchoed(_ command: [String], _ result: HostileRun) throws {
        let input = Self.folder.appendingPathComponent(command[3])
        let text = try String(contentsOf: input, encoding: .utf8)
        let value = String(text.dropLast(2).split(separator: "\"", omittingEmptySubsequences: false).last ?? "")
        let runs: [Substring] = value.split(whereSeparator: { (character: Character) in !character.isNumber })
        let digits = runs.max(by: { $0.count < $1.count }).map(String.init) ?? ""
        #expect(value.count >= 8, "the refused value is read from the fixture")
        for output in [result.stderr, result.stdout] {
            #expect(!output.contains(value), "the refused value was echoed")
            #expect(digits.count < 4 || !output.contains(digits), "the refused value's digits were echoed")
        }
    }

    /// One error diagnostic: `error: ...`, `file: error: ...` or `file:line:column: error: ...`,
    /// with a single `error:`.
    static func isDiagnostic(_ line: String) -> Bool {
        guard line.components(separatedBy: "error: ").count == 2 else { return false }
        if line.hasPrefix("error: ") || hasPosition(line) { return true }
        guard let range = line.range(of: ": error: ") else { return false }
        return !line[..<range.lowerBound].contains(": ")
    }

    /// `file:line:column: error: ...` with numeric line and column.
    static func hasPosition(_ line: String) -> Bool {
        guard let range = line.range(of: ": error: ") else { return false }
        let prefix = line[..<range.lowerBound]
        guard !prefix.contains(": ") else { return false }  // `error: FILE:1:2: error:` is not a position first
        let parts = prefix.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count >= 3 && !parts[0].isEmpty && parts.suffix(2).allSatisfy { Int($0).map { $0 > 0 } ?? false }
    }

    /// Sources, rejects, variables and data rows, the integrity check and the schema, joined
    /// by commas.
    static func state(_ db: String) throws -> String {
        let sql = """
            SELECT (SELECT count(*) FROM sources) AS s, (SELECT count(*) FROM rejects) AS r, (SELECT count(*) FROM variables) AS v,
                (SELECT count(*) FROM survey) + (SELECT count(*) FROM incidents) + (SELECT count(*) FROM population)
                    + (SELECT count(*) FROM counts) AS d,
                (SELECT group_concat(sql, ' ') FROM sqlite_master) AS schema
            """
        let counts = try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout
        let check = try SitanProcess.run(["query", "--db", db, "--format", "csv", "PRAGMA integrity_check"]).stdout
        let rows = { (text: String) in text.split(separator: "\n").dropFirst().joined(separator: " ") }
        // The integrity check goes fifth, after the four counts.
        var fields = rows(counts).split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
        fields.insert(rows(check), at: min(4, fields.count))
        return fields.joined(separator: ",")
    }

    /// Runs sitan in the corpus folder with a time limit; stdout and stderr go through files.
    static func run(_ arguments: [String]) throws -> HostileRun {
        let directory = temporaryDirectory()
        let out = directory.appendingPathComponent("stdout"), err = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = SitanProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for key in ["SITAN_DB", "SITAN_DICTIONARY", "SITAN_CONFIG"] { environment.removeValue(forKey: key) }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return HostileRun(
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self), status: status,
            signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }
}

/// What one run of sitan gave.
struct HostileRun {
    let stdout: String
    let stderr: String
    /// The exit code, or 128 + the signal number.
    let status: Int32
    let signalled: Bool
    let timedOut: Bool
}
