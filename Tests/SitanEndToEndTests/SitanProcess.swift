import Foundation
import TestSupport
import Testing

/// Runs the built `sitan` binary the way a user does, capturing stdout, stderr and the exit code.
struct SitanProcess {
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `sitan` executable next to the test bundle (SwiftPM builds it for this test target).
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sitan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sitan")
    }()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// Runs sitan with `arguments`, in `directory`, with extra environment variables.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SITAN_DB")
        env.removeValue(forKey: "SITAN_DICTIONARY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// A fresh temporary folder for one test (removed when the test process exits).
func temporaryDirectory() -> URL { Scratch.folder("sitan-e2e") }

/// Writes `text` to `name` in `directory` with the given encoding, returning the path.
@discardableResult
func write(_ text: String, to name: String, in directory: URL, encoding: String.Encoding = .utf8) throws -> String {
    let url = directory.appendingPathComponent(name)
    guard let data = text.data(using: encoding) else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
    try data.write(to: url)
    return url.path
}

/// A fresh database with one planted CSV file ingested under its codebook and the shipped dictionary.
func plantedDatabase(csv: String, codebook: String, into existing: String? = nil) throws -> String {
    let directory = temporaryDirectory()
    let file = try write(csv, to: "planted.csv", in: directory)
    let rules = try write(codebook, to: "planted.codebook.yaml", in: directory)
    let db = existing ?? directory.appendingPathComponent("planted.sqlite").path
    let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
    let ingest = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", rules, "--dictionary", dictionary])
    guard ingest.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: ingest.stderr]) }
    return db
}

/// A fresh database of one weighted LV 2024 survey whose CSV has the columns id, w (the
/// weight), q (csa_any_lifetime: 1 or 0) and h (hours_online, a number).
func plantedHoursDatabase(csv: String) throws -> String {
    try plantedDatabase(
        csv: csv,
        codebook: """
            source: {name: planted, country: LV, kind: survey, year: 2024, synthetic: true}
            file: {encoding: utf-8, delimiter: ","}
            design: {id: id, weight: w}
            columns:
              q: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0}}
              h: {variable: hours_online, type: number}
            variables:
              hours_online: {type: number, labels: {en: Hours online per day}}
            """)
}

/// Runs an attacker's commands against one database in `--format json` (every fifth also as
/// csv, markdown or table), handing each released output to `collect`; a refused output (exit
/// 65) publishes nothing.
func runAttack(
    _ commands: [[String]], db: String, newLedgerBetween: Bool = false, collect: (_ command: [String], _ json: String) throws -> Void
) throws {
    for (i, command) in commands.enumerated() {
        if newLedgerBetween { _ = try SitanProcess.run(["releases", "--new-ledger", "--reason", "test", "--db", db]) }
        let result = try SitanProcess.run(command + ["--db", db, "--format", "json"])
        #expect(result.status == 0 || result.status == 65, "\(command): \(result.stderr)")
        guard result.status == 0 else { continue }
        try collect(command, result.stdout)
        if i % 5 == 0 {
            let format = ["csv", "markdown", "table"][i / 5 % 3]
            let other = try SitanProcess.run(command + ["--db", db, "--format", format])
            #expect(other.status == 0, "\(command) --format \(format): \(other.stderr)")
        }
    }
}

/// A fresh database holding one unweighted LV 2024 survey with planted cells. Each record of
/// `rows` gives sex (1, 2, 9 = missing), region, the answer to `csa_any_lifetime` (1, 0,
/// 8 = missing) and then the `extra` columns, with how many respondents have it.
func plantedSurveyDatabase(
    extra: [(column: String, mapping: String)], rows: [(record: String, count: Int)], into existing: String? = nil
) throws -> String {
    var csv = (["id", "dzimums", "novads", "q"] + extra.map(\.column)).joined(separator: ",") + "\n"
    var id = 0
    for (record, count) in rows {
        for _ in 0..<count {
            id += 1
            csv += "\(id),\(record)\n"
        }
    }
    let mappings = extra.map { "  \($0.column): \($0.mapping)\n" }.joined()
    return try plantedDatabase(
        csv: csv,
        codebook: """
            source: {name: planted, country: LV, kind: survey, year: 2024, synthetic: true}
            file: {encoding: utf-8, delimiter: ",", missing: [""]}
            design: {id: id}
            columns:
              dzimums: {variable: sex, codes: {"1": male, "2": female, "9": null}}
              novads: {variable: region}
              q: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0, "8": null}}
            \(mappings)
            """, into: existing)
}
