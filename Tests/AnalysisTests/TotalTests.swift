import Disclosure
import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// `--statistic total` against R's `svyby(..., svytotal)` (Fixtures/make_domain_expected.R).
@Suite struct TotalTests {
    /// Compares every total, SE, deff, t and normal limit and group df with R; fails if the
    /// fixture holds a value that was not compared.
    func check(_ name: String, data: String, design: String, variable: String, by: String, filters: [DomainFilter] = []) throws {
        let store = try FixtureDatabase.make(data: data, design: design)
        let expected = Fixtures.domainExpected[name]!
        var compared = Set<String>()
        func check(_ actual: Double?, _ key: String) {
            Agreement.check(actual, expected[key], "\(name) \(key)")
            if expected[key] != nil { compared.insert(key) }
        }
        for rule in [DegreesOfFreedomRule.design, .inf] {
            let options = EstimationOptions(filters: filters, degreesOfFreedom: rule)
            let result = try EstimateAgreementTests.compute(
                store, EstimateRequest(variable: variable, by: [by], options: options, statistic: .total))
            #expect(result.statistic == .total)
            for (index, e) in result.table.estimates.enumerated() {
                let label = result.groups.labels[e.group].last!
                let key = "[\(label),\(e.category)]"
                let ci = result.intervals[index]
                check(Double(result.degreesOfFreedom[e.group]), "df[\(label)]")
                check(e.estimate, "est" + key)
                check(e.standardError, "se" + key)
                check(e.designEffect, "deff" + key)
                check(ci.lower, (rule == .inf ? "lo_inf" : "lo") + key)
                check(ci.upper, (rule == .inf ? "hi_inf" : "hi") + key)
            }
        }
        #expect(compared == Set(expected.keys))
    }

    @Test func binaryTotalsByGroup() throws {
        try check("total_strat_cluster_yesm_by_stype", data: "strat", design: "strat_cluster", variable: "yesm", by: "stypec")
    }

    @Test func categoryTotalsByGroup() throws {
        try check("total_clus1_stypem_by_awards", data: "clus1", design: "clus1_fpc", variable: "stypem", by: "awards")
    }

    @Test func numericTotalsInADomain() throws {
        try check(
            "total_strat_cluster_api00m_by_awards_stype12", data: "strat", design: "strat_cluster", variable: "api00m",
            by: "awards", filters: [DomainFilter(variable: "stypec", values: ["1", "2"])])
    }

    /// On an unweighted design a total is a count: it is suppressed with the count it comes from.
    @Test func unweightedTotalsAreSuppressedWithTheirCounts() throws {
        let store = try FixtureDatabase.make(data: "srs", design: "srs_unweighted")
        let analysis = SurveyAnalysis(store: store, disclosure: try DisclosureControl(k: 200))
        let published = try analysis.estimate(EstimateRequest(variable: "yesm", statistic: .total))
        let row = published.rows[0]
        #expect(published.statistic == "total")
        #expect(row.suppressed && row.estimate?.value == nil && row.nOutcome?.value == nil)
        let open = try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5))
            .estimate(EstimateRequest(variable: "yesm", statistic: .total)).rows[0]
        #expect(open.estimate?.value == open.nOutcome?.value)
    }
}
