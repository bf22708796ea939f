import Foundation
import Testing

/// An independent attacker's round on a Latvian youth survey export (unweighted): pupils aged 14
/// (40, 12 of them answering "jā") and 15 (10, 2 of them "jā") in the band 14–15, and 6 of each
/// age 11–13 and 16–17. Every output the attacker reads is an ordinary command's JSON.
@Suite struct AttackRoundTests {
    /// A Latvian youth survey's codebook (Jauniešu aptauja 2024): sex coded by `sex`, age in
    /// whole years, the `columns` and `variables` given, and the age group 14-15 over `band`.
    static func codebook(name: String, sex: String, band: String, last: String, columns: String, variables: String = "")
        -> String
    {
        let indent = { (text: String) in text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") }
        let bands = last == "16-17" ? #""16-17": [16, 17]"# : #""18-24": [18, 40]"#
        return """
            # Jauniešu aptauja 2024
            source: {name: \(name), country: LV, kind: survey, year: 2024, synthetic: true}
            file: {encoding: utf-8, delimiter: ",", missing: [""]}
            design: {id: anketas_nr}
            columns:
              dzimums: {variable: sex, codes: \(sex)}
              vecums: {variable: age, type: integer, range: [0, 40]}
            \(indent(columns))
            \(variables.isEmpty ? "" : "variables:\n" + indent(variables))
            derived:
              age_group: {from: age, bands: {"11-13": [11, 13], "14-15": \(band), \(bands)}}
            """
    }

    /// The survey: ages and answers as above (`fourteen` and `fifteen` pupils aged 14 and 15, so
    /// many of them "jā"), sex alternating, three regions in turn.
    static func database(fourteen: (n: Int, yes: Int) = (40, 12), fifteen: Int = 10, yes fifteenYes: Int = 2) throws -> String {
        var pupils: [(age: Int, yes: Bool)] = []
        func add(_ age: Int, _ n: Int, yes: Int) { pupils += (0..<n).map { (age, $0 < yes) } }
        add(14, fourteen.n, yes: fourteen.yes)
        add(15, fifteen, yes: fifteenYes)
        for age in [11, 12, 13, 16, 17] { add(age, 6, yes: 2) }
        var csv = "anketas_nr,dzimums,vecums,novads,seksuala_vardarbiba\n"
        let regions = ["Rīga", "Kurzeme", "Latgale"]
        for (i, pupil) in pupils.enumerated() {
            csv += "\(i + 1),\(i % 2 == 0 ? "sieviete" : "vīrietis"),\(pupil.age),\(regions[i % 3]),\(pupil.yes ? "jā" : "nē")\n"
        }
        return try regionsDatabase(csv: csv)
    }

    /// A planted Latvian survey of the columns anketas_nr, dzimums (sieviete, vīrietis), vecums,
    /// novads (Rīga, Kurzeme, Latgale) and seksuala_vardarbiba (jā, nē).
    static func regionsDatabase(csv: String) throws -> String {
        try plantedDatabase(
            csv: csv,
            codebook: Self.codebook(
                name: "lv-aptauja-2024", sex: #"{"vīrietis": male, "sieviete": female}"#, band: "[14, 15]", last: "16-17",
                columns: """
                    novads: {variable: region, codes: {"Rīga": riga, "Kurzeme": kurzeme, "Latgale": latgale}}
                    seksuala_vardarbiba: {variable: csa_any_lifetime, codes: {"jā": 1, "nē": 0}}
                    """))
    }

    /// A logistic model with a numeric predictor of two values in the domain is saturated: its
    /// coefficients give each age's proportion (expit(β₀ + 15 β₁) = 0.2), and the band's mean age
    /// (14.2 over 50, published by `estimate age`: 10 pupils aged 15) makes it a count, 2 pupils
    /// aged 15 with "jā". The model used to record only its overall counts; it now records the
    /// respondents with each age and Σ age over those with "jā" (its score equation X′y), which
    /// with its "jā" count pin the 2, so the model is refused.
    @Test func aLogisticModelOnANumericPredictorOfTwoValuesDoesNotGiveBackACount() throws {
        let db = try Self.database()
        let band = ["--where", "age_group=14-15"]
        var mean: (n: Int, mean: Double)?
        var coefficients: [String: Double] = [:]
        try runAttack([["estimate", "age"] + band, ["model", "csa_any_lifetime ~ age"] + band], db: db) { command, json in
            if command[0] == "estimate" { mean = try FewValuesAttackTests.mean(json) }
            let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
            for row in rows {
                if let term = row["term"] as? String, let value = (row["estimate"] as? NSNumber)?.doubleValue { coefficients[term] = value }
            }
        }
        // The attack has teeth: the band's mean is published (its two ages have 40 and 10 pupils).
        let fifteen = mean.map { Int((Double($0.n) * $0.mean - 14 * Double($0.n)).rounded()) }
        #expect(fifteen == 10)
        var yes: Int?
        if let fifteen, let b0 = coefficients["(Intercept)"], let b1 = coefficients["age"] {
            yes = Int((Double(fifteen) / (1 + exp(-(b0 + 15 * b1)))).rounded())
        }
        #expect(yes.map { !(1..<5).contains($0) } ?? true, "pupils aged 15 with jā: \(yes ?? -1)")
    }

    /// With only 2 pupils aged 15 (1 of them "jā"), the same model used to be fitted: no
    /// design-matrix cell was checked for a numeric predictor's values. Its coefficients give
    /// each age's proportion (0.3 at 14, 0.5 at 15), and the band's proportion (13 of 42, from
    /// `estimate csa_any_lifetime`) fits only 0.3 · 40 + 0.5 · 2: 2 pupils aged 15, 1 with "jā".
    /// Each age is now a cell of the model, and the model is refused naming the age and the bands.
    @Test func aLogisticModelOnANumericPredictorWithTwoPupilsOfOneValueIsRefused() throws {
        let db = try Self.database(fifteen: 2, yes: 1)
        let band = ["--where", "age_group=14-15"]
        var proportion: (n: Int, yes: Int)?
        var coefficients: [String: Double] = [:]
        try runAttack([["estimate", "csa_any_lifetime"] + band, ["model", "csa_any_lifetime ~ age"] + band], db: db) { command, json in
            if command[0] == "estimate", let row = try NonLinearAttackTests.rows(json, table: "rows").first,
                let n = row["n"] as? Int, let yes = row["n_outcome"] as? Int
            {
                proportion = (n, yes)
            }
            let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
            for row in rows {
                if let term = row["term"] as? String, let value = (row["estimate"] as? NSNumber)?.doubleValue { coefficients[term] = value }
            }
        }
        // The attack has teeth: the band's proportion is published (13 "jā", 29 "nē").
        #expect(proportion?.yes == 13)
        var fifteen: (n: Int, yes: Int)?
        if let proportion, let b0 = coefficients["(Intercept)"], let b1 = coefficients["age"] {
            let p14 = 1 / (1 + exp(-(b0 + 14 * b1))), p15 = 1 / (1 + exp(-(b0 + 15 * b1)))
            // yes = p14 · n14 + p15 · (n − n14).
            let n15 = Int(((Double(proportion.yes) - p14 * Double(proportion.n)) / (p15 - p14)).rounded())
            fifteen = (n15, Int((p15 * Double(n15)).rounded()))
        }
        let refused = try SitanProcess.run(["model", "csa_any_lifetime ~ age", "--db", db] + band)
        #expect(refused.status == 65 && refused.stdout.isEmpty, "\(refused.stdout)")
        #expect(
            refused.stderr.contains("model refused by disclosure control") && refused.stderr.contains("age_group")
                && !refused.stderr.contains("15"),
            "\(refused.stderr)")
        let pinned = fifteen.map { (1..<5).contains($0.n) || (1..<5).contains($0.yes) } ?? false
        #expect(!pinned, "aged 15: \(fifteen.map { "\($0.n), \($0.yes) with jā" } ?? "-")")
    }

