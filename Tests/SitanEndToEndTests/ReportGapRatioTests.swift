import Foundation
import Testing

/// The committed report's table of self-reported experience beside recorded cases: its ratio
/// divides the estimated number of children as printed (to the nearest 100), so it reveals nothing
/// finer than the printed total (an unrounded total times the recorded count would be read back
/// from the ratio's decimals).
@Suite struct ReportGapRatioTests {
    /// The rows of the table: (estimate, low, high) as printed, the recorded cases, and the
    /// ratio's (estimate, low, high) as printed.
    static func rows(_ markdown: String) -> [(total: [Double], cases: Double, ratio: [Double])] {
        let lines = markdown.split(separator: "\n").map(String.init)
        guard let heading = lines.firstIndex(of: "### Self-reported experience and recorded cases") else { return [] }
        let numbers = { (text: String) -> [Double] in
            text.replacingOccurrences(of: "\u{202F}", with: "").split { "()–u ".contains($0) }.compactMap { Double($0) }
        }
        return lines[heading...].dropFirst().prefix { !$0.hasPrefix("#") }.compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), cells.count == 5, let cases = Double(cells[3].replacingOccurrences(of: "\u{202F}", with: ""))
            else { return nil }
            let total = numbers(cells[2])
            let ratio = numbers(cells[4])
            guard total.count == 3, ratio.count == 3 else { return nil }
            return (total, cases, ratio)
        }
    }

    @Test func theRatioDividesThePrintedTotal() throws {
        let markdown = try String(
            contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let rows = Self.rows(markdown)
        #expect(rows.count == 3, "one row per country")
        for row in rows {
            #expect(row.total.allSatisfy { $0.truncatingRemainder(dividingBy: 100) == 0 }, "\(row.total)")
            let expected = row.total.map { ($0 / row.cases * 10).rounded() / 10 }
            #expect(row.ratio == expected, "\(row.total) ÷ \(row.cases)")
        }
    }

    /// The test has teeth: a ratio of the unrounded total (Lithuania's 5 800 was 5 833.6, say)
    /// differs from the printed total's in its decimals.
    @Test func aRatioOfTheUnroundedTotalIsCaught() {
        let rows = Self.rows(
            """
            ### Self-reported experience and recorded cases

            | Country | Year | Estimated children (95% CI) | Recorded cases | Per recorded case (95% CI) |
            |---|---|---:|---:|---:|
            | Lithuania | 2019 | 5\u{202F}800 (3\u{202F}400–8\u{202F}300) | 158 | 36.9 (21.5–52.3) |
            """)
        #expect(rows.count == 1)
        #expect(rows.allSatisfy { row in row.ratio != row.total.map { ($0 / row.cases * 10).rounded() / 10 } })
    }
}
