import Foundation
import Testing

/// `sitan --help` and every subcommand's `--help` against the snapshots in `Fixtures/help/`:
/// a changed option, default or wording shows up as a diff to review. A missing or outdated
/// snapshot fails; `SITAN_RECORD_HELP=1 swift test --filter HelpSnapshotTests` records them
/// again for a person to review.
@Suite struct HelpSnapshotTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("help")
    static let recording = ProcessInfo.processInfo.environment["SITAN_RECORD_HELP"] != nil

    @Test func everyHelpTextMatchesItsSnapshot() throws {
        let names = try DocumentationTests().subcommands()
        #expect(names.count >= 7, "\(names)")
        for (name, arguments) in [("sitan", ["--help"])] + names.map({ ($0, [$0, "--help"]) }) {
            let help = try SitanProcess.run(arguments, environment: ["COLUMNS": "100"])
            #expect(help.status == 0 && help.stderr.isEmpty, "sitan \(arguments.joined(separator: " ")): \(help.stderr)")
            let snapshot = Self.folder.appendingPathComponent("\(name).txt")
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try help.stdout.write(to: snapshot, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try? String(contentsOf: snapshot, encoding: .utf8)
            #expect(expected != nil, "no snapshot Fixtures/help/\(name).txt; record it with SITAN_RECORD_HELP=1")
            #expect(
                expected == nil || help.stdout == expected,
                "sitan \(arguments.joined(separator: " ")) differs from Fixtures/help/\(name).txt")
        }
        let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        let stale = Set(snapshots).subtracting((["sitan"] + names).map { "\($0).txt" })
        #expect(stale.isEmpty, "snapshots of subcommands that no longer exist: \(stale.sorted())")
    }
}
