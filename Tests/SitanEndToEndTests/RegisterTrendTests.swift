import Foundation
import Testing

/// A Polish police register export (Windows-1250, semicolons, one row per recorded case of
/// art. 200 k.k., overdispersed yearly counts 2014–2023) and its population file, trended by
/// `sitan rates --table trends` and by R's plain `glm(count ~ year + offset(log(pop)), family =
/// quasipoisson)` (Tests/Fixtures/attacktrend/make.R wrote expected.csv).
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

    /// R's quasipoisson row of expected.csv, by column.
    func reference() throws -> [String: Double] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("expected.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        let row = try #require(lines.first { $0.first == "quasipoisson" })
        return Dictionary(uniqueKeysWithValues: zip(lines[0], row).compactMap { key, value in Double(value).map { (key, $0) } })
    }

    func relative(_ row: [String: Any], _ r: [String: Double], _ key: String) -> Double {
        let mine = row[key] as? Double ?? .nan
        let theirs = r[key] ?? .nan
        return abs(mine - theirs) / abs(theirs)
    }

    @Test func slopeDevianceAndDispersionEqualR() throws {
        let row = try trend()
        let r = try reference()
        #expect(row["model"] as? String == "quasipoisson" && row["years"] as? String == "2014-2023")
        for key in ["apc", "deviance", "dispersion", "df", "ci_high"] {
            #expect(relative(row, r, key) <= 1e-9, "\(key): sitan \(row[key] ?? "nil"), R \(r[key] ?? .nan)")
        }
    }

    /// R's `glm()` computes the standard error from the working weights of its last IRLS
    /// iteration (before the final update of μ) and `summary()`'s dispersion from them too
    /// (3.70063106286 against Pearson's X²/df 3.70063092193); sitan evaluates both at the
    /// estimate. The SE differs by 7e-10 relative (0.026855811189573 against R's
    /// 0.026855811171317), which the nearly cancelling lower APC bound (1.7282776967 against
    /// 1.7282777010) and the p-value (0.0185942153875 against 0.0185942153306) amplify past 1e-9.
    @Test func intervalAndPValueEqualRsPlainGlmCall() throws {
        let row = try trend()
        let r = try reference()
        withKnownIssue("R's glm() uses its last iteration's working weights; sitan the converged ones") {
            for key in ["ci_low", "p_value"] {
                #expect(relative(row, r, key) <= 1e-9, "\(key): sitan \(row[key] ?? "nil"), R \(r[key] ?? .nan)")
            }
        }
    }
}
