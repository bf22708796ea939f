import Foundation
import TestSupport
import Testing

/// The committed report's table of change between survey rounds (`reports/en/report.md`,
/// section 5.3: Latvia 2019 → 2023) against R survey on the two raw Latvian survey files: per
/// indicator each round's estimate, the change in percentage points with its 95% CI and p, and
/// the later round's estimate again in the overview by country (the report's cross-country
/// tables use the latest round), at the precision the report prints. The reference is
/// `Tests/Fixtures/report-changes/expected.csv`, written by `make_expected.R` beside it.
@Suite struct ReportChangesReferenceTests {
    @Test func changeBetweenRoundsMatchesRSurvey() throws {
        let (expected, report) = try ReportReferenceTests.fixtureAndReport("report-changes")
        let changes = ReportInternalDifferencingTests.table(report, marker: "| Indicator | Country | Earlier round |")
        let overview = ReportInternalDifferencingTests.table(report, marker: "| Indicator | Latvia |", after: "### 4.1")
        #expect(changes.count == 7, "rows of the change table: \(changes.count)")
        // Printed nowhere in the report: the SE and the df (kept in the fixture to read; the df is
        // the one `sitan compare --across survey` prints).
        let notPrinted: Set = ["se", "df"]
        var compared = 0, skipped = 0
        for row in expected.rows {
            let indicator = row.string("indicator"), statistic = row.string("statistic"), value = row.double("value")
            let label = try #require(ReportReferenceTests.labels[indicator], "\(indicator)")
            let context = "\(indicator) \(statistic)"
            if notPrinted.contains(statistic) {
                skipped += 1
                continue
            }
            var printed: String
            let cells = try #require(changes.first { $0[0] == label }, "no change row for \(label)")
            let rounds = [cells[1], cells[2], cells[4]]
            #expect(rounds == ["Latvia", row.string("earlier"), row.string("later")], "\(context): \(rounds)")
            let numbers = ReportReferenceTests.interval(cells[6])
            #expect(numbers.count == 3, "\(context): \(cells[6])")
            guard numbers.count == 3 else { continue }
            printed =
                [
                    "earlier_estimate": cells[3], "later_estimate": cells[5], "change": numbers[0], "ci_low": numbers[1],
                    "ci_high": numbers[2], "p": cells[7],
                ][statistic] ?? ""
            if statistic == "later_estimate" {
                // The later round's estimate is the overview's too.
                let overviewCells = try #require(overview.first { $0[0] == label }, "no overview row for \(label)")
                let overviewed = ReportReferenceTests.interval(overviewCells[1]).first ?? ""
                #expect(ReportReferenceTests.agrees(overviewed, 100 * value), "\(context): the overview prints \(overviewed)")
                compared += 1
            }
            let scale = statistic == "p" ? 1.0 : 100.0
            #expect(
                ReportReferenceTests.agrees(printed, scale * value), "\(context): the report prints \(printed), R gives \(scale * value)")
            compared += 1
        }
        // Seven indicators × (earlier and later estimate, change, CI low, CI high, p, and the
        // later estimate in the overview) compared; none is suppressed on the shipped datasets.
        #expect(expected.rows.count == 7 * 8)
        #expect(skipped == 7 * notPrinted.count)
        #expect(compared == 7 * 7, "values compared with R: \(compared)")
    }
}
