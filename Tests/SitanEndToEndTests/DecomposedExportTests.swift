import Foundation
import Testing

/// A researcher's export saved with decomposed text (macOS writes `Rīga` as `Ri` + U+0304 + `ga`):
/// its codes are the codebook's, written another way. Every row was quarantined as an unknown
/// code; now the file loads as its composed twin does, and gives the same estimates.
@Suite struct DecomposedExportTests {
    static func database(decomposed: Bool) throws -> String {
        var csv = "anketas_nr,dzimums,vecums,novads,seksuala_vardarbiba\n"
        let regions = ["Rīga", "Kurzeme", "Latgale"]
        for i in 0..<120 {
            csv += "\(i + 1),\(i % 2 == 0 ? "sieviete" : "vīrietis"),\(11 + i % 7),\(regions[i % 3]),\(i % 5 == 0 ? "jā" : "nē")\n"
        }
        return try AttackRoundTests.regionsDatabase(csv: decomposed ? csv.decomposedStringWithCanonicalMapping : csv)
    }

    @Test func aDecomposedFileLoadsAndEstimatesAsItsComposedTwin() throws {
        var outputs: [String] = []
        for decomposed in [false, true] {
            let db = try Self.database(decomposed: decomposed)
            let sources = try SitanProcess.run([
                "query", "--db", db, "--format", "csv", "SELECT rows_read, rows_loaded, rows_rejected FROM sources",
            ])
            #expect(sources.stdout.hasSuffix("\n120,120,0\n"), "decomposed: \(decomposed): \(sources.stdout)")
            let estimate = try SitanProcess.run(["estimate", "--db", db, "csa_any_lifetime", "--by", "region,sex", "--format", "csv"])
            #expect(estimate.status == 0, "\(estimate.stderr)")
            outputs.append(estimate.stdout)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[1].contains("riga,female"))
    }

    /// A value typed on the command line in decomposed form (pasted from a macOS document) names
    /// the same region as its composed spelling: text is stored composed, and `--reference`
    /// already matches either spelling; `--where region=Rīga` written decomposed matched no
    /// respondent (exit 65, "no respondent matches the --where conditions").
    @Test func aDecomposedWhereValueSelectsTheSameRespondentsAsItsComposedSpelling() throws {
        var csv = "anketas_nr,dzimums,vecums,novads,seksuala_vardarbiba\n"
        for i in 0..<120 { csv += "\(i + 1),\(i % 2 == 0 ? "sieviete" : "vīrietis"),\(11 + i % 7),\(["Rīga", "Łódź"][i % 2]),\(i % 3)\n" }
        let db = try plantedDatabase(
            csv: csv,
            codebook: AttackRoundTests.codebook(
                name: "lv-aptauja-2024", sex: #"{"vīrietis": male, "sieviete": female}"#, band: "[14, 15]", last: "16-17",
                columns: """
                    novads: {variable: region}
                    seksuala_vardarbiba: {variable: csa_any_lifetime, codes: {"1": 1, "0": 0, "2": 0}}
                    """))
        let outputs = try ["Rīga", "Rīga".decomposedStringWithCanonicalMapping].map {
            try SitanProcess.run(["estimate", "csa_any_lifetime", "--where", "region=\($0)", "--db", db, "--format", "csv"])
        }
        #expect(outputs[0].status == 0, "\(outputs[0].stderr)")
        #expect(outputs[1].status == 0 && outputs[1].stdout == outputs[0].stdout, "\(outputs[1].stderr)")
    }
}
