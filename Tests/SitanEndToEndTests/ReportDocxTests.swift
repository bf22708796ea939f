import Foundation
import TestSupport
import Testing

/// `make report` also writes `report.docx` with pandoc when it is installed: the committed
/// Markdown converted to Word and back (pandoc again, to GitHub Markdown) keeps every heading
/// and the cells of its tables.
@Suite struct ReportDocxTests {
    static let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil

    static func run(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pandoc, "CI must install pandoc"))
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The ATX headings of a Markdown text.
    static func headings(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0) }
    }

    /// Every table row of a Markdown text (separator lines left out), as trimmed cells.
    static func tables(_ markdown: String) -> [[String]] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("|") && !$0.contains("---") }.map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    @Test(.enabled(if: pandoc != nil || inCI, "pandoc is not installed"), arguments: ["en", "lv"])
    func wordDocumentKeepsHeadingsAndTables(language: String) throws {
        let folder = SitanProcess.repository.appendingPathComponent("reports/" + language)
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        let work = Scratch.folder("docx")
        defer { try? FileManager.default.removeItem(at: work) }
        let docx = work.appendingPathComponent("report.docx").path, back = work.appendingPathComponent("back.md").path
        #expect(try Self.run(["report.md", "--resource-path=.", "-o", docx], in: folder) == 0)
        #expect(try Self.run([docx, "-t", "gfm", "--wrap=none", "-o", back], in: work) == 0)
        // pandoc's Markdown writer escapes `<` and a dot that could start a numbered list
        // (`159\. pants`), and its reader makes apostrophes typographic.
        let roundTrip = try String(contentsOfFile: back, encoding: .utf8)
            .replacingOccurrences(of: "\\<", with: "<").replacingOccurrences(of: "\\.", with: ".")
            .replacingOccurrences(of: "\u{2019}", with: "'")
        #expect(Self.headings(roundTrip) == Self.headings(markdown))
        let tables = Self.tables(markdown)
        #expect(tables.count > 300, "every table of the report")
        #expect(Self.tables(roundTrip) == tables)
    }
}
