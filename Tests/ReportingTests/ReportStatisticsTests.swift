import Analysis
import Foundation
import Testing

@testable import Disclosure
@testable import Reporting

/// The small computations the report makes on published numbers: Holm's adjustment of the
/// pairwise p-values and the axis ticks of the figures.
struct ReportStatisticsTests {
    /// Against R 4.2 `p.adjust(p, "holm")`.
    @Test func holmMatchesR() {
        let cases: [([Double], [Double])] = [
            ([0.01, 0.04, 0.03, 0.2], [0.04, 0.09, 0.09, 0.2]),
            ([0.9118, 0.1068, 0.1094], [0.9118, 0.3204, 0.3204]),
            ([0.7001, 0.0453, 0.1002], [0.7001, 0.1359, 0.2004]),
        ]
        for (p, expected) in cases {
            let adjusted = HolmAdjustment.adjust(p)
            for (a, e) in zip(adjusted, expected) { #expect(abs(a! - e) < 1e-12, "\(p): \(adjusted) vs R \(expected)") }
        }
    }

    @Test func aSuppressedPValueCountsAsTheLargestAndStaysSuppressed() {
        let adjusted = HolmAdjustment.adjust([0.02, nil, 0.3])
        #expect(adjusted[1] == nil)
        #expect(abs(adjusted[0]! - 0.06) < 1e-12 && abs(adjusted[2]! - 0.6) < 1e-12)
        // Whatever the hidden value, the adjustment is at least Holm's with it.
        for hidden in [0.001, 0.05, 0.5, 1] {
            let full = HolmAdjustment.adjust([0.02, hidden, 0.3])
            #expect(adjusted[0]! >= full[0]! - 1e-15 && adjusted[2]! >= full[2]! - 1e-15)
        }
    }

    /// Cumulative stages are sums of published counts by furthest stage, never of a suppressed one.
    @Test func caseFlowSumsPublishedCellsOnly() {
        let published = [PublishedCell(text: "10", value: 10), PublishedCell(text: "5", value: 5), PublishedCell(text: "7", value: 7)]
        #expect(ReportBuilder.cumulative(published) == [22, 12, 7])
        var hidden = published
        hidden[1] = PublishedCell(text: ":c", mark: .confidential)
        #expect(ReportBuilder.cumulative(hidden) == [nil, nil, 7])
    }

    /// Every tick label, read back, is the value it marks (no `8` for 7.5).
    @Test func tickLabelsAreExact() {
        let style = NumberStyle(language: .en)
        for maximum in [0.07, 0.3, 1, 2.4, 7.2, 12.6, 13.9, 24, 38.5, 61, 99, 100, 250, 4321] {
            let axis = niceAxis(maximum: maximum)
            #expect(axis.top >= maximum && axis.top / axis.step <= 6.000001, "\(maximum): \(axis)")
            let decimals = axisDecimals(step: axis.step)
            var tick = 0.0
            while tick <= axis.top + axis.step / 1000 {
                let label = style.fixed(tick, decimals)
                #expect(abs(Double(label)! - tick) < 1e-9 * max(1, tick), "\(maximum): tick \(tick) labelled \(label)")
                tick += axis.step
            }
        }
        #expect(axisDecimals(step: 5) == 0 && axisDecimals(step: 0.5) == 1 && axisDecimals(step: 0.02) == 2)
    }
}

/// The missing-values table counts a question asked only after a filter question (a skip
/// pattern) among the respondents it was asked of: "not applicable" is not missing.
struct SkipPatternMissingTests {
    @Test func notApplicableIsNotCountedAsMissing() throws {
        let tables = ReportTables(store: try ReportFixture.make(), disclosure: try DisclosureControl(k: 5))
        let plain = try #require(try tables.missingness(kind: "survey"))
        let skipped = try #require(try tables.missingness(kind: "survey", askedOnlyIf: SurveyResults.defaultAskedIf))
        func missing(_ table: PublishedTable, _ variable: String) -> [Double?] {
            let row = table.rows.first { $0[0].text == variable }!
            return table.header.indices.filter { table.header[$0].hasPrefix("missing[") }.map { row[$0].value }
        }
        // The fixture leaves disclosed_anyone empty for every respondent without lifetime abuse.
        #expect(missing(plain, "disclosed_anyone").allSatisfy { ($0 ?? 0) > 50 }, "\(missing(plain, "disclosed_anyone"))")
        #expect(missing(skipped, "disclosed_anyone") == [0, 0, 0])
        #expect(missing(skipped, "csa_any_lifetime") == missing(plain, "csa_any_lifetime"), "the filter question itself is unchanged")
    }
}
