import Foundation
import Testing

/// The Eurostat annex of the committed report against the committed Eurostat extracts read
/// independently with awk: offences (unit NR) per 100 000 inhabitants (`demo_pjan`, age TOTAL,
/// sex T) of one country and year, and Eurostat's own published rate (unit P_HTHAB).
@Suite struct ReportAnnexTests {
    static let awkProgram = #"""
        BEGIN { FS = "\t" }
        FNR == 1 { for (i = 2; i <= NF; i++) { y = $i; gsub(/ /, "", y); col[FILENAME, y] = i }; next }
        { split($1, key, ","); v = $(col[FILENAME, year]); gsub(/[^0-9.]/, "", v) }
        FILENAME ~ /crim_off_cat/ && key[2] == "ICCS" offence && key[3] == "NR" && key[4] == geo { count = v }
        FILENAME ~ /crim_off_cat/ && key[2] == "ICCS" offence && key[3] == "P_HTHAB" && key[4] == geo { eurostat = v }
        FILENAME ~ /demo_pjan/ && key[3] == "TOTAL" && key[4] == "T" && key[5] == geo { population = v }
        END { printf "%.2f %s\n", 100000 * count / population, eurostat }
        """#

    /// `(our rate, Eurostat's rate)` computed by awk from the TSV files.
    static func awk(offence: String, geo: String, year: Int) throws -> (Double, Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "awk", "-v", "offence=\(offence)", "-v", "geo=\(geo)", "-v", "year=\(year)", awkProgram,
            "datasets/eurostat/estat_crim_off_cat.tsv", "datasets/eurostat/demo_pjan_LV_LT_PL_0-17.tsv",
        ]
        process.currentDirectoryURL = SitanProcess.repository
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let numbers = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 2, "awk printed \(output)")
        return (numbers[0], numbers[1])
    }

    @Test(arguments: [
        ("0301", "LV", "Latvia", 2022), ("03011", "LT", "Lithuania", 2015), ("03012", "LV", "Latvia", 2013),
        ("0302", "PL", "Poland", 2019), ("030221", "PL", "Poland", 2016),
    ])
    func annexRateIsTheTSVsRate(offence: String, geo: String, country: String, year: Int) throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The annex's table (section 6 has a figure per offence type under the same label).
        let annex = try #require(report.firstIndex { $0.hasPrefix("## 12. ") }, "no annex")
        let start = try #require(report[annex...].firstIndex { $0.hasSuffix("(ICCS \(offence))**") }, "no annex table for \(offence)")
        let lines = report[start...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        let cells = lines.map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        let column = try #require(cells.first?.firstIndex(of: country))
        let row = try #require(cells.dropFirst(2).first { $0.first == String(year) }, "no row \(year) under ICCS \(offence)")
        let shown = try #require(Double(row[column].split(separator: " ")[0]), "\(row[column])")
        let (expected, eurostat) = try Self.awk(offence: offence, geo: geo, year: year)
        #expect(shown == expected, "ICCS \(offence) \(geo) \(year): report \(shown), TSV \(expected)")
        #expect(abs(shown - eurostat) <= 0.011, "ICCS \(offence) \(geo) \(year): Eurostat publishes \(eurostat)")
    }

    @Test func annexCarriesTheComparabilityWarningAndTheCitation() throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let annex = try #require(text.range(of: "## 12. Annex").map { text[$0.lowerBound...] })
        #expect(annex.contains("Comparability (Eurostat's warning)"))
        #expect(annex.contains("`crim_off_cat`") && annex.contains("`demo_pjan`") && annex.contains("2026-11-29"))
        for offence in ["0301", "03011", "03012", "0302", "030221"] { #expect(annex.contains("(ICCS \(offence))**")) }
    }
}
