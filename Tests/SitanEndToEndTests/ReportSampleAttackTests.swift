import Foundation
import Testing

/// The report analyses one sample, the respondents with a recorded sex (and age group), so that a
/// country's row is the sum of its rows by sex. An attacker who reads the report and then asks
/// `sitan estimate csa_any_lifetime --by country` over every respondent subtracts the report's
/// yes count from the estimate's: what is left is the yes count of the few respondents the report
/// left out. The release ledger holds the report's cells with their restriction, so the estimate
/// is audited against them.
@Suite struct ReportSampleAttackTests {
    /// The planted survey: (sex, region, answer, perpetrator, respondents); 3 respondents have no
    /// recorded sex, 1 of them answered yes.
    static let groups: [(String, String, String, String, Int)] = [
        ("1", "riga", "1", "", 20), ("1", "riga", "0", "", 60), ("2", "riga", "1", "", 25), ("2", "riga", "0", "", 55),
        ("9", "riga", "1", "", 1), ("9", "riga", "0", "", 2),
    ]
    static let size = 163
    /// The planted cell: the respondent without a sex who answered yes.
    static let planted: [String: String?] = ["sex": nil, "csa_any_lifetime": "1"]

    /// A fresh database with the planted survey (no perpetrator column: every answer is blank).
    static func database(_ groups: [(String, String, String, String, Int)] = groups) throws -> String {
        try plantedSurveyDatabase(extra: [], rows: groups.map { ("\($0.0),\($0.1),\($0.2)", $0.4) })
    }

    /// Writes the report and returns report.md.
    static func report(_ db: String) throws -> String {
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    }

