import Foundation
import Testing

/// A Lithuanian fieldwork agency's SPSS export (Lithuanian value labels, user-missing 97–99, a
/// skip pattern, three strata, 24 schools as PSUs, unequal weights, hours online as a number)
/// analysed by `sitan model` and `estimate --ci likelihood`, and by R survey 4.1.1
/// (Tests/Fixtures/attackmodel/ref.R wrote models.csv and likelihood.csv): every coefficient, SE,
/// t, df, p and interval, and every profile-likelihood interval, agree to 1e-9 relative.
@Suite struct AgencyModelTests {
    static let fixtures = SitanProcess.fixtures.appendingPathComponent("attackmodel")

    func database() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("m.sqlite").path
        let result = try SitanProcess.run([
            "ingest", "--db", db, Self.fixtures.appendingPathComponent("lt-agency.sav").path,
            "--codebook", Self.fixtures.appendingPathComponent("lt-agency.codebook.yaml").path,
            "--dictionary", Self.fixtures.appendingPathComponent("variables.yaml").path,
        ])
        #expect(result.status == 0 && result.stdout.contains("566 rows read, 566 loaded, 0 rejected"), "\(result.stderr)")
        return db
    }

    /// Rows of a committed R reference, by its first column.
    static func reference(_ name: String) throws -> [String: [[String: String]]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        let header = lines[0]
        return Dictionary(grouping: lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }) {
            $0[header[0]] ?? ""
        }
    }

    /// A copy of the database per question (complementary suppression is tested elsewhere).
    func run(_ db: String, _ arguments: [String]) throws -> [[String: Any]] {
        let copy = temporaryDirectory().appendingPathComponent("q.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let result = try SitanProcess.run(arguments + ["--db", copy, "--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return (json as? [[String: Any]]) ?? ((json as? [String: Any])?["rows"] as? [[String: Any]]) ?? []
    }

    func expectClose(_ mine: Double?, _ theirs: String?, _ what: String) {
        let r = Double(theirs ?? "") ?? .nan
        let m = mine ?? .nan
        #expect(abs(m - r) <= 1e-9 * max(abs(r), .leastNormalMagnitude), "\(what): sitan \(m), R \(r)")
    }

    static let models: [String: [String]] = [
        "m1": ["model", "csa_contact_lifetime ~ sex + setting + hours_online"],
        "m2": ["model", "csa_contact_lifetime ~ sex + setting + hours_online", "--reference", "sex=female"],
        "m3": ["model", "csa_contact_lifetime ~ sex + hours_online", "--where", "setting=rural"],
        "m4": ["model", "hours_online ~ sex + age_group"],
        "m5": ["model", "hours_online ~ sex + csa_contact_lifetime + age", "--where", "age_group=14-15"],
        "m6": ["model", "disclosed_anyone ~ sex"],
        "m7": ["model", "csa_contact_lifetime ~ setting", "--family", "gaussian"],
        "m8": ["model", "csa_contact_lifetime ~ age_group", "--reference", "age_group=16-17"],
        "m9": ["model", "hours_online ~ age_group + setting", "--where", "sex=female", "--reference", "age_group=14-15"],
        "m10": ["model", "hours_online ~ age_group", "--where", "age_group=14-15,16-17"],
        "m11": ["model", "csa_contact_lifetime ~ hours_online", "--level", "0.99"],
    ]

    /// R names a term by variable and level glued together (`sexfemale`), a numeric one by its
    /// name in ref.R.
    static func rName(_ row: [String: Any]) -> String {
        let term = row["term"] as? String ?? ""
        let short = ["csa_contact_lifetime": "q1", "hours_online": "hours"][term] ?? term
        return short + (row["level"] as? String ?? "")
    }

    @Test(arguments: models.keys.sorted())
    func modelEqualsSvyglm(id: String) throws {
        let db = try database()
        let expected = try #require(try Self.reference("models.csv")[id])
        let rows = try run(db, Self.models[id]!)
        #expect(rows.map(Self.rName) == expected.map { $0["term"] ?? "" })
        for (row, reference) in zip(rows, expected) {
            for key in ["estimate", "se", "t", "df", "p", "ci_lower", "ci_upper"] {
                expectClose(row[key] as? Double, reference[key], "\(id) \(Self.rName(row)) \(key)")
            }
        }
    }

    /// svyciprop(method = "likelihood") with unequal weights and missing answers: the profile's
    /// dispersion is the svyvar of R's Pearson residuals, which divide the sampling weights out.
    @Test func likelihoodIntervalsEqualSvyciprop() throws {
        let db = try database()
        let expected = try Self.reference("likelihood.csv")
        let questions: [(String, [String], String?)] = [
            ("all", [], nil), ("rural", ["--where", "setting=rural"], nil), ("all df inf", ["--df", "inf"], nil),
            ("q2", [], nil), ("age_group=11-13 level 0.9", ["--by", "age_group", "--level", "0.9"], "11-13"),
            ("age_group=14-15 level 0.9", ["--by", "age_group", "--level", "0.9"], "14-15"),
            ("age_group=16-17 level 0.9", ["--by", "age_group", "--level", "0.9"], "16-17"),
        ]
        for (id, options, group) in questions {
            let variable = id == "q2" ? "disclosed_anyone" : "csa_contact_lifetime"
            let rows = try run(db, ["estimate", variable, "--ci", "likelihood"] + options)
            let row = rows.first { group == nil || ($0["group"] as? [String: String])?["age_group"] == group }
            let reference = try #require(expected[id]?.first)
            for key in ["estimate", "se", "ci_low", "ci_high"] {
                expectClose(row?[key] as? Double, reference[key], "\(id) \(key)")
            }
        }
    }

    /// Every bad request exits 64 or 65 with one `error:` line that names the problem, and prints
    /// nothing on stdout: never a number.
    @Test func badModelsAreRefusedWithAClearMessage() throws {
        let db = try database()
        let cases: [([String], Int32, String)] = [
            (["csa_contact_lifetime ~"], 64, "expected OUTCOME ~ PREDICTOR"),
            (["~ sex"], 64, "expected OUTCOME ~ PREDICTOR"),
            (["csa_contact_lifetime ~ sex +"], 64, "expected OUTCOME ~ PREDICTOR"),
            (["csa_contact_lifetime ~ sex * age"], 64, "expected OUTCOME ~ PREDICTOR"),
            (["csa_contact_lifetime ~ nosuch"], 64, "unknown variable \"nosuch\""),
            (["csa_contact_lifetime ~ sex + sex"], 64, "\"sex\" is used twice; the estimated variable (or a model's outcome)"),
            (["csa_contact_lifetime ~ sex", "--reference", "sex=nosuch"], 64, "--reference \"sex=nosuch\": expected one of the levels"),
            (["csa_contact_lifetime ~ sex", "--reference", "sex=female", "--reference", "sex=male"], 64, "once per predictor"),
            (["csa_contact_lifetime ~ sex", "--where", "sex=female"], 65, "predictor \"sex\" has only one level"),
            // Separation shows as a small design-matrix cell (contact abuse without any abuse is
            // impossible, with it rare here), refused before the fit.
            (["csa_any_lifetime ~ csa_contact_lifetime"], 65, "model refused by disclosure control"),
            (["hours_online ~ csa_contact_lifetime + csa_any_lifetime"], 65, "collinear predictors"),
            (["disclosed_anyone ~ setting", "--where", "csa_contact_lifetime=0"], 65, "no respondent in the domain has an answer"),
        ]
        for (arguments, status, message) in cases {
            let result = try SitanProcess.run(["model", "--db", db] + arguments + ["--format", "csv"])
            #expect(result.status == status && result.stdout.isEmpty, "\(arguments): \(result.status) \(result.stdout)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Swift/"), "\(arguments)")
        }
    }

    /// A --db path that cannot be opened is explained from the file system, never in SQLite's
    /// words, and a threshold below 3 in sitan.yaml is reported at its line and column.
    @Test func environmentAndConfigurationErrorsArePositionedAndPlain() throws {
        let folder = temporaryDirectory()
        let missing = try SitanProcess.run(["init", "--db", folder.appendingPathComponent("no/such/x.sqlite").path])
        #expect(missing.status == 1 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
        let isFolder = try SitanProcess.run(["sources", "--db", folder.path])
        #expect(isFolder.status == 1 && isFolder.stderr.contains("it is a folder"), "\(isFolder.stderr)")
        for result in [missing, isFolder] { #expect(!result.stderr.contains("unable to open database file")) }
        let config = try write("disclosure:\n  k: 2\n", to: "sitan.yaml", in: folder)
        let db = try database()
        let low = try SitanProcess.run(["estimate", "csa_contact_lifetime", "--db", db, "--config", config])
        #expect(low.status == 64 && low.stdout.isEmpty)
        #expect(low.stderr.hasPrefix("\(config):2:6: error: disclosure.k = 2 is below the minimum of 3"), "\(low.stderr)")
    }
}
