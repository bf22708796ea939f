import Foundation
import Testing

/// Weighted totals recovered through the margins of a table over several `--by` variables. The
/// round has 400 pupils with raked weights from 70 to 190; pupils 398 and 399 (urban) and 400
/// (rural) have no sex, all three in Riga; pupils 1 and 2 are the only urban pupils of Latgale, so
/// the table by setting, region, age group and image-based abuse has one row of 2 pupils (suppressed
/// for its small count) while all of its rural rows are shown.
@Suite struct MarginWeightAttackTests {
    static let size = 400

    /// The weight of pupil `id`: 70 to 190, four decimals.
    static func weight(_ id: Int) -> Double { PartitionWeightAttackTests.weight(id) }

    /// The setting of pupil `id` (1 = urban, 2 = rural), with pupils 1 and 2 in Latgale or not.
    static func setting(_ id: Int, latgale: Bool) -> String {
        id == size ? "2" : id >= size - 2 || (latgale && id <= 2) ? "1" : id % 5 < 3 ? "1" : "2"
    }

    /// The region of pupil `id` (1 = Riga, 2 = Kurzeme, 3 = Latgale).
    static func region(_ id: Int, latgale: Bool) -> String { latgale && id <= 2 ? "3" : id % 11 < 5 ? "1" : "2" }

    /// A fresh database with the round (without Latgale's two pupils when `latgale` is false).
    static func database(latgale: Bool = true) throws -> String {
        var csv = "anketas_nr;dzimums;vecums;vieta;regions;k20;k30;svars\n"
        for id in 1...size {
            let sex = id >= size - 2 ? "9" : id % 2 == 0 ? "1" : "2"
            let yes = id == size - 2 || (id < size - 2 && id % 4 == 1)
            let weight = String(format: "%.4f", weight(id)).replacingOccurrences(of: ".", with: ",")
            csv +=
                "\(id);\(sex);\(11 + id % 7);\(setting(id, latgale: latgale));\(region(id, latgale: latgale));\(yes ? 1 : 0);\(id % 3 == 0 ? 1 : 0);\(weight)\n"
        }
        let codebook = FewValuesAttackTests.weightedCodebook.replacingOccurrences(
            of: "  k20:",
            with: """
                  vieta: {variable: setting, codes: {"1": urban, "2": rural}}
                  regions: {variable: region, codes: {"1": riga, "2": kurzeme, "3": latgale}}
                  k30: {variable: image_based_abuse, codes: {"1": 1, "0": 0}}
                  k20:
                """)
        return try plantedDatabase(csv: csv, codebook: codebook)
    }

    /// The sample's rural weight from `compare setting --across sex` (within `filter`): the rural
    /// shares by sex times the sample's `weighted_n` by sex (nil when a number is not shown).
    static func ruralSampleWeight(compare: [[String: Any]], bySex: [String: Double]) -> Double? {
        guard let rural = compare.first(where: { $0["category"] as? String == "rural" }),
            let a = rural["a"] as? String, let b = rural["b"] as? String,
            let shareA = rural["estimate_a"] as? Double, let shareB = rural["estimate_b"] as? Double,
            let weightA = bySex[a], let weightB = bySex[b]
        else { return nil }
        return shareA * weightA + shareB * weightB
    }

    static let byFour = ["estimate", "age", "--by", "setting,region,age_group,image_based_abuse"]

    /// The rural weight over every pupil from the table by four variables: the sum of its rural rows
    /// (nil when one is not shown).
    static func ruralWeight(_ rows: [[String: Any]]) -> Double? {
        let rural = rows.filter { ($0["group"] as? [String: Any])?["setting"] as? String == "rural" }
        let totals = rural.map { $0["weighted_n"] as? Double }
        guard !rural.isEmpty, totals.allSatisfy({ $0 != nil }) else { return nil }
        return totals.compactMap { $0 }.reduce(0, +)
    }

