import Foundation
import Testing

@testable import SurveyStatistics

@Suite struct SurveyDesignTests {
    @Test("PSUs are nested in strata and df = PSUs − strata")
    func nesting() throws {
        let d = try SurveyDesign(weights: [1, 1, 1, 1, 1, 1], strata: [0, 0, 0, 1, 1, 1], psu: [1, 1, 2, 1, 2, 2])
        #expect(d.psuCount == 4)
        #expect(d.strataCount == 2)
        #expect(d.degreesOfFreedom == 2)
        let rows = try SurveyDesign(weights: [1, 1, 1, 0], strata: [5, 5, 9, 9])
        #expect(rows.degreesOfFreedom == 1)  // zero-weight row not counted, as R's degf
    }

    @Test("codes already numbered in order of first appearance give the design any other codes give")
    func numberedCodes() throws {
        let weights: [Double] = [1, 2, 1, 3, 2, 1, 1]
        let numbered = try SurveyDesign(
            weights: weights, strata: [0, 0, 1, 1, 2, 1, 0], psu: [0, 1, 2, 3, 4, 2, 0], lonelyPSU: .remove)
        let other = try SurveyDesign(
            weights: weights, strata: [7, 7, 3, 3, 9, 3, 7], psu: [5, 6, 5, 8, 1, 5, 5], lonelyPSU: .remove)
        #expect(numbered.stratumOfRow == other.stratumOfRow)
        #expect(numbered.psuOfRow == other.psuOfRow)
        #expect(numbered.stratumOfPSU == other.stratumOfPSU)
        #expect(numbered.psuPerStratum == [2, 2, 1])
        let y: [Double] = [0, 1, 1, 0, 1, 0, 1]
        #expect(try surveyMean(y, design: numbered).estimates == surveyMean(y, design: other).estimates)
        // PSU 0 of stratum 0 and PSU 0 of stratum 1 are two PSUs, though the codes look numbered.
        #expect(try SurveyDesign(weights: [1, 1, 1, 1], strata: [0, 1, 0, 1], psu: [0, 0, 1, 1]).psuCount == 4)
    }

    @Test("invalid inputs are rejected with actionable errors")
    func validation() throws {
        #expect(throws: SurveyStatisticsError.invalidWeight(row: 1)) { try SurveyDesign(weights: [1, -1]) }
        #expect(throws: SurveyStatisticsError.invalidWeight(row: 0)) { try SurveyDesign(weights: [.nan, 1]) }
        #expect(throws: SurveyStatisticsError.lengthMismatch(what: "stratum", expected: 2, actual: 1)) {
            try SurveyDesign(weights: [1, 1], strata: [0])
        }
        #expect(throws: SurveyStatisticsError.invalidCode(what: "PSU", row: 1)) {
            try SurveyDesign(weights: [1, 1], psu: [0, -1])
        }
        // mixed forms, then N < n
        #expect(throws: SurveyStatisticsError.self) { try SurveyDesign(weights: [1, 1], fpc: [0.5, 10]) }
        #expect(throws: SurveyStatisticsError.self) { try SurveyDesign(weights: [1, 1, 1], fpc: [2, 2, 2]) }
        #expect(throws: SurveyStatisticsError.self) {
            try SurveyDesign(weights: [1, 1], strata: [0, 0], fpc: [10, 11])
        }
        let d = try SurveyDesign(weights: [1, 1, 1])
        #expect(throws: SurveyStatisticsError.notBinary(row: 2, value: 2)) {
            try surveyProportion([0, 1, 2], design: d)
        }
        #expect(throws: SurveyStatisticsError.codeOutOfRange(what: "group", row: 0, code: 3, count: 2)) {
            try surveyMean([1, 2, 3], design: d, by: Grouping(codes: [3, 0, 1], count: 2))
        }
        #expect(!SurveyStatisticsError.lonelyPSU(stratum: 3).description.isEmpty)
    }

    @Test("fpc as population size and as sampling fraction give the same design")
    func fpcForms() throws {
        let y: [Double] = [1, 0, 1, 1, 0, 0, 1, 0]
        let strata: [Int32] = [0, 0, 0, 0, 1, 1, 1, 1]
        let a = try SurveyDesign(
            weights: [Double](repeating: 5, count: 8), strata: strata, fpc: [20, 20, 20, 20, 40, 40, 40, 40])
        let b = try SurveyDesign(
            weights: [Double](repeating: 5, count: 8), strata: strata, fpc: [0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1])
        let sa = try surveyProportion(y, design: a).estimates[0].standardError
        let sb = try surveyProportion(y, design: b).estimates[0].standardError
        #expect(abs(sa - sb) < 1e-15)
    }

    @Test("a domain is estimated on the full design: rows outside it are zeros, not dropped")
    func domainIsNotASubset() throws {
        let w: [Double] = [1, 2, 1, 3, 2, 1, 2, 2]
        let psu: [Int32] = [0, 0, 1, 1, 2, 2, 3, 3]
        let y: [Double] = [1, 0, 1, 1, 0, .nan, 1, 0]
        let g: [Int32] = [0, 0, 1, 0, 1, 1, 0, 0]
        let design = try SurveyDesign(weights: w, psu: psu)
        let byGroup = try surveyProportion(y, design: design, by: Grouping(codes: g, count: 2))
        let inDomain = zip(y, g).map { $1 == 0 ? $0 : .nan }
        let masked = try surveyProportion(inDomain, design: design)
        #expect(abs(byGroup.estimates[0].standardError - masked.estimates[0].standardError) < 1e-15)
        #expect(byGroup.estimates[0].degreesOfFreedom == 3)
        #expect(byGroup.estimates[1].n == 2)
    }

    @Test("1M rows, 400 PSUs, 20 strata, 6 groups in one pass (debug build: loose bound)")
    func speed() throws {
        let n = 1_000_000
        let w = (0..<n).map { 1 + Double($0 % 7) }
        let psu = (0..<n).map { Int32(($0 / 3) % 20) }
        let strata = (0..<n).map { Int32(($0 / 60) % 20) }
        let y = (0..<n).map { $0 % 11 == 0 ? Double.nan : Double(($0 / 5) % 2) }
        let g = Grouping(codes: (0..<n).map { Int32($0 % 6) }, count: 6)
        let design = try SurveyDesign(weights: w, strata: strata, psu: psu)
        let start = Date()
        let t = try surveyProportion(y, design: design, by: g, deff: .withoutReplacement)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(t.estimates.count == 6)
        #expect(design.psuCount == 400)
    }
}
