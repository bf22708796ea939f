import Foundation
import Testing

/// Every figure of the committed report renders with librsvg (`rsvg-convert`, which CI
/// installs), and the HTML page carries each of them inline and opens in headless Chromium
/// (which CI installs too) with every figure decoded and nothing on the console.
@Suite struct RenderedFigureTests {
    static let rsvg = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

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

    /// The page is loaded by Chromium from a copy with a script appended that, once the page
    /// has loaded, writes how many images it has and which did not decode; the DOM is dumped
    /// and Chromium's log (which carries every console message and uncaught error as
    /// `CONSOLE`) is read.
    @Test(.enabled(if: chromium != nil || inCI, "chromium is not installed"), arguments: languages)
    func theHTMLPageOpensInChromium(language: String) throws {
        let chromium = try #require(Self.chromium, "CI must install chromium")
        let page = temporaryDirectory().appendingPathComponent("report.html")
        let html = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("reports/\(language)/report.html"), encoding: .utf8)
        let check = """
            <script>
            window.addEventListener('load', () => {
              const broken = Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt);
              const out = document.createElement('pre');
              out.textContent = 'SITAN-CHECK images=' + document.images.length + ' broken=' + JSON.stringify(broken);
              document.body.appendChild(out);
            });
            </script>
            """
        try (html + check).write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "120", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000", "--dump-dom", page.absoluteString,
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium: \(log.suffix(2000))")
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "\(language): \(console)")
        let figures = try figures(language).count
        #expect(dom.contains("SITAN-CHECK images=\(figures) broken=[]"), "\(language): \(dom.split(separator: "\n").last ?? "")")
        #expect(dom.contains("<h1"), "\(language): the page has no heading")
    }
}
