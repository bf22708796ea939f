import Foundation
import TestSupport
import Testing

/// The committed report (`reports/en/report.md`) against R survey on Latvia's raw survey file:
/// for the four indicators broken down by place, every cell of the tables by sex, age group,
/// region and urban/rural setting (n, percentage and 95% CI, estimated number of children and its
/// 95% CI) and the Rao–Scott tests across regions and settings (F, p), at the precision the report
/// prints. The reference is `Tests/Fixtures/report-places/expected.csv`, written by
/// `make_expected.R` beside it.
@Suite struct ReportPlacesReferenceTests {
    static let labels = [
        "csa_any_lifetime": "Any sexual abuse, lifetime", "csa_contact_lifetime": "Contact sexual abuse, lifetime",
        "csa_noncontact_lifetime": "Non-contact sexual abuse, lifetime", "online_solicitation": "Online sexual solicitation (grooming)",
    ]
    static let headings = [
        "region": "**By country and region**", "setting": "**By country and place of residence (urban or rural)**",
        "sex": "**By country and sex**", "age_group": "**By country and age group**",
    ]
    /// The printed labels of the categories other than regions.
    static let categories = [
        "urban": "Urban", "rural": "Rural", "male": "Male", "female": "Female", "11-13": "11–13", "14-15": "14–15", "16-17": "16–17",
    ]
    /// Latvia's statistical regions by their official names (the dictionary's labels).
    static let regions = [
        "kurzeme": "Kurzeme", "latgale": "Latgale", "pieriga": "Pierīga", "riga": "Rīga", "vidzeme": "Vidzeme", "zemgale": "Zemgale",
    ]

    /// A printed estimated number agrees with R's when it is R's value rounded to the nearest
    /// 100 (negative lower limits printed as 0), half a unit either way for ties.
    static func agreesInHundreds(_ printed: String, _ expected: Double) -> Bool {
        guard let value = Double(printed) else { return false }
        return abs(value - max(0, expected)) <= 50 + 1e-6
    }

    /// The cells of the row of one category in the table of one indicator and place variable.
    static func cells(_ report: [Substring], indicator: String, variable: String, category: String) -> [String]? {
        let label = labels[indicator] ?? indicator
        let rows = ReportInternalDifferencingTests.table(report, marker: headings[variable] ?? "", after: "### " + label)
        let name = (variable == "region" ? regions[category] : categories[category]) ?? category
        return rows.first { $0[0] == "Latvia" && $0[1] == name }
    }

    /// The printed F and p of Latvia's test across one place variable.
    static func test(_ report: [Substring], indicator: String, variable: String) -> [String: String]? {
        let label = labels[indicator] ?? indicator
        guard let start = report.firstIndex(where: { $0 == "### " + label }),
            let line = report[start...].first(where: {
                $0.hasPrefix(
                    variable == "region"
                        ? "Rao–Scott test of equal prevalence across the regions" : "Rao–Scott test of equal prevalence in urban")
            }),
            let item = line.split(separator: ": ", maxSplits: 1).last?.split(separator: "; ").first(where: { $0.hasPrefix("Latvia ") })
        else { return nil }
        // `Latvia F = 1.109, p = 0.3556` (the last item ends the sentence with a full stop).
        let parts = item.dropFirst("Latvia ".count).split(separator: ", ").map { $0.split(separator: " = ").map(String.init) }
        var out: [String: String] = [:]
        for part in parts where part.count == 2 { out[part[0]] = part[1].hasSuffix(".") ? String(part[1].dropLast()) : part[1] }
        return out
    }

