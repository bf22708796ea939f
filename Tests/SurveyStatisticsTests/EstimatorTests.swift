import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

@Suite struct EstimatorTests {
    static let estimateCases = Fixture.cases("mean", "total", "proportion", "share")

    static func table(_ c: Fixture.Case, deff: DesignEffectKind) throws -> EstimateTable {
        let design = try Fixture.design(c)
        let y = Fixture.cachedData(c.data)[c.variable]!
        let groups = Fixture.grouping(c)
        switch c.statistic {
        case "mean": return try surveyMean(y, design: design, by: groups, deff: deff)
        case "total": return try surveyTotal(y, design: design, by: groups, deff: deff)
        case "proportion": return try surveyProportion(y, design: design, by: groups, deff: deff)
        default:
            let codes = Fixture.codes(y)
            return try surveyShares(codes, categoryCount: Int(codes.max()!) + 1, design: design, by: groups, deff: deff)
        }
    }

    @Test("estimates, SEs, deff and df agree with R survey", arguments: estimateCases)
    func agreesWithR(_ c: Fixture.Case) throws {
        let expected = Fixture.expected[c.name]!
        if c.lonely == "fail" && expected["error"] != nil {
            #expect(throws: SurveyStatisticsError.self) { try Self.table(c, deff: .withoutReplacement) }
            return
        }
        let t1 = try Self.table(c, deff: .withoutReplacement)
        let t2 = try Self.table(c, deff: .withReplacement)
        var checked = 0
        for (i, e) in t1.estimates.enumerated() where expected["est[\(e.group),\(e.category)]"] != nil {
            let key = "[\(e.group),\(e.category)]"
            Agreement.check(e.estimate, expected["est" + key]!, "\(c.name) est\(key)")
            Agreement.check(e.standardError, expected["se" + key]!, "\(c.name) se\(key)")
            Agreement.check(e.designEffect!, expected["deff" + key]!, "\(c.name) deff\(key)")
            Agreement.check(t2.estimates[i].designEffect!, expected["deffr" + key]!, "\(c.name) deffr\(key)")
            #expect(Double(e.degreesOfFreedom) == expected["df"]!)
            checked += 1
        }
        #expect(checked == expected.keys.filter { $0.hasPrefix("est[") }.count, "\(c.name): every R estimate checked")
    }
}

extension Fixture.Case: CustomTestStringConvertible {
    var testDescription: String { name }
}
