import Foundation
import Testing

/// The report's recorded rates by victim sex and age group when the countries' incident data end
/// in different years: the committed registers, with Lithuania's last year (2024) taken out.
@Suite struct ReportVictimYearsTests {
    static let datasets = SitanProcess.repository.appendingPathComponent("datasets")

    /// The committed incidents and populations, Lithuania's incidents without the cases of `year`.
    func database(dropping year: String) throws -> String {
        let folder = temporaryDirectory()
        let db = folder.appendingPathComponent("d.sqlite").path
        let dictionary = Self.datasets.appendingPathComponent("variables.yaml").path
        // The codebook's lookup table is read from the codebook's folder.
        for name in ["lt-incidents.csv.codebook.yaml", "offence-mapping.csv"] {
            try FileManager.default.copyItem(at: Self.datasets.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        // Windows-1257 lines; the registration date `dd.MM.yyyy` opens each line.
        let lines = try Data(contentsOf: Self.datasets.appendingPathComponent("lt-incidents.csv")).split(separator: UInt8(ascii: "\n"))
        let kept = [lines[0]] + lines.dropFirst().filter { String(decoding: $0.prefix(10).suffix(4), as: UTF8.self) != year }
        #expect(kept.count < lines.count - 100)
        let filtered = folder.appendingPathComponent("lt-incidents.csv")
        try Data(kept.joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: filtered)
        var files = [(filtered.path, folder.appendingPathComponent("lt-incidents.csv.codebook.yaml").path)]
        for (country, kind) in [("lt", "population"), ("lv", "incidents"), ("lv", "population"), ("pl", "incidents"), ("pl", "population")]
        {
            let file = Self.datasets.appendingPathComponent("\(country)-\(kind).csv").path
            files.append((file, file + ".codebook.yaml"))
        }
        for (file, codebook) in files {
            let result = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", codebook, "--dictionary", dictionary])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return db
    }

    @Test func eachCountryIsShownWithItsOwnLatestYear() throws {
        let db = try database(dropping: "2024")
        let out = temporaryDirectory().appendingPathComponent("report")
        let result = try SitanProcess.run(["report", "--db", db, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.contains("### Recorded rates by victim sex and age group, latest year of each country"))
        #expect(text.contains("latest year with data (Latvia 2024; Lithuania 2023; Poland 2024)"))
        // The sexes in the dictionary's order (male, female), as in every other table.
        #expect(text.contains("| Country | Year | Victim's age group | Male | Female |"))
        let rows = ReportInternalDifferencingTests.table(report, marker: "| Country | Year | Victim's age group |")
        #expect(rows.count == 12, "four age groups for each of three countries: \(rows)")
        for row in rows {
            #expect(row[1] == (row[0] == "Lithuania" ? "2023" : "2024"), "\(row)")
        }
        // The key finding gives each country's rate in its own latest year, as the rates table.
        let byYear = ReportInternalDifferencingTests.table(report, marker: "| Year | Latvia | Lithuania | Poland |")
        let cell = { (year: String, column: Int) in byYear.first { $0[0] == year }?[column] ?? "missing" }
        let finding =
            "- Recorded cases per 100\u{202F}000 children (95% CI) in each country's latest year with data: Latvia, 2024: \(cell("2024", 1)); "
            + "Lithuania, 2023: \(cell("2023", 2)); Poland, 2024: \(cell("2024", 3)). Recorded-crime rates are not comparable"
        #expect(report.contains { $0.hasPrefix(finding) }, "\(report.filter { $0.contains("per 100\u{202F}000 children (95% CI)") })")
        #expect(cell("2024", 2) == "–", "Lithuania has no 2024 rate")
        // Lithuania's rates are its 2023 cases, as `sitan rates` gives them for that year.
        let rates = try SitanProcess.run([
            "rates", "--db", db, "--by", "country,sex,age_group", "--country", "LT", "--year", "2023", "--source", "incidents",
        ])
        #expect(rates.status == 0, "\(rates.stderr)")
        let girls = try #require(rows.first { $0[0] == "Lithuania" && $0[2] == "10–14" })[4]
        let shown = try #require(girls.split(separator: " ").first.flatMap { Double($0) })
        let line = try #require(rates.stdout.split(separator: "\n").first { $0.hasPrefix("LT,female,10-14,") })
        let rate = try #require(Double(line.split(separator: ",", omittingEmptySubsequences: false)[9]))
        #expect(abs(shown - rate) <= 0.005 + 1e-9, "\(girls) vs \(rate)")
    }
}
