import Disclosure
import Foundation
import Testing

/// An attacker who reads the written report.md on the planted survey (`LedgerAttackTests`'s
/// respondents: 2 without a sex, 4 without an answer, cells of 1 to 4), turns every count it
/// prints into an equation (rows loaded, missing values, the `n` of every table by sex) and solves
/// the linear system: no planted cell may be pinned, but the number of respondents without a sex,
/// which the report states (they are left out of its analysis sample).
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
            let number = { (column: String) -> Double? in
                header.firstIndex(of: column).flatMap { $0 < cells.count ? Double(cells[$0]) : nil }
            }
            if header.first == "Source", let loaded = number("Rows loaded") {
                found.append(([:], loaded))
            } else if header.first == "Variable", let missing = Double(cells[1]) {
                let variable = first.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                // A follow-up question's missing answers are counted among the respondents it was
                // asked of (`csa_any_lifetime` = 1): "not applicable" is not missing.
                let asked: [String: Set<String?>] = variable == "perpetrator_relation" ? ["csa_any_lifetime": ["1"]] : [:]
                if LedgerAttackTests.values[variable] != nil { found.append((asked.merging([variable: [nil]]) { $1 }, missing)) }
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
        // The respondents without a sex (2) are left out of the report's analysis sample and their
        // number is stated exactly (a count of non-response to a demographic question); what they
        // answered stays protected.
        #expect(equations.contains { $0.0 == ["sex": [nil]] && $0.1 == 2 })
        let pinned = LedgerAttackTests.pinned(by: equations).filter { $0 != "\(["sex": nil] as [String: String?])" }
        #expect(pinned.isEmpty, "pinned from report.md: \(pinned)")
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

    /// Two indicators' `n` by sex, read from report.md with the indicator of the section they
    /// are printed in: [indicator, sex, n].
    static func indicatorCounts(_ markdown: String) -> [(indicator: String, sex: String, n: Double)] {
        let sections = ["### Any sexual abuse, lifetime": "csa_any_lifetime", "### Contact sexual abuse, lifetime": "csa_contact_lifetime"]
        var indicator: String?
        var found: [(String, String, Double)] = []
        for line in markdown.split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") { indicator = sections[line] }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let indicator, line.hasPrefix("|"), cells.count >= 4, ["Male", "Female"].contains(cells[1]), let n = Double(cells[2])
            else { continue }
            found.append((indicator, cells[1].lowercased(), n))
        }
        return found
    }

    /// Whether the count of males without an answer to the contact indicator is pinned by the
    /// respondents loaded and the indicators' `n` by sex (an LP over sex × the two answers).
    static func missingContactPinned(loaded: Double, counts: [(indicator: String, sex: String, n: Double)]) -> Bool {
        var atoms: [[String: String?]] = []
        for sex in ["male", "female"] {
            for any in ["0", "1"] {
                for contact in [nil, "0", "1"] as [String?] {
                    atoms.append(["sex": sex, "csa_any_lifetime": any, "csa_contact_lifetime": contact])
                }
            }
        }
        var rows = [atoms.map { _ in 1.0 } + [0]]
        var rhs = [loaded]
        for count in counts {
            rows.append(atoms.map { $0["sex"]! == count.sex && $0[count.indicator]! != nil ? 1.0 : 0.0 } + [0])
            rhs.append(count.n)
        }
        rows.append(atoms.map { $0["sex"]! == "male" && $0["csa_contact_lifetime"]! == nil ? 1.0 : 0.0 } + [-1])
        rhs.append(0)
        guard let program = LinearProgram(equations: rows, rightHandSides: rhs, variables: atoms.count + 1) else {
            Issue.record("the published counts are inconsistent")
            return false
        }
        let range = program.range(of: atoms.count)
        return range.upperBound - range.lowerBound < 0.5
    }

    /// Respondents who answered one indicator and not another link the indicators' tables: here
    /// 2 boys did not answer the contact question, and every other count is 5 or more, so each
    /// indicator's tables are safe alone, yet n by sex of the one minus n by sex of the other gives
    /// the 2 back. The report audits the two indicators jointly and must hide it.
    @Test func indicatorsCannotBeSubtractedFromEachOther() throws {
        let contact = [("c", #"{variable: csa_contact_lifetime, codes: {"1": 1, "0": 0}}"#)]
        let db = try plantedSurveyDatabase(
            extra: contact,
            rows: [
                ("1,riga,1,1", 20), ("1,riga,0,0", 40), ("1,riga,0,", 2), ("2,riga,1,1", 25), ("2,riga,0,0", 45), ("2,riga,0,", 6),
            ])
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = Self.indicatorCounts(try String(contentsOfFile: out + "/report.md", encoding: .utf8))
        #expect(!Self.missingContactPinned(loaded: 138, counts: counts), "pinned from \(counts)")
        // The attack has teeth: the tables as each indicator alone would publish them give the 2 back.
        let alone = [("csa_any_lifetime", "male", 62.0), ("csa_any_lifetime", "female", 76), ("csa_contact_lifetime", "male", 60)]
        #expect(Self.missingContactPinned(loaded: 138, counts: alone.map { ($0.0, $0.1, $0.2) }))
    }

    /// The report is a release of the database's ledger: recorded after the outputs already there
    /// (which stay), one release per part, and a `--check` records nothing.
    @Test func theReportIsRecordedInTheDatabaseLedger() throws {
        let db = try LedgerAttackTests.database()
        #expect(try SitanProcess.run(["estimate", "region", "--db", db]).status == 0)
        let before = try SitanProcess.run(["releases", "--db", db, "--format", "csv"]).stdout
        let out = temporaryDirectory().appendingPathComponent("report").path
        #expect(try SitanProcess.run(["report", "--db", db, "--out", out]).status == 0)
        let after = try SitanProcess.run(["releases", "--db", db, "--format", "csv"]).stdout
        let added = after.split(separator: "\n").dropFirst(before.split(separator: "\n").count)
        #expect(before.contains("region") && after.hasPrefix(before), "\(after)")
        #expect(!added.isEmpty && added.allSatisfy { $0.contains(",sitan report: ") }, "\(added)")
        #expect(try SitanProcess.run(["report", "--db", db, "--out", out, "--check"]).status == 0)
        #expect(try SitanProcess.run(["releases", "--db", db, "--format", "csv"]).stdout == after)
    }
}