    /// A logistic model over three ages is not saturated, but its score equations are linear in
    /// the counts: Σ_a (yes_a − p̂_a n_a) = 0 and Σ_a a (yes_a − p̂_a n_a) = 0, with p̂_a from the
    /// coefficients. Over ages 14–16 (100, 10 and 6 pupils, 30, 2 and 2 of them "jā"), the ages'
    /// sizes (`estimate age --where age=15,16`: a mean of two values) and the 14-year-olds' "jā"
    /// (`estimate csa_any_lifetime --where age=14`) leave two unknowns, yes₁₅ and yes₁₆, which the
    /// two equations fix: 2 and 2. The model recorded its fit's "jā" count but not Σ age over
    /// them (X′y), so nothing pinned yes₁₅ before.
    @Test func aLogisticModelOverThreeAgesDoesNotGiveBackTheirYesCountsThroughItsScoreEquations() throws {
        let db = try Self.database(fourteen: (100, 30))
        var counts: [String: (n: Int, yes: Int)] = [:]
        var mean: (n: Int, mean: Double)?
        var coefficients: [String: Double] = [:]
        let commands = [
            ["estimate", "csa_any_lifetime", "--where", "age=14"], ["estimate", "age", "--where", "age=15,16"],
            ["model", "csa_any_lifetime ~ age", "--where", "age=14,15,16"],
        ]
        try runAttack(commands, db: db) { command, json in
            if command[1] == "csa_any_lifetime", let row = try NonLinearAttackTests.rows(json, table: "rows").first,
                let n = row["n"] as? Int, let yes = row["n_outcome"] as? Int
            {
                counts[command[3]] = (n, yes)
            }
            if command[1] == "age" { mean = try FewValuesAttackTests.mean(json) }
            let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
            for row in rows {
                if let term = row["term"] as? String, let value = (row["estimate"] as? NSNumber)?.doubleValue { coefficients[term] = value }
            }
        }
        // The attack has teeth: the 14-year-olds' answers and the mean age over 15 and 16 are published.
        #expect(counts["age=14"]?.yes == 30 && mean?.n == 16)
        var pinned: (fifteen: Int, sixteen: Int)?
        if let fourteen = counts["age=14"], let mean, let b0 = coefficients["(Intercept)"], let b1 = coefficients["age"] {
            let sixteen = Double(mean.n) * (mean.mean - 15)
            let sizes: [Double: Double] = [14: Double(fourteen.n), 15: Double(mean.n) - sixteen, 16: sixteen]
            let fitted = sizes.map { age, n in (age, n / (1 + exp(-(b0 + age * b1)))) }
            // yes₁₅ + yes₁₆ = Σ p̂ n − yes₁₄; 15 yes₁₅ + 16 yes₁₆ = Σ a p̂ n − 14 yes₁₄.
            let both = fitted.reduce(0) { $0 + $1.1 } - Double(fourteen.yes)
            let weighted = fitted.reduce(0) { $0 + $1.0 * $1.1 } - 14 * Double(fourteen.yes)
            let yes16 = weighted - 15 * both
            pinned = (Int((both - yes16).rounded()), Int(yes16.rounded()))
        }
        let small = pinned.map { (1..<5).contains($0.fifteen) || (1..<5).contains($0.sixteen) } ?? false
        #expect(!small, "\(pinned.map { "jā at 15: \($0.fifteen), at 16: \($0.sixteen)" } ?? "-")")
    }

