import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// `--where` domains against R's `subset(design, condition)` (Fixtures/make_domain_expected.R).
@Suite struct DomainTests {
    func compute(_ store: Store, _ request: EstimateRequest) throws -> EstimateResult {
        try EstimateAgreementTests.compute(store, request)
    }

    @Test func proportionInADomainMatchesSubset() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let expected = Fixtures.domainExpected["where_strat_cluster_yesm_stype1"]!
        let methods: [(ProportionCI, String)] = [
            (.logit, "xlogit"), (.likelihood, "likelihood"), (.asin, "asin"), (.kornGraubard, "beta"), (.mean, "mean"),
        ]
        for (method, name) in methods {
            let options = EstimationOptions(filters: [DomainFilter(variable: "stypec", values: ["1"])], ci: method)
            let result = try compute(store, EstimateRequest(variable: "yesm", options: options))
            let e = result.table.estimates[0]
            Agreement.check(Double(result.degreesOfFreedom[0]), expected["df"], "df")
            Agreement.check(e.estimate, expected["est"], "est")
            Agreement.check(e.standardError, expected["se"], "se")
            Agreement.check(e.designEffect, expected["deff"], "deff")
            Agreement.check(result.intervals[0].lower, expected[name + "_lo"], name + " lo")
            Agreement.check(result.intervals[0].upper, expected[name + "_hi"], name + " hi")
        }
    }

    @Test func severalValuesAndOneStageClusters() throws {
        let store = try FixtureDatabase.make(data: "clus1", design: "clus1_fpc")
        let expected = Fixtures.domainExpected["where_clus1_awards_stype02"]!
        let options = EstimationOptions(filters: [DomainFilter(variable: "stypec", values: ["0", "2"])])
        let result = try compute(store, EstimateRequest(variable: "awards", options: options))
        Agreement.check(Double(result.degreesOfFreedom[0]), expected["df"], "df")
        Agreement.check(result.table.estimates[0].estimate, expected["est"], "est")
        Agreement.check(result.table.estimates[0].standardError, expected["se"], "se")
        Agreement.check(result.intervals[0].lower, expected["xlogit_lo"], "logit lo")
        Agreement.check(result.intervals[0].upper, expected["xlogit_hi"], "logit hi")
        var likelihood = options
        likelihood.ci = .likelihood
        let profile = try compute(store, EstimateRequest(variable: "awards", options: likelihood))
        Agreement.check(profile.intervals[0].lower, expected["likelihood_lo"], "likelihood lo")
        Agreement.check(profile.intervals[0].upper, expected["likelihood_hi"], "likelihood hi")
    }

    @Test func meansByGroupInsideADomain() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let expected = Fixtures.domainExpected["where_strat_cluster_api00m_by_awards_stype12"]!
        let options = EstimationOptions(filters: [DomainFilter(variable: "stypec", values: ["1", "2"])])
        let result = try compute(store, EstimateRequest(variable: "api00m", by: ["awards"], options: options))
        for (g, e) in result.table.estimates.enumerated() {
            let label = result.groups.labels[g].last!
            Agreement.check(Double(result.degreesOfFreedom[g]), expected["df[\(label)]"], "df[\(label)]")
            Agreement.check(e.estimate, expected["est[\(label)]"], "est[\(label)]")
            Agreement.check(e.standardError, expected["se[\(label)]"], "se[\(label)]")
            Agreement.check(e.designEffect, expected["deff[\(label)]"], "deff[\(label)]")
            Agreement.check(result.intervals[g].lower, expected["lo[\(label)]"], "lo[\(label)]")
            Agreement.check(result.intervals[g].upper, expected["hi[\(label)]"], "hi[\(label)]")
        }
    }

    /// `--by` gives each group the df of its own domain, as `svyby(..., svyciprop, na.rm = TRUE)`,
    /// and so the same interval as asking for the group with `--where`.
    @Test func proportionsByGroupUseEachGroupsDomain() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let expected = Fixtures.domainExpected["by_strat_cluster_yesm_stype"]!
        var compared = Set<String>()
        func check(_ actual: Double, _ key: String) {
            Agreement.check(actual, expected[key], key)
            if expected[key] != nil { compared.insert(key) }
        }
        let methods: [(ProportionCI, String)] = [
            (.xlogit, "xlogit"), (.likelihood, "likelihood"), (.asin, "asin"), (.kornGraubard, "beta"), (.mean, "mean"),
        ]
        for (method, name) in methods {
            for rule in [DegreesOfFreedomRule.design, .inf] {
                let suffix = rule == .inf ? "_inf" : ""
                guard rule == .design || expected["\(name)_inf_lo[0]"] != nil else { continue }
                let options = EstimationOptions(ci: method, degreesOfFreedom: rule)
                let byGroup = try compute(store, EstimateRequest(variable: "yesm", by: ["stypec"], options: options))
                for (g, ci) in byGroup.intervals.enumerated() {
                    let label = byGroup.groups.labels[g].last!
                    check(byGroup.table.estimates[g].estimate, "est[\(label)]")
                    check(Double(byGroup.degreesOfFreedom[g]), "df[\(label)]")
                    check(ci.lower, "\(name)\(suffix)_lo[\(label)]")
                    check(ci.upper, "\(name)\(suffix)_hi[\(label)]")
                    var alone = options
                    alone.filters = [DomainFilter(variable: "stypec", values: [label])]
                    let asked = try compute(store, EstimateRequest(variable: "yesm", options: alone))
                    #expect(asked.intervals[0] == ci && asked.degreesOfFreedom[0] == byGroup.degreesOfFreedom[g])
                }
            }
        }
        #expect(compared == Set(expected.keys))
    }

    @Test func sharesInADomain() throws {
        let store = try FixtureDatabase.make(data: "clus1", design: "clus1_fpc")
        let expected = Fixtures.domainExpected["where_clus1_stypem_awards1"]!
        let options = EstimationOptions(filters: [DomainFilter(variable: "awards", values: ["1"])])
        let result = try compute(store, EstimateRequest(variable: "stypem", options: options))
        Agreement.check(Double(result.degreesOfFreedom[0]), expected["df"], "df")
        for (j, e) in result.table.estimates.enumerated() {
            let label = result.categories[j]
            Agreement.check(e.estimate, expected["est[\(label)]"], "est[\(label)]")
            Agreement.check(e.standardError, expected["se[\(label)]"], "se[\(label)]")
        }
    }

    @Test func unweightedDomainKeepsWilsonAndClopperPearson() throws {
        let store = try FixtureDatabase.make(data: "srs", design: "srs_unweighted")
        let expected = Fixtures.domainExpected["where_srs_unweighted_yesm_awards1"]!
        for (method, name) in [(ProportionCI.wilson, "wilson"), (.clopperPearson, "clopper")] {
            let options = EstimationOptions(filters: [DomainFilter(variable: "awards", values: ["1"])], ci: method)
            let result = try compute(store, EstimateRequest(variable: "yesm", options: options))
            Agreement.check(result.table.estimates[0].estimate, expected["est"], "est")
            Agreement.check(result.intervals[0].lower, expected[name + "_lo"], name + " lo")
            Agreement.check(result.intervals[0].upper, expected[name + "_hi"], name + " hi")
        }
    }

    /// Dropping the rows outside the domain before estimating (what sitan never does) gives a
    /// different SE on a clustered design: the domain estimate is not a subset estimate.
    @Test func droppingRowsWouldChangeTheStandardError() throws {
        let dropped = try FixtureDatabase.make(data: "strat", design: "strat_cluster_nofpc") { $0["awards"] == "1" }
        let full = try FixtureDatabase.make(data: "strat", design: "strat_cluster_nofpc")
        let domain = EstimationOptions(filters: [DomainFilter(variable: "awards", values: ["1"])])
        let inDomain = try compute(full, EstimateRequest(variable: "api00m", options: domain)).table.estimates[0]
        let onDropped = try compute(dropped, EstimateRequest(variable: "api00m")).table.estimates[0]
        #expect(try dropped.database.scalar("SELECT count(*) FROM survey") < full.database.scalar("SELECT count(*) FROM survey"))
        #expect(abs(inDomain.estimate - onDropped.estimate) < 1e-9)
        #expect(abs(inDomain.standardError - onDropped.standardError) > 1e-6 * inDomain.standardError)
    }

    @Test func unknownValuesAndVariablesAreUsageErrors() throws {
        let store = try FixtureDatabase.make(data: "srs", design: "srs_nofpc")
        let bad = EstimationOptions(filters: [DomainFilter(variable: "stypec", values: ["9"])])
        #expect(throws: AnalysisError.unknownValue(variable: "stypec", valid: ["0", "1", "2"])) {
            try compute(store, EstimateRequest(variable: "yes", options: bad))
        }
        #expect(throws: AnalysisError.unknownVariable("nope")) { try compute(store, EstimateRequest(variable: "nope")) }
        #expect(throws: AnalysisError.conflictingVariables("yes")) {
            try compute(store, EstimateRequest(variable: "yes", by: ["yes"]))
        }
        #expect(
            throws: AnalysisError.malformedArgument(
                option: "--where", argument: "stypec", expected: "VARIABLE=VALUE or VARIABLE=VALUE,VALUE,...")
        ) {
            try DomainFilter(parsing: "stypec")
        }
    }
}
