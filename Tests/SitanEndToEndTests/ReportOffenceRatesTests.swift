import Foundation
import Testing

/// The rates per offence type of the committed report's figures (`reports/en/figures/
/// incident-rates-03011.svg`, values in its `<desc>`) against awk on the raw files: Latvian
/// rapes (ICCS 03011 and the codes below it: articles 159 and 161 in
/// `datasets/offence-mapping.csv`) per 100 000 children aged 0–17 of the same year.
@Suite struct ReportOffenceRatesTests {
    @Test func latvianRapeRatesMatchAwk() throws {
        let svg = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/figures/incident-rates-03011.svg"), encoding: .utf8)
        let desc = try #require(
            svg.components(separatedBy: "<desc id=\"desc\">").dropFirst().first?.components(separatedBy: "</desc>").first)
        let latvia = try #require(desc.components(separatedBy: "Latvia — ").dropFirst().first?.components(separatedBy: ". ").first)
        let cases = try ReportSampleTests.awk(
            #"NR > 1 && ($2 == "159" || $2 == "161") { n[substr($1, 7, 4)]++ } END { for (y in n) print y, n[y] }"#, separator: ",",
            file: "datasets/lv-incidents.csv")
        let children = try ReportSampleTests.awk(
            #"NR > 1 { p[substr($1, 7, 4)] += $4 } END { for (y in p) print y, p[y] }"#, separator: ",", file: "datasets/lv-population.csv")
        let table = { (text: String) in
            Dictionary(
                text.split(separator: "\n").map { line in (String(line.split(separator: " ")[0]), Double(line.split(separator: " ")[1])!) },
                uniquingKeysWith: { a, _ in a })
        }
        let (counts, populations) = (table(cases), table(children))
        var checked = 0
        for entry in latvia.components(separatedBy: "; ") {
            let parts = entry.components(separatedBy: ": ")
            guard parts.count == 2, let shown = Double(parts[1].components(separatedBy: " ")[0]) else { continue }  // :c
            let expected = 100_000 * (counts[parts[0]] ?? 0) / (try #require(populations[parts[0]], "population of \(parts[0])"))
            #expect(abs(shown - expected) <= 0.005 + 1e-9, "\(parts[0]): \(shown) vs awk \(expected)")
            checked += 1
        }
        #expect(checked == 10, "2015–2024 shown: \(latvia)")
    }
}
