import Foundation
import TestSupport
import Testing

@testable import StatisticalDistributions

/// Wilson and Clopper–Pearson intervals and the exact binomial test against R 4.2
/// (`Fixtures/binomial.csv`, from `Fixtures/make_expected.R`), plus interval properties.
struct BinomialIntervalTests {
    static let tolerance = 1e-12

    @Test func matchesRPropTestBinomTest() throws {
        let table = try FixtureTable(named: "binomial")
        #expect(table.rows.count > 50)
        var worst = 0.0
        for row in table.rows {
            let x = Int(row.double("successes")), n = Int(row.double("trials")), level = row.double("level")
            let wilson = try BinomialInterval.wilson(successes: x, trials: n, level: level)
            let exact = try BinomialInterval.clopperPearson(successes: x, trials: n, level: level)
            let pValue = try Binomial.exactTestPValue(successes: x, trials: n, probability: row.double("p0"))
            let pairs = [
                (wilson.lower, "wilson_lower"), (wilson.upper, "wilson_upper"),
                (exact.lower, "cp_lower"), (exact.upper, "cp_upper"), (pValue, "binom_p_value"),
            ]
            for (actual, column) in pairs {
                let error = relativeError(actual, row.double(column))
                worst = max(worst, error)
                #expect(error <= Self.tolerance, "\(column) x=\(x) n=\(n) level=\(level): \(actual) vs R \(row.double(column))")
            }
        }
        print("binomial max relative error vs R: \(worst)")
    }

    @Test(arguments: [(0, 10), (1, 10), (5, 10), (10, 10), (17, 250), (999, 1000)])
    func intervalsContainEstimateStayInUnitIntervalAndWiden(x: Int, n: Int) throws {
        for method in [BinomialInterval.wilson, BinomialInterval.clopperPearson] {
            var previousWidth = 0.0
            for level in [0.5, 0.8, 0.9, 0.95, 0.99, 0.999] {
                let ci = try method(x, n, level)
                #expect(ci.lower >= 0 && ci.upper <= 1)
                #expect(ci.lower <= ci.estimate && ci.estimate <= ci.upper)
                #expect(ci.upper - ci.lower > previousWidth)
                previousWidth = ci.upper - ci.lower
            }
        }
    }

    @Test func rejectsInvalidInput() {
        #expect(throws: StatisticalDistributionsError.invalidCounts(successes: 11, trials: 10)) {
            try BinomialInterval.wilson(successes: 11, trials: 10)
        }
        #expect(throws: StatisticalDistributionsError.invalidLevel(1)) {
            try BinomialInterval.clopperPearson(successes: 1, trials: 10, level: 1)
        }
    }
}
