import Foundation
import Testing

/// The CI examples in examples/ci/ run the Makefile's own targets, so a user who adopts them
/// regenerates the report exactly as `make report` does and keeps what `make check-report`
/// renders.
@Suite struct ExampleWorkflowTests {
    static let expected = ["make deps", "make build", "make check-report"]

    func text(_ path: String) throws -> String {
        try String(contentsOf: SitanProcess.repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// The recipe lines of a Makefile rule and its prerequisites.
    func rule(_ target: String, in makefile: String) -> (prerequisites: [String], recipe: [String])? {
        let lines = makefile.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(target + ":") }) else { return nil }
        let prerequisites = lines[start].dropFirst(target.count + 1).split(separator: " ").map(String.init)
        let recipe = lines[(start + 1)...].prefix { $0.hasPrefix("\t") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return (prerequisites, recipe)
    }

    @Test func gitHubActionsRunsTheMakefileTargets() throws {
        let workflow = try text("examples/ci/github-actions.yml")
        let commands = workflow.components(separatedBy: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("run: ") ? String(trimmed.dropFirst(5)) : nil
        }
        #expect(commands == Self.expected)
        #expect(workflow.contains("path: build/reports/"))
    }

    @Test func gitLabRunsTheMakefileTargets() throws {
        let lines = try text("examples/ci/gitlab-ci.yml").components(separatedBy: "\n")
        let script = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "script:" })
        let commands = lines[(script + 1)...].prefix { $0.hasPrefix("    - ") }.map { String($0.dropFirst(6)) }
        #expect(commands == Self.expected)
        #expect(lines.contains("      - build/reports/"))
    }

    @Test func theTargetsRebuildTheDatabaseAsMakeReportDoes() throws {
        let makefile = try text("Makefile")
        for command in Self.expected {
            let target = String(command.dropFirst("make ".count))
            #expect(rule(target, in: makefile) != nil, "the Makefile has no target \(target)")
        }
        let report = try #require(rule("report", in: makefile))
        let check = try #require(rule("check-report", in: makefile))
        #expect(report.prerequisites == ["database"] && check.prerequisites == ["database"])
        #expect(
            check.recipe == [
                "for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --out build/reports/$$lang || exit 1; done",
                "for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --check --out reports/$$lang || exit 1; done",
            ])
        #expect(report.recipe.first == "for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --out reports/$$lang || exit 1; done")
        #expect(makefile.contains("\nLANGUAGES := en lv lt pl\n"))
        let database = try #require(rule("database", in: makefile))
        #expect(database.recipe.contains("bash scripts/ingest-datasets.sh $(SITAN) datasets"))
    }
}
