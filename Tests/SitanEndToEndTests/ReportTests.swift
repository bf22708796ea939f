import Foundation
import Testing

/// `sitan report` on the database built from `datasets/`: the committed `reports/` must be
/// what the current code and data produce (CI fails when it is stale).
@Suite(.serialized) struct ReportTests {
    static let repository = SitanProcess.repository

    /// Builds the database from `datasets/` with the built binary, as `make report` does.
    static func datasetsDatabase() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("report.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "scripts/ingest-datasets.sh", SitanProcess.executable.path, "datasets"]
        process.currentDirectoryURL = repository
        var environment = ProcessInfo.processInfo.environment
        environment["SITAN_DB"] = db
        environment.removeValue(forKey: "SITAN_CONFIG")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/ingest-datasets.sh failed")
        return db
    }

    @Test func committedReportIsUpToDate() throws {
        let db = try Self.datasetsDatabase()
        let result = try SitanProcess.run(["report", "--db", db, "--out", "reports", "--check"], in: Self.repository)
        #expect(result.status == 0, "reports/ is stale; run `make report` and commit: \(result.stderr)")
    }

    @Test func checkNamesStaleFilesAndWritesNothing() throws {
        let db = try Self.datasetsDatabase()
        let out = temporaryDirectory().appendingPathComponent("r")
        let write = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--lang", "lt"], in: Self.repository)
        #expect(write.status == 0, "\(write.stderr)")
        let report = out.appendingPathComponent("report.md")
        func mode(_ url: URL) throws -> Int? { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int }
        #expect(try mode(out) == 0o700 && mode(out.appendingPathComponent("figures")) == 0o700, "report folders are private")
        #expect(try mode(report) == 0o600, "report files are private")
        let original = try String(contentsOf: report, encoding: .utf8)
        #expect(original.contains("## 1. Pagrindinės išvados") && original.contains("SINTETINIAI DUOMENYS"))
        try (original + "edited\n").write(to: report, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: out.appendingPathComponent("figures/incident-rates.svg"))
        let check = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--lang", "lt", "--check"], in: Self.repository)
        #expect(check.status == 1)
        #expect(check.stderr.contains("report.md") && check.stderr.contains("figures/incident-rates.svg"), "\(check.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8) == original + "edited\n", "--check must write nothing")
    }

    @Test func badLanguageAndTemplateAreUsageErrors() throws {
        let db = try Self.datasetsDatabase()
        let lang = try SitanProcess.run(["report", "--db", db, "--out", temporaryDirectory().path, "--lang", "de"])
        #expect(lang.status == 64)
        let template = try SitanProcess.run([
            "report", "--db", db, "--out", temporaryDirectory().path, "--template", "/nonexistent.mustache",
        ])
        #expect(template.status == 64 && template.stderr.contains("--template"))
    }
}
