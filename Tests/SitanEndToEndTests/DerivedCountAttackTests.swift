import Foundation
import Testing

/// Small counts recovered from numbers other than the published counts: the full-precision
/// standard error of a CSV row, and a fine grid of quantiles.
///
/// The survey is unweighted and unclustered, 220 respondents: 2 without a sex, 4 without an
/// answer, and latgale has 3 respondents aged 13.
@Suite(.serialized) struct DerivedCountAttackTests {
    /// (sex, region, age, answer, how many).
    static let groups: [(String, String, Int, String, Int)] = [
        ("2", "latgale", 13, "1", 3), ("1", "latgale", 14, "0", 20), ("2", "latgale", 15, "0", 19), ("1", "kurzeme", 16, "0", 4),
        ("2", "kurzeme", 13, "0", 30), ("2", "kurzeme", 14, "1", 12), ("9", "riga", 15, "0", 2), ("1", "riga", 16, "1", 3),
        ("1", "riga", 17, "0", 40), ("2", "riga", 13, "0", 45), ("1", "riga", 14, "1", 20), ("2", "riga", 15, "1", 18),
        ("2", "riga", 16, "8", 4),
    ]

    static func database() throws -> String {
        try plantedSurveyDatabase(
            extra: [("vecums", "{variable: age, type: integer, range: [11, 17]}")],
            rows: groups.map { ("\($0.0),\($0.1),\($0.3),\($0.2)", $0.4) })
    }

    /// The CSV rows of a command's output as dictionaries (nil when the command did not succeed).
    static func rows(_ arguments: [String], db: String) throws -> [[String: String]]? {
        let result = try SitanProcess.run(arguments + ["--db", db, "--format", "csv"])
        #expect(result.status == 0 || result.status == 65, "\(arguments): \(result.stderr)")
        guard result.status == 0 else { return nil }
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The whole sample's size from one row of a proportion on an unweighted, unclustered design:
    /// a domain's variance is N / (N − 1) · p (1 − p) / n.
    static func sampleSize(_ row: [String: String]) -> Int? {
        guard let n = Double(row["n"] ?? ""), let count = Double(row["n_outcome"] ?? ""), let se = Double(row["se"] ?? ""), n > 0
        else { return nil }
        let p = count / n
        let ratio = se * se * n / (p * (1 - p))
        guard ratio > 1 else { return nil }
        return Int((ratio / (ratio - 1)).rounded())
    }

    /// The size of the sample, learnt from a standard error, is a known total: with it, a
    /// category count published as `n` (respondents with a sex) gives back the 2 without one.
    @Test func theSampleSizeIsTreatedAsKnown() throws {
        let db = try Self.database()
        let region = try #require(try Self.rows(["estimate", "region"], db: db))
        #expect(region.compactMap(Self.sampleSize).contains(220))
        var missing: [Int] = []
        for variable in ["csa_any_lifetime", "sex"] {
            if let rows = try Self.rows(["estimate", variable], db: db), let n = rows.compactMap({ Int($0["n"] ?? "") }).first {
                missing.append(220 - n)
            }
        }
        let small = missing.filter { (1...4).contains($0) }
        #expect(small.isEmpty, "respondents without an answer or a sex recovered: \(small)")
    }

    /// Quantiles at every percent give the domain's distribution function: with n = 42 in
    /// latgale, the jump of the quantile between p = 0.07 and 0.08 would say exactly 3 are aged
    /// 13. A quantile with fewer than k respondents at or below it is refused, so this grid is.
    @Test func aQuantileGridRecoversNoSmallCount() throws {
        let db = try Self.database()
        let probabilities = (1...99).map { String(Double($0) / 100) }.joined(separator: ",")
        let rows =
            try Self.rows(["estimate", "age", "--statistic", "quantile:" + probabilities, "--where", "region=latgale"], db: db) ?? []
        var recovered: [Int] = []
        var previous: (p: Double, value: Double)?
        for row in rows {
            guard let p = Double(row["category"] ?? ""), let value = Double(row["estimate"] ?? ""), let n = Double(row["n"] ?? "")
            else { continue }
            if let previous, value != previous.value {
                // The count at or below the previous value lies in [previous.p · n, p · n).
                let low = Int((previous.p * n).rounded(.up))
                let high = Int((p * n).rounded(.up)) - 1
                if low == high, (1...4).contains(low) { recovered.append(low) }
            }
            previous = (p, value)
        }
        #expect(recovered.isEmpty, "counts at or below a quantile recovered: \(recovered)")
    }
}
