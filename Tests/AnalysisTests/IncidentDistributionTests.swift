import Disclosure
import Foundation
import Testing

@testable import Analysis

/// `sitan incidents`: counts against R's table() (Fixtures/rates_make_expected.R), row
/// percentages, and the secondary-suppression rule on a table published with totals.
@Suite struct IncidentDistributionTests {
    func distribution(_ request: IncidentRequest, k: Int = 5) throws -> PublishedIncidentDistribution {
        try IncidentDistribution(store: RateFixture.make(), disclosure: DisclosureControl(k: k)).distribution(request)
    }

    @Test func countsAndTotalsAgreeWithR() throws {
        let table = try distribution(IncidentRequest(across: "victim_sex")).table
        let counted = table.rows.flatMap { row in zip(table.header, row).filter { !$0.0.hasSuffix("%") }.map(\.1) }
        #expect(counted.filter { $0.mark == .confidential }.count == 4, "LV missing = 1 and its complements")
        #expect(table.header == ["country", "male", "female", "missing", "total", "male %", "female %", "missing %"])
        let expected = RateFixture.expected["distribution_country_sex"]!
        for row in table.rows {
            let cells = Dictionary(uniqueKeysWithValues: zip(table.header, row))
            let country = cells["country"]!.text
            var total = 0.0
            for sex in ["male", "female", "missing"] { total += expected["\(country)|\(sex)"]! }
            for name in ["male", "female", "missing", "total"] where cells[name]!.mark == .confidential {
                #expect(cells[name]!.text == ":c" && cells[name]!.value == nil)
            }
            if cells["total"]!.mark == nil { #expect(cells["total"]!.value == total) }
            for sex in ["male", "female", "missing"] where cells[sex]!.mark == nil {
                #expect(cells[sex]!.value == expected["\(country)|\(sex)"], "\(country) \(sex)")
                agree(cells["\(sex) %"]!.value, 100 * expected["\(country)|\(sex)"]! / total, "\(country) \(sex) %", tolerance: 1e-12)
            }
        }
        #expect(table.totalRow == 3 && table.rows[3][0].text == "Total")
    }

    @Test func binaryVariablesReadYesAndNo() throws {
        let table = try distribution(IncidentRequest(across: "online", by: [])).table
        #expect(table.header == ["group", "yes", "no", "total", "yes %", "no %"])
        #expect(table.rows.count == 1 && table.rows[0][3].value == 911)
    }

    @Test func offenceCodesArePrefixesAndCategoriesAreCodes() throws {
        let table = try distribution(IncidentRequest(across: "iccs", offence: "0302"), k: 3).table
        #expect(table.header.prefix(4) == ["country", "030221", "030222", "total"])
    }

    /// The disclosure rule on a table with totals: no line (row or column, totals
    /// included) with exactly one suppressed cell; the suppressed cells of a line sum to ≥ k (or,
    /// when the whole line holds less, all its non-zero cells are suppressed);
    /// every shown count is the true one, 0 or at least k.
    @Test(arguments: [3, 5, 10])
    func noSuppressedCellCanBeRecoveredFromTheTotals(k: Int) throws {
        let request = IncidentRequest(across: "perpetrator_relation", by: ["country", "year"])
        let store = try RateFixture.make()
        let analysis = IncidentDistribution(store: store, disclosure: try DisclosureControl(k: k))
        let rows = try analysis.distribution(request).table.rows
        let loaded = try analysis.load(request)
        let sums = loaded.categories.indices.map { j in loaded.counts.reduce(0) { $0 + $1[j] } }
        let truth = (loaded.counts + [sums]).map { $0 + [$0.reduce(0, +)] }  // rows × (categories + total)
        let first = request.by.count
        #expect(rows.count == truth.count)
        #expect(rows.flatMap { $0 }.contains { $0.mark == .confidential }, "k = \(k) suppresses something")
        let width = truth[0].count
        var lines: [[(row: Int, column: Int)]] = truth.indices.map { r in (0..<width).map { (r, $0) } }
        lines += (0..<width).map { c in truth.indices.map { ($0, c) } }
        for line in lines {
            let hidden = line.filter { rows[$0.row][first + $0.column].mark == .confidential }
            #expect(hidden.count != 1, "a line with one suppressed cell at k = \(k)")
            guard !hidden.isEmpty, hidden.reduce(0, { $0 + truth[$1.row][$1.column] }) < k else { continue }
            // Only a line whose whole content is below k may sum to less: then every non-zero cell is hidden.
            #expect(line.allSatisfy { truth[$0.row][$0.column] == 0 || rows[$0.row][first + $0.column].mark == .confidential })
        }
        for r in truth.indices {
            for c in 0..<width where rows[r][first + c].mark == nil {
                let shown = rows[r][first + c].value
                #expect(shown == Double(truth[r][c]) && (shown == 0 || shown! >= Double(k)))
            }
        }
    }

    @Test func unknownVariablesAndBadOptionsAreRefused() throws {
        #expect(throws: RateError.self) { try distribution(IncidentRequest(across: "no_such_variable")) }
        #expect(throws: RateError.self) { try IncidentRequest(across: "country", by: ["country"], offence: nil, stageName: nil) }
        #expect(throws: RateError.self) { try IncidentRequest(across: "victim_sex", by: ["region"], offence: nil, stageName: nil) }
        #expect(throws: RateError.self) { try IncidentRequest(across: "victim_sex", by: [], offence: "x", stageName: nil) }
    }
}
