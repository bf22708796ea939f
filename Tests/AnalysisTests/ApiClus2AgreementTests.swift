import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// R survey's public two-stage cluster sample apiclus2 under
/// `svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)`, run through the
/// computation behind `sitan estimate` (Fixtures/make_apiclus2_expected.R, which records the R
/// and survey versions): every value of the fixture is compared, to 1e-9 relative.
@Suite struct ApiClus2AgreementTests {
    static let expected = Fixtures.expected(Fixtures.analysis.appendingPathComponent("expected_apiclus2.csv"))

    /// Compares values with the fixture and remembers which were compared.
    final class Comparison {
        private(set) var compared = Set<String>()

        func check(_ actual: Double?, _ test: String, _ key: String, sourceLocation: SourceLocation = #_sourceLocation) {
            Agreement.check(actual, ApiClus2AgreementTests.expected[test]?[key], "\(test) \(key)", sourceLocation: sourceLocation)
            compared.insert(test + "/" + key)
        }

        /// Fails for every fixture value that no check compared.
        func expectEveryValueCompared(sourceLocation: SourceLocation = #_sourceLocation) {
            let all = Set(ApiClus2AgreementTests.expected.flatMap { test, values in values.keys.map { test + "/" + $0 } })
            for missed in all.subtracting(compared).sorted() {
                Issue.record("\(missed): in the fixture but not compared", sourceLocation: sourceLocation)
            }
            #expect(compared.isSubset(of: all))
        }
    }

    static func compute(
        _ store: Store, _ variable: String, by: [String] = [], options: EstimationOptions = EstimationOptions(),
        statistic: EstimateStatistic = .mean, deff: DesignEffectKind = .withoutReplacement
    ) throws -> EstimateResult {
        try EstimateComputation(inputs: AnalysisInputs(store: store), deffKind: deff)
            .run(EstimateRequest(variable: variable, by: by, options: options, statistic: statistic))
    }

    @Test func everyValueMatchesR() throws {
        let store = try FixtureDatabase.make(data: "apiclus2", design: "two_stage_implied", folder: Fixtures.analysis)
        let c = Comparison()
        try designAndNumeric(store, c)
        try proportions(store, c)
        try categories(store, c)
        try byType(store, c)
        try quantiles(store, c)
        c.expectEveryValueCompared()
        #expect(c.compared.count == 196)
    }

    /// df, the implied weights, means and the total with SE, t interval and both design effects.
    func designAndNumeric(_ store: Store, _ c: Comparison) throws {
        let byType = try Self.compute(store, "api00", by: ["stypec"])
        c.check(Double(byType.table.estimates[0].degreesOfFreedom), "design", "df")
        for e in byType.table.estimates {
            c.check(Double(byType.degreesOfFreedom[e.group]), "design", "df[\(byType.groups.labels[e.group].last!)]")
        }
        for (variable, statistic) in [("api00", "mean"), ("api99", "mean"), ("enroll", "mean"), ("enroll", "total")] {
            let kind: EstimateStatistic = statistic == "total" ? .total : .mean
            let result = try Self.compute(store, variable, statistic: kind)
            let replace = try Self.compute(store, variable, statistic: kind, deff: .withReplacement)
            let e = result.table.estimates[0]
            if variable == "api00" { c.check(e.weightedN, "design", "weight_sum") }
            c.check(e.estimate, statistic, variable)
            c.check(e.standardError, statistic, variable + "_se")
            c.check(e.designEffect, statistic, variable + "_deff")
            c.check(replace.table.estimates[0].designEffect, statistic, variable + "_deffr")
            c.check(result.intervals[0].lower, statistic, variable + "_lo")
            c.check(result.intervals[0].upper, statistic, variable + "_hi")
        }
    }

