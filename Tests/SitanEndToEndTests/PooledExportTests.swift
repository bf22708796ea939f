import Foundation
import TestSupport
import Testing

/// A Polish partner's school survey with two rounds (2019, 2023) stacked in one export
/// (Tests/Fixtures/pooled: UTF-8 with BOM, `;`, decimal commas, Polish headers with spaces and
/// diacritics, a repeated column, voivodeship as stratum and variable, schools that took part in
/// both rounds under one code, a skip pattern coded "Nie dotyczy", a `methods:` section).
/// Read with `year: 2019` it was loaded whole as round PL-2019, both years pooled into one
/// design and schools of both rounds merged into one PSU, with exit 0; it is refused. Split by
/// its year column into one file per round, every number agrees with R survey to 1e-9.
@Suite struct PooledExportTests {
    static let folder = SitanProcess.fixtures.appendingPathComponent("pooled")
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
    static let codebook = folder.appendingPathComponent("pl-pooled.codebook.yaml").path

    static let expected: [String: Double] = {
        var values: [String: Double] = [:]
        let text = (try? String(contentsOf: folder.appendingPathComponent("expected.csv"), encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("case,") && !line.hasPrefix("_versions") {
            let fields = line.split(separator: ",").map(String.init)
            values[fields[0] + " " + fields[1]] = Double(fields[2])
        }
        return values
    }()

    /// The codebook with `year:` (and a source name of its own) added.
    func codebook(year: Int, in directory: URL) throws -> String {
        let text = try String(contentsOfFile: Self.codebook, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  kind: survey\n", with: "  kind: survey\n  year: \(year)\n")
            .replacingOccurrences(of: "name: pl-pooled", with: "name: pl-\(year)")
        return try write(edited, to: "pl-\(year).codebook.yaml", in: directory)
    }

    func ingest(_ file: String, _ codebook: String, db: String) throws -> SitanProcess.Output {
        try SitanProcess.run(["ingest", "--db", db, file, "--codebook", codebook, "--dictionary", Self.dictionary])
    }

    @Test func bothRoundsReadAsOneYearAreRefused() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let file = Self.folder.appendingPathComponent("pl-pooled.csv").path
        let unnamed = try ingest(file, Self.codebook, db: db)
        #expect(unnamed.status == 65 && unnamed.stderr.contains("survey round PL would hold rows of 2 years (2019, 2023)"))
        let named = try ingest(file, try codebook(year: 2019, in: directory), db: db)
        #expect(named.status == 65, "\(named.stdout)")
        #expect(
            named.stderr.contains("the codebook gives `year: 2019`, but the column mapped to `year` holds 2023")
                && named.stderr.contains("split the file by its year column"), "\(named.stderr)")
        let sources = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM sources"])
        #expect(sources.stdout == "n\n0\n")
    }

    @Test func eachRoundAgreesWithRSurvey() throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("t.sqlite").path
        let lines = try String(contentsOf: Self.folder.appendingPathComponent("pl-pooled.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
        for year in [2019, 2023] {
            let rows = [lines[0]] + lines.dropFirst().filter { $0.split(separator: ";")[1] == "\(year)" }
            let file = try write(rows.joined(separator: "\r\n") + "\r\n", to: "pl-\(year).csv", in: directory)
            let result = try ingest(file, try codebook(year: year, in: directory), db: db)
            #expect(result.status == 0 && result.stdout.contains("\(rows.count - 1) loaded, 0 rejected"), "\(result.stderr)")
        }
        var compared = 0
        func check(_ id: String, _ value: Any?) {
            guard let want = Self.expected[id] else {
                Issue.record("no R value \(id)")
                return
            }
            guard let got = (value as? NSNumber)?.doubleValue else {
                Issue.record("\(id): sitan gave none")
                return
            }
            #expect(relativeError(got, want) < 1e-9, "\(id): sitan \(got), R \(want)")
            compared += 1
        }
        for (variable, name) in [("csa_contact_lifetime", "contact"), ("csa_contact_past_year", "past_year"), ("disclosed_anyone", "told")]
        {
            for row in try rows(["estimate", variable], db: db) where row["suppressed"] as? Bool == false {
                let round = (row["survey"] as? String ?? "").dropFirst(3)
                for (key, field) in [("est", "estimate"), ("se", "se"), ("lo", "ci_low"), ("hi", "ci_high")] {
                    check("\(round)_\(name) \(key)", row[field])
                }
            }
        }
        for row in try rows(["estimate", "csa_contact_lifetime", "--by", "sex"], db: db) {
            let (round, sex) = ((row["survey"] as? String ?? "").dropFirst(3), (row["group"] as? [String: Any])?["sex"] as? String ?? "")
            for (key, field) in [("est", "estimate"), ("lo", "ci_low"), ("hi", "ci_high")] {
                check("\(round)_contact_by_sex \(key)[\(sex)]", row[field])
            }
        }
        for row in try modelRows(db: db) {
            let term = (row["term"] as? String ?? "") + (row["level"] as? String ?? "")
            let round = (row["survey"] as? String ?? "").dropFirst(3)
            check("\(round)_model estimate[\(term)]", row["estimate"])
            check("\(round)_model se[\(term)]", row["se"])
        }
        let change = try rows(["compare", "csa_contact_lifetime", "--across", "survey", "--by", "country"], db: db, key: "pairs")
        check("change_contact difference", change.first?["difference"])
        check("change_contact se", change.first?["se"])
        // Past year in 2023 is suppressed as unreliable (NCHS), so 4 of R's 54 values are not shown.
        #expect(compared == Self.expected.count - 4, "compared \(compared) of \(Self.expected.count)")
    }

    /// The JSON rows of an output command, each in a new release ledger (these tests check
    /// agreement with R; the ledger has tests of its own).
    func rows(_ arguments: [String], db: String, key: String = "rows") throws -> [[String: Any]] {
        _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "R agreement test"])
        let result = try SitanProcess.run(arguments + ["--db", db, "--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object[key] as? [[String: Any]], "\(object.keys)")
    }

    func modelRows(db: String) throws -> [[String: Any]] {
        _ = try SitanProcess.run(["releases", "--db", db, "--new-ledger", "--reason", "R agreement test"])
        let result = try SitanProcess.run(["model", "csa_any_lifetime ~ sex + age_group", "--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }
}
