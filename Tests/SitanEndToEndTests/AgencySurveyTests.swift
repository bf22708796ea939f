import Foundation
import Testing

/// A fieldwork agency's SPSS export (Polish value labels, user-missing 97–99, a skip pattern, two
/// strata, schools as PSUs, weights) and the same data as CSV, analysed by sitan and by R survey
/// 4.1.1 (Tests/Fixtures/agency/ref.R wrote ref.csv): every proportion (each --ci method, design
/// and normal df), total, mean and quantile by sex agrees to 1e-9 relative.
@Suite struct AgencySurveyTests {
    static let fixtures = SitanProcess.fixtures.appendingPathComponent("agency")
    static let dictionary = fixtures.appendingPathComponent("variables.yaml").path

    /// One R reference row: what was asked and R's estimate, SE, interval and df.
    struct Reference {
        let statistic, variable, group, method, dfMode: String
        let values: [Double]
        let df: Double?
    }

    static func references() throws -> [Reference] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("ref.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return Reference(
                statistic: fields[0], variable: fields[1], group: fields[2], method: fields[3], dfMode: fields[4],
                values: fields[5...8].map { Double($0) ?? .nan }, df: Double(fields[9]))
        }
    }

    func database(_ file: String, codebook: String) throws -> String {
        let db = temporaryDirectory().appendingPathComponent("a.sqlite").path
        let result = try SitanProcess.run([
            "ingest", "--db", db, Self.fixtures.appendingPathComponent(file).path,
            "--codebook", Self.fixtures.appendingPathComponent(codebook).path, "--dictionary", Self.dictionary,
        ])
        #expect(result.status == 0 && result.stdout.contains("294 rows read, 294 loaded, 0 rejected"), "\(result.stderr)")
        return db
    }

    func arguments(for reference: Reference) -> [String]? {
        let variables = ["q1": "csa_contact_lifetime", "godz": "hours_online", "wiek": "age"]
        guard let variable = variables[reference.variable] else { return nil }
        var arguments = ["estimate", variable, "--by", "sex", "--df", reference.dfMode, "--format", "json"]
        switch reference.statistic {
        case "prop":
            // R's "logit" is a glm fit with a convergence tolerance of ~1e-9; sitan's closed form is
            // R's "xlogit", checked on its own rows.
            if reference.method == "logit" { return nil }
            arguments += ["--ci", reference.method]
        case "total": arguments += ["--statistic", "total"]
        case "mean": break
        default: arguments += ["--statistic", "quantile:" + reference.statistic.dropFirst()]
        }
        return arguments
    }

    func relativeDifference(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), .leastNormalMagnitude) }

    @Test(arguments: [("pl-agency.sav", "pl-agency.codebook.yaml"), ("pl-agency.csv", "pl-agency-csv.codebook.yaml")])
    func everyNumberBySexEqualsRSurvey(file: String, codebook: String) throws {
        let db = try database(file, codebook: codebook)
        var compared = 0
        var outputs: [[String]: [[String: Any]]] = [:]
        for reference in try Self.references() {
            guard let arguments = arguments(for: reference) else { continue }
            if outputs[arguments] == nil {
                // A fresh ledger per question: complementary suppression is tested elsewhere.
                let copy = temporaryDirectory().appendingPathComponent("q.sqlite").path
                try FileManager.default.copyItem(atPath: db, toPath: copy)
                let result = try SitanProcess.run(arguments + ["--db", copy])
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                outputs[arguments] = json?["rows"] as? [[String: Any]] ?? []
            }
            let row = outputs[arguments]?.first { ($0["group"] as? [String: String])?["sex"] == reference.group }
            let sitan = ["estimate", "se", "ci_low", "ci_high"].map { row?[$0] as? Double ?? .nan }
            for (mine, theirs) in zip(sitan, reference.values) {
                #expect(relativeDifference(mine, theirs) <= 1e-9, "\(arguments) \(reference.group): sitan \(sitan), R \(reference.values)")
            }
            if let df = reference.df { #expect(row?["df"] as? Double == df, "\(arguments) \(reference.group)") }
            compared += 1
        }
        #expect(compared == 36)
    }

    @Test func theSkipPatternQuestionAmongThoseWhoAnsweredYes() throws {
        let db = try database("pl-agency.sav", codebook: "pl-agency.codebook.yaml")
        let config = try write("reliability: flag\n", to: "sitan.yaml", in: temporaryDirectory())
        let result = try SitanProcess.run([
            "estimate", "disclosed_anyone", "--where", "csa_contact_lifetime=1", "--ci", "xlogit", "--format", "csv",
            "--db", db, "--config", config,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let reference = try #require(try Self.references().first { $0.variable == "q2|q1=1" })
        let fields = try #require(result.stdout.split(separator: "\n").last?.split(separator: ",", omittingEmptySubsequences: false))
        // survey,n,n_outcome,weighted_n,estimate,estimate_flag,se,ci_low,ci_high,deff,df,flags
        let sitan = [4, 6, 7, 8].map { Double(fields[$0]) ?? .nan }
        for (mine, theirs) in zip(sitan, reference.values) { #expect(relativeDifference(mine, theirs) <= 1e-9, "\(sitan)") }
        #expect(fields[1] == "33" && fields[10] == "10")
    }

    /// The CSV export writes a missing category as an empty field; the design.R beside it must
    /// read that as NA, or R counts "" as a category of its own (svymean(~sex) then gives a third
    /// share and the others no longer equal sitan's).
    @Test func theCSVExportsDesignSnippetReadsEmptyFieldsAsMissing() throws {
        let db = try database("pl-agency.sav", codebook: "pl-agency.codebook.yaml")
        let out = temporaryDirectory().appendingPathComponent("export")
        let result = try SitanProcess.run(["export", "--db", db, "--survey", "PL-2025", "--format", "csv", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("PL-2025.csv"), encoding: .utf8)
        let sexIndex = try #require(csv.split(separator: "\n").first?.split(separator: ",").firstIndex(of: "sex"))
        let emptySex = csv.split(separator: "\n").dropFirst().filter {
            $0.split(separator: ",", omittingEmptySubsequences: false)[sexIndex].isEmpty
        }
        #expect(emptySex.count == 6)
        let r = try String(contentsOf: out.appendingPathComponent("design.R"), encoding: .utf8)
        #expect(r.contains("read.csv(\"PL-2025.csv\", check.names = FALSE, na.strings = \"\")"))
    }

    /// Probabilities 0 and 1 are refused because they would publish one respondent's value, and so
    /// is a probability next to them: quantile:0.999999999 would print each group's largest value
    /// (10.8 hours for girls, 8.8 for boys: one respondent's each, as R's svyquantile gives it).
    /// A quantile with fewer than k respondents at or beyond it is refused (exit 65).
    @Test func aQuantileNextToOneDoesNotPublishTheLargestValue() throws {
        let db = try database("pl-agency.sav", codebook: "pl-agency.codebook.yaml")
        let result = try SitanProcess.run([
            "estimate", "hours_online", "--by", "sex", "--statistic", "quantile:0.999999999", "--format", "csv", "--db", db,
        ])
        let estimates = result.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)[5]
        }
        #expect(result.status == 65 && result.stderr.contains("respondents at or beyond it"), "\(result.stderr)")
        #expect(!estimates.contains { $0 == "10.8" || $0 == "8.8" }, "\(result.stdout)")
    }
}
