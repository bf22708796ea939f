import Foundation
import Testing

/// A second attacker's round on `sitan model` with numeric predictors (unweighted planted
/// surveys, k = 5): what a fit publishes beyond the counts and sums the ledger records.
@Suite struct ModelNumericAttackTests {
    /// Each coefficient row of a model's JSON: term (with its level) → (estimate, se).
    static func coefficients(_ json: String) -> [String: (estimate: Double, se: Double)] {
        let rows = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
        var terms: [String: (estimate: Double, se: Double)] = [:]
        for row in rows {
            guard let term = row["term"] as? String, let b = (row["estimate"] as? NSNumber)?.doubleValue,
                let se = (row["se"] as? NSNumber)?.doubleValue
            else { continue }
            terms[term + ((row["level"] as? String).map { "=" + $0 } ?? "")] = (b, se)
        }
        return terms
    }

    /// The sandwich variance of a fit on one numeric predictor of few values (no strata or PSUs,
    /// equal weights), as svyglm computes it: B⁻¹ M B⁻¹ · N / (N − 1), with the bread
    /// B = Σ_a n_a v_a x_a x_a′ and the meat M = Σ_a x_a x_a′ [yes_a (1 − f_a)² + (n_a − yes_a) f_a²],
    /// x_a = (1, a), f_a the fitted value at a and v_a its working weight. Returns (var b₀, var b₁).
    static func sandwich(values: [Double], sizes: [Double], yes: [Double], fitted: [Double], working: [Double], rows: Double)
        -> (Double, Double)
    {
        var b = [0.0, 0.0, 0.0], m = [0.0, 0.0, 0.0]  // (1·1, 1·a, a·a)
        for i in values.indices {
            let a = values[i]
            let bw = sizes[i] * working[i]
            let mw = yes[i] * (1 - fitted[i]) * (1 - fitted[i]) + (sizes[i] - yes[i]) * fitted[i] * fitted[i]
            b[0] += bw; b[1] += bw * a; b[2] += bw * a * a
            m[0] += mw; m[1] += mw * a; m[2] += mw * a * a
        }
        let det = b[0] * b[2] - b[1] * b[1]
        let inverse = [b[2] / det, -b[1] / det, b[0] / det]  // (00, 01, 11)
        func quadratic(_ u: [Double]) -> Double { u[0] * u[0] * m[0] + 2 * u[0] * u[1] * m[1] + u[1] * u[1] * m[2] }
        let factor = rows / (rows - 1)
        return (factor * quadratic([inverse[0], inverse[1]]), factor * quadratic([inverse[1], inverse[2]]))
    }

    /// A logistic model over three ages (100, 10 and 6 pupils aged 14, 15 and 16; 30, 2 and 2 of
    /// them "jā") is not saturated: its two score equations leave one of the three "jā" counts
    /// free, and the ledger records exactly those equations (the "jā" count and Σ age over it)
    /// beside the ages' sizes, so the model is printed. But its standard errors are linear in the
    /// same counts: the meat of the sandwich is Σ_a x_a x_a′ [yes_a (1 − p̂_a)² + (n_a − yes_a) p̂_a²].
    /// Reading the ages' sizes from two means of age, the free count is the one whose sandwich
    /// gives the published se of the intercept: 2 pupils aged 15 and 2 aged 16 with "jā". Each
    /// age with each answer is now a cell of the model (every predictor is discrete), and the 2
    /// refuse it.
    @Test func aLogisticModelsStandardErrorsOverThreeAgesDoNotGiveBackTheirYesCounts() throws {
        Self.expectNoSmallYesCount(try Self.threeAgesAttack(family: []))
    }

    /// The same with a linear probability model (`--family gaussian` on the 0/1 outcome): the
    /// coefficients solve Σ yes_a = Σ f_a n_a and Σ a yes_a = Σ a f_a n_a (recorded), and the
    /// sandwich's meat, Σ x_a x_a′ [yes_a (1 − f_a)² + (n_a − yes_a) f_a²], is a third equation.
    /// A gaussian outcome of two values is split by value in each cell, so this model is refused too.
    @Test func aLinearProbabilityModelsStandardErrorsOverThreeAgesDoNotGiveBackTheirYesCounts() throws {
        Self.expectNoSmallYesCount(try Self.threeAgesAttack(family: ["--family", "gaussian"]))
    }

