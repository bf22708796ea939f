import Foundation
import TestSupport
import Testing

@testable import StatisticalDistributions

/// Compares every function with `Fixtures/distributions.csv`: mpmath at 60 digits, cross-checked
/// against scipy 1.17 by `Fixtures/make_expected.py`.
struct DistributionReferenceTests {
    static let tolerance = 1e-12

    static func evaluate(_ row: FixtureTable.Row) -> Double? {
        let x = row.double("x"), p1 = row.double("param1"), p2 = row.double("param2")
        switch row.string("function") {
        case "norm_cdf": return Normal.cdf(x)
        case "norm_ppf": return Normal.quantile(x)
        case "t_cdf": return StudentT.cdf(x, degreesOfFreedom: p1)
        case "t_ppf": return StudentT.quantile(x, degreesOfFreedom: p1)
        case "chi2_cdf": return ChiSquared.cdf(x, degreesOfFreedom: p1)
        case "chi2_sf": return ChiSquared.survival(x, degreesOfFreedom: p1)
        case "chi2_ppf": return ChiSquared.quantile(x, degreesOfFreedom: p1)
        case "f_cdf": return FDistribution.cdf(x, numeratorDegreesOfFreedom: p1, denominatorDegreesOfFreedom: p2)
        case "f_sf": return FDistribution.survival(x, numeratorDegreesOfFreedom: p1, denominatorDegreesOfFreedom: p2)
        case "f_ppf": return FDistribution.quantile(x, numeratorDegreesOfFreedom: p1, denominatorDegreesOfFreedom: p2)
        case "beta_cdf": return BetaDistribution.cdf(x, a: p1, b: p2)
        case "beta_ppf": return BetaDistribution.quantile(x, a: p1, b: p2)
        case "gammaln": return SpecialFunctions.logGamma(x)
        case "betaln": return SpecialFunctions.logBeta(a: p1, b: p2)
        case "gammainc_p": return SpecialFunctions.regularizedGammaP(x, a: p1)
        case "gammainc_q": return SpecialFunctions.regularizedGammaQ(x, a: p1)
        default: return nil
        }
    }

    @Test func everyFixtureRowMatchesTheReference() throws {
        let table = try FixtureTable(named: "distributions")
        #expect(table.rows.count > 600)
        var worst: [String: (error: Double, arguments: String)] = [:]
        for row in table.rows {
            let function = row.string("function")
            let actual = try #require(Self.evaluate(row), "unknown function \(function)")
            let expected = row.double("expected")
            let error = relativeError(actual, expected)
            let arguments = "(\(row.string("x")), \(row.string("param1")), \(row.string("param2")))"
            if error >= worst[function]?.error ?? 0 { worst[function] = (error, arguments) }
            #expect(
                error <= Self.tolerance,
                "\(function)\(arguments) = \(actual), expected \(expected), relative error \(error)")
        }
        let summary = worst.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.error) at \($0.value.arguments)" }.joined(
            separator: "; ")
        print("max relative error by function: \(summary)")
    }
}
