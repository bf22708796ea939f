import Foundation
import Testing

/// An attacker who reads the written report.md on the planted survey (`LedgerAttackTests`'s
/// respondents: 2 without a sex, 4 without an answer, cells of 1 to 4), turns every count it
/// prints into an equation (rows loaded, missing values, the `n` of every table by sex) and solves
/// the linear system: no planted cell may be pinned.
@Suite struct ReportAttackTests {
    /// The counts report.md publishes, as equations over the planted survey's variables.
    static func equations(_ markdown: String) -> [([String: Set<String?>], Double)] {
        var found: [([String: Set<String?>], Double)] = []
        var header: [String] = []
        for line in markdown.split(separator: "\n").map(String.init) where line.hasPrefix("|") {
            // Counts are grouped with narrow no-break spaces (`1 253`).
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{202F}", with: "") }
            if cells.allSatisfy({ $0.hasPrefix("-") || $0.hasPrefix(":-") || $0.hasSuffix("-:") }) { continue }
            guard let first = cells.first else { continue }
            if first == "Source" || first == "Variable" || first == "Country" || first == "Indicator" {
                header = cells
                continue
            }
            let number = { (column: String) -> Double? in header.firstIndex(of: column).flatMap { Double(cells[$0]) } }
            if header.first == "Source", let loaded = number("Rows loaded") {
                found.append(([:], loaded))
            } else if header.first == "Variable", let missing = Double(cells[1]) {
                let variable = first.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                if LedgerAttackTests.values[variable] != nil { found.append(([variable: [nil]], missing)) }
            } else if header.starts(with: ["Country", "Sex", "n"]), let n = Double(cells[2]) {
                let sex: String? = cells[1] == "Male" ? "male" : cells[1] == "Female" ? "female" : nil
                found.append((["sex": [sex], "csa_any_lifetime": ["0", "1"]], n))
            }
        }
        return found
    }

    @Test func thePlantedCellsCannotBeRecomputedFromTheReport() throws {
        let db = try LedgerAttackTests.database()
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let equations = Self.equations(markdown)
        // The rows loaded and the complete variables' missing counts are read, at least.
        #expect(equations.contains { $0.0.isEmpty && $0.1 == 220 })
        #expect(equations.contains { $0.0 == ["region": [nil]] && $0.1 == 0 })
        #expect(LedgerAttackTests.pinned(by: equations).isEmpty, "pinned from report.md: \(LedgerAttackTests.pinned(by: equations))")
    }

    /// The attack has teeth: it reads every count of the tables it knows (here the old report's
    /// missing answers, which it pins, 4).
    @Test func everyPrintedCountIsAnEquation() {
        let markdown = """
            | Source | Rows loaded |
            |---|---:|
            | `planted` | 220 |

            | Country | Sex | n | % (95% CI) |
            |---|---|---:|---:|
            | Latvia | Male | 87 | 26.4 (18.1–36.8) |
            | Latvia | Female | 127 | 26.0 (19.0–34.4) |

            | Variable | `planted`: missing | % |
            |---|---:|---:|
            | `csa_any_lifetime` | 4 | 1.8 |
            """
        let equations = Self.equations(markdown)
        #expect(equations.count == 4)
        #expect(LedgerAttackTests.pinned(by: equations).contains("\(["csa_any_lifetime": nil] as [String: String?])"))
    }
}
