import Foundation
import TestSupport
import Testing

@testable import StatisticalDistributions

/// Pearson's X², df, p-value and Cramér's V against R 4.2 `chisq.test(correct = FALSE)`
/// (`Fixtures/contingency.csv`, from `Fixtures/make_expected.R`).
struct PearsonChiSquaredTestTests {
    @Test func matchesRChisqTest() throws {
        let table = try FixtureTable(named: "contingency")
        #expect(table.rows.count == 6)
        for row in table.rows {
            let rows = Int(row.double("rows")), columns = Int(row.double("cols"))
            let cells = row.string("cells_column_major").split(separator: " ").compactMap { Double($0) }
            let matrix = (0..<rows).map { i in (0..<columns).map { j in cells[j * rows + i] } }
            let test = try PearsonChiSquaredTest(table: matrix)
            #expect(test.degreesOfFreedom == Int(row.double("df")))
            #expect(relativeError(test.statistic, row.double("statistic")) <= 1e-12)
            #expect(relativeError(test.pValue, row.double("p_value")) <= 1e-12, "p \(test.pValue) vs \(row.double("p_value"))")
            #expect(relativeError(test.cramersV, row.double("cramers_v")) <= 1e-12)
        }
    }

    @Test func rejectsEmptyMarginsAndRaggedTables() {
        #expect(throws: StatisticalDistributionsError.emptyMargin("row 2")) {
            try PearsonChiSquaredTest(table: [[1, 2], [0, 0]])
        }
        #expect(throws: StatisticalDistributionsError.self) {
            try PearsonChiSquaredTest(table: [[1, 2], [3]])
        }
    }
}
