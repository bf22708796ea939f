import Foundation
import Testing

/// Aggregate count tables delivered as plain CSV (not Eurostat TSV) load through a codebook of
/// kind `counts` and feed `sitan rates`.
@Suite struct CountsCSVTests {
    @Test func plainCSVCountsGiveRatesWithSuppression() throws {
        let directory = temporaryDirectory()
        let csv = try write("gads;noziegums;skaits\n2022;0301;41\n2023;ICCS0301;37\n2024;0301;3\n", to: "lv-counts.csv", in: directory)
        let codebook = try write(
            """
            source: {name: lv-police-counts, country: LV, kind: counts}
            file: {encoding: utf-8, delimiter: ";"}
            columns:
              gads: {variable: year, type: integer}
              noziegums: {variable: iccs, type: text}
              skaits: {variable: count, type: integer, range: [0, 100000]}

            """, to: "lv-counts.csv.codebook.yaml", in: directory)
        let datasets = SitanProcess.repository.appendingPathComponent("datasets")
        let db = directory.appendingPathComponent("c.sqlite").path
        let dictionary = datasets.appendingPathComponent("variables.yaml").path
        #expect(try SitanProcess.run(["ingest", "--db", db, csv, "--codebook", codebook, "--dictionary", dictionary]).status == 0)
        let population = datasets.appendingPathComponent("lv-population.csv").path
        #expect(try SitanProcess.run(["ingest", "--db", db, population, "--codebook", population + ".codebook.yaml"]).status == 0)
        let result = try SitanProcess.run([
            "rates", "--db", db, "--source", "counts", "--offence", "0301", "--by", "country,year", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        // 41 cases among the 353 954 children of the synthetic LV population in 2022 (R: 41/353954*1e5 = 11.583426).
        let first = try #require(rows.first)
        #expect(first["count"] as? Double == 41 && abs((first["rate"] as? Double ?? 0) - 11.583426) < 1e-5)
        #expect(rows.count == 3 && rows[2]["count"] is NSNull && rows[2]["suppressed"] as? Bool == true)
    }
}
