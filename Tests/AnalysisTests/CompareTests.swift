import Disclosure
import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// `sitan compare` against R's svychisq and svycontrast, and through disclosure control.
@Suite struct CompareTests {
    func compute(_ store: Store, _ request: CompareRequest) throws -> CompareResult {
        try ComparisonComputation(inputs: AnalysisInputs(store: store)).run(request)
    }

    @Test(arguments: [
        ("chisq_strat_cluster_yesm_stype", "strat", "strat_cluster", "yesm", "stypec"),
        ("chisq_clus1_stypem_awards", "clus1", "clus1_fpc", "stypem", "awards"),
    ])
    func raoScottMatchesSvychisq(_ c: (String, String, String, String, String)) throws {
        let store = try FixtureDatabase.make(data: c.1, design: c.2)
        let expected = Fixtures.domainExpected[c.0]!
        let test = try #require(try compute(store, CompareRequest(variable: c.3, across: c.4)).blocks[0].raoScott)
        Agreement.check(test.f, expected["F"], "F")
        Agreement.check(test.numeratorDF, expected["F_ndf"], "ndf")
        Agreement.check(test.denominatorDF, expected["F_ddf"], "ddf")
        Agreement.check(test.fPValue, expected["F_p"], "F p", tolerance: 1e-8)
        Agreement.check(test.pearsonX2, expected["X2"], "X2")
        Agreement.check(test.firstOrderPValue, expected["X2_p"], "X2 p", tolerance: 1e-8)
    }

