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
        // The model's variables are named, never the small level (a named level says it holds 1 to k − 1).
        #expect(refused.stderr.contains("disclosure control") && refused.stderr.contains("\"region\""), "\(refused.stderr)")
        #expect(!refused.stderr.contains("\"b\""), "\(refused.stderr)")
        #expect(!refused.stderr.contains("3 respondents"))
        let unknown = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ nosuch"])
        #expect(unknown.status == 64 || unknown.status == 65)
        let malformed = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime sex"])
        #expect(malformed.status == 64, "\(malformed.stderr)")
    }

    /// A 0/1 predictor's two groups are cells of the design matrix like a factor's levels: with
    /// 3 respondents who answered yes to both, the odds ratio of an unweighted fit was exactly
    /// (3/36)/(56/112) = 1/6, which with the group's size gives the 3 back; with none (the
    /// predictor separates the outcome) the fit printed a coefficient of −17. Both are refused,
    /// naming the group, not the count; a 0/1 predictor whose cells all hold k or more still fits.
    @Test func binaryPredictorCellsAreChecked() throws {
        let extra = [("nc", #"{variable: csa_noncontact_lifetime, codes: {"1": 1, "0": 0}}"#)]
        let planted = try plantedSurveyDatabase(
            extra: extra, rows: [("1,a,1,0", 28), ("2,a,1,0", 28), ("1,a,0,0", 56), ("2,a,0,0", 56), ("1,a,1,1", 3), ("2,a,0,1", 36)])
        let separated = try plantedSurveyDatabase(
            extra: extra, rows: [("1,a,1,0", 30), ("2,a,0,0", 60), ("1,a,0,1", 20), ("2,a,0,1", 20)])
        for db in [planted, separated] {
            let refused = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ csa_noncontact_lifetime", "--format", "csv"])
            #expect(refused.status == 65 && refused.stdout.isEmpty, "\(refused.stdout)")
            #expect(
                refused.stderr.contains("(\"csa_noncontact_lifetime\", \"csa_any_lifetime\") has too few respondents")
                    && !refused.stderr.contains("= 1"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("3 respondents") && !refused.stderr.contains(" 0 respondents"))
        }
        let safe = try plantedSurveyDatabase(
            extra: extra, rows: [("1,a,1,0", 30), ("2,a,0,0", 60), ("1,a,1,1", 8), ("2,a,0,1", 20)])
        let fitted = try SitanProcess.run(["model", "--db", safe, "csa_any_lifetime ~ csa_noncontact_lifetime", "--format", "csv"])
        #expect(fitted.status == 0 && fitted.stdout.contains("LV-2024,csa_noncontact_lifetime,,"), "\(fitted.stdout)\(fitted.stderr)")
    }

    /// A numeric predictor that separates the outcome is named, as R warns "fitted probabilities
    /// numerically 0 or 1": hours online are below 5 for every respondent without the outcome and
    /// above it for every one with it, except at 5 where both occur (quasi-complete: the weighted
    /// fit used to stop at "singular matrix", since only the rows at 5 kept any weight), or with
    /// no row at 5 (complete). Exit 65, no value or count, nothing on stdout.
    @Test func separationNamesThePredictor() throws {
        for (boundary, kind) in [(40, "quasi-completely"), (0, "completely")] {
            var csv = "id,w,q,h\n"
            for i in 0..<(200 + boundary) {
                let hours = i >= 200 ? 5 : i * 7919 % 1000 == 500 ? 5.5 : Double(i * 7919 % 1000) / 100
                csv += "\(i + 1),\(20 + i * 37 % 280),\(hours > 5 || (i >= 200 && i % 2 == 1) ? 1 : 0),\(hours)\n"
            }
            let db = try plantedHoursDatabase(csv: csv)
            let refused = try SitanProcess.run(["model", "--db", db, "csa_any_lifetime ~ hours_online", "--format", "csv"])
            #expect(refused.status == 65 && refused.stdout.isEmpty, "\(refused.stdout)")
            #expect(refused.stderr.contains("is \(kind) separated by \"hours_online\""), "\(refused.stderr)")
            #expect(refused.stderr.contains("fitted probabilities numerically 0 or 1") && !refused.stderr.contains("singular"))
            #expect(!refused.stderr.contains("5"), "the value where the outcomes meet is not shown: \(refused.stderr)")
        }
    }

    /// An unweighted logistic fit publishes its cells: the reference level's odds exp(b) =
    /// yes/no and, without PSUs, se² ≈ 1/yes + 1/no. Two models whose `--where` domains differ by
    /// the 2 girls with a family perpetrator would give 29 and 27 girls with the outcome, so the 2
    /// would come back although each model's cells hold 5 or more: the release ledger records the
    /// first model's cells and refuses the second (exit 65, a message naming no count).
    @Test func modelsDifferencedByTheirDomains() throws {
        let db = try plantedSurveyDatabase(
            extra: [("rel", "{variable: perpetrator_relation}")],
            rows: [("2,riga,1,peer", 27), ("2,riga,0,peer", 18), ("1,riga,1,peer", 25), ("1,riga,0,stranger", 15), ("2,riga,1,family", 2)])
        func girlsWithTheOutcome(_ domain: String) throws -> Int? {
            let result = try SitanProcess.run([
                "model", "--db", db, "csa_any_lifetime ~ sex", "--reference", "sex=female", "--where", domain, "--format", "json",
            ])
            guard result.status == 0 else { return nil }
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            let (b, se) = try (#require(rows.first?["estimate"] as? Double), #require(rows.first?["se"] as? Double))
            let odds = exp(b)
            return Int((odds * (1 + 1 / odds) / (se * se)).rounded())
        }
        let all = try girlsWithTheOutcome("perpetrator_relation=peer,stranger,family")
        let withoutFamily = try girlsWithTheOutcome("perpetrator_relation=peer,stranger")
        #expect(all == 29, "the attack reads the cell of the first model")
        #expect(all == nil || withoutFamily == nil || all! - withoutFamily! != 2)
        let refused = try SitanProcess.run([
            "model", "--db", db, "csa_any_lifetime ~ sex", "--where", "perpetrator_relation=peer,stranger",
        ])
        #expect(refused.status == 65 && refused.stdout.isEmpty, "\(refused.stdout)")
        #expect(refused.stderr.contains("refused by disclosure control") && !refused.stderr.contains("27"), "\(refused.stderr)")
        // The ledger recorded the first model; an estimate that differences the same cell is suppressed.
        let releases = try SitanProcess.run(["releases", "--db", db])
        #expect(releases.status == 0 && releases.stdout.contains("model"), "\(releases.stdout)")
        let estimate = try SitanProcess.run([
            "estimate", "csa_any_lifetime", "--by", "sex", "--where", "perpetrator_relation=peer,stranger", "--db", db,
            "--format", "csv",
        ])
        #expect(estimate.status == 65 || !estimate.stdout.contains(",27,"), "\(estimate.stdout)")
    }
}
