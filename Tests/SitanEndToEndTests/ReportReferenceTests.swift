import Foundation
import TestSupport
import Testing

/// The committed report (`reports/en/report.md`, written from `datasets/`; `make check-report`
/// keeps it current) against R survey on the raw survey files: every cell of each indicator's
/// table by country and sex (n, percentage and 95% CI) and the Rao–Scott test across countries
/// (F, both df, p), at the precision the report prints. The reference is
/// `Tests/Fixtures/report-sample/expected.csv`, written by `make_expected.R` beside it.
@Suite struct ReportReferenceTests {
    static let labels = [
        "csa_any_lifetime": "Any sexual abuse, lifetime", "csa_contact_lifetime": "Contact sexual abuse, lifetime",
        "csa_contact_past_year": "Contact sexual abuse, past 12 months", "csa_noncontact_lifetime": "Non-contact sexual abuse, lifetime",
        "csa_noncontact_past_year": "Non-contact sexual abuse, past 12 months",
        "online_solicitation": "Online sexual solicitation (grooming)", "image_based_abuse": "Image-based sexual abuse",
    ]
    static let countries = ["LV": "Latvia", "LT": "Lithuania", "PL": "Poland"]
    static let sexes = ["male": "Male", "female": "Female"]

    /// Whether `printed` is `expected` rounded to the decimals `printed` shows (a half unit of
    /// the last digit either way, so a tie may round either way).
    static func agrees(_ printed: String, _ expected: Double) -> Bool {
        guard let value = Double(printed) else { return false }
        let decimals = printed.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return abs(value - expected) <= 0.5 * pow(10, -Double(decimals)) + 1e-9
    }

    /// `12.9 (10.2–16.1)` or `−2.8 (−6.2; 0.7)` as its three numbers, with ASCII minus signs.
    static func interval(_ cell: String) -> [String] {
        ["(", ")", "–", ";"].reduce(cell.replacingOccurrences(of: "\u{2212}", with: "-")) {
            $0.replacingOccurrences(of: $1, with: " ")
        }
        .split(separator: " ").map(String.init)
    }

    /// The fixture `Tests/Fixtures/NAME/expected.csv` and the committed English report's lines.
    static func fixtureAndReport(_ name: String) throws -> (FixtureTable, [Substring]) {
        let repository = SitanProcess.repository
        let expected = try FixtureTable(contentsOf: repository.appendingPathComponent("Tests/Fixtures/\(name)/expected.csv"))
        let text = try String(contentsOf: repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        return (expected, text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func prevalenceBySexAndTestsAcrossCountriesMatchRSurvey() throws {
        let (expected, report) = try Self.fixtureAndReport("report-sample")
        let tests = ReportInternalDifferencingTests.table(report, marker: "| Indicator | F | df | p |")
        var compared = 0, suppressed = 0
        for row in expected.rows {
            let indicator = row.string("indicator"), statistic = row.string("statistic"), value = row.double("value")
            let label = try #require(Self.labels[indicator], "\(indicator)")
            let context = "\(indicator) \(row.string("country")) \(row.string("sex")) \(statistic)"
            let printed: String
            if row.string("country").isEmpty {
                let test = try #require(tests.first { $0[0] == label }, "no test row for \(label)")
                let df = test[2].components(separatedBy: "; ")
                printed = ["F": test[1], "ndf": df.first ?? "", "ddf": df.last ?? "", "p": test[3]][statistic] ?? ""
            } else {
                let rows = ReportInternalDifferencingTests.table(report, marker: "| Country | Sex | n |", after: "### " + label)
                let cells = try #require(
                    rows.first { $0[0] == Self.countries[row.string("country")] && $0[1] == Self.sexes[row.string("sex")] }, "\(context)")
                // A suppressed cell (`:c`) stands for the estimate and both limits.
                let numbers = cells[3].hasPrefix(":") ? Array(repeating: cells[3], count: 3) : Self.interval(cells[3])
                #expect(numbers.count == 3, "\(context): \(cells[3])")
                guard numbers.count == 3 else { continue }
                printed = ["n": cells[2], "estimate": numbers[0], "ci_low": numbers[1], "ci_high": numbers[2]][statistic] ?? ""
            }
            if printed.hasPrefix(":") {
                suppressed += 1
                continue
            }
            let scale = ["estimate", "ci_low", "ci_high"].contains(statistic) ? 100.0 : 1.0
            #expect(Self.agrees(printed, scale * value), "\(context): the report prints \(printed), R gives \(scale * value)")
            compared += 1
        }
        // Seven indicators, each with 6 groups × (n, estimate, CI) and the test's F, df and p:
        // every value is either compared or suppressed in the report. On the shipped datasets
        // disclosure control suppresses 16 of them (non-contact abuse by sex: Lithuania's two
        // rows, lifetime, and Latvia's two rows, past 12 months), so 180 are compared; a change
        // in either count is a change in the report to look at.
        #expect(expected.rows.count == 7 * (6 * 4 + 4))
        #expect(compared + suppressed == expected.rows.count)
        #expect(compared == 180, "values compared with R: \(compared), suppressed in the report: \(suppressed)")
    }
}
