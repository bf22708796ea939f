import TestSupport
import Testing

@testable import SurveyStatistics

/// A model matrix held by columns (intercept, numeric columns, factor codes) gives the fit of the
/// same matrix written out row-major, bit for bit.
@Suite struct ModelColumnsTests {
    @Test(arguments: GLMTests.cases)
    func sameFitAsRowMajor(_ c: GLMTests.ModelCase) throws {
        let d = Fixture.cachedData(c.data)
        let design = try GLMTests.design(c.design, d)
        let n = design.rowCount
        let (x, p, used, columns) = GLMTests.modelMatrix(c, d, rows: n)
        let y = d[c.outcome]!
        let inDomain = (0..<n).map { i in c.domain.map { c.levels.contains(d[$0]![i]) } ?? true }
        let rowMajor = try surveyGLM(y, predictors: x, columns: p, family: c.family, design: design, rows: used, domain: inDomain)
        let byColumns = try surveyGLM(y, matrix: columns, family: c.family, design: design, rows: used, domain: inDomain)
        #expect(byColumns.coefficients == rowMajor.coefficients)
        #expect(byColumns.covariance == rowMajor.covariance)
        #expect(byColumns.iterations == rowMajor.iterations)
        #expect(byColumns.degreesOfFreedom == rowMajor.degreesOfFreedom)
    }

    @Test func valuesOfEachKindOfColumn() {
        let matrix = ModelColumns([.intercept, .values([2.5, -1]), .indicator(codes: [1, -1], level: 1)], rows: 2)
        #expect(matrix.columnCount == 3 && matrix.rowCount == 2)
        #expect((0..<2).map { i in (0..<3).map { matrix.value(row: i, column: $0) } } == [[1, 2.5, 1], [1, -1, 0]])
        let rowMajor = ModelColumns(rowMajor: [1, 2.5, 1, 1, -1, 0], columns: 3)
        #expect(rowMajor.rowCount == 2 && rowMajor.value(row: 1, column: 1) == -1)
    }
}