    @Test func prevalenceAndNumbersByPlaceSexAndAgeGroupMatchRSurvey() throws {
        let repository = SitanProcess.repository
        let expected = try FixtureTable(contentsOf: repository.appendingPathComponent("Tests/Fixtures/report-places/expected.csv"))
        let text = try String(contentsOf: repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        var compared = 0, suppressed = 0
        for row in expected.rows {
            let indicator = row.string("indicator"), variable = row.string("variable"), category = row.string("category")
            let statistic = row.string("statistic"), value = row.double("value")
            let context = "\(indicator) \(variable) \(category) \(statistic)"
            let printed: String
            if category.isEmpty {
                // A test the release ledger refuses (its table has too many suppressed cells) is not printed.
                guard let test = Self.test(report, indicator: indicator, variable: variable) else {
                    suppressed += 1
                    continue
                }
                printed = (statistic == "F" ? test["F"] : test["p"]) ?? ""
            } else {
                let cells = try #require(Self.cells(report, indicator: indicator, variable: variable, category: category), "\(context)")
                #expect(cells.count == 5, "\(context): \(cells)")
                guard cells.count == 5 else { continue }
                let column = ["estimate", "ci_low", "ci_high"].contains(statistic) ? 3 : 4
                let numbers =
                    cells[column].hasPrefix(":") ? Array(repeating: cells[column], count: 3) : ReportReferenceTests.interval(cells[column])
                let position = ["estimate": 0, "ci_low": 1, "ci_high": 2, "total": 0, "total_low": 1, "total_high": 2][statistic]
                printed = statistic == "n" ? cells[2] : position.map { numbers.indices.contains($0) ? numbers[$0] : "" } ?? ""
            }
            if printed.hasPrefix(":") {
                suppressed += 1
                continue
            }
            if statistic.hasPrefix("total") {
                #expect(Self.agreesInHundreds(printed, value), "\(context): the report prints \(printed), R gives \(value)")
            } else {
                let scale = ["estimate", "ci_low", "ci_high"].contains(statistic) ? 100.0 : 1.0
                #expect(
                    ReportReferenceTests.agrees(printed, scale * value),
                    "\(context): the report prints \(printed), R gives \(scale * value)")
            }
            compared += 1
        }
        // Four indicators, each with 6 regions, 2 settings, 2 sexes and 3 age groups × (n,
        // percentage and CI, number and CI) and two tests × (F, p): every value is either
        // compared or suppressed.
        #expect(expected.rows.count == 4 * (13 * 7 + 2 * 2))
        #expect(compared + suppressed == expected.rows.count)
        #expect(compared == 260, "values compared with R: \(compared), suppressed in the report: \(suppressed)")
    }

    /// A key finding names a region or setting only when the test's p-value, adjusted with Holm's
    /// method over every test by place the report prints (each indicator, place variable and
    /// country), is below 0.05; the adjusted value is worked out here from the printed p-values.
    @Test func placeFindingsFollowHolmsAdjustmentOverEveryTestByPlace() throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        var tests: [(name: String, p: Double)] = []
        for line in lines where line.hasPrefix("Rao–Scott test of equal prevalence") {
            let place = line.contains("across the regions") ? "regions" : "urban"
            for item in line.split(separator: ": ", maxSplits: 1)[1].split(separator: "; ") {
                // `Latvia F = 1.109, p = 0.3556`, the last item ending the sentence.
                let country = String(item.prefix { $0 != " " })
                let p = try #require(item.split(separator: "p = ").last.map { Double($0.trimmingCharacters(in: ["."])) } ?? nil)
                tests.append(("\(country) \(place)", p))
            }
        }
        // Four indicators by region and by setting in three countries; a test the ledger refuses
        // is not printed and counts as the largest p-value of the family.
        let family = 4 * 2 * 3
        #expect(tests.count == 15, "tests printed: \(tests.count)")
        // R: p.adjust(p, method = "holm") over the family.
        let order = tests.indices.sorted { tests[$0].p < tests[$1].p }
        var adjusted = [Double](repeating: 1, count: tests.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(family - rank) * tests[index].p))
            adjusted[index] = running
        }
        let findings = lines.filter {
            $0.hasPrefix("- ") && ($0.contains("the regions differ") || $0.contains("urban and rural areas differ"))
        }
        #expect(findings.count == adjusted.count { $0 < 0.05 }, "\(findings)")
        for finding in findings {
            #expect(finding.contains("Holm-adjusted over the report's \(family) tests by place"), "\(finding)")
        }
    }
}