    @Test func contrastsMatchSvycontrast() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let expected = Fixtures.surveyExpected["contrast_strat_cluster_yesm_stype"]!
        let block = try compute(store, CompareRequest(variable: "yesm", across: "stypec")).blocks[0]
        #expect(block.pairs.count == 3)
        for pair in block.pairs {
            let key = "[\(block.acrossOfGroup[pair.groupA]),\(block.acrossOfGroup[pair.groupB])]"
            Agreement.check(pair.difference, expected["diff" + key], "diff" + key)
            Agreement.check(pair.standardError, expected["diff_se" + key], "diff_se" + key)
            Agreement.check(pair.differenceCI.lower, expected["diff_lo" + key], "diff_lo" + key)
            Agreement.check(pair.pValue, expected["diff_p" + key], "diff_p" + key, tolerance: 1e-8)
            Agreement.check(pair.riskRatio, expected["rr" + key], "rr" + key)
            Agreement.check(pair.riskRatioCI?.upper, expected["rr_hi" + key], "rr_hi" + key)
            Agreement.check(pair.oddsRatio, expected["or" + key], "or" + key)
            Agreement.check(pair.oddsRatioCI?.lower, expected["or_lo" + key], "or_lo" + key)
        }
    }

    /// Differences of means against svycontrast (t and normal limits) and svyttest (t, df, p);
    /// fails if the fixture holds a value that was not compared.
    @Test(arguments: [
        ("ttest_strat_cluster_api00m_stype", "strat", "strat_cluster", "api00m", "stypec", [DomainFilter]()),
        ("ttest_clus1_fpc_api00_awards", "clus1", "clus1_fpc", "api00", "awards", []),
        (
            "ttest_strat_cluster_api00m_awards_stype12", "strat", "strat_cluster", "api00m", "awards",
            [DomainFilter(variable: "stypec", values: ["1", "2"])]
        ),
    ])
    func meansMatchSvycontrastAndSvyttest(_ c: (String, String, String, String, String, [DomainFilter])) throws {
        let store = try FixtureDatabase.make(data: c.1, design: c.2)
        let expected = Fixtures.domainExpected[c.0]!
        var compared = Set<String>()
        func check(_ actual: Double?, _ key: String, tolerance: Double = 1e-9) {
            Agreement.check(actual, expected[key], "\(c.0) \(key)", tolerance: tolerance)
            if expected[key] != nil { compared.insert(key) }
        }
        for rule in [DegreesOfFreedomRule.design, .inf] {
            let request = CompareRequest(
                variable: c.3, across: c.4, options: EstimationOptions(filters: c.5, degreesOfFreedom: rule))
            let result = try compute(store, request)
            #expect(result.comparesMeans && result.blocks.count == 1)
            let block = result.blocks[0]
            #expect(block.raoScott == nil && block.tTests.count == block.pairs.count)
            check(Double(block.degreesOfFreedom), "df")
            for (pair, test) in zip(block.pairs, block.tTests) {
                let label = { (g: Int) in result.acrossLevels[block.acrossOfGroup[g]] }
                let key = "[\(label(pair.groupA)),\(label(pair.groupB))]"
                let suffix = rule == .inf ? "_inf" : ""
                check(pair.difference, "diff" + key)
                check(pair.standardError, "se" + key)
                check(pair.differenceCI.lower, "lo" + suffix + key)
                check(pair.differenceCI.upper, "hi" + suffix + key)
                check(-test.t, "t" + key)
                check(Double(test.degreesOfFreedom), "t_df" + key)
                check(test.pValue, "p" + key, tolerance: 1e-8)
            }
        }
        #expect(compared == Set(expected.keys))
    }

    /// A difference of means is published with t and p unless a level has fewer than k
    /// respondents with an answer.
    @Test func meansWithASmallLevelAreSuppressed() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let open = try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5))
            .compare(CompareRequest(variable: "api00m", across: "stypec"))
        #expect(open.comparesMeans && open.tests.rows.isEmpty && open.pairs.rows.count == 3)
        let t = try #require(open.pairs.header.firstIndex(of: "t"))
        #expect(open.pairs.rows.allSatisfy { $0[t].value != nil })
        #expect(!open.pairs.header.contains("risk_ratio"))
        let closed = try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 60))
            .compare(CompareRequest(variable: "api00m", across: "stypec"))
        #expect(closed.pairs.rows.contains { $0[t].mark == .confidential && $0[t].value == nil })
    }

    @Test func pearsonAndCramersVForUnweightedData() throws {
        let store = try FixtureDatabase.make(data: "srs", design: "srs_unweighted")
        let block = try compute(store, CompareRequest(variable: "yes", across: "stypec")).blocks[0]
        let expected = Fixtures.surveyExpected["chisq_srs_fpc_yes_stype"]!
        let pearson = try #require(block.pearson)
        Agreement.check(pearson.statistic, expected["pearson"], "pearson")
        Agreement.check(pearson.cramersV, expected["cramer_v"], "V")
    }

    @Test func comparisonsWithASmallCellAreSuppressed() throws {
        var people = SyntheticSurvey.group("female", count: 400, ones: 120, region: "north")
        people += SyntheticSurvey.group("female", count: 400, ones: 150, region: "south")
        people += SyntheticSurvey.group("male", count: 400, ones: 3, region: "north")
        let store = try SyntheticSurvey.make(people)
        let analysis = SurveyAnalysis(store: store, disclosure: try DisclosureControl(k: 5))
        let published = try analysis.compare(CompareRequest(variable: "y", across: "sex"))
        let pairs = published.pairs
        #expect(pairs.rows.count == 1)
        let difference = try #require(pairs.header.firstIndex(of: "difference"))
        #expect(pairs.rows[0][difference].mark == .confidential && pairs.rows[0][difference].value == nil)
        let stat = try #require(published.tests.header.firstIndex(of: "statistic"))
        #expect(published.tests.rows.allSatisfy { $0[stat].value == nil })
        let byRegion = try analysis.compare(CompareRequest(variable: "y", across: "region", by: ["sex"]))
        let sex = try #require(byRegion.pairs.header.firstIndex(of: "sex"))
        let femaleRow = try #require(byRegion.pairs.rows.first { $0[sex].text == "female" })
        #expect(femaleRow[byRegion.pairs.header.firstIndex(of: "difference")!].value != nil)
    }
}
