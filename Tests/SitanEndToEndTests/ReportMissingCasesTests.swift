import Foundation
import Testing

/// The report's missing-values table and its distribution of recorded cases by victim's sex
/// count the same missing cases: with 3 boys and 6 cases without a sex, the distribution hid
/// the 3 (and the 6 beside them) but the missing-values table printed `victim_sex` 6, so
/// total − girls − 6 gave the 3 back.
@Suite struct ReportMissingCasesTests {
    @Test func missingVictimSexDoesNotGiveBackTheBoys() throws {
        let directory = temporaryDirectory()
        var cases = "gads,pants,vecums,dzimums\n"
        for year in 2022...2024 { cases += String(repeating: "\(year),159,12,S\n", count: 50) }
        cases += String(repeating: "2024,161,14,V\n", count: 3) + String(repeating: "2023,160,9,N\n", count: 6)
        var population = "gads,dzimums,vecums,skaits\n"
        for year in 2022...2024 {
            for sex in ["M", "F"] { for age in 0...17 { population += "\(year),\(sex),\(age),\(10_000 + 37 * age)\n" } }
        }
        let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
        let mapping = SitanProcess.repository.appendingPathComponent("datasets/offence-mapping.csv").path
        let db = directory.appendingPathComponent("c.sqlite").path
        let books = [
            """
            source: {name: cases, country: LV, kind: incidents, synthetic: true}
            file: {encoding: utf-8, delimiter: ",", missing: [""]}
            columns:
              gads: {variable: year, type: integer}
              pants: {variable: national_article, type: text}
              vecums: {variable: victim_age, type: integer, range: [0, 17]}
              dzimums: {variable: victim_sex, codes: {"V": male, "S": female, "N": null}}
            derived:
              victim_age_group: {from: victim_age, bands: {"0-4": [0, 4], "5-9": [5, 9], "10-14": [10, 14], "15-17": [15, 17]}}
              iccs: {from: national_article, lookup: "\(mapping)", key: article, value: iccs}

            """,
            """
            source: {name: children, country: LV, kind: population, synthetic: true}
            file: {encoding: utf-8, delimiter: ",", missing: [""]}
            columns:
              gads: {variable: year, type: integer}
              dzimums: {variable: sex, codes: {"M": male, "F": female}}
              vecums: {variable: age, type: integer, range: [0, 17]}
              skaits: {variable: population, type: integer, range: [0, 100000000]}

            """,
        ]
        for (name, (csv, book)) in zip(["cases", "children"], zip([cases, population], books)) {
            let ingest = try SitanProcess.run([
                "ingest", "--db", db, try write(csv, to: "\(name).csv", in: directory), "--codebook",
                try write(book, to: "\(name).codebook.yaml", in: directory), "--dictionary", dictionary,
            ])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        let out = directory.appendingPathComponent("report").path
        let report = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{202F}", with: "") }
        }
        let header = try #require(rows.firstIndex { $0 == ["Country", "Male", "Female", "Missing", "Total"] })
        let bySex = rows[header + 2].map { Int($0.split(separator: " ").first ?? "") }
        let missing = try #require(rows.first { $0.first == "`victim_sex`" }).dropFirst().first.flatMap { Int($0) }
        #expect(bySex[1] == nil, "the 3 boys are suppressed in the distribution")
        if let girls = bySex[2], let total = bySex[4], let missing {
            #expect(!(1...4).contains(total - girls - missing), "boys = \(total) − \(girls) − \(missing)")
        }
    }
}
