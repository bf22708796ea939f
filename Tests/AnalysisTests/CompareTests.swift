import Disclosure
import Foundation
import Storage
import SurveyStatistics
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
