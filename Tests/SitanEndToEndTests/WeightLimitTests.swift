import Foundation
import Testing

/// Weights and values near the limits of a double through `sitan estimate`: either the right
/// answer, or exit 65 with the source or variable named; never 0, inf or NaN with exit 0.
@Suite struct WeightLimitTests {
    /// A weighted survey of 210 respondents (enough in each value and weight class for nothing to
    /// be suppressed): weight `heavy` on every third row, `light` on the others; `hours` is
    /// hours_online.
    func database(heavy: String, light: String = "1", hours: (Int) -> String = { "\($0 % 7 + 1)" }) throws -> String {
        var csv = "id,w,q,h\n"
        for i in 0..<210 { csv += "\(i + 1),\(i % 3 == 0 ? heavy : light),\(i % 4 == 0 ? 1 : 0),\(hours(i))\n" }
        return try plantedHoursDatabase(csv: csv)
    }

    func estimate(_ db: String, _ arguments: [String]) throws -> SitanProcess.Output {
        try SitanProcess.run(["estimate", "--db", db, "--format", "csv"] + arguments)
    }

    /// Weights of 1e300, 1e-300 or 1.7e308 (whose sum overflows) are refused for every statistic,
    /// naming the source and its weights; nothing on stdout.
    @Test(arguments: ["1e300", "1e-300", "1.7e308", "1e101"])
    func weightsBeyondTheRangeAreRefused(_ heavy: String) throws {
        for light in ["1", heavy] {
            let db = try database(heavy: heavy, light: light)
            for arguments in [
                ["csa_any_lifetime"], ["hours_online"], ["hours_online", "--statistic", "total"],
                ["csa_any_lifetime", "--statistic", "total"],
            ] {
                let result = try estimate(db, arguments)
                #expect(result.status == 65 && result.stdout.isEmpty, "\(heavy) \(arguments): \(result.stdout)")
                #expect(result.stderr.contains("source \"planted\"") && result.stderr.contains("weights"), "\(result.stderr)")
            }
        }
    }

    /// Weights of 1e90 and 3e90 give the estimates of weights 1 and 3: the same proportion and
    /// mean, totals 1e90 times as large, with finite positive SEs. (The srswor design effect
    /// takes N = Σw, so it rightly differs.)
    @Test func largeWeightsWithinTheRangeGiveTheRightAnswer() throws {
        let small = try database(heavy: "3", light: "1")
        let large = try database(heavy: "3e90", light: "1e90")
        for (arguments, factor) in [
            (["csa_any_lifetime"], 1.0), (["hours_online"], 1), (["hours_online", "--statistic", "total"], 1e90),
        ] {
            let a = try estimate(small, arguments)
            let b = try estimate(large, arguments)
            #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
            let (x, y) = (try values(a.stdout), try values(b.stdout))
            #expect(x.count == y.count && !x.isEmpty, "\(arguments)\n\(a.stdout)\n\(b.stdout)")
            for (name, value) in x {
                let scaled = try #require(y[name])
                let expected = ["estimate", "se", "ci_low", "ci_high"].contains(name) ? value * factor : value
                #expect(
                    abs(scaled - expected) <= 1e-9 * abs(expected),
                    "\(arguments) \(name): \(scaled) vs \(expected)\n\(a.stdout)\n\(b.stdout)")
                #expect(scaled.isFinite && (name != "se" || scaled > 0))
            }
        }
    }

    /// Values whose weighted sum overflows a double are refused, naming the variable.
    @Test func valuesWhoseTotalOverflowsAreRefused() throws {
        let db = try database(heavy: "100", hours: { "\($0 % 3 + 1)e307" })
        for arguments in [["hours_online"], ["hours_online", "--statistic", "total"]] {
            let result = try estimate(db, arguments)
            #expect(result.status == 65 && result.stdout.isEmpty, "\(arguments): \(result.stdout)")
            #expect(result.stderr.contains("\"hours_online\"") && result.stderr.contains("double"), "\(result.stderr)")
        }
    }

    /// The numeric columns of the first data row of csv output.
    func values(_ csv: String) throws -> [String: Double] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let row = try #require(lines.dropFirst().first)
        var out: [String: Double] = [:]
        for (name, cell) in zip(header, row) where ["estimate", "se", "ci_low", "ci_high"].contains(name) {
            out[name] = Double(cell)
        }
        return out
    }
}
