import Foundation
import Storage
import TestSupport
import Testing

@testable import Analysis

/// Two-stage designs stored as `_psu2`/`_fpc2` (a codebook's `psu: [dnum, snum]`,
/// `fpc: [fpc1, fpc2]`) against R survey (SurveyStatisticsTests/Fixtures/make_multistage_expected.R).
@Suite struct MultistageAnalysisTests {
    static let expected: [String: [String: Double]] = Fixtures.expected(
        Fixtures.surveyStatistics.appendingPathComponent("expected_multistage.csv"))

    /// No weights: the fpc of both stages implies them; mean, proportion and shares with their
    /// SEs equal R's `svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2)`.
    @Test func impliedWeightsAndBothStagesVariance() throws {
        let store = try FixtureDatabase.make(data: "clus2", design: "two_stage_implied")
        let r = try #require(Self.expected["implied"])
        let mean = try EstimateAgreementTests.compute(store, EstimateRequest(variable: "api00")).table.estimates[0]
        Agreement.check(mean.estimate, r["mean_api00"], "mean")
        Agreement.check(mean.standardError, r["mean_api00_se"], "mean se")
        Agreement.check(mean.weightedN, r["weight_sum"], "weight sum")
        let yes = try EstimateAgreementTests.compute(store, EstimateRequest(variable: "yes")).table.estimates[0]
        Agreement.check(yes.estimate, r["prop_yes"], "proportion")
        Agreement.check(yes.standardError, r["prop_yes_se"], "proportion se")
        let shares = try EstimateAgreementTests.compute(store, EstimateRequest(variable: "stypec")).table.estimates
        #expect(shares.count == 3)
        for share in shares {
            Agreement.check(share.standardError, r["share_se[\(share.category)]"], "share se \(share.category)")
        }
        #expect(mean.degreesOfFreedom == Int(r["df"]!))
    }
}