    /// The rural rows of the table by four variables add up to the rural weight over every pupil
    /// (its only suppressed row, of 2 urban pupils, is outside them); the rural shares of `compare
    /// setting --across sex` times the sample's `weighted_n` by sex give the sample's: the
    /// difference is the weight of pupil 400.
    @Test func ruralRowsOfFourByVariablesBesideSharesBySexDoNotGiveOneRuralPupil() throws {
        var db = try Self.database()
        _ = try ReportSampleAttackTests.report(db)
        let table = try PartitionWeightAttackTests.rows(Self.byFour, db: db)
        let compare = try SitanProcess.run(["compare", "setting", "--across", "sex", "--table", "pairs", "--db", db, "--format", "json"])
        let bySex = PartitionWeightAttackTests.weightedTotals(
            try PartitionWeightAttackTests.rows(["estimate", "csa_any_lifetime", "--by", "sex"] + DomainDifferenceTests.sample, db: db))
        let shares = try PartitionWeightAttackTests.pairs(compare.stdout)
        let published = Self.ruralWeight(table) != nil && Self.ruralSampleWeight(compare: shares, bySex: bySex ?? [:]) != nil
        #expect(!published, "\(table) \(compare.stdout) \(bySex ?? [:])")
        // What the three would give without the ledger (each on a fresh round).
        db = try Self.database()
        // (The rural rows add up to the rural weight over every pupil; alone, on a fresh round, the
        // table suppresses a rural row beside the 2 pupils' row, so that weight is asked directly.)
        let rural = try #require(
            try PartitionWeightAttackTests.rows(["estimate", "age", "--where", "setting=rural"], db: db).first?["weighted_n"] as? Double)
        db = try Self.database()
        let pairs = try PartitionWeightAttackTests.pairs(
            try SitanProcess.run(["compare", "setting", "--across", "sex", "--table", "pairs", "--db", db, "--format", "json"]).stdout)
        // (After the report, as above: it states the 3 left out, the sample's numbers by sex.)
        db = try Self.database()
        _ = try ReportSampleAttackTests.report(db)
        let weights = try #require(
            PartitionWeightAttackTests.weightedTotals(
                try PartitionWeightAttackTests.rows(
                    ["estimate", "csa_any_lifetime", "--by", "sex"] + DomainDifferenceTests.sample, db: db)))
        let sampled = try #require(Self.ruralSampleWeight(compare: pairs, bySex: weights))
        #expect(abs(rural - sampled - Self.weight(Self.size)) < 0.01, "the weight of pupil 400")
    }

    /// The same difference split over outputs: `compare setting --across sex --where region=R` for
    /// each region (Latgale has no pupil here), the sample's `weighted_n` by sex in each, and the
    /// rural weight over every pupil. Each comparison records only its own region's union, and the
    /// joint check takes only the weight statistics over the new output's variables: nothing joins
    /// the regions' rural weights (a known gap; with Latgale's two pupils in the round, the last
    /// region's sample by sex happens to be refused by the domain-difference rule, and the report's
    /// tables by setting make the rule refuse the rural weight itself).
    @Test func sharesBySexPerRegionBesideTheRuralWeightGiveOneRuralPupil() throws {
        let db = try Self.database(latgale: false)
        _ = try ReportSampleAttackTests.report(db)
        let regions = ["riga", "kurzeme"]
        let compares = try regions.map { region in
            try PartitionWeightAttackTests.pairs(
                try SitanProcess.run(
                    ["compare", "setting", "--across", "sex", "--where", "region=\(region)", "--table", "pairs", "--db", db] + [
                        "--format", "json",
                    ]
                ).stdout)
        }
        let bySex = try regions.map { region in
            PartitionWeightAttackTests.weightedTotals(
                try PartitionWeightAttackTests.rows(
                    ["estimate", "age", "--by", "sex", "--where", "region=\(region)"] + DomainDifferenceTests.sample, db: db))
        }
        let rural =
            try PartitionWeightAttackTests.rows(["estimate", "age", "--where", "setting=rural"], db: db).first?["weighted_n"] as? Double
        let parts = zip(compares, bySex).map { Self.ruralSampleWeight(compare: $0, bySex: $1 ?? [:]) }
        #expect(parts.allSatisfy { $0 != nil }, "each region's rural weight of the sample")
        // The report's tables by urban/rural setting publish statistics over the rural pupils, so
        // the domain-difference rule refuses the rural weight beside them: the attack stops here,
        // though the gap itself (the regions' rural weights are not joined) stays open.
        #expect(rural == nil, "the rural weight beside the report's tables by setting")
    }
}
