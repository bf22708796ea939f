import Disclosure
import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// `--statistic median|quantile:...` against R survey 4.1.1's `svyquantile` (qrule "math",
/// interval.type "mean") on each group's subset (Fixtures/make_domain_expected.R).
@Suite struct QuantileTests {
    /// Compares every quantile, limit, SE and df with R, with t and with the normal quantile;
    /// fails if the fixture holds a value that was not compared.
    func check(_ name: String, data: String, design: String, variable: String, by: String, probabilities: [Double]) throws {
        let store = try FixtureDatabase.make(data: data, design: design)
        let expected = Fixtures.domainExpected[name]!
        var compared = Set<String>()
        func check(_ actual: Double, _ key: String) {
            Agreement.check(actual, expected[key], "\(name) \(key)")
            if expected[key] != nil { compared.insert(key) }
        }
        for rule in [DegreesOfFreedomRule.design, .inf] {
            let tag = rule == .inf ? "_inf" : ""
            let options = EstimationOptions(degreesOfFreedom: rule)
            let request = EstimateRequest(variable: variable, by: [by], options: options, statistic: .quantiles(probabilities))
            let result = try EstimateAgreementTests.compute(store, request)
            #expect(result.statistic == .quantile && result.categories.count == probabilities.count)
            for (index, e) in result.table.estimates.enumerated() {
                let label = result.groups.labels[e.group].last!
                let key = "[\(label),\(result.categories[e.category])]"
                check(Double(result.degreesOfFreedom[e.group]), "df[\(label)]")
                check(e.estimate, "est" + key)
                check(result.intervals[index].lower, "lo\(tag)" + key)
                check(result.intervals[index].upper, "hi\(tag)" + key)
                check(e.standardError, "se\(tag)" + key)
            }
        }
        #expect(compared == Set(expected.keys))
    }

    @Test func weightedClusteredQuantilesByGroup() throws {
        try check(
            "quantile_strat_cluster_api00m_by_stype", data: "strat", design: "strat_cluster", variable: "api00m", by: "stypec",
            probabilities: [0.1, 0.25, 0.5, 0.9])
    }

    /// Equal weights: cumulative shares hit p exactly, and a lower limit below 0 is NaN (as R).
    @Test func unweightedQuantilesWithExactShares() throws {
        try check(
            "quantile_srs_unweighted_api00m_by_awards", data: "srs", design: "srs_unweighted", variable: "api00m",
            by: "awards", probabilities: [0.01, 0.5, 0.75])
    }

    /// An upper limit above 1 is NaN (as R).
    @Test func upperLimitBeyondTheDataIsNaN() throws {
        try check(
            "quantile_clus1_fpc_api00_by_awards", data: "clus1", design: "clus1_fpc", variable: "api00", by: "awards",
            probabilities: [0.5, 0.99])
    }

    /// R's svyquantile has no design effect: the deff cell is empty (not a mark) and the method
    /// note says none was computed.
    @Test func quantilesHaveNoDesignEffect() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let request = EstimateRequest(variable: "api00", by: [], options: EstimationOptions(), statistic: .quantiles([0.5]))
        let published = try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5)).estimate(request)
        let row = try #require(published.rows.first)
        #expect(row.deff?.value == nil && row.deff?.text == "" && row.deff?.mark == nil)
        #expect(published.method.designEffect.hasPrefix("none"))
        #expect(published.footnotes.contains { $0.contains("design effect: none (R's svyquantile computes no design effect)") })
        let mean = try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5))
            .estimate(EstimateRequest(variable: "api00", by: [], options: EstimationOptions()))
        #expect(mean.rows.first?.deff?.value != nil && mean.method.designEffect == "srswor")
    }

    @Test func statisticArgumentsParse() throws {
        #expect(EstimateStatistic(argument: "median") == .quantiles([0.5]))
        #expect(EstimateStatistic(argument: "quantile:0.25,0.75") == .quantiles([0.25, 0.75]))
        #expect(EstimateStatistic(argument: "total") == .total)
        for bad in ["quantile:", "quantile:1.5", "quantile:0", "quantile:0.5,1", "quantile:a", "quantiles:0.5", "modus"] {
            #expect(EstimateStatistic(argument: bad) == nil, "\(bad)")
        }
        let store = try FixtureDatabase.make(data: "srs", design: "srs_nofpc")
        #expect(throws: AnalysisError.self) {
            try EstimateAgreementTests.compute(store, EstimateRequest(variable: "yes", statistic: .quantiles([0.5])))
        }
    }
}