    /// Expects the "jā" counts at 15 and 16 that ``threeAgesAttack(family:)`` pinned (nil when the
    /// model was refused) to be none from 1 to 4.
    static func expectNoSmallYesCount(_ pinned: (fifteen: Int, sixteen: Int)?) {
        #expect(
            pinned.map { !(1..<5).contains($0.fifteen) && !(1..<5).contains($0.sixteen) } ?? true,
            "jā at 15, 16: \(pinned.map { "\($0.fifteen), \($0.sixteen)" } ?? "-")")
    }

    /// Runs `estimate age` over ages 14–16 and over 15–16 (each age's size from two means of at
    /// most two values), then `model "csa_any_lifetime ~ age"` over 14–16 with `family`, and
    /// solves the two score (normal) equations with the se of the intercept for the "jā" counts
    /// at 15 and 16. Nil when anything needed was refused.
    static func threeAgesAttack(family: [String]) throws -> (fifteen: Int, sixteen: Int)? {
        let db = try AttackRoundTests.database(fourteen: (100, 30))
        // The round's rows loaded, which `sitan sources` prints.
        let rowsLoaded = 100.0 + 10 + 6 * 5
        var means: [String: (n: Int, mean: Double)] = [:]
        var terms: [String: (estimate: Double, se: Double)] = [:]
        let commands = [
            ["estimate", "age", "--where", "age=14,15,16"], ["estimate", "age", "--where", "age=15,16"],
            ["model", "csa_any_lifetime ~ age", "--where", "age=14,15,16"] + family,
        ]
        try runAttack(commands, db: db) { command, json in
            if command[0] == "estimate" { means[command[3]] = try FewValuesAttackTests.mean(json) }
            if command[0] == "model" { terms = Self.coefficients(json) }
        }
        // The attack has teeth: both means are published (16 pupils aged 15 or 16). A refused model
        // is the fix, and pins nothing.
        #expect(means["age=15,16"]?.n == 16)
        guard let all = means["age=14,15,16"], let older = means["age=15,16"], let b0 = terms["(Intercept)"],
            let b1 = terms["age"]
        else { return nil }
        let n16 = Double(older.n) * (older.mean - 15)
        let sizes = [Double(all.n - older.n), Double(older.n) - n16, n16]
        let values = [14.0, 15, 16]
        let logistic = family.isEmpty
        let fitted = values.map { a in logistic ? 1 / (1 + exp(-(b0.estimate + a * b1.estimate))) : b0.estimate + a * b1.estimate }
        let working = fitted.map { logistic ? $0 * (1 - $0) : 1 }
        // Score equations: Σ yes_a = Σ f_a n_a =: s0 and Σ a yes_a = Σ a f_a n_a =: s1; with yes₁₆ = t,
        // yes₁₅ = s1 − 14 s0 − 2t and yes₁₄ = s0 − yes₁₅ − t.
        let s0 = zip(fitted, sizes).reduce(0) { $0 + $1.0 * $1.1 }
        let s1 = zip(values, zip(fitted, sizes)).reduce(0) { $0 + $1.0 * $1.1.0 * $1.1.1 }
        var best: (t: Int, error: Double)?
        for t in 0...Int(n16) {
            let yes16 = Double(t), yes15 = s1 - 14 * s0 - 2 * yes16, yes14 = s0 - yes15 - yes16
            let (v0, _) = Self.sandwich(
                values: values, sizes: sizes, yes: [yes14, yes15, yes16], fitted: fitted, working: working, rows: rowsLoaded)
            let error = abs(v0.squareRoot() - b0.se) / b0.se
            if error < best?.error ?? .infinity { best = (t, error) }
        }
        // The IRLS fit converges to about 1e-8; the next candidate is 8% away.
        guard let best, best.error < 1e-5 else { return nil }
        return (Int((s1 - 14 * s0 - 2 * Double(best.t)).rounded()), best.t)
    }

    /// A gaussian model's standard errors give each level's Σ y²: with the sandwich on an
    /// unweighted design without PSUs, se(b₀)² = N / (N − 1) · Σ_male (y − b₀)² / n_male², and the
    /// ledger records a model's Σ y over each level but not that second moment (an estimate's
    /// mean records it). Two fits of `hours_online ~ sex`, over everyone and over regions a and b,
    /// with the boys' numbers from `estimate sex` over the same domains, leave the 12 boys of
    /// region c with n, Σh and Σh²: 12, 24 and 58. Their hours take three values (1, 2, 3), so
    /// these fit only 5, 2 and 5 boys: 2 boys of region c online 2 hours a day. A gaussian model
    /// of an outcome of many values now records its second moment (Σ w² y², with Σ y and Σ w² y)
    /// within each combination of its discrete predictors, and the second model is refused.
    @Test func twoGaussianModelsStandardErrorsDoNotGiveBackASmallCountOfValues() throws {
        var pupils: [(region: String, sex: Int, hours: Double)] = []
        for region in ["a", "b"] {
            let shift = region == "b" ? 11 : 0
            for i in 0..<60 { pupils.append((region, 1 + i % 2, Double((i * 37 + shift) % 97) / 8)) }
        }
        for (hours, count) in [(1.0, 5), (2, 2), (3, 5)] {
            pupils += Array(repeating: ("c", 1, hours), count: count)
        }
        for (hours, count) in [(1.5, 6), (2.5, 6)] { pupils += Array(repeating: ("c", 2, hours), count: count) }
        var csv = "anketas_nr,dzimums,vecums,novads,stundas\n"
        for (i, pupil) in pupils.enumerated() { csv += "\(i + 1),\(pupil.sex),14,\(pupil.region),\(pupil.hours)\n" }
        let db = try AttackRoundTests.hoursDatabase(csv: csv, band: "[14, 15]", last: "16-17", columns: "novads: {variable: region}\n")
        // Per domain: the boys' n, and the model's intercept (their mean) with its se.
        var boys: [Double] = [], intercepts: [(estimate: Double, se: Double)] = []
        for domain in [[String](), ["--where", "region=a,b"]] {
            try runAttack([["estimate", "sex"] + domain, ["model", "hours_online ~ sex"] + domain], db: db) { command, json in
                if command[0] == "estimate",
                    let row = try NonLinearAttackTests.rows(json, table: "rows").first(where: { $0["category"] as? String == "male" }),
                    let n = SumAttackTests.number(row, "n_outcome")
                {
                    boys.append(n)
                }
                if command[0] == "model", let b0 = Self.coefficients(json)["(Intercept)"] { intercepts.append(b0) }
            }
        }
        // The attack has teeth: both counts of boys are published, and the model over everyone. The
        // model over regions a and b refused is the fix, and pins nothing.
        #expect(boys == [72, 60] && !intercepts.isEmpty)
        guard boys.count == 2, intercepts.count == 2 else { return }
        // The round's rows loaded, which `sitan sources` prints.
        let rows = Double(pupils.count)
        let moments = zip(boys, intercepts).map { n, b0 in
            (n: n, sum: n * b0.estimate, squares: b0.se * b0.se * n * n * (rows - 1) / rows + n * b0.estimate * b0.estimate)
        }
        let n = moments[0].n - moments[1].n, sum = moments[0].sum - moments[1].sum
        let squares = moments[0].squares - moments[1].squares
        // c₁ + c₂ + c₃ = n, c₁ + 2c₂ + 3c₃ = sum, c₁ + 4c₂ + 9c₃ = squares: c₂ = 4 sum − squares − 3n.
        let two = Int((4 * sum - squares - 3 * n).rounded())
        #expect(!(1..<5).contains(two), "boys of region c online 2 hours: \(two)")
    }

    /// A logistic model's score equation for a level is Σ_a n(level, a) p̂(level, a) = yes(level),
    /// linear in the level's respondents at each value of a numeric predictor once p̂ is read off
    /// the coefficients; the ledger records the level's "yes" count and Σ age over it, not this
    /// equation, and no combination of a level with a value of a numeric predictor is a cell of
    /// the model. Over ages 14–16 with 20, 2 and 10 girls (and 20, 8 and 10 boys):
    /// `estimate hours_online --by sex` with `model "hours_online ~ sex + age"` give the girls'
    /// n and Σ age (32 and 470: the girls' normal equation), the proportions of everyone and of
    /// the boys their "jā" count (11), and `model "csa_any_lifetime ~ sex + age"` the third
    /// equation: 20, 2 and 10 girls aged 14, 15 and 16. Each level with each age is now a cell of
    /// both models, and the 2 girls aged 15 refuse them; the logistic model is checked with the
    /// girls' Σ age as a reader may know it from elsewhere (470), the gaussian model refused.
    @Test func aLogisticModelBesideALevelDoesNotGiveBackTheLevelsRespondentsAtAnAge() throws {
        let db = try Self.levelsAndAgesDatabase()
        let domain = ["--where", "age=14,15,16"]
        let commands = [
            ["estimate", "hours_online", "--by", "sex"], ["model", "hours_online ~ sex + age"], ["estimate", "csa_any_lifetime"],
            ["estimate", "csa_any_lifetime", "--by", "sex"], ["model", "csa_any_lifetime ~ sex + age"],
        ]
        var girls: (n: Double, hours: Double)?, yes: [String: Double] = [:]
        var gaussian: [String: (estimate: Double, se: Double)] = [:], logistic = gaussian
        try runAttack(commands.map { $0 + domain }, db: db) { command, json in
            let rows = command[0] == "estimate" ? try NonLinearAttackTests.rows(json, table: "rows") : []
            let sex = { (row: [String: Any]) in (row["group"] as? [String: String])?["sex"] ?? "all" }
            switch (command[0], command[1]) {
            case ("estimate", "hours_online"):
                if let row = rows.first(where: { sex($0) == "female" }), let n = SumAttackTests.number(row, "n"),
                    let mean = SumAttackTests.number(row, "estimate")
                {
                    girls = (n, n * mean)
                }
            case ("estimate", _):
                for row in rows { yes[sex(row)] = SumAttackTests.number(row, "n_outcome") }
            case (_, "hours_online ~ sex + age"): gaussian = Self.coefficients(json)
            default: logistic = Self.coefficients(json)
            }
        }
        // The attack has teeth: the girls' hours and the "jā" of everyone and of the boys are
        // published. The models refused are the fix, and pin nothing.
        #expect(girls?.n == 32 && yes["all"] == 21 && yes["male"] == 10)
        #expect(gaussian.isEmpty, "the gaussian model holds 2 girls aged 15 in a cell")
        // The girls' Σ age from the gaussian model, or as a reader may know it.
        var ages = 470.0
        if let girls, let b0 = gaussian["(Intercept)"], let female = gaussian["sex=female"], let age = gaussian["age"] {
            ages = (girls.hours - girls.n * (b0.estimate + female.estimate)) / age.estimate
        }
        guard let girls, let all = yes["all"], let boys = yes["male"], let c0 = logistic["(Intercept)"],
            let cf = logistic["sex=female"], let ca = logistic["age"]
        else { return }
        // n₁₄ + n₁₅ + n₁₆ = n; 14 n₁₄ + 15 n₁₅ + 16 n₁₆ = Σ age; Σ p̂_a n_a = "jā".
        let p = [14.0, 15, 16].map { 1 / (1 + exp(-(c0.estimate + cf.estimate + $0 * ca.estimate))) }
        // With d = Σ age − 14 n: n₁₆ = (d − n₁₅) / 2 and n₁₄ = n − (d + n₁₅) / 2, so p̂ gives n₁₅.
        let d = ages - 14 * girls.n
        let fifteen = ((all - boys) - p[0] * (girls.n - d / 2) - p[2] * d / 2) / (p[1] - (p[0] + p[2]) / 2)
        #expect(!(1..<5).contains(Int(fifteen.rounded())), "girls aged 15: \(fifteen)")
    }

    /// The survey of ``aLogisticModelBesideALevelDoesNotGiveBackTheLevelsRespondentsAtAnAge()``:
    /// over ages 14–16, 20, 2 and 10 girls (6, 1 and 4 "jā") and 20, 8 and 10 boys (5, 2 and 3
    /// "jā"); 6 pupils of each other age 11–13 and 17, 2 of them "jā"; hours online of many values.
    static func levelsAndAgesDatabase() throws -> String {
        let cells: [(sex: Int, age: Int, n: Int, yes: Int)] = [
            (2, 14, 20, 6), (2, 15, 2, 1), (2, 16, 10, 4), (1, 14, 20, 5), (1, 15, 8, 2), (1, 16, 10, 3),
        ]
        var pupils = cells.flatMap { cell in (0..<cell.n).map { (sex: cell.sex, age: cell.age, yes: $0 < cell.yes) } }
        for age in [11, 12, 13, 17] { pupils += (0..<6).map { (sex: 1 + $0 % 2, age: age, yes: $0 < 2) } }
        var csv = "anketas_nr,dzimums,vecums,seksuala_vardarbiba,stundas\n"
        for (i, pupil) in pupils.enumerated() {
            csv += "\(i + 1),\(pupil.sex),\(pupil.age),\(pupil.yes ? "jā" : "nē"),\(Double(i * 37 % 161) / 10)\n"
        }
        return try AttackRoundTests.hoursDatabase(
            csv: csv, band: "[14, 15]", last: "16-17",
            columns: #"seksuala_vardarbiba: {variable: csa_any_lifetime, codes: {"jā": 1, "nē": 0}}"# + "\n")
    }

    /// A combination of a level, an age and the answer below k (2 boys aged 15 with "jā") refuses
    /// the model with the model's variables named, never the level, the value or the count, and
    /// advises the age's bands.
    @Test func aCombinationOfALevelAndAnAgeBelowKRefusesTheModelWithoutNamingIt() throws {
        let db = try Self.levelsAndAgesDatabase()
        let domain = ["--where", "age=14,15,16"]
        let refused = try SitanProcess.run(["model", "csa_any_lifetime ~ sex + age", "--db", db] + domain)
        #expect(refused.status == 65 && refused.stdout.isEmpty)
        #expect(
            refused.stderr.contains(#"a level, value or combination of its variables ("sex", "age", "csa_any_lifetime")"#)
                && refused.stderr.contains("use its bands instead") && !refused.stderr.contains("15")
                && !refused.stderr.contains("male") && !refused.stderr.contains(" 2 "), "\(refused.stderr)")
    }

    /// Refusals are an oracle when they name the small cell: over four ages, each with 1 pupil of
    /// 4.25 hours online who answered "jā", a refusal per age that named `"hours_online" = 4.25
    /// with "csa_any_lifetime" = 1` said each age holds 1 to 4 of them, and the same refusal over
    /// the four ages together said they hold at most 4: 1 each. Every refusal now reads the same.
    @Test func refusalsOverDisjointDomainsSayNothingOfWhichCellIsSmall() throws {
        var csv = "anketas_nr,dzimums,vecums,seksuala_vardarbiba,stundas\n"
        var id = 0
        for age in 14...17 {
            for (hours, n, yes) in [("1.0", 15, 5), ("2.0", 14, 4), ("4.25", 6, 1)] {
                for j in 0..<n {
                    id += 1
                    csv += "\(id),\(1 + j % 2),\(age),\(j < yes ? "jā" : "nē"),\(hours)\n"
                }
            }
        }
        let db = try AttackRoundTests.hoursDatabase(
            csv: csv, band: "[14, 15]", last: "16-17",
            columns: #"seksuala_vardarbiba: {variable: csa_any_lifetime, codes: {"jā": 1, "nē": 0}}"# + "\n")
        var messages: Set<String> = []
        for ages in ["14,15,16,17", "14", "15", "16", "17"] {
            let refused = try SitanProcess.run(["model", "csa_any_lifetime ~ hours_online", "--db", db, "--where", "age=\(ages)"])
            #expect(refused.status == 65 && refused.stdout.isEmpty, "\(ages): \(refused.stdout)")
            #expect(!refused.stderr.contains("4.25") && !refused.stderr.contains("= 1"), "\(refused.stderr)")
            messages.insert(refused.stderr)
        }
        #expect(messages.count == 1, "\(messages)")
    }
}
