import Foundation
import Testing

@testable import SurveyStatistics

/// Multi-stage designs against R survey's `svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2)`
/// on apiclus2 (Fixtures/make_multistage_expected.R).
@Suite struct MultistageTests {
    static let expected: [String: [String: Double]] = {
        var out: [String: [String: Double]] = [:]
        for r in Fixture.rows("expected_multistage").rows where r[0] != "_versions" {
            out[r[0], default: [:]][r[1..<(r.count - 1)].joined(separator: ",")] = Double(r[r.count - 1])!
        }
        return out
    }()

    static func design(_ name: String) throws -> SurveyDesign {
        let d = Fixture.cachedData("clus2")
        let codes = { (column: String) in d[column]!.map { Int32($0) } }
        let stages = [codes("dnum"), codes("snum")]
        switch name {
        case "implied": return try .multistage(weights: nil, stages: stages, fpc: [d["fpc1"]!, d["fpc2"]!])
        case "fractions": return try .multistage(weights: d["w"]!, stages: stages, fpc: [d["f1"]!, d["f2"]!])
        case "weighted": return try .multistage(weights: d["w"]!, stages: stages, fpc: [d["fpc1"]!, d["fpc2"]!])
        case "stratified":
            return try .multistage(weights: nil, strata: codes("st"), stages: stages, fpc: [d["fpc1s"]!, d["fpc2"]!])
        default: return try .multistage(weights: d["w"]!, stages: stages)
        }
    }

    /// Every estimate and SE of the case equal to R to 1e-9; fails if a fixture value was not compared.
    @Test(arguments: ["implied", "fractions", "weighted", "stratified", "nofpc"])
    func matchesR(_ name: String) throws {
        let expected = try #require(Self.expected[name])
        let d = Fixture.cachedData("clus2")
        let design = try Self.design(name)
        var compared = Set<String>()
        func check(_ actual: Double, _ key: String) {
            guard let value = expected[key] else {
                Issue.record("\(name) \(key): not in the fixture")
                return
            }
            compared.insert(key)
            #expect(abs(actual - value) <= 1e-9 * abs(value), "\(name) \(key): \(actual) vs R \(value)")
        }
        check(Double(design.degreesOfFreedom), "df")
        check(design.weights.reduce(0, +), "weight_sum")
        let mean = try surveyMean(d["api00"]!, design: design).estimates[0]
        check(mean.estimate, "mean_api00")
        check(mean.standardError, "mean_api00_se")
        let total = try surveyTotal(d["enroll"]!, design: design).estimates[0]
        check(total.estimate, "total_enroll")
        check(total.standardError, "total_enroll_se")
        let proportion = try surveyProportion(d["yes"]!, design: design).estimates[0]
        check(proportion.estimate, "prop_yes")
        check(proportion.standardError, "prop_yes_se")
        let stype = d["stypec"]!.map { Int32($0) }
        for share in try surveyShares(stype, categoryCount: 3, design: design).estimates {
            check(share.estimate, "share[\(share.category)]")
            check(share.standardError, "share_se[\(share.category)]")
        }
        let byType = try surveyMean(d["api00"]!, design: design, by: Grouping(codes: stype, count: 3))
        for e in byType.estimates {
            check(e.estimate, "by_mean[\(e.group)]")
            check(e.standardError, "by_se[\(e.group)]")
        }
        check(byType.covariance(0, 1), "by_cov[0,1]")
        #expect(compared == Set(expected.keys))
    }

    /// Without an fpc the later stages do not enter the variance: the single-stage design.
    @Test func withoutFPCTheFirstStageAlone() throws {
        let d = Fixture.cachedData("clus2")
        let multi = try Self.design("nofpc")
        let single = try SurveyDesign(weights: d["w"]!, psu: d["dnum"]!.map { Int32($0) })
        let a = try surveyMean(d["api00"]!, design: multi).estimates[0]
        let b = try surveyMean(d["api00"]!, design: single).estimates[0]
        #expect(a == b)
    }

    /// A second-stage fpc contributes: the SE differs from the first stage's alone.
    @Test func theSecondStageAddsVariance() throws {
        let d = Fixture.cachedData("clus2")
        let single = try SurveyDesign(weights: try Self.design("implied").weights, psu: d["dnum"]!.map { Int32($0) }, fpc: d["fpc1"]!)
        let oneStage = try surveyMean(d["api00"]!, design: single).estimates[0].standardError
        let twoStage = try surveyMean(d["api00"]!, design: try Self.design("implied")).estimates[0].standardError
        #expect(twoStage > oneStage)
    }

    @Test func refusesWeightsWithoutFPCAndMismatchedStages() {
        let d = Fixture.cachedData("clus2")
        let stages = [d["dnum"]!.map { Int32($0) }, d["snum"]!.map { Int32($0) }]
        #expect(throws: SurveyStatisticsError.self) { try SurveyDesign.multistage(weights: nil, stages: stages) }
        #expect(throws: SurveyStatisticsError.self) {
            try SurveyDesign.multistage(weights: nil, stages: stages, fpc: [d["fpc1"]!])
        }
        #expect(throws: SurveyStatisticsError.self) {
            try SurveyDesign.multistage(weights: nil, stages: stages, fpc: [d["fpc1"]!, d["f2"]!])
        }
    }
}
