import Foundation
import Testing

/// The CLI reference (docs/cli.md) and the help text must cover every subcommand.
@Suite struct DocumentationTests {
    /// Subcommand names as `sitan --help` lists them.
    func subcommands() throws -> [String] {
        let help = try SitanProcess.run(["--help"]).stdout
        guard let section = help.components(separatedBy: "SUBCOMMANDS:").last else { return [] }
        return section.split(separator: "\n").compactMap { line -> String? in
            // A subcommand line is indented by exactly two spaces; wrapped help text by more.
            let characters = Array(line)
            guard characters.count > 2, characters[0] == " ", characters[1] == " ", characters[2].isLowercase else { return nil }
            return String(line.dropFirst(2).prefix { !$0.isWhitespace })
        }.filter { $0 != "help" && $0 != "See" }
    }

    @Test func everySubcommandHasHelpAndAReferenceSection() throws {
        let names = try subcommands()
        #expect(names.count >= 7, "\(names)")
        let reference = try String(contentsOf: SitanProcess.repository.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        for name in names {
            let help = try SitanProcess.run([name, "--help"])
            #expect(help.status == 0 && help.stdout.contains("OVERVIEW:"), "sitan \(name) --help")
            // synth and codebook work on files, not on a database.
            #expect(["synth", "codebook"].contains(name) || help.stdout.contains("--db"), "sitan \(name) --help lacks --db")
            #expect(reference.contains("## `sitan \(name)"), "docs/cli.md lacks a section for sitan \(name)")
        }
    }

    /// The repository stands on its own: no source file, test or document points to team
    /// documents outside it or to tracker issue numbers.
    @Test func nothingPointsOutsideTheRepository() throws {
        let root = SitanProcess.repository
        // Written in pieces so that this file does not match itself.
        let patterns = ["SPEC" + " section", "SPEC" + "'s", "METHODS" + ".md", "STYLE" + ".md", "../" + "shared", "(issue" + " "]
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "docs", "datasets", "scripts", "bench"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard ["swift", "md", "yaml", "sh", "py", "R"].contains(url.pathExtension),
                    let text = try? String(contentsOf: url, encoding: .utf8)
                else { continue }
                for pattern in patterns where text.contains(pattern) {
                    offenders.append("\(url.path.dropFirst(root.path.count + 1)): \(pattern)")
                }
            }
        }
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for pattern in patterns where readme.contains(pattern) { offenders.append("README.md: \(pattern)") }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try SitanProcess.run(["ingest"]).status == 64)
        #expect(try SitanProcess.run(["no-such-command"]).status == 64)
        #expect(try SitanProcess.run(["--version"]).stdout.hasPrefix("0."))
    }
}
