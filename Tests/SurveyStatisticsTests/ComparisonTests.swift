import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

@Suite struct ComparisonTests {
    @Test("covariance, differences, risk and odds ratios agree with svycontrast", arguments: Fixture.cases("contrast"))
    func agreesWithR(_ c: Fixture.Case) throws {
        let e = Fixture.expected[c.name]!
        let table = try surveyProportion(
            Fixture.cachedData(c.data)[c.variable]!, design: Fixture.design(c), by: Fixture.grouping(c))
        for i in 0..<table.groupCount {
            for j in 0..<table.groupCount {
                Agreement.check(
                    table.covariance(i, j), e["cov[\(i),\(j)]"]!, "\(c.name) cov[\(i),\(j)]", absolute: 1e-16)
            }
        }
        let comparisons = try table.pairwiseComparisons()
        #expect(comparisons.count == table.groupCount * (table.groupCount - 1) / 2)
        for x in comparisons {
            let key = "[\(x.groupA),\(x.groupB)]"
            Agreement.check(x.difference, e["diff" + key]!, "diff\(key)")
            Agreement.check(x.standardError, e["diff_se" + key]!, "diff_se\(key)")
            Agreement.check(x.differenceCI.lower, e["diff_lo" + key]!, "diff_lo\(key)")
            Agreement.check(x.differenceCI.upper, e["diff_hi" + key]!, "diff_hi\(key)")
            Agreement.check(x.pValue, e["diff_p" + key]!, "diff_p\(key)")
            Agreement.check(x.riskRatio!, e["rr" + key]!, "rr\(key)")
            Agreement.check(x.riskRatioCI!.lower, e["rr_lo" + key]!, "rr_lo\(key)")
            Agreement.check(x.riskRatioCI!.upper, e["rr_hi" + key]!, "rr_hi\(key)")
            Agreement.check(x.oddsRatio!, e["or" + key]!, "or\(key)")
            Agreement.check(x.oddsRatioCI!.lower, e["or_lo" + key]!, "or_lo\(key)")
            Agreement.check(x.oddsRatioCI!.upper, e["or_hi" + key]!, "or_hi\(key)")
        }
    }

    @Test("the joint covariance's diagonal is the domain variance when no PSU is lonely")
    func diagonalMatchesSE() throws {
        let c = Fixture.cases("contrast")[1]
        let table = try surveyProportion(
            Fixture.cachedData(c.data)[c.variable]!, design: Fixture.design(c), by: Fixture.grouping(c))
        for (i, e) in table.estimates.enumerated() {
            #expect(abs(table.covariance(i, i).squareRoot() - e.standardError) <= 1e-12 * e.standardError)
        }
    }
}
