import Testing

@testable import Disclosure

/// Primary suppression, propagation to derived values, rendering, footnote and errors.
@Suite struct DisclosureControlTests {
    @Test func thresholdBelowThreeIsRefused() throws {
        #expect(throws: DisclosureError.thresholdTooLow(k: 2)) { try DisclosureControl(k: 2) }
        #expect(try DisclosureControl(k: 3).k == 3)
        #expect(try DisclosureControl().k == 5)
    }

    @Test func countsFromOneToKMinusOneAreConfidentialZeroAndKAreShown() throws {
        let columns = [
            CountTable.Column("Country", role: .key), CountTable.Column("n", role: .count),
            CountTable.Column("%", role: .derived(from: [1]), decimals: 1),
            CountTable.Column("rate", role: .derived(from: [1]), decimals: 2),
        ]
        let rows = [0, 1, 4, 5, 6].map { value in
            CountTable.Row([.text("LV"), .count(value), .number(Double(value) / 10), .number(Double(value) / 100)])
        }
        let published = try DisclosureControl(k: 5).publish(
            CountTable(title: "t", columns: columns, rows: rows))
        #expect(published.rows.map { $0[1].text } == ["0", ":c", ":c", "5", "6"])
        #expect(published.rows.map { $0[2].text } == ["0.0", ":c", ":c", "0.5", "0.6"])
        #expect(published.rows.map { $0[3].text } == ["0.00", ":c", ":c", "0.05", "0.06"])
        #expect(published.rows[1][1].value == nil && published.rows[1][1].mark == .confidential)
        #expect(published.rows[3][2].value == 0.5)
    }

    @Test func hiddenNumeratorStillSuppressesItsPercentageAndDenominatorToo() throws {
        let columns = [
            CountTable.Column("Sex", role: .key), CountTable.Column("victims", role: .count, isPublished: false),
            CountTable.Column("respondents", role: .count),
            CountTable.Column("%", role: .derived(from: [1, 2]), decimals: 1),
        ]
        let rows = [
            CountTable.Row([.text("girls"), .count(3), .count(120), .number(2.5)]),
            CountTable.Row([.text("boys"), .count(9), .count(4), .number(75)]),
            CountTable.Row([.text("other"), .count(9), .count(100), .number(9)]),
        ]
        let published = try DisclosureControl().publish(CountTable(title: "t", columns: columns, rows: rows))
        #expect(published.header == ["Sex", "respondents", "%"])
        #expect(
            published.rows.map { $0.map(\.text) } == [
                ["girls", "120", ":c"], ["boys", ":c", ":c"], ["other", "100", "9.0"],
            ])
    }

    @Test func oneWayTableWithTotalGetsAComplement() throws {
        let published = try DisclosureControl().publish(TableFixtures.oneWay([2, 40, 17, 60]))
        #expect(published.rows.map { $0[1].text } == [":c", "40", ":c", "60", "119"])
        #expect(published.rows.map { $0[2].text } == [":c", "33.6", ":c", "50.4", "100.0"])
        #expect(published.totalRow == 4)
    }

    @Test func smallCellsThatSumToKStillNeedNoMoreComplements() throws {
        let published = try DisclosureControl().publish(TableFixtures.oneWay([2, 3, 40]))
        #expect(published.rows.map { $0[1].text } == [":c", ":c", "40", "45"])
    }

    @Test func footnoteStatesTheRuleAndK() throws {
        let withTotals = try DisclosureControl(k: 5).publish(TableFixtures.oneWay([10, 20]))
        #expect(withTotals.footnote.hasPrefix("Counts from 1 to 4 are suppressed (:c)"))
        #expect(withTotals.footnote.contains("complementary suppression"))
        let plain = CountTable(title: "t", columns: [CountTable.Column("n", role: .count)], rows: [CountTable.Row([.count(7)])])
        let withoutTotals = try DisclosureControl(k: 10).publish(plain)
        #expect(withoutTotals.footnote.hasPrefix("Counts from 1 to 9 are suppressed (:c)"))
        #expect(!withoutTotals.footnote.contains("complementary"))
        #expect(withoutTotals.threshold == 10)
    }

    @Test func malformedTablesAreRefusedWithoutValues() throws {
        let control = try DisclosureControl()
        var inconsistent = TableFixtures.oneWay([2, 40])
        inconsistent.rows[2].cells[1] = .count(43)
        #expect(throws: DisclosureError.inconsistentTotal(row: 2, column: 1)) {
            try control.publish(inconsistent)
        }
        let wrongRole = CountTable(title: "t", columns: [CountTable.Column("n", role: .count)], rows: [CountTable.Row([.text("3")])])
        #expect(throws: DisclosureError.cellDoesNotMatchRole(row: 0, column: 0)) {
            try control.publish(wrongRole)
        }
        let forward = CountTable(
            title: "t", columns: [CountTable.Column("%", role: .derived(from: [1])), CountTable.Column("n", role: .count)],
            rows: [])
        #expect(throws: DisclosureError.invalidDerivation(column: 0)) { try control.publish(forward) }
        let error = DisclosureError.inconsistentTotal(row: 2, column: 1)
        #expect(error.description.contains("row 3, column 2") && !error.description.contains("43"))
    }
}
