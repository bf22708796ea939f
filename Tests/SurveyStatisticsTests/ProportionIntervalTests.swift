import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

@Suite struct ProportionIntervalTests {
    static func proportions(_ c: Fixture.Case) throws -> EstimateTable {
        try surveyProportion(
            Fixture.cachedData(c.data)[c.variable]!, design: Fixture.design(c), by: Fixture.grouping(c))
    }

    static let rMethods: [(String, ProportionCI, Double)] = [
        ("xlogit", .xlogit, 1e-9), ("logit", .logit, 1e-7), ("asin", .asin, 1e-9), ("beta", .kornGraubard, 1e-9),
        ("mean", .mean, 1e-9),
    ]

    /// Each group's limits on its own domain df, rows with a missing outcome included
    /// (`svyby(..., svyciprop, na.rm = TRUE)`), and with the normal quantile (`df = Inf`).
    @Test("svyciprop logit, xlogit, asin, beta and mean limits agree with R", arguments: Fixture.cases("ci"))
    func designIntervals(_ c: Fixture.Case) throws {
        let expected = Fixture.expected[c.name]!
        let table = try Self.proportions(c)
        var checked = 0
        for (i, e) in table.estimates.enumerated() {
            Agreement.check(Double(e.domainDegreesOfFreedom), expected["domain_df[\(e.group)]"]!, "\(c.name) df")
            checked += 1
            for (rName, method) in [("xlogit", ProportionCI.xlogit), ("asin", .asin), ("mean", .mean)] {
                let ci = try table.proportionInterval(i, method: method, df: .infinity)
                Agreement.check(ci.lower, expected["ci_\(rName)_inf_lo[\(e.group)]"]!, "\(c.name) \(rName) inf lower")
                Agreement.check(ci.upper, expected["ci_\(rName)_inf_hi[\(e.group)]"]!, "\(c.name) \(rName) inf upper")
                checked += 2
            }
            for level in [0.95, 0.90] {
                for (rName, method, tolerance) in Self.rMethods {
                    let key = "ci_\(rName)_\(level == 0.95 ? "0.95" : "0.9")"
                    guard let lo = expected["\(key)_lo[\(e.group)]"], let hi = expected["\(key)_hi[\(e.group)]"] else {
                        continue
                    }
                    let ci = try table.proportionInterval(i, method: method, level: level)
                    Agreement.check(ci.lower, lo, "\(c.name) \(key) lower", tolerance: tolerance)
                    Agreement.check(ci.upper, hi, "\(c.name) \(key) upper", tolerance: tolerance)
                    checked += 2
                }
            }
        }
        #expect(checked == expected.count)
    }

    @Test("Korn–Graubard at p = 0 and p = 1 (n_eff = n)")
    func kornGraubardExtremes() throws {
        let c = Fixture.cases("ci_beta")[0]
        let expected = Fixture.expected[c.name]!
        let table = try Self.proportions(c)
        for (i, e) in table.estimates.enumerated() {
            for level in [0.95, 0.90] {
                let key = "ci_beta_\(level == 0.95 ? "0.95" : "0.9")"
                let ci = try table.proportionInterval(i, method: .kornGraubard, level: level)
                Agreement.check(ci.lower, expected["\(key)_lo[\(e.group)]"]!, "\(key) lower", absolute: 1e-15)
                Agreement.check(ci.upper, expected["\(key)_hi[\(e.group)]"]!, "\(key) upper", absolute: 1e-15)
            }
        }
    }

    @Test("Wilson and Clopper–Pearson agree with prop.test and binom.test on unweighted data")
    func unweightedIntervals() throws {
        let c = Fixture.cases("ci_unweighted")[0]
        let expected = Fixture.expected[c.name]!
        let table = try Self.proportions(c)
        for (i, e) in table.estimates.enumerated() {
            for level in [0.95, 0.90] {
                let lv = level == 0.95 ? "0.95" : "0.9"
                for (name, method) in [("wilson", ProportionCI.wilson), ("clopper", .clopperPearson)] {
                    let ci = try table.proportionInterval(i, method: method, level: level)
                    Agreement.check(ci.lower, expected["ci_\(name)_\(lv)_lo[\(e.group)]"]!, "\(name) lower")
                    Agreement.check(ci.upper, expected["ci_\(name)_\(lv)_hi[\(e.group)]"]!, "\(name) upper")
                }
            }
        }
    }

    @Test("Wilson and Clopper–Pearson are refused on a weighted design")
    func unweightedOnly() throws {
        let c = Fixture.cases("ci")[0]
        let table = try Self.proportions(c)
        #expect(throws: SurveyStatisticsError.requiresUnweightedData(method: "Wilson")) {
            try table.proportionInterval(0, method: .wilson)
        }
        #expect(throws: SurveyStatisticsError.invalidLevel(1.5)) { try table.proportionInterval(0, level: 1.5) }
    }
}
