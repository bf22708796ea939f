import Foundation
import TestSupport
import Testing

@testable import Rates

/// Quasi-Poisson trends against R 4.2 `glm(count ~ year + offset(log(pop)), quasipoisson)`
/// (`Fixtures/quasipoisson_trend.csv`, made by `Fixtures/make_quasipoisson.R` from the series in
/// `Fixtures/trend_series.csv`).
struct QuasiPoissonTrendTests {
    @Test func matchesRQuasipoissonGlm() throws {
        let table = try FixtureTable(named: "quasipoisson_trend")
        #expect(table.rows.count == 6)
        for row in table.rows {
            let data = try PoissonTrendTests.series(row.string("series"))
            let trend = try PoissonTrend(years: data.years, counts: data.counts, population: data.population, level: row.double("level"))
            let quasi = try #require(trend.quasi)
            let pairs = [
                (trend.pearsonChiSquared, "pearson"), (quasi.dispersion, "dispersion"), (quasi.standardError, "slope_se"),
                (quasi.pValue, "p_value"), (quasi.slopeLower, "slope_lower"), (quasi.slopeUpper, "slope_upper"),
                (quasi.annualPercentChangeLower, "apc_lower"), (quasi.annualPercentChangeUpper, "apc_upper"),
            ]
            for (actual, column) in pairs {
                let error = relativeError(actual, row.double(column))
                #expect(error <= PoissonTrendTests.tolerance, "\(row.string("series")) \(column): \(actual) vs R \(row.double(column))")
            }
            #expect(trend.isOverdispersed == (row.double("dispersion") > 1))
        }
    }

    @Test func overdispersionWidensTheIntervalAndNoResidualDegreesOfFreedomGivesNone() throws {
        let wobbly = try PoissonTrend(
            years: [2018, 2019, 2020, 2021, 2022], counts: [40, 90, 35, 100, 50], population: Array(repeating: 1e5, count: 5))
        let quasi = try #require(wobbly.quasi)
        #expect(wobbly.isOverdispersed && quasi.dispersion > 10)
        #expect(quasi.annualPercentChangeLower < wobbly.annualPercentChangeLower)
        #expect(quasi.annualPercentChangeUpper > wobbly.annualPercentChangeUpper)
        #expect(quasi.pValue > wobbly.pValue)
        let two = try PoissonTrend(years: [2020, 2021], counts: [3, 5], population: [10, 10])
        #expect(two.quasi == nil && !two.isOverdispersed)
    }
}
