import Foundation
import TestSupport
import Testing

@testable import Rates

/// Two-sample rate ratios against R 4.2 `poisson.test(c(x1, x2), c(T1, T2))`
/// (`Fixtures/rate_ratio.csv`, from `Fixtures/make_expected.R`).
struct RateRatioTests {
    @Test func matchesRPoissonTestTwoSample() throws {
        let table = try FixtureTable(named: "rate_ratio")
        #expect(table.rows.count == 8)
        var worst = 0.0
        for row in table.rows {
            let ratio = try RateRatio(
                count1: Int(row.double("count1")), personTime1: row.double("person_time1"),
                count2: Int(row.double("count2")), personTime2: row.double("person_time2"),
                level: row.double("level"))
            let pairs = [(ratio.estimate, "estimate"), (ratio.lower, "lower"), (ratio.upper, "upper"), (ratio.pValue, "p_value")]
            for (actual, column) in pairs {
                let error = relativeError(actual, row.double(column))
                worst = max(worst, error.isNaN ? 0 : error)
                #expect(error <= 1e-12 || actual == row.double(column), "\(column): \(actual) vs R \(row.double(column))")
            }
        }
        print("rate ratio max relative error vs R: \(worst)")
    }

    @Test func equalRatesGiveRatioOneAndPValueOne() throws {
        let ratio = try RateRatio(count1: 7, personTime1: 1000, count2: 7, personTime2: 1000)
        #expect(ratio.estimate == 1)
        #expect(ratio.pValue == 1)
        #expect(ratio.lower < 1 && ratio.upper > 1)
    }

    @Test func rejectsNoEvents() {
        #expect(throws: RatesError.noEvents) {
            try RateRatio(count1: 0, personTime1: 10, count2: 0, personTime2: 10)
        }
    }
}
