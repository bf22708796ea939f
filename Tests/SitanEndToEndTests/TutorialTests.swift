import Foundation
import Testing

/// docs/tutorial.md runs as written: every `$ sitan ...` line of its console blocks is run in order,
/// in a fresh folder laid out like the repository, and must exit and print exactly as the tutorial shows.
@Suite struct TutorialTests {
    /// One command of the tutorial with the exit code and the output it shows.
    struct Step: Equatable {
        var line: Int
        var arguments: [String]
        var status: Int32
        var output: String
    }

    /// A timestamp as sitan prints it, and the same-width placeholder the tutorial shows instead.
    static let timestampPlaceholder = "YYYY-MM-DDTHH:MM:SSZ"

    /// The steps of the ```console blocks in `markdown`. A command's output runs to the next `$ ` line
    /// or the end of the block; `$ echo $?` followed by a number gives the exit code of the command
    /// before it (0 when absent). Arguments are split at spaces: the tutorial uses no shell quoting.
    static func steps(in markdown: String) -> [Step] {
        var steps: [Step] = []
        var inConsole = false
        var awaitingStatus = false
        for (index, line) in markdown.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                inConsole = !inConsole && line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line == "$ echo $?" {
                awaitingStatus = true
            } else if line.hasPrefix("$ sitan ") {
                let arguments = line.dropFirst("$ sitan ".count).split(separator: " ").map(String.init)
                steps.append(Step(line: index + 1, arguments: arguments, status: 0, output: ""))
            } else if awaitingStatus, let status = Int32(line), !steps.isEmpty {
                steps[steps.count - 1].status = status
                awaitingStatus = false
            } else if !steps.isEmpty {
                steps[steps.count - 1].output += line + "\n"
            }
        }
        return steps
    }

    /// Output as the tutorial shows it: timestamps replaced, no trailing spaces, no trailing blank lines.
    static func normalised(_ text: String) -> String {
        let lines = text.replacing(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, with: timestampPlaceholder).components(separatedBy: "\n").map {
            line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        return lines.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
    }

    static let tutorial = SitanProcess.repository.appendingPathComponent("docs/tutorial.md")

    /// A folder laid out like the repository for the tutorial: docs/tutorial/* and the shipped dictionary.
    static func workspace() throws -> URL {
        let directory = temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("datasets"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: SitanProcess.repository.appendingPathComponent("docs/tutorial"), to: directory.appendingPathComponent("docs/tutorial"))
        try manager.copyItem(
            at: SitanProcess.repository.appendingPathComponent("datasets/variables.yaml"),
            to: directory.appendingPathComponent("datasets/variables.yaml"))
        return directory
    }

    @Test func everyCommandPrintsWhatTheTutorialShows() throws {
        let markdown = try String(contentsOf: Self.tutorial, encoding: .utf8)
        let steps = Self.steps(in: markdown)
        #expect(steps.count >= 10, "docs/tutorial.md shows only \(steps.count) sitan commands")
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        for step in steps {
            let result = try SitanProcess.run(step.arguments, in: directory)
            let where_ = "docs/tutorial.md:\(step.line): sitan \(step.arguments.joined(separator: " "))"
            #expect(result.status == step.status, "\(where_): exit \(result.status)\n\(result.stderr)")
            #expect(Self.normalised(result.stdout + result.stderr) == Self.normalised(step.output), "\(where_)")
        }
        // Each quoted excerpt (a block after `<!-- excerpt of PATH -->`) is in that file, as written or as run.
        let excerpts = Self.excerpts(in: markdown)
        #expect(excerpts.map(\.path).contains("tutorial-report/report.md"))
        for excerpt in excerpts {
            let file = try String(contentsOf: directory.appendingPathComponent(excerpt.path), encoding: .utf8)
            let text = file.replacingOccurrences(of: "\r\n", with: "\n")
            #expect(!excerpt.text.isEmpty && text.contains(excerpt.text), "\(excerpt.path) lacks:\n\(excerpt.text)")
        }
    }

    /// The blocks that follow a line `<!-- excerpt of PATH -->`, with their PATH.
    static func excerpts(in markdown: String) -> [(path: String, text: String)] {
        markdown.components(separatedBy: "<!-- excerpt of ").dropFirst().compactMap { part in
            guard let end = part.range(of: " -->\n```") else { return nil }
            let body = part[end.upperBound...].drop { $0 != "\n" }.dropFirst()
            guard let close = body.range(of: "\n```") else { return nil }
            return (String(part[..<end.lowerBound]), String(body[..<close.lowerBound]) + "\n")
        }
    }

    @Test func stepsTakeOutputAndExitCodeFromTheConsoleBlocks() {
        let markdown = """
            ```console
            $ sitan sources --format table
            name  at
            a     2026-11-30T00:51:17Z   \n
            $ sitan validate x.csv --codebook y.yaml
            x.csv: refused
            $ echo $?
            65
            ```
            ```sh
            $ sitan not-a-step
            ```
            """
        let steps = Self.steps(in: markdown)
        #expect(steps.map(\.arguments) == [["sources", "--format", "table"], ["validate", "x.csv", "--codebook", "y.yaml"]])
        #expect(steps.map(\.status) == [0, 65])
        #expect(Self.normalised(steps[0].output) == "name  at\na     YYYY-MM-DDTHH:MM:SSZ")
        #expect(Self.normalised(steps[1].output) == "x.csv: refused")
    }
}
