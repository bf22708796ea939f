import Disclosure
import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// The R reference cases of SurveyStatisticsTests, run through the whole loading path:
/// SQLite survey table → one SELECT → design arrays → estimators.
@Suite struct EstimateAgreementTests {
    struct FixtureCase: Sendable, CustomStringConvertible {
        let name, data, design, lonely, statistic, variable, group: String
        var description: String { name }
    }

    static let cases: [FixtureCase] = Fixtures.rows(Fixtures.surveyStatistics.appendingPathComponent("cases.csv")).rows
        .filter { ["mean", "proportion", "share"].contains($0[5]) && $0[4] == "FALSE" }
        .map { FixtureCase(name: $0[0], data: $0[1], design: $0[2], lonely: $0[3], statistic: $0[5], variable: $0[6], group: $0[7]) }

    /// Runs the computation behind `sitan estimate` on a fixture database.
    static func compute(
        _ store: Store, _ request: EstimateRequest, deff: DesignEffectKind = .withoutReplacement
    ) throws -> EstimateResult {
        try EstimateComputation(inputs: AnalysisInputs(store: store), deffKind: deff).run(request)
    }

    @Test(arguments: cases)
    func estimatesMatchR(_ c: FixtureCase) throws {
        let store = try FixtureDatabase.make(data: c.data, design: c.design)
        let options = EstimationOptions(lonelyPSU: LonelyPSU(rawValue: c.lonely)!)
        let request = EstimateRequest(variable: c.variable, by: c.group.isEmpty ? [] : [c.group], options: options)
        let expected = Fixtures.surveyExpected[c.name]!
        if expected["error"] == 1 {
            #expect(throws: AnalysisError.lonelyPSU(source: "api-\(c.data)")) { try Self.compute(store, request) }
            return
        }
        let srswor = try Self.compute(store, request)
        let srswr = try Self.compute(store, request, deff: .withReplacement)
        // The whole design's df (R `degf`); each group's own domain df is checked in DomainTests.
        Agreement.check(Double(srswor.table.estimates[0].degreesOfFreedom), expected["df"], "\(c.name) df")
        if c.group.isEmpty { #expect(srswor.degreesOfFreedom[0] == srswor.table.estimates[0].degreesOfFreedom) }
        for (index, e) in srswor.table.estimates.enumerated() {
            let group = c.group.isEmpty ? "0" : srswor.groups.labels[e.group].last!
            let category = srswor.categories.isEmpty ? "0" : srswor.categories[e.category]
            let key = "[\(group),\(category)]"
            Agreement.check(e.estimate, expected["est" + key], "\(c.name) est\(key)")
            Agreement.check(e.standardError, expected["se" + key], "\(c.name) se\(key)")
            Agreement.check(e.designEffect, expected["deff" + key], "\(c.name) deff\(key)")
            Agreement.check(srswr.table.estimates[index].designEffect, expected["deffr" + key], "\(c.name) deffr\(key)")
        }
        #expect(srswor.table.estimates.count == expected.keys.filter { $0.hasPrefix("est[") }.count)
    }

    @Test func proportionIntervalsMatchSvyciprop() throws {
        let expected = Fixtures.surveyExpected["ci_strat_cluster_yesm_by_stype"]!
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        for (method, name) in [(ProportionCI.logit, "xlogit"), (.asin, "asin"), (.kornGraubard, "beta"), (.mean, "mean")] {
            for level in [0.95, 0.90] {
                let options = EstimationOptions(ci: method, level: level)
                let result = try Self.compute(store, EstimateRequest(variable: "yesm", by: ["stypec"], options: options))
                for (g, ci) in result.intervals.enumerated() {
                    let key = String(format: "ci_%@_%g_", name, level)
                    Agreement.check(ci.lower, expected[key + "lo[\(g)]"], "\(key)lo[\(g)]", tolerance: 1e-9)
                    Agreement.check(ci.upper, expected[key + "hi[\(g)]"], "\(key)hi[\(g)]", tolerance: 1e-9)
                }
            }
        }
    }

    @Test func unweightedIntervalsMatchPropTestAndBinomTest() throws {
        let expected = Fixtures.surveyExpected["ci_unweighted_yes_by_stype"]!
        let store = try FixtureDatabase.make(data: "srs", design: "srs_unweighted")
        for (method, name) in [(ProportionCI.wilson, "wilson"), (.clopperPearson, "clopper")] {
            let options = EstimationOptions(ci: method)
            let result = try Self.compute(store, EstimateRequest(variable: "yesm", by: ["stypec"], options: options))
            for (g, ci) in result.intervals.enumerated() {
                Agreement.check(ci.lower, expected["ci_\(name)_0.95_lo[\(g)]"], "\(name) lo[\(g)]")
                Agreement.check(ci.upper, expected["ci_\(name)_0.95_hi[\(g)]"], "\(name) hi[\(g)]")
            }
        }
    }

    @Test func unweightedIntervalsAreRefusedOnSurveyDesigns() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let request = EstimateRequest(variable: "yes", options: EstimationOptions(ci: .wilson))
        #expect(throws: AnalysisError.requiresUnweightedData(method: "wilson")) { try Self.compute(store, request) }
    }
}
