import Foundation
import Testing

/// SPSS and Stata files go through the same guard, mapping and quarantine as CSV. The fixtures
/// and the expected counts come from Fixtures/statfiles/make_statfiles.R (haven).
@Suite struct StatFileIngestTests {
    static let fixtures = SitanProcess.fixtures.appendingPathComponent("statfiles")
    static let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path

    func ingest(_ file: String, codebook: String, db: String) throws -> SitanProcess.Output {
        try SitanProcess.run([
            "ingest", "--db", db, Self.fixtures.appendingPathComponent(file).path,
            "--codebook", Self.fixtures.appendingPathComponent(codebook).path, "--dictionary", Self.dictionary,
        ])
    }

    func counts(_ db: String, country: String) throws -> String {
        let sql =
            "SELECT count(*), sum(csa_contact_lifetime), count(csa_contact_lifetime), sum(csa_noncontact_lifetime), "
            + "count(csa_noncontact_lifetime), sum(sex = 'male') FROM survey WHERE country = '\(country)'"
        return try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test(arguments: ["lv-survey.sav", "lv-survey.zsav"])
    func spssCodesWithUserMissingValues(file: String) throws {
        let db = temporaryDirectory().appendingPathComponent("s.sqlite").path
        let result = try ingest(file, codebook: "lv-survey.codebook.yaml", db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("24 rows read, 23 loaded, 1 rejected"))
        #expect(result.stderr.contains("\(file):6:6: warning: row quarantined: out of range [11, 17] in column \"vecums\""))
        // R: q12 yes 5 of 17 answers (9 is user-missing), q13 yes 4 of 20 (8 is user-missing).
        #expect(try counts(db, country: "LV") == "23,5,17,4,20,11")
        let sources = try SitanProcess.run(["sources", "--db", db, "--format", "json"]).stdout
        let sha = try #require(try JSONSerialization.jsonObject(with: Data(sources.utf8)) as? [[String: Any]]).first?["sha256"]
        #expect((sha as? String)?.count == 64)
        let region = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT DISTINCT region FROM survey ORDER BY 1"])
        #expect(region.stdout == "region\nDaugavpils\nLiepāja\nRīga\n")
    }

    @Test func stataLabelsWithExtendedMissingValues() throws {
        let db = temporaryDirectory().appendingPathComponent("s.sqlite").path
        let result = try ingest("pl-survey.dta", codebook: "pl-survey.codebook.yaml", db: db)
        #expect(result.status == 0 && result.stdout.contains("24 rows read, 24 loaded, 0 rejected"), "\(result.stderr)")
        #expect(try counts(db, country: "PL") == "24,6,18,4,20,12")
    }

    @Test func identifierInAStataFileRefusesIt() throws {
        let db = temporaryDirectory().appendingPathComponent("s.sqlite").path
        let result = try ingest("pl-identifier.dta", codebook: "pl-identifier.codebook.yaml", db: db)
        #expect(result.status == 65)
        #expect(result.stderr.contains("pl-identifier.dta:2:10: error: column \"uwagi\" holds what looks like a valid Polish PESEL"))
        #expect(!result.stderr.contains("44051401458") && !result.stdout.contains("44051401458"))
    }

    @Test func damagedFileIsBadInput() throws {
        let directory = temporaryDirectory()
        let file = try write("not an SPSS file", to: "broken.sav", in: directory)
        let result = try SitanProcess.run([
            "ingest", "--db", directory.appendingPathComponent("s.sqlite").path, file,
            "--codebook", Self.fixtures.appendingPathComponent("lv-survey.codebook.yaml").path, "--dictionary", Self.dictionary,
        ])
        #expect(result.status == 65 && result.stderr.contains("broken.sav: error: cannot read the SPSS file"), "\(result.stderr)")
    }
}
