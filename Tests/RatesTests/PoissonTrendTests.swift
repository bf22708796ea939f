import Foundation
import TestSupport
import Testing

@testable import Rates

/// Poisson-regression trends against R 4.2 `glm(count ~ year + offset(log(pop)), poisson)` and
/// `confint.default` (`Fixtures/trend.csv`, series in `Fixtures/trend_series.csv`).
///
/// Tolerance 1e-10 relative (observed: 2e-13): R fits the uncentred year by QR (LINPACK `dqrdc2`) and stops at
/// `epsilon = 1e-13`; rerunning R with `epsilon = 1e-15` moves its slope by 9e-14 and its
/// standard error by 4e-13, so R's own values are not reproducible to 1e-12.
struct PoissonTrendTests {
    static let tolerance = 1e-10

    static func series(_ name: String) throws -> (years: [Double], counts: [Int], population: [Double]) {
        let rows = try FixtureTable(named: "trend_series").rows.filter { $0.string("series") == name }
        return (rows.map { $0.double("year") }, rows.map { Int($0.double("count")) }, rows.map { $0.double("population") })
    }

    @Test func matchesRGlm() throws {
        let table = try FixtureTable(named: "trend")
        #expect(table.rows.count == 6)
        var worst = 0.0
        for row in table.rows {
            let data = try Self.series(row.string("series"))
            let trend = try PoissonTrend(years: data.years, counts: data.counts, population: data.population, level: row.double("level"))
            #expect(trend.residualDegreesOfFreedom == Int(row.double("df_residual")))
            let pairs = [
                (trend.intercept, "intercept"), (trend.slope, "slope"), (trend.slopeStandardError, "slope_se"),
                (trend.slopeLower, "slope_lower"), (trend.slopeUpper, "slope_upper"),
                (trend.annualPercentChange, "apc"), (trend.annualPercentChangeLower, "apc_lower"),
                (trend.annualPercentChangeUpper, "apc_upper"), (trend.deviance, "deviance"),
            ]
            for (actual, column) in pairs {
                let error = relativeError(actual, row.double(column))
                worst = max(worst, error)
                #expect(error <= Self.tolerance, "\(row.string("series")) \(column): \(actual) vs R \(row.double(column))")
            }
        }
        print("trend max relative error vs R: \(worst)")
    }

    @Test func intervalContainsSlopeAndWidensWithLevel() throws {
        let data = try Self.series("lt")
        let narrow = try PoissonTrend(years: data.years, counts: data.counts, population: data.population, level: 0.8)
        let wide = try PoissonTrend(years: data.years, counts: data.counts, population: data.population, level: 0.99)
        #expect(narrow.slopeLower < narrow.slope && narrow.slope < narrow.slopeUpper)
        #expect(wide.slopeLower < narrow.slopeLower && wide.slopeUpper > narrow.slopeUpper)
        #expect(wide.annualPercentChangeLower < wide.annualPercentChange && wide.annualPercentChange < wide.annualPercentChangeUpper)
    }

    @Test func rejectsBadSeries() {
        #expect(throws: RatesError.self) {
            try PoissonTrend(years: [2020, 2021], counts: [1], population: [10, 10])
        }
        #expect(throws: RatesError.self) {
            try PoissonTrend(years: [2020, 2020], counts: [1, 2], population: [10, 10])
        }
        #expect(throws: RatesError.self) {
            try PoissonTrend(years: [2020, 2021, 2022], counts: [0, 0, 0], population: [10, 10, 10])
        }
    }
}
