import Foundation
import Testing

/// Weighted totals recovered through partitions. The rows of a `--by` output (or the `--across`
/// levels of a comparison) partition their domain, so their weighted totals add up to the weight
/// of the union, and a proportion times a level's weighted total is the weight of the level's
/// respondents in the category: beside the report's sample, which leaves out the 3 pupils without
/// a sex, those sums give the weight of the 3 (and of the one of them who answered yes). The round
/// has 220 pupils with raked weights from 70 to 190 (every weight distinct, so no count is audited
/// through them); pupils 218 and 219 (urban, 218 answered yes) and 220 (rural) have no sex.
@Suite struct PartitionWeightAttackTests {
    /// The weight of pupil `id`: 70 to 190, four decimals.
    static func weight(_ id: Int) -> Double { 70 + Double(id * 37 % 120) + Double(id * 7919 % 10000) / 10000 }

    /// The setting of pupil `id` (1 = urban, 2 = rural).
    static func setting(_ id: Int) -> String { id == 220 ? "2" : id >= 218 ? "1" : id % 5 < 3 ? "1" : "2" }

    /// Whether pupil `id` answered yes.
    static func yes(_ id: Int) -> Bool { id == 218 || (id < 218 && id % 4 == 1) }

    /// A fresh database with the round.
    static func database() throws -> String {
        var csv = "anketas_nr;dzimums;vecums;vieta;k20;svars\n"
        for id in 1...220 {
            let sex = id >= 218 ? "9" : id % 2 == 0 ? "1" : "2"
            let weight = String(format: "%.4f", weight(id)).replacingOccurrences(of: ".", with: ",")
            csv += "\(id);\(sex);\(11 + id % 7);\(setting(id));\(yes(id) ? 1 : 0);\(weight)\n"
        }
        let codebook = FewValuesAttackTests.weightedCodebook.replacingOccurrences(
            of: "  k20:", with: "  vieta: {variable: setting, codes: {\"1\": urban, \"2\": rural}}\n  k20:")
        return try plantedDatabase(csv: csv, codebook: codebook)
    }

    /// The weight of the pupils without a sex among `ids`.
    static func leftOut(_ ids: [Int]) -> Double { ids.map(weight).reduce(0, +) }

    static let sample = DomainDifferenceTests.sample

    /// Runs a command in JSON: its rows (empty when refused).
    static func rows(_ arguments: [String], db: String) throws -> [[String: Any]] {
        try DomainDifferenceTests.rows(arguments, db: db).rows
    }

    /// The `weighted_n` of every row by its group's values, or nil when one is not shown.
    static func weightedTotals(_ rows: [[String: Any]]) -> [String: Double]? {
        var totals: [String: Double] = [:]
        for row in rows {
            guard let total = row["weighted_n"] as? Double else { return nil }
            totals[group(row)] = total
        }
        return rows.isEmpty ? nil : totals
    }

    /// A row's group, as its values joined.
    static func group(_ row: [String: Any]) -> String {
        ((row["group"] as? [String: Any] ?? [:]).values.compactMap { $0 as? String }).sorted().joined(separator: ",")
    }

