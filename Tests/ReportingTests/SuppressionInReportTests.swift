import Analysis
import Disclosure
import Foundation
import Storage
import Testing

@testable import Reporting

/// Suppressed cells reach neither the Markdown nor the SVG as numbers.
@Suite struct SuppressionInReportTests {
    /// The fixture's published results, and its report.
    static func fixture() throws -> (SurveyResults, ReportFiles, Store) {
        let store = try ReportFixture.make()
        let disclosure = try DisclosureControl(k: 5)
        let results = try SurveyResults.load(analysis: { _ in SurveyAnalysis(store: store, disclosure: disclosure) }, store: store)
        let files = try ReportGenerator(store: store, disclosure: disclosure).generate()
        return (results, files, store)
    }

    /// The weighted share of 1 in a group, computed from the raw rows (what must never show).
    static func rawPercent(_ store: Store, variable: String, country: String, sex: String) throws -> String {
        let rows = try store.database.rows(
            "SELECT SUM(_weight * \(variable)), SUM(_weight) FROM survey WHERE country = ? AND sex = ? AND \(variable) IS NOT NULL",
            [.text(country), .text(sex)])
        let (numerator, denominator) = (rows[0][0].double ?? 0, rows[0][1].double ?? 1)
        return NumberStyle(language: .en).percent(numerator / denominator)
    }

    @Test func suppressedCellsShowMarksOnly() throws {
        let (results, files, store) = try Self.fixture()
        let contact = try #require(results.indicators.first { $0.name == "csa_contact_lifetime" })
        let suppressed = try #require(contact.byCountrySex).points.filter { !$0.isShown }
        #expect(!suppressed.isEmpty, "the fixture must have suppressed cells")
        let report = try #require(files.files["report.md"])
        let section = try #require(report.components(separatedBy: "### Contact sexual abuse, lifetime").last)
        let table = section.components(separatedBy: "### ").first!
        let labels = ["LV": "Latvia", "LT": "Lithuania", "PL": "Poland", "male": "Male", "female": "Female"]
        for point in suppressed {
            let country = labels[point.group["country"]!]!, sex = labels[point.group["sex"]!]!
            let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("| \(country) | \(sex) |") })
            #expect(row.hasSuffix("| :c |") || row.hasSuffix("| :u |"), "row \(row) shows a number")
            let raw = try Self.rawPercent(
                store, variable: "csa_contact_lifetime", country: point.group["country"]!, sex: point.group["sex"]!)
            #expect(!row.contains(raw))
        }
    }

    @Test func figuresDrawSuppressedCellsAsMarks() throws {
        let (results, files, _) = try Self.fixture()
        let contact = try #require(results.indicators.first { $0.name == "csa_contact_lifetime" }?.byCountrySex)
        let svg = try #require(files.files["figures/prevalence-csa_contact_lifetime.svg"])
        let shown = contact.points.filter(\.isShown).count
        let hidden = contact.points.count - shown
        // One marker per shown estimate plus one per legend entry (two sexes).
        let markers = ["<circle", "<rect x=", "<path d=\"M"].map { svg.components(separatedBy: $0).count - 1 }.reduce(0, +)
        #expect(markers == shown + 2)
        let marks = svg.components(separatedBy: "font-style=\"italic\"").count - 1
        #expect(marks == hidden)
        // The description lists the mark, never a value, for each suppressed cell.
        #expect(svg.contains("Lithuania — Male: :c") || svg.contains("Lithuania — Male: :u") || svg.contains("Female: :c"))
    }

    @Test func findingsNeverUseSuppressedCells() throws {
        let (results, files, _) = try Self.fixture()
        let report = try #require(files.files["report.md"])
        let findings = report.components(separatedBy: "## 2.").first!.split(separator: "\n")
        let line = findings.first { $0.hasPrefix("- Contact sexual abuse, lifetime:") }.map(String.init) ?? ""
        let contact = try #require(results.indicators.first { $0.name == "csa_contact_lifetime" })
        #expect(contact.byCountry.points.contains { !$0.isShown } || !line.isEmpty)
        for point in contact.byCountry.points where !point.isShown {
            let country = ["LV": "Latvia", "LT": "Lithuania", "PL": "Poland"][point.group["country"]!]!
            #expect(!line.contains(country), "a suppressed country appears in the finding")
        }
    }

    @Test func countsInBookkeepingTablesPassDisclosure() throws {
        let (_, files, _) = try Self.fixture()
        let report = try #require(files.files["report.md"])
        // 3 rejects per source (k = 5): suppressed in the provenance and the rejects tables.
        let sources = report.components(separatedBy: "## 2.")[1].components(separatedBy: "## 3.")[0]
        #expect(sources.contains("| 123 | :c | :c |"))
        let rejects = report.components(separatedBy: "### 8.2")[1]
        #expect(!rejects.contains("| 2 |") && !rejects.contains("| 3 |") && !rejects.contains("| 1 |"))
    }
}
