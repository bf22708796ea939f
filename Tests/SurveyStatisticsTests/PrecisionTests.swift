import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

/// Variances of values near 1e8 with small noise and of weights of very different size, against
/// R survey (Fixtures/make_precision_expected.R): the sums are centred before they are squared.
@Suite struct PrecisionTests {
    static let expected: [String: [String: Double]] = {
        var out: [String: [String: Double]] = [:]
        for r in Fixture.rows("expected_precision").rows where r[0] != "_versions" {
            out[r[0], default: [:]][r[1]] = Double(r[2])!
        }
        return out
    }()

    static func design(_ name: String) throws -> SurveyDesign {
        let d = Fixture.cachedData("precision")
        switch name {
        case "srs_equal": return try SurveyDesign(weights: d["w_equal"]!)
        case "srs_spread": return try SurveyDesign(weights: d["w_spread"]!)
        default: return try SurveyDesign(weights: d["w_spread"]!, strata: Fixture.codes(d["stratum"]!))
        }
    }

    /// Every estimate and SE equal to R's to 1e-9 relative; an SE whose exact value is 0 (a
    /// constant) is 0 here, and R's is within its rounding of the estimate (1e-15 × estimate).
    /// Fails if a fixture value was not compared.
    @Test(arguments: ["srs_equal", "srs_spread", "strat_spread"])
    func matchesR(_ name: String) throws {
        let expected = try #require(Self.expected[name])
        let d = Fixture.cachedData("precision")
        let design = try Self.design(name)
        let group = Grouping(codes: Fixture.codes(d["group"]!), count: 2)
        var compared = Set<String>()
        func check(_ actual: Double, _ key: String, scale: Double = 0) {
            compared.insert(key)
            Agreement.check(actual, expected[key], "\(name) \(key)", absolute: 1e-15 * scale)
        }
        for v in ["y", "constant"] {
            let mean = try surveyMean(d[v]!, design: design).estimates[0]
            check(mean.estimate, "mean_\(v)")
            check(mean.standardError, "mean_\(v)_se", scale: v == "constant" ? mean.estimate : 0)
            let total = try surveyTotal(d[v]!, design: design).estimates[0]
            check(total.estimate, "total_\(v)")
            check(total.standardError, "total_\(v)_se", scale: v == "constant" ? total.estimate : 0)
            for e in try surveyTotal(d[v]!, design: design, by: group).estimates {
                check(e.estimate, "by_total_\(v)[\(e.group)]")
                check(e.standardError, "by_total_\(v)_se[\(e.group)]")
            }
        }
        #expect(compared == Set(expected.keys))
        #expect(compared.count == 16)
    }

    /// R's quantile rule where the smallest value's weight share (5/8) alone exceeds p: the
    /// next value, as `svyquantile` gives.
    @Test func quantileRuleBelowTheFirstShare() throws {
        let expected = try #require(Self.expected["quantile_rule"])
        let rows = SortedRespondents(values: [1, 2, 3, 4], weights: [5, 1, 1, 1])
        for p in [0.1, 0.5, 0.625, 0.7, 0.9] {
            Agreement.check(weightedQuantile(rows, p), expected["q\(p)"], "quantile at \(p)")
        }
        #expect(expected.count == 5)
    }

    /// A categorical outcome with no category (every code missing) gives no estimates, on a
    /// design without clusters too: no column to centre, and no division by zero columns.
    @Test func noCategoriesGiveNoEstimates() throws {
        let design = try SurveyDesign(weights: [1, 2, 3], strata: [0, 0, 1])
        let table = try surveyShares([-1, -1, -1], categoryCount: 0, design: design)
        #expect(table.estimates.isEmpty && table.covariance.isEmpty)
    }

    /// A constant has variance exactly 0, never negative or NaN, whatever the weights.
    @Test(arguments: ["srs_equal", "srs_spread", "strat_spread"])
    func constantHasZeroVariance(_ name: String) throws {
        let d = Fixture.cachedData("precision")
        let design = try Self.design(name)
        let total = try surveyTotal(d["constant"]!, design: design).estimates[0]
        if name != "srs_spread" { #expect(total.standardError == 0) }
        let mean = try surveyMean(d["constant"]!, design: design)
        #expect(mean.estimates[0].standardError >= 0)
        #expect(mean.covariance.allSatisfy { !$0.isNaN && $0 >= 0 })
    }
}
