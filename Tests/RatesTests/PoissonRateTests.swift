import Foundation
import TestSupport
import Testing

@testable import Rates

/// Exact Poisson intervals against R 4.2 `poisson.test(x, T)$conf.int`
/// (`Fixtures/poisson_rate.csv`, from `Fixtures/make_expected.R`).
struct PoissonRateTests {
    @Test func matchesRPoissonTest() throws {
        let table = try FixtureTable(named: "poisson_rate")
        #expect(table.rows.count > 60)
        var worst = 0.0
        for row in table.rows {
            let count = Int(row.double("count")), time = row.double("person_time")
            let rate = try PoissonRate(count: count, personTime: time, level: row.double("level"))
            for (actual, column) in [(rate.lower, "lower"), (rate.upper, "upper")] {
                let error = relativeError(actual, row.double(column))
                worst = max(worst, error)
                #expect(error <= 1e-12, "\(column) x=\(count) T=\(time): \(actual) vs R \(row.double(column))")
            }
        }
        print("poisson rate max relative error vs R: \(worst)")
    }

    @Test func perMultiplierScalesEverything() throws {
        let base = try PoissonRate(count: 37, personTime: 1.9e6)
        let scaled = try PoissonRate(count: 37, personTime: 1.9e6, per: 100_000)
        #expect(relativeError(scaled.rate, base.rate * 100_000) < 1e-15)
        #expect(relativeError(scaled.lower, base.lower * 100_000) < 1e-15)
        #expect(relativeError(scaled.upper, base.upper * 100_000) < 1e-15)
    }

    @Test(arguments: [0, 1, 5, 37, 1000])
    func intervalsContainTheRateAndWidenWithLevel(count: Int) throws {
        var previousWidth = 0.0
        for level in [0.5, 0.8, 0.9, 0.95, 0.99, 0.999] {
            let rate = try PoissonRate(count: count, personTime: 12_345, level: level, per: 1000)
            #expect(rate.lower >= 0 && rate.lower <= rate.rate && rate.rate <= rate.upper)
            #expect(rate.upper - rate.lower > previousWidth)
            previousWidth = rate.upper - rate.lower
        }
    }

    @Test func rejectsInvalidInput() {
        #expect(throws: RatesError.negativeCount(-1)) { try PoissonRate(count: -1, personTime: 10) }
        #expect(throws: RatesError.invalidPersonTime(0)) { try PoissonRate(count: 1, personTime: 0) }
        #expect(throws: RatesError.invalidLevel(0)) { try PoissonRate(count: 1, personTime: 1, level: 0) }
    }
}