    /// Proportions with every interval method at two levels.
    func proportions(_ store: Store, _ c: Comparison) throws {
        for variable in ["yes", "awards"] {
            let result = try Self.compute(store, variable)
            let e = result.table.estimates[0]
            c.check(e.estimate, "proportion", variable)
            c.check(e.standardError, "proportion", variable + "_se")
            c.check(e.designEffect, "proportion", variable + "_deff")
            c.check(
                try Self.compute(store, variable, deff: .withReplacement).table.estimates[0].designEffect, "proportion", variable + "_deffr"
            )
            for method in [ProportionCI.logit, .xlogit, .asin, .kornGraubard, .mean, .likelihood] {
                for level in [0.95, 0.9] {
                    let ci = try Self.compute(store, variable, options: EstimationOptions(ci: method, level: level)).intervals[0]
                    let key = "\(variable)_\(method.rawValue)_\(level == 0.95 ? "0.95" : "0.9")"
                    c.check(ci.lower, "proportion", key + "_lo")
                    c.check(ci.upper, "proportion", key + "_hi")
                }
            }
        }
    }

    /// School-type shares with their logit intervals, and the estimated number of each type.
    func categories(_ store: Store, _ c: Comparison) throws {
        for (statistic, kind) in [("share", EstimateStatistic.mean), ("count", .total)] {
            let result = try Self.compute(store, "stypec", statistic: kind)
            let replace = try Self.compute(store, "stypec", statistic: kind, deff: .withReplacement)
            for (i, e) in result.table.estimates.enumerated() {
                let key = "[\(result.categories[e.category])]"
                c.check(e.estimate, statistic, key)
                c.check(e.standardError, statistic, "se" + key)
                c.check(e.designEffect, statistic, "deff" + key)
                c.check(replace.table.estimates[i].designEffect, statistic, "deffr" + key)
                if statistic == "share" {
                    c.check(result.intervals[i].lower, statistic, "lo" + key)
                    c.check(result.intervals[i].upper, statistic, "hi" + key)
                }
            }
        }
    }

    /// svyby by school type: means with the t interval on each group's df, proportions with the
    /// logit and Korn–Graubard intervals of `svyciprop` on each group's subset.
    func byType(_ store: Store, _ c: Comparison) throws {
        let means = try Self.compute(store, "api00", by: ["stypec"])
        for (i, e) in means.table.estimates.enumerated() {
            let key = "[\(means.groups.labels[e.group].last!)]"
            c.check(e.estimate, "by_mean", "api00" + key)
            c.check(e.standardError, "by_mean", "api00_se" + key)
            c.check(e.designEffect, "by_mean", "api00_deff" + key)
            c.check(means.intervals[i].lower, "by_mean", "api00\(key)_lo")
            c.check(means.intervals[i].upper, "by_mean", "api00\(key)_hi")
        }
        for method in [ProportionCI.logit, .kornGraubard] {
            let result = try Self.compute(store, "yes", by: ["stypec"], options: EstimationOptions(ci: method))
            for (i, e) in result.table.estimates.enumerated() {
                let key = "[\(result.groups.labels[e.group].last!)]"
                if method == .logit {
                    c.check(e.estimate, "by_proportion", "yes" + key)
                    c.check(e.standardError, "by_proportion", "yes_se" + key)
                }
                c.check(result.intervals[i].lower, "by_proportion", "yes_\(method.rawValue)_lo" + key)
                c.check(result.intervals[i].upper, "by_proportion", "yes_\(method.rawValue)_hi" + key)
            }
        }
    }

    /// Quartiles of api00 overall and per school type (svyquantile's defaults).
    func quantiles(_ store: Store, _ c: Comparison) throws {
        for by in [[], ["stypec"]] {
            let result = try Self.compute(store, "api00", by: by, statistic: .quantiles([0.25, 0.5, 0.75]))
            for (i, e) in result.table.estimates.enumerated() {
                let group = by.isEmpty ? "" : "[\(result.groups.labels[e.group].last!)]"
                let key = result.categories[e.category] + group
                c.check(e.estimate, "quantile", key)
                c.check(result.intervals[i].lower, "quantile", "lo" + key)
                c.check(result.intervals[i].upper, "quantile", "hi" + key)
                c.check(e.standardError, "quantile", "se" + key)
            }
        }
    }
}
