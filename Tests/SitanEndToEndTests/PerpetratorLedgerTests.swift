import Foundation
import TestSupport
import Testing

/// A table of one variable beside a table of another over the same domain, on the shipped
/// surveys: only the round where the two answered counts pin a small count of missing answers
/// is suppressed, not every round of the table.
@Suite(.serialized) struct PerpetratorLedgerTests {
    /// The shipped surveys, ingested as the script ingests them.
    static func database() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("perpetrator.sqlite").path
        let datasets = SitanProcess.repository.appendingPathComponent("datasets")
        for country in ["lv", "lt", "pl"] {
            let file = datasets.appendingPathComponent("\(country)-survey.csv").path
            let result = try SitanProcess.run([
                "ingest", "--quiet", "--db", db, file, "--codebook", file + ".codebook.yaml",
                "--dictionary", datasets.appendingPathComponent("variables.yaml").path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return db
    }

    @Test func perpetratorTableAfterDisclosureKeepsTheRoundsItDoesNotPin() throws {
        let db = try Self.database()
        let domain = ["--by", "country", "--where", "csa_any_lifetime=1", "--db", db, "--format", "csv"]
        let disclosed = try SitanProcess.run(["estimate", "disclosed_anyone"] + domain)
        #expect(disclosed.status == 0, "\(disclosed.stderr)")
        let told = try CSVParsing.records(disclosed.stdout)
        // Lithuania: all 263 respondents with abuse told whether they disclosed it.
        #expect(told.contains { $0[1] == "LT" && $0[2] == "263" })
        let result = try SitanProcess.run(["estimate", "perpetrator_relation"] + domain)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try CSVParsing.records(result.stdout)
        let rows = { (country: String) in records.filter { $0[1] == country } }
        // Latvia: 214 answered the disclosure question, 211 the perpetrator question (5 and 2
        // respondents answered only one of them): nothing small follows, every category is shown.
        #expect(rows("LV").map { $0[3] } == Array(repeating: "211", count: 5))
        #expect(rows("LV").map { $0[4] } == ["24", "38", "71", "36", "42"])
        #expect(rows("PL").allSatisfy { $0[3] == "456" && $0[7] != "confidential" })
        // Lithuania: 263 respondents with abuse, none without a disclosure answer, so the
        // perpetrator table's n of 259 would give the 4 who did not name a perpetrator.
        #expect(rows("LT").count == 5 && rows("LT").allSatisfy { $0[7] == "confidential" })
    }
}
