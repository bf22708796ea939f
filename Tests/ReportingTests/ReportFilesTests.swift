import Foundation
import TestSupport
import Testing

@testable import Reporting

/// Writing the report and `--check`.
@Suite struct ReportFilesTests {
    static let files = ReportFiles(files: ["report.md": "# R\n", "figures/a.svg": "<svg/>\n"])

    static func folder() -> URL {
        Scratch.root.appendingPathComponent("report-files-\(UUID().uuidString)")
    }

    @Test func checkPassesRightAfterWriting() throws {
        let dir = Self.folder()
        try Self.files.write(to: dir)
        #expect(Self.files.staleFiles(in: dir).isEmpty)
    }

    @Test func checkNamesMissingChangedAndExtraFiles() throws {
        let dir = Self.folder()
        #expect(Self.files.staleFiles(in: dir) == ["figures/a.svg", "report.md"])
        try Self.files.write(to: dir)
        try "# changed\n".write(to: dir.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        try "<svg/>".write(to: dir.appendingPathComponent("figures/old.svg"), atomically: true, encoding: .utf8)
        #expect(Self.files.staleFiles(in: dir) == ["figures/old.svg", "report.md"])
    }

    @Test func writingRemovesFiguresTheReportNoLongerHas() throws {
        let dir = Self.folder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try "<svg/>".write(to: dir.appendingPathComponent("figures/old.svg"), atomically: true, encoding: .utf8)
        try "keep".write(to: dir.appendingPathComponent("figures/notes.txt"), atomically: true, encoding: .utf8)
        try Self.files.write(to: dir)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("figures/old.svg").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("figures/notes.txt").path))
        #expect(Self.files.staleFiles(in: dir).isEmpty)
    }

    @Test func checkDetectsAStaleGeneratedReport() throws {
        let dir = Self.folder()
        let report = try ReportGeneratorTests.report(.en)
        try report.write(to: dir)
        #expect(report.staleFiles(in: dir).isEmpty)
        let other = try ReportGeneratorTests.report(.lt)
        #expect(other.staleFiles(in: dir).contains("report.md"))
    }
}

/// `report --out` given a regular file.
@Suite struct ReportFilesRefusalTests {
    @Test func aRegularFileIsNotOverwrittenAndIsNamed() throws {
        let file = ReportFilesTests.folder()
        try Data("keep me\n".utf8).write(to: file)
        for target in [file, file.appendingPathComponent("sub")] {
            #expect {
                try ReportFilesTests.files.write(to: target)
            } throws: { error in
                guard case let .cannotWrite(_, reason)? = error as? ReportError else { return false }
                return reason.contains("is a file, not a folder") && !reason.contains("NSCocoaErrorDomain")
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
    }
}
