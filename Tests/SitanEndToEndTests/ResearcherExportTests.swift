import Foundation
import TestSupport
import Testing

/// School-survey exports that sitan did not write (Tests/Fixtures/exports), checked against R
/// survey: a Latvian one (UTF-8 with BOM, `;`, decimal commas, Latvian headers and labels, region
/// as stratum and variable, a skip pattern) and a Polish one (Windows-1250, fpc also mapped, an
/// explicit code for the blank field); and the codebook refusals and ingest outcomes around them.
@Suite struct ResearcherExportTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("exports")
    static let csv = folder.appendingPathComponent("lv-school-export.csv").path
    static let codebook = folder.appendingPathComponent("lv-school-export.codebook.yaml").path
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path

    func ingest(_ files: [String], codebook: String = Self.codebook, db: String, extra: [String] = []) throws -> SitanProcess.Output {
        try SitanProcess.run(["ingest", "--db", db] + files + ["--codebook", codebook, "--dictionary", Self.dictionary] + extra)
    }

    /// Writes the fixture's codebook with `old` replaced by `new` into `directory`.
    func variant(_ old: String, _ new: String, in directory: URL, name: String = "variant.codebook.yaml") throws -> String {
        let text = try String(contentsOfFile: Self.codebook, encoding: .utf8)
        #expect(text.contains(old), "the fixture codebook no longer contains \(old)")
        return try write(text.replacingOccurrences(of: old, with: new), to: name, in: directory)
    }

    /// A temporary folder and a database path in it.
    func fresh() -> (URL, String) {
        let directory = temporaryDirectory()
        return (directory, directory.appendingPathComponent("t.sqlite").path)
    }

    func query(_ db: String, _ sql: String) throws -> String {
        try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout.split(separator: "\n").dropFirst().joined(
            separator: "\n")
    }

    @Test(arguments: [("lv-school-export", "", 679, 56), ("pl-school-export", "pl_", 665, 56)])
    func estimatesAgreeWithRSurvey(file: String, prefix: String, rows: Int, values: Int) throws {
        let (_, db) = fresh()
        let csv = Self.folder.appendingPathComponent(file + ".csv").path
        let loaded = try ingest([csv], codebook: Self.folder.appendingPathComponent(file + ".codebook.yaml").path, db: db)
        #expect(loaded.status == 0 && loaded.stdout.contains("\(rows) rows read, \(rows) loaded, 0 rejected"), "\(loaded.stderr)")
        var expected: [String: Double] = [:]
        for line in try String(contentsOf: Self.folder.appendingPathComponent("expected.csv"), encoding: .utf8).split(separator: "\n")
        where !line.hasPrefix("case,") && !line.hasPrefix("_versions") {
            let fields = line.split(separator: ",").map(String.init)
            guard fields[0].hasPrefix("pl_") == (prefix == "pl_") else { continue }
            expected[fields[0] + " " + fields[1]] = Double(fields[2])
        }
        let cases = [
            ("lifetime_all", ["csa_contact_lifetime"]), ("lifetime_by_region", ["csa_contact_lifetime", "--by", "region"]),
            ("past_year_all", ["csa_contact_past_year"]), ("age_by_region", ["age", "--by", "region"]),
        ]
        var compared = Set<String>()
        for (name, arguments) in cases {
            // Each output is compared with R on its own, as a separate publication: together they
            // would pin small counts (with the rows loaded, `--by region` of age and of the answer
            // give the 4 in latgale without an answer), and the release ledger would suppress
            // cells of the later ones.
            _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "compare \(name) with R"])
            let result = try SitanProcess.run(["estimate", "--db", db, "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            for row in try #require(json["rows"] as? [[String: Any]]) {
                #expect(row["suppressed"] as? Bool == false)
                let group = (row["group"] as? [String: Any])?["region"] as? String ?? "all"
                for (key, field) in [("n", "n"), ("est", "estimate"), ("se", "se"), ("lo", "ci_low"), ("hi", "ci_high"), ("df", "df")] {
                    let id = "\(prefix)\(name) \(key)[\(group)]"
                    guard let want = expected[id] else { continue }
                    let got = try #require((row[field] as? NSNumber)?.doubleValue, "\(id) missing")
                    #expect(relativeError(got, want) < 1e-9, "\(id): sitan \(got), R \(want)")
                    compared.insert(id)
                }
            }
        }
        #expect(compared == Set(expected.keys), "not compared: \(Set(expected.keys).subtracting(compared).sorted())")
        #expect(compared.count == values)
        // The region column filled both the stratum and the variable; the Polish fpc column both _fpc and its variable.
        #expect(try query(db, "SELECT count(*) FROM survey WHERE _stratum IS NULL OR region IS NULL OR _psu IS NULL") == "0")
        if prefix == "pl_" {
            #expect(try query(db, "SELECT count(*) FROM survey WHERE _fpc = schools_in_stratum") == "\(rows)")
        }
    }

    @Test func weightAndPSUColumnsAlsoMappedFillBothRoles() throws {
        let (directory, db) = fresh()
        let both = try variant(
            "drop: [Komentārs]",
            """
            drop: [Komentārs]
            variables:
              school_weight: {type: number}
              school: {type: text}
            """, in: directory)
        let text = try String(contentsOfFile: both, encoding: .utf8).replacingOccurrences(
            of: "columns:\n",
            with: "columns:\n  Svars: {variable: school_weight, type: number}\n  Skolas kods: {variable: school, type: text}\n")
        try write(text, to: "variant.codebook.yaml", in: directory)
        let result = try ingest([Self.csv], codebook: both, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try query(db, "SELECT count(*) FROM survey WHERE _weight = school_weight AND _psu = school AND _stratum IS NOT NULL") == "679")
    }

    @Test func realRoleConflictsAreRefusedAtTheirPosition() throws {
        let (directory, db) = fresh()
        let twoRoles = try variant("psu: Skolas kods}", "psu: Reģions}", in: directory)
        let first = try ingest([Self.csv], codebook: twoRoles, db: db)
        #expect(first.status == 65 && first.stderr.contains("variant.codebook.yaml:4:"), "\(first.stderr)")
        #expect(first.stderr.contains("already the design's strata column"))
        let dropped = try variant("drop: [Komentārs]", "drop: [Komentārs, Dzimums]", in: directory)
        let second = try ingest([Self.csv], codebook: dropped, db: db)
        #expect(second.status == 65 && second.stderr.contains("variant.codebook.yaml:18:19: error:"), "\(second.stderr)")
        #expect(second.stderr.contains("mapped under `columns:` and listed under `drop:`"))
    }

    @Test func anExplicitCodeForTheEmptyFieldWinsOverMissing() throws {
        let (directory, db) = fresh()
        let coded = try variant(
            "codes: {Jā: 1, Nē: 0, Nezinu: null}\n    when:", "codes: {\"\": 0, Jā: 1, Nē: 0, Nezinu: null}\n    when:", in: directory)
        let text = try String(contentsOfFile: coded, encoding: .utf8)
        let withoutWhen = text.components(separatedBy: "\n").filter { !$0.contains("{if:") && !$0.hasSuffix("when:") }
        try write(withoutWhen.joined(separator: "\n"), to: "variant.codebook.yaml", in: directory)
        #expect(try ingest([Self.csv], codebook: coded, db: db).status == 0)
        // Every blank past-year field (526 of them) is 0: only the 15 Nezinu answers are missing.
        #expect(try query(db, "SELECT count(*) FROM survey WHERE csa_contact_past_year IS NULL") == "15")
        #expect(try query(db, "SELECT count(*) FROM survey WHERE csa_contact_past_year = 0") == "584")
    }

    @Test func aCodebookCannotRedefineTheDictionary() throws {
        let (directory, db) = fresh()
        let redefined = try variant("drop: [Komentārs]", "drop: [Komentārs]\nvariables:\n  region: {type: binary}", in: directory)
        let result = try ingest([Self.csv], codebook: redefined, db: db)
        #expect(
            result.status == 65 && result.stderr.contains("variant.codebook.yaml:20:3: error: variable \"region\" is in the dictionary"))
        // A study's own variable, once loaded, keeps its definition.
        let own = try variant(
            "  Dzimums: {variable: sex, codes: {Zēns: male, Meitene: female}}",
            "  Dzimums: {variable: pupil_sex, codes: {Zēns: m, Meitene: f}}", in: directory)
        let ownText = try String(contentsOfFile: own, encoding: .utf8)
        try write(
            ownText + "variables:\n  pupil_sex: {type: categorical, categories: [m, f]}\n", to: "variant.codebook.yaml", in: directory)
        #expect(try ingest([Self.csv], codebook: own, db: db).status == 0)
        let other =
            ownText.replacingOccurrences(of: "lv-school-export-2023", with: "lv-school-export-b")
            + "variables:\n  pupil_sex: {type: categorical, categories: [m, f, x]}\n"
        let second = try write(other, to: "other.codebook.yaml", in: directory)
        let copy = try write(
            try String(contentsOfFile: Self.csv, encoding: .utf8) + "9999;Rīga;S101;10,5;Zēns;15;Nē;;\r\n", to: "b.csv", in: directory)
        let refused = try ingest([copy], codebook: second, db: db)
        #expect(
            refused.status == 65 && refused.stderr.contains("other.codebook.yaml:20:3: error: variable \"pupil_sex\""), "\(refused.stderr)")
        #expect(refused.stderr.contains("differs from the definition the database records"))
    }

    /// Eurostat files record plain column descriptions (country as text), not dictionary definitions.
    @Test func eurostatColumnDescriptionsGiveWayToTheDictionary() throws {
        let (directory, db) = fresh()
        let tsv = try write(
            "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \t2022 \nA,ICCS0301,NR,LV\t335 \t399 p\n", to: "estat_crim.tsv", in: directory)
        #expect(try SitanProcess.run(["ingest", "--db", db, tsv]).status == 0)
        let survey = try ingest([Self.csv], db: db)
        #expect(survey.status == 0, "\(survey.stderr)")
        #expect(try query(db, "SELECT type || ' ' || origin FROM variables WHERE name = 'country'") == "categorical dictionary")
    }

    @Test func aFileWithEveryRowRejectedLoadsNothingAndSaysWhy() throws {
        let (directory, db) = fresh()
        let point = try variant("decimal: \",\"", "decimal: \".\"", in: directory)
        let result = try ingest([Self.csv], codebook: point, db: db)
        #expect(result.status == 65)
        #expect(result.stderr.contains("every row was rejected (679 of 679), so nothing was loaded and no source was recorded"))
        #expect(result.stderr.contains("679 × header #4: weight not a number: it has a decimal comma"), "\(result.stderr)")
        #expect(result.stderr.contains("Likely fix: set `decimal: \",\"` under `file:`"))
        #expect(
            try query(db, "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM survey) + (SELECT count(*) FROM rejects)") == "0")
    }

    @Test func everyFilesFateIsPrinted() throws {
        let (directory, db) = fresh()
        let bad = try write(
            try String(contentsOfFile: Self.csv, encoding: .utf8).replacingOccurrences(of: ",", with: "."), to: "bad.csv", in: directory)
        let good = try write(
            try String(contentsOfFile: Self.csv, encoding: .utf8) + "9999;Rīga;S101;10,5;Zēns;15;Varbūt;;\r\n", to: "good.csv",
            in: directory)
        let result = try ingest([bad, good], db: db)
        #expect(result.status == 65)
        #expect(result.stdout.contains("bad.csv: refused, nothing loaded from it"))
        #expect(result.stdout.contains("good.csv: 680 rows read, 679 loaded, 1 rejected"))
        #expect(result.stderr.contains("1 of 2 files refused"), "\(result.stderr)")
        // The unknown code never names the value, and names the codes it expects only when they
        // are code-like: capitalised codes may be names.
        let rejects = try SitanProcess.run(["rejects", "--db", db, "--format", "csv"]).stdout
        #expect(rejects.contains("unknown code (the codebook expects 3 not shown)"), "\(rejects)")
        #expect(!rejects.contains("Varbūt") && !result.stderr.contains("Varbūt"))
    }

    @Test func removeDeletesASourceAndRecordsIt() throws {
        let (directory, db) = fresh()
        let withReject = try write(
            try String(contentsOfFile: Self.csv, encoding: .utf8) + "9999;Rīga;S101;10,5;Zēns;15;Varbūt;;\r\n", to: "a.csv", in: directory)
        #expect(try ingest([withReject], db: db).status == 0)
        let removed = try SitanProcess.run(["remove", "--db", db, "lv-school-export-2023"])
        #expect(removed.status == 0 && removed.stdout.contains("679 rows and 1 rejects deleted"), "\(removed.stderr)")
        #expect(
            try query(
                db, "SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM survey) || '/' || (SELECT count(*) FROM rejects)"
            )
                == "0/0/0")
        #expect(try query(db, "SELECT name || ' ' || file || ' ' || rows_loaded FROM removals") == "lv-school-export-2023 a.csv 679")
        let unknown = try SitanProcess.run(["remove", "--db", db, "no-such-source"])
        #expect(unknown.status == 64 && unknown.stderr.contains("no source or file named"))
        // Once removed, the file loads again without --replace.
        #expect(try ingest([withReject], db: db).status == 0)
    }
}
