import Foundation
import Testing

/// A total of a 0/1 variable divided by its group's `weighted_n` gives the proportion back, so it
/// follows the proportion's reliability rule: riga's 25 respondents (n below 30) make its
/// proportion `:u`, and its total must be `:u` too; kurzeme's 90 show both.
@Suite struct TotalReliabilityTests {
    static func database() throws -> String {
        try plantedSurveyDatabase(
            extra: [], rows: [("1,riga,1", 10), ("2,riga,0", 15), ("1,kurzeme,1", 30), ("2,kurzeme,0", 60)])
    }

    /// The csv row of a region, split into its cells.
    static func row(_ region: String, statistic: String, db: String) throws -> [String] {
        let result = try SitanProcess.run([
            "estimate", "csa_any_lifetime", "--by", "region", "--statistic", statistic, "--db", db, "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stdout.split(separator: "\n").first { $0.contains(",\(region),") }
        return try #require(line).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aTotalWhoseProportionIsUnreliableIsUnreliable() throws {
        let db = try Self.database()
        // The test has teeth: the proportion of riga is `:u`, kurzeme's is shown.
        #expect(try Self.row("riga", statistic: "mean", db: db).contains("unreliable"))
        #expect(!(try Self.row("kurzeme", statistic: "mean", db: db).contains("unreliable")))
        let riga = try Self.row("riga", statistic: "total", db: db)
        #expect(riga.contains("unreliable"), "\(riga)")
        let kurzeme = try Self.row("kurzeme", statistic: "total", db: db)
        #expect(!kurzeme.contains("unreliable") && kurzeme.contains("30"), "\(kurzeme)")
    }
}