    /// A Latvian survey of 198 pupils: ages 11–40 (6 of each, outside the band), the band labelled
    /// 14-15 running over 14–16 (30 aged 14, 2 aged 15, 10 aged 16), and hours online of many values.
    static func hoursDatabase() throws -> String {
        let ages =
            [Int](repeating: 14, count: 30) + [15, 15] + [Int](repeating: 16, count: 10)
            + (Array(11...13) + Array(18...40)).flatMap { [Int](repeating: $0, count: 6) }
        var csv = "anketas_nr,dzimums,vecums,stundas\n"
        for (i, age) in ages.enumerated() { csv += "\(i + 1),\(1 + i % 2),\(age),\(Double(i * 37 % 161) / 10)\n" }
        return try Self.hoursDatabase(csv: csv, band: "[14, 16]", last: "18-24")
    }

    /// A planted Latvian survey of hours online (column `stundas`) beside `dzimums` (1 boy, 2
    /// girl), `vecums` and the `columns` given, with the age group 14-15 over `band`.
    static func hoursDatabase(csv: String, band: String, last: String, columns: String = "") throws -> String {
        try plantedDatabase(
            csv: csv,
            codebook: Self.codebook(
                name: "lv-stundas-2024", sex: #"{"1": male, "2": female}"#, band: band, last: last,
                columns: columns + "stundas: {variable: hours_online, type: number}",
                variables: "hours_online: {type: number, labels: {en: Hours online per day, lv: Stundas tiešsaistē dienā}}"))
    }

