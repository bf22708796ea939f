import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

@Suite struct RaoScottTests {
    @Test("svychisq F and Chisq, and unweighted chisq.test, agree with R", arguments: Fixture.cases("chisq"))
    func agreesWithR(_ c: Fixture.Case) throws {
        let e = Fixture.expected[c.name]!
        let data = Fixture.cachedData(c.data)
        let outcome = Fixture.codes(data[c.variable]!)
        let groups = Fixture.grouping(c)!
        let categories = Int(outcome.max()!) + 1
        let test = try raoScottTest(outcome, categoryCount: categories, across: groups, design: Fixture.design(c))
        Agreement.check(test.f, e["F"]!, "\(c.name) F")
        Agreement.check(test.numeratorDF, e["F_ndf"]!, "\(c.name) ndf")
        Agreement.check(test.denominatorDF, e["F_ddf"]!, "\(c.name) ddf")
        Agreement.check(test.fPValue, e["F_p"]!, "\(c.name) F p")
        Agreement.check(test.pearsonX2, e["X2"]!, "\(c.name) X2")
        #expect(Double(test.degreesOfFreedom) == e["X2_df"]!)
        Agreement.check(test.firstOrderPValue, e["X2_p"]!, "\(c.name) X2 p")
        let pearson = try pearsonTest(outcome, categoryCount: categories, across: groups)
        Agreement.check(pearson.statistic, e["pearson"]!, "\(c.name) pearson")
        #expect(Double(pearson.degreesOfFreedom) == e["pearson_df"]!)
        Agreement.check(pearson.pValue, e["pearson_p"]!, "\(c.name) pearson p")
        Agreement.check(pearson.cramersV, e["cramer_v"]!, "\(c.name) Cramér's V")
    }

    @Test("one level only is refused")
    func tooFewLevels() throws {
        let design = try SurveyDesign(weights: [1, 1, 1, 1])
        #expect(throws: SurveyStatisticsError.tooFewLevels(what: "group", count: 1)) {
            try raoScottTest(
                [0, 1, 0, 1], categoryCount: 2, across: Grouping(codes: [0, 0, 0, 0], count: 1), design: design)
        }
    }
}

@Suite struct MatrixTests {
    @Test("solve reproduces a known system and detects singularity")
    func solve() throws {
        let a = Matrix(rows: 3, cols: 3, values: [0, 2, 1, 1, 1, 1, 2, 1, 3])  // needs pivoting
        let x = Matrix(rows: 3, cols: 2, values: [1, -1, 2, 0.5, 3, 4])
        let b = a * x
        let solved = try a.solve(b, context: "test")
        for (s, t) in zip(solved.values, x.values) { #expect(abs(s - t) < 1e-14) }
        let singular = Matrix(rows: 2, cols: 2, values: [1, 2, 2, 4])
        #expect(throws: SurveyStatisticsError.self) {
            try singular.solve(Matrix(rows: 2, cols: 1, values: [1, 1]), context: "test")
        }
        #expect(a.transposed.transposed == a)
        #expect(a.trace == 4)
    }

    @Test("interaction residual is orthogonal to the main effects")
    func residual() {
        let c = interactionResidual(rows: 3, cols: 4)
        for j in 0..<c.cols {
            for r in 0..<3 { #expect(abs((0..<4).reduce(0) { $0 + c[$1 * 3 + r, j] }) < 1e-15) }
            for col in 0..<4 { #expect(abs((0..<3).reduce(0) { $0 + c[col * 3 + $1, j] }) < 1e-15) }
        }
    }
}
