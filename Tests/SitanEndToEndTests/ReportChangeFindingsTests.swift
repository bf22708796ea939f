import Foundation
import Testing

/// The key finding on change between survey rounds says only what the change table supports: an
/// indicator is named as changed only when its p-value, adjusted with Holm's method over the
/// indicators compared in that country, is below 0.05; worked out here from the printed p-values.
@Suite struct ReportChangeFindingsTests {
    /// The committed English report: the change table's p-values against the finding.
    @Test func theShippedReportNamesOnlyChangesThatSurviveHolm() throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = ReportInternalDifferencingTests.table(report, marker: "| Indicator | Country | Earlier round |")
        #expect(rows.count == 7, "seven indicators compared between LV-2019 and LV-2023")
        let p = try rows.map { try #require(Double($0[7].replacingOccurrences(of: "<", with: "")), "p \($0)") }
        // R: p.adjust(p, method = "holm").
        let order = p.indices.sorted { p[$0] < p[$1] }
        var adjusted = [Double](repeating: 1, count: p.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(p.count - rank) * p[index]))
            adjusted[index] = running
        }
        let changed = rows.indices.filter { adjusted[$0] < 0.05 }.map { rows[$0][0] }
        let finding = try #require(
            report.first { $0.hasPrefix("- Latvia, LV-2019 to LV-2023: ") || $0.hasPrefix("- Latvia, change from LV-2019 to LV-2023") },
            "no finding on change")
        if changed.isEmpty {
            #expect(
                finding.contains("no indicator's change is larger than chance") && finding.contains("over the 7 changes compared"),
                "\(finding)")
        } else {
            for row in rows {
                let named = finding.contains("\(row[0]) \(row[6])")
                #expect(named == changed.contains(row[0]), "\(row[0]) in \(finding)")
            }
        }
    }

    /// A country with one indicator compared between its rounds: the change, its CI and its own
    /// p-value, as the table prints them (the hand-made rounds of Tests/Fixtures/rounds).
    @Test func oneIndicatorIsReportedWithItsOwnPValue() throws {
        let folder = SitanProcess.fixtures.appendingPathComponent("rounds")
        let db = temporaryDirectory().appendingPathComponent("rounds.sqlite").path
        for file in ["lv-2019", "lv-2023-a", "lv-2023-b"] {
            let csv = folder.appendingPathComponent(file + ".csv").path
            let result = try SitanProcess.run(
                ["ingest", "--db", db, csv, "--codebook", csv.replacingOccurrences(of: ".csv", with: ".codebook.yaml")],
                environment: ["SITAN_DICTIONARY": folder.appendingPathComponent("variables.yaml").path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let out = temporaryDirectory().appendingPathComponent("report")
        let result = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(ReportInternalDifferencingTests.table(report, marker: "| Indicator | Country | Earlier round |").first)
        let finding = try #require(report.first { $0.hasPrefix("- LV, change from LV-2019 to LV-2023") }, "no finding on change")
        let significant = try #require(Double(row[7])) < 0.05
        #expect(significant, "the fixture's change is significant: \(row)")
        #expect(finding.contains("in percentage points (95% CI): \(row[0]) \(row[6]); p = \(row[7])"), "\(finding)")
    }
}
