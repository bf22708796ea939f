import Foundation
import Testing

/// End-to-end tests of `sitan model` on the built binary.
@Suite struct ModelTests {
    /// The committed Latvian survey (LV-2019), ingested.
    func latvianSurvey() throws -> String {
        let datasets = SitanProcess.repository.appendingPathComponent("datasets")
        let db = temporaryDirectory().appendingPathComponent("m.sqlite").path
        let ingest = try SitanProcess.run([
            "ingest", "--db", db, datasets.appendingPathComponent("lv-survey.csv").path, "--codebook",
            datasets.appendingPathComponent("lv-survey.csv.codebook.yaml").path, "--dictionary",
            datasets.appendingPathComponent("variables.yaml").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    /// The formula in separate words (as an unquoted shell command gives them), JSON rows with
    /// the documented keys, odds ratios as exp of the coefficient and its interval, and the
    /// same numbers in every format.
    @Test func logisticModelInEveryFormat() throws {
        let db = try latvianSurvey()
        let formula = ["csa_any_lifetime", "~", "sex", "+", "age_group"]
        let json = try SitanProcess.run(["model", "--db", db] + formula + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["term"] as? String } == ["(Intercept)", "sex", "age_group", "age_group"])
        #expect(rows.map { $0["level"] as? String } == [nil, "female", "14-15", "16-17"])
        let keys: Set<String> = [
            "survey", "term", "level", "estimate", "se", "t", "df", "p", "ci_lower", "ci_upper", "odds_ratio", "or_lower", "or_upper",
        ]
        for row in rows {
            #expect(Set(row.keys) == keys)
            let b = try #require(row["estimate"] as? Double)
            let (lower, upper) = try (#require(row["ci_lower"] as? Double), #require(row["ci_upper"] as? Double))
            #expect(lower < b && b < upper)
            #expect(abs((row["odds_ratio"] as? Double ?? 0) - exp(b)) <= 1e-12 * exp(b))
            #expect(abs((row["or_lower"] as? Double ?? 0) - exp(lower)) <= 1e-12 * exp(lower))
        }
        let table = try SitanProcess.run(["model", "--db", db, formula.joined(separator: " "), "--format", "table"])
        #expect(table.status == 0 && table.stdout.contains("Reference levels: sex = male, age_group = 11-13"), "\(table.stdout)")
        let chosen = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime~sex", "--reference", "sex=female", "--format", "csv"])
        #expect(chosen.status == 0 && chosen.stdout.contains("LV-2019,sex,male,"), "\(chosen.stdout)\(chosen.stderr)")
    }

    /// A level with fewer than k respondents refuses the model (exit 65) and names the variable
    /// and level, not the count; nothing reaches stdout.
    @Test func smallLevelIsRefused() throws {
        var rows: [(record: String, count: Int)] = [("1,a,1", 30), ("1,a,0", 60), ("2,a,1", 40), ("2,a,0", 50)]
        rows += [("1,b,1", 20), ("2,b,0", 20), ("2,b,1", 3)]
        let db = try plantedSurveyDatabase(extra: [], rows: rows)
        let fitted = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ sex", "--format", "csv"])
        #expect(fitted.status == 0, "\(fitted.stderr)")
        let refused = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ sex + region", "--format", "csv"])
        #expect(refused.status == 65 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("disclosure control") && refused.stderr.contains("\"region\" = \"b\""), "\(refused.stderr)")
        #expect(!refused.stderr.contains("3 respondents"))
        let unknown = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ nosuch"])
        #expect(unknown.status == 64 || unknown.status == 65)
        let malformed = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime sex"])
        #expect(malformed.status == 64, "\(malformed.stderr)")
    }
}
