import Foundation
import Testing

/// A Polish police register export (Windows-1250, semicolons, one row per recorded case of
/// art. 200 k.k., overdispersed yearly counts 2014–2023) and its population file, trended by
/// `sitan rates --table trends` and by R's `glm(count ~ year + offset(log(pop)), family =
/// quasipoisson)`, converged and as a plain call (Tests/Fixtures/attacktrend/make.R wrote expected.csv).
@Suite struct RegisterTrendTests {
    static let fixtures = SitanProcess.fixtures.appendingPathComponent("attacktrend")

    func trend() throws -> [String: Any] {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
        for file in ["pl-policja", "pl-ludnosc"] {
            let ingest = try SitanProcess.run([
                "ingest", "--db", db, Self.fixtures.appendingPathComponent("\(file).csv").path,
                "--codebook", Self.fixtures.appendingPathComponent("\(file).codebook.yaml").path, "--dictionary", dictionary,
            ])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        let result = try SitanProcess.run([
            "rates", "--db", db, "--by", "country,year", "--offence", "030113", "--population", "children", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require((json?["trends"] as? [[String: Any]])?.first)
    }

    /// A row of expected.csv (`quasipoisson`: R's fit converged to the maximum-likelihood
    /// estimate; `quasipoisson_default`: a plain `glm()` call), by column.
    func reference(_ model: String) throws -> [String: Double] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("expected.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        let row = try #require(lines.first { $0.first == model })
        return Dictionary(uniqueKeysWithValues: zip(lines[0], row).compactMap { key, value in Double(value).map { (key, $0) } })
    }

    func relative(_ row: [String: Any], _ r: [String: Double], _ key: String) -> Double {
        let mine = row[key] as? Double ?? .nan
        let theirs = r[key] ?? .nan
        return abs(mine - theirs) / abs(theirs)
    }

    static let keys = ["apc", "ci_low", "ci_high", "p_value", "deviance", "dispersion", "df"]

    /// sitan fits the maximum-likelihood estimate and takes the standard error and Pearson's
    /// dispersion there; R's `glm()` converged to it (epsilon 1e-13, refitted from its own
    /// estimate) gives the same numbers.
    @Test func trendEqualsRsConvergedFit() throws {
        let row = try trend()
        let r = try reference("quasipoisson")
        #expect(row["model"] as? String == "quasipoisson" && row["years"] as? String == "2014-2023")
        for key in Self.keys {
            #expect(relative(row, r, key) <= 1e-9, "\(key): sitan \(row[key] ?? "nil"), R \(r[key] ?? .nan)")
        }
    }

    /// A plain `glm()` call stops at R's default epsilon 1e-8 and computes the standard error
    /// and dispersion from the working weights of its last iteration, before the final update
    /// of μ (dispersion 3.70063092192872 against 3.70063092192913 converged). The nearly
    /// cancelling lower APC bound amplifies that to 2.5e-9 relative; every number stays
    /// within R's own convergence tolerance of the converged fit.
    @Test func trendIsWithinRsToleranceOfItsDefaultCall() throws {
        let row = try trend()
        let r = try reference("quasipoisson_default")
        for key in Self.keys {
            #expect(relative(row, r, key) <= 1e-8, "\(key): sitan \(row[key] ?? "nil"), R \(r[key] ?? .nan)")
        }
    }
}
