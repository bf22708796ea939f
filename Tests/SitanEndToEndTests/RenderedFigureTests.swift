import Foundation
import Testing

/// Every figure of the committed report renders with librsvg (`rsvg-convert`, which CI
/// installs), and the HTML page carries each of them inline.
@Suite struct RenderedFigureTests {
    static let rsvg = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil

    static let languages = ["en", "lv", "lt", "pl"]

    func figures(_ language: String) throws -> [URL] {
        let folder = SitanProcess.repository.appendingPathComponent("reports/\(language)/figures")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "svg" }.sorted { $0.path < $1.path }
    }

    @Test(.enabled(if: rsvg != nil || inCI, "rsvg-convert (librsvg2-bin) is not installed"))
    func everyFigureRenders() throws {
        let rsvg = try #require(Self.rsvg, "CI must install librsvg2-bin")
        let figures = try Self.languages.flatMap { try self.figures($0) }
        #expect(figures.count >= 20)
        for figure in figures {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: rsvg)
            process.arguments = ["--format", "png", figure.path]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let png = out.fileHandleForReading.readDataToEndOfFile()
            let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && problems.isEmpty, "\(figure.path): \(problems)")
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 1000, "\(figure.path)")
        }
    }

    @Test(arguments: languages) func theHTMLPageInlinesEveryFigure(language: String) throws {
        let html = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("reports/\(language)/report.html"), encoding: .utf8)
        #expect(!html.contains("src=\"figures/"))
        for figure in try figures(language) {
            let svg = try Data(contentsOf: figure).base64EncodedString()
            #expect(html.contains("src=\"data:image/svg+xml;base64,\(svg)\""), "\(figure.lastPathComponent) is not inlined")
        }
    }
}