    /// A gaussian model's coefficients solve X′X β = X′y: the ledger records X′y and the numeric
    /// predictor's sum Σx, and used not to record Σx², the other cell of X′X. A reader who knows X′y from
    /// elsewhere gets Σx² back: `estimate hours_online` gives n, Σh and Σh² (its SE), `model "age ~
    /// hours_online"` then Σage and Σage·h, and `model "hours_online ~ age"` Σage² = (Σage·h −
    /// γ₀ Σage) / γ₁. Over everyone and outside the band, the differences give the band's n,
    /// Σage and Σage², which fit only 30, 2 and 10 pupils aged 14, 15 and 16. Σage² is now
    /// recorded, and the last model is refused.
    @Test func twoGaussianModelsDoNotGiveBackTheSquaresOfANumericPredictor() throws {
        let db = try Self.hoursDatabase()
        let domains = [[String](), ["--where", "age_group=11-13,18-24"]]
        // Per domain: n, Σage, Σage².
        var moments: [(n: Double, sum: Double, squares: Double)] = []
        var estimates = 0, modelsOverEveryone = 0
        for domain in domains {
            var estimate: [String: Any]?
            var models: [[Double]] = []
            let commands = [["estimate", "hours_online"], ["model", "age ~ hours_online"], ["model", "hours_online ~ age"]]
            try runAttack(commands.map { $0 + domain }, db: db) { command, json in
                if command[0] == "estimate" {
                    estimate = try NonLinearAttackTests.rows(json, table: "rows").first
                    estimates += 1
                }
                let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
                if command[0] == "model" {
                    models.append(rows.compactMap { ($0["estimate"] as? NSNumber)?.doubleValue })
                    if domain.isEmpty { modelsOverEveryone += 1 }
                }
            }
            guard let estimate, let n = SumAttackTests.number(estimate, "n"), let mean = SumAttackTests.number(estimate, "estimate"),
                let se = SumAttackTests.number(estimate, "se"), models.count == 2, models.allSatisfy({ $0.count == 2 })
            else { continue }
            // Unweighted, 198 respondents: SE² = Σ (h − mean)² · 198 / 197 / n².
            let hours = n * mean, squares = se * se * n * n * 197 / 198 + n * mean * mean
            let age = models[0][0] * n + models[0][1] * hours
            let product = models[0][0] * hours + models[0][1] * squares
            moments.append((n, age, (product - models[1][0] * age) / models[1][1]))
        }
        // The attack has teeth: both estimates are published, and both models over everyone.
        #expect(estimates == 2 && modelsOverEveryone == 2)
        var fifteen: Int?
        if moments.count == 2 {
            let n = moments[0].n - moments[1].n, sum = moments[0].sum - moments[1].sum
            let squares = moments[0].squares - moments[1].squares
            // c14 + c15 + c16 = n, Σ a c_a = sum, Σ a² c_a = squares: c15 = −(squares − 30 sum + 224 n).
            fifteen = Int((-(squares - 30 * sum + 224 * n)).rounded())
        }
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "pupils aged 15: \(fifteen ?? -1)")
    }

    /// Excel saves the formatted but empty rows below a table as lines of bare delimiters
    /// (`,,,,`): such a record, without a respondent key or any answer, must not be loaded as a
    /// respondent (it was: rows loaded 4 for two pupils), since it would count in the round's size
    /// that `sources`, the report and every standard error's N / (N − 1) rest on.
    @Test func aRecordOfEmptyFieldsIsNotLoadedAsARespondent() throws {
        let directory = temporaryDirectory()
        let file = try write(
            "anketas_nr,dzimums,vecums\n1,sieviete,14\n2,vīrietis,15\n,,\n,,\n", to: "aptauja.csv", in: directory)
        let rules = try write(
            Self.codebook(
                name: "lv-aptauja-2024", sex: #"{"vīrietis": male, "sieviete": female}"#, band: "[14, 15]", last: "16-17", columns: ""),
            to: "aptauja.csv.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("aptauja.sqlite").path
        let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
        let ingest = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", rules, "--dictionary", dictionary])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // Quarantined, with their lines: 4 read = 2 loaded + 2 rejected.
        #expect(ingest.stdout.contains("4 rows read, 2 loaded, 2 rejected"), "\(ingest.stdout)")
        #expect(ingest.stderr.contains("aptauja.csv:4:1: warning: row quarantined: empty record"), "\(ingest.stderr)")
    }

    /// The same kind of cell between a categorical and a numeric predictor: `model "hours_online ~
    /// sex + age"` publishes Σage over the girls (n_f β₀ + n_f β_female + Σage_f β_age = Σh_f, with
    /// Σh_f and n_f from `estimate hours_online --by sex`), which the ledger did not record (it does
    /// now, and refuses the second model). On a
    /// band 14–15 of 40 pupils aged 14 (half girls) and 6 aged 15 (1 girl), over everyone and
    /// outside the band, the difference gives the girls' Σage over the band: 14 · 21 + 1.
    @Test func aGaussianModelDoesNotGiveBackANumericPredictorsSumOverALevel() throws {
        // (age, sex: 1 boy, 2 girl)
        var pupils: [(Int, Int)] = (0..<40).map { (14, 1 + $0 % 2) }
        pupils.append((15, 2))
        pupils += [(Int, Int)](repeating: (15, 1), count: 5)
        for age in Array(11...13) + Array(18...40) { pupils += (0..<6).map { (age, 1 + $0 % 2) } }
        var csv = "anketas_nr,dzimums,vecums,stundas\n"
        for (i, pupil) in pupils.enumerated() { csv += "\(i + 1),\(pupil.1),\(pupil.0),\(Double(i * 37 % 161) / 10)\n" }
        let db = try Self.hoursDatabase(csv: csv, band: "[14, 15]", last: "18-24")
        // Per domain: the girls' n and Σage.
        var girls: [(n: Double, ages: Double)] = []
        var estimates = 0, modelsOverEveryone = 0
        for domain in [[String](), ["--where", "age_group=11-13,18-24"]] {
            var row: [String: Any]?
            var terms: [String: Double] = [:]
            try runAttack([["estimate", "hours_online", "--by", "sex"] + domain, ["model", "hours_online ~ sex + age"] + domain], db: db) {
                command, json in
                if command[0] == "estimate" {
                    row = try NonLinearAttackTests.rows(json, table: "rows").first {
                        ($0["group"] as? [String: String])?["sex"] == "female"
                    }
                    estimates += 1
                } else if domain.isEmpty {
                    modelsOverEveryone += 1
                }
                let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
                for term in rows {
                    if let name = term["term"] as? String, let value = (term["estimate"] as? NSNumber)?.doubleValue { terms[name] = value }
                }
            }
            guard let n = SumAttackTests.number(row, "n"), let mean = SumAttackTests.number(row, "estimate"),
                let b0 = terms["(Intercept)"], let female = terms["sex"], let age = terms["age"]
            else { continue }
            girls.append((n, (n * mean - n * (b0 + female)) / age))
        }
        // The attack has teeth: both estimates are published, and the model over everyone.
        #expect(estimates == 2 && modelsOverEveryone == 1)
        let fifteen = girls.count == 2 ? Int((girls[0].ages - girls[1].ages - 14 * (girls[0].n - girls[1].n)).rounded()) : nil
        #expect(fifteen.map { !(1..<5).contains($0) } ?? true, "girls aged 15: \(fifteen ?? -1)")
    }
}