    /// (a) The rows of `estimate age --by setting` add up to the whole round: beside the report's
    /// sample, the weight of the 3 pupils without a sex.
    @Test func rowsBySettingBesideTheReportsSampleDoNotGiveTheLeftOutWeight() throws {
        let db = try Self.database()
        _ = try ReportSampleAttackTests.report(db)
        let sampled = try #require(
            try Self.rows(["estimate", "csa_any_lifetime"] + Self.sample, db: db).first?["weighted_n"] as? Double)
        let bySetting = try Self.rows(["estimate", "age", "--by", "setting"], db: db)
        #expect(Self.weightedTotals(bySetting) == nil, "\(bySetting)")
        // What the rows would give without the ledger.
        try DomainDifferenceTests.forget(db)
        let unaudited = try #require(Self.weightedTotals(try Self.rows(["estimate", "age", "--by", "setting"], db: db)))
        #expect(abs(unaudited.values.reduce(0, +) - sampled - Self.leftOut([218, 219, 220])) < 0.01)
    }

    /// (b) The shares of `compare setting --across sex` times the sample's `weighted_n` by sex split
    /// the sample's weight by setting: beside the rows by setting over every pupil, the weight of the
    /// rural pupil without a sex.
    @Test func sharesBySexBesideRowsBySettingDoNotGiveOneRuralPupil() throws {
        let db = try Self.database()
        _ = try ReportSampleAttackTests.report(db)
        let bySex = try #require(Self.weightedTotals(try Self.rows(["estimate", "csa_any_lifetime", "--by", "sex"] + Self.sample, db: db)))
        let compare = try SitanProcess.run(["compare", "setting", "--across", "sex", "--table", "pairs", "--db", db, "--format", "json"])
        let rural = try #require(try Self.pairs(compare.stdout).first { $0["category"] as? String == "rural" }, "\(compare.stderr)")
        let a = try #require(rural["a"] as? String)
        let b = try #require(rural["b"] as? String)
        let shares =
            try #require(rural["estimate_a"] as? Double) * #require(bySex[a])
            + #require(rural["estimate_b"] as? Double) * #require(bySex[b])
        #expect(abs(shares - Self.leftOut((1...217).filter { Self.setting($0) == "2" })) < 0.01, "the sample's rural weight")
        let bySetting = try Self.rows(["estimate", "age", "--by", "setting"], db: db)
        #expect(Self.weightedTotals(bySetting) == nil, "\(bySetting)")
        // What the rows would give without the ledger: the rural weight over every pupil.
        try DomainDifferenceTests.forget(db)
        let totals = try #require(Self.weightedTotals(try Self.rows(["estimate", "age", "--by", "setting"], db: db)))
        #expect(try abs(#require(totals["rural"]) - shares - Self.weight(220)) < 0.01, "the weight of pupil 220")
    }

    /// (c) The urban proportion of `compare csa_any_lifetime --across setting` over every pupil
    /// times the urban weighted total, plus the weight of the rural yes answers (`weighted_n` over
    /// them), is the weight of the yes answers over every pupil; beside the sample's proportion times
    /// its weighted total, the weight of the one pupil without a sex who answered yes.
    @Test func theUrbanProportionBesideTheRuralYesWeightDoesNotGiveOneYes() throws {
        let db = try Self.database()
        _ = try ReportSampleAttackTests.report(db)
        let sample = try #require(try Self.rows(["estimate", "csa_any_lifetime"] + Self.sample, db: db).first)
        let sampled = try #require(sample["estimate"] as? Double) * #require(sample["weighted_n"] as? Double)
        #expect(abs(sampled - Self.leftOut((1...217).filter(Self.yes))) < 0.01, "the sample's yes weight")
        let compare = try SitanProcess.run(
            ["compare", "csa_any_lifetime", "--across", "setting", "--table", "pairs", "--db", db, "--format", "json"])
        let pair = try Self.pairs(compare.stdout).first
        let urban = pair.flatMap { $0["a"] as? String == "urban" ? $0["estimate_a"] : $0["estimate_b"] } as? Double
        let urbanTotal = try Self.rows(["estimate", "age", "--where", "setting=urban"], db: db).first?["weighted_n"] as? Double
        let ruralYes =
            try Self.rows(["estimate", "age", "--where", "setting=rural", "--where", "csa_any_lifetime=1"], db: db).first?["weighted_n"]
            as? Double
        // With all three: urban × urbanTotal + ruralYes − sampled is the weight of pupil 218.
        let published = [urban, urbanTotal, ruralYes].compactMap { $0 }
        #expect(published.count < 3, "\(published)")
        #expect(abs(Self.leftOut((1...220).filter(Self.yes)) - sampled - Self.weight(218)) < 0.01)
    }

    /// The pairs of a comparison's JSON (none when refused).
    static func pairs(_ json: String) throws -> [[String: Any]] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [] }
        return object["pairs"] as? [[String: Any]] ?? []
    }
}