    /// What the report publishes, as equations over the respondents: the round's size, the
    /// respondents left out (printed exactly), and each sex's n and yes count (on an unweighted
    /// survey the yes count is the one whose share of n rounds to the printed percentage).
    static func reportEquations(_ markdown: String) throws -> [([String: Set<String?>], Double)] {
        #expect(markdown.contains("Latvia, 2024: 3 of 163"), "the report states the respondents left out")
        var equations: [([String: Set<String?>], Double)] = [([:], Double(size)), (["sex": [nil]], 3)]
        for line in markdown.split(separator: "\n") where line.hasPrefix("| Latvia | Male |") || line.hasPrefix("| Latvia | Female |") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let sex: String? = cells[1] == "Male" ? "male" : "female"
            let n = try #require(Int(cells[2]), "the report shows the \(cells[1].lowercased()) row: \(line)")
            let percent = try #require(Double(cells[3].prefix { $0 != " " }))
            let yes = (0...n).filter { abs(100 * Double($0) / Double(n) - percent) <= 0.05 + 1e-9 }
            try #require(yes.count == 1)
            equations += [
                (["sex": [sex], "csa_any_lifetime": ["0", "1"]], Double(n)), (["sex": [sex], "csa_any_lifetime": ["1"]], Double(yes[0])),
            ]
        }
        #expect(equations.count == 6, "the report shows both sexes")
        return equations
    }

    /// What `estimate csa_any_lifetime --by country` (every respondent) publishes: nothing when
    /// it is refused.
    static func estimateEquations(_ db: String) throws -> [([String: Set<String?>], Double)] {
        let result = try SitanProcess.run(["estimate", "csa_any_lifetime", "--by", "country", "--db", db, "--format", "json"])
        #expect(result.status == 0 || result.status == 65, "\(result.stderr)")
        guard result.status == 0 else { return [] }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var equations: [([String: Set<String?>], Double)] = []
        for row in object["rows"] as? [[String: Any]] ?? [] {
            if let n = row["n"] as? Double { equations.append((["csa_any_lifetime": ["0", "1"]], n)) }
            if let yes = row["n_outcome"] as? Double { equations.append((["csa_any_lifetime": ["1"]], yes)) }
        }
        return equations
    }

    /// Whether the equations pin the planted cell (the attacker's linear program).
    static func pinsPlanted(_ equations: [([String: Set<String?>], Double)]) -> Bool {
        let range = LedgerAttackTests.interval(of: planted, equations: equations)
        return range.upperBound - range.lowerBound < 0.5
    }

    @Test func anEstimateOverEveryRespondentAfterTheReportDoesNotGiveBackTheLeftOutYes() throws {
        let db = try Self.database()
        let report = try Self.reportEquations(try Self.report(db))
        #expect(!Self.pinsPlanted(report), "the report alone")
        #expect(!Self.pinsPlanted(report + (try Self.estimateEquations(db))), "the report, then the estimate")
        // The attack has teeth: in a new ledger the estimate shows its yes count, which gives the 1 back.
        _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "test"])
        let unaudited = try Self.estimateEquations(db)
        #expect(unaudited.count == 2)
        #expect(Self.pinsPlanted(report + unaudited))
    }

    /// The refused estimate's reason says how to ask for the report's sample, and that gives the
    /// report's numbers.
    @Test func theNoteNamesTheReportsSampleWhichGivesTheReportsNumbers() throws {
        let db = try Self.database()
        let report = try Self.reportEquations(try Self.report(db))
        let suppressed = try SitanProcess.run(["estimate", "csa_any_lifetime", "--by", "country", "--db", db])
        #expect(suppressed.status == 65, "\(suppressed.stderr)")
        let output = suppressed.stdout + suppressed.stderr
        let hint = try #require(output.range(of: "`--where sex=female,male`"), "\(output)")
        #expect(output[..<hint.lowerBound].contains("The report analyses only the respondents with a recorded `sex`"))
        let sample = try SitanProcess.run(
            ["estimate", "csa_any_lifetime", "--by", "country", "--where", "sex=female,male", "--db", db, "--format", "json"])
        #expect(sample.status == 0, "\(sample.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sample.stdout.utf8)) as? [String: Any])
        let row = try #require((object["rows"] as? [[String: Any]])?.first)
        // n and yes count of the report's sample: the sum of its rows by sex.
        let n = report.filter { $0.0["csa_any_lifetime"] == ["0", "1"] }.map(\.1).reduce(0, +)
        let yes = report.filter { $0.0["csa_any_lifetime"] == ["1"] }.map(\.1).reduce(0, +)
        #expect(row["n"] as? Double == n && n == 160)
        #expect(row["n_outcome"] as? Double == yes && yes == 45)
    }

    /// When none of the left-out respondents gave an answer, their count is exempt and their yes
    /// count is 0, so an estimate over every respondent beside the report would pin how many of
    /// them answered no: all 3. The two are statistics of one variable over domains that differ by
    /// 3 respondents, so the estimate is refused.
    @Test func anAnswerNoneOfTheLeftOutGaveDoesNotPinTheirCount() throws {
        var groups = Self.groups.filter { $0.0 != "9" }
        groups.append(("9", "riga", "0", "", 3))
        let db = try Self.database(groups)
        let markdown = try Self.report(db)
        var equations = try Self.reportEquations(markdown).filter { $0.0["sex"] != [nil] }
        equations += try Self.estimateEquations(db)
        let range = LedgerAttackTests.interval(of: ["sex": nil, "csa_any_lifetime": "0"], equations: equations)
        #expect(range.upperBound - range.lowerBound >= 0.5, "left out and answered no: \(range)")
    }

    /// The estimate over every respondent first, then the report: the report's rows by sex would
    /// add up to its sample, which the estimate's row less gives the left-out respondents' yes
    /// count; the report hides what would, and is written.
    @Test func theReportAfterAnEstimateOverEveryoneDoesNotGiveBackTheLeftOutYes() throws {
        let db = try Self.database()
        let estimate = try Self.estimateEquations(db)
        #expect(estimate.count == 2, "the estimate comes first, over a fresh ledger")
        var equations = estimate + [([:], Double(Self.size))]
        for line in try Self.report(db).split(separator: "\n")
        where line.hasPrefix("| Latvia | Male |") || line.hasPrefix("| Latvia | Female |") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let sex: String? = cells[1] == "Male" ? "male" : "female"
            guard let n = Int(cells[2]), let percent = Double(cells[3].prefix { $0 != " " }) else { continue }
            let yes = (0...n).filter { abs(100 * Double($0) / Double(n) - percent) <= 0.05 + 1e-9 }
            equations.append((["sex": [sex], "csa_any_lifetime": ["0", "1"]], Double(n)))
            if yes.count == 1 { equations.append((["sex": [sex], "csa_any_lifetime": ["1"]], Double(yes[0]))) }
        }
        #expect(!Self.pinsPlanted(equations), "the estimate, then the report")
    }
}
