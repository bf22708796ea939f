import Disclosure

/// Builders for the tables the tests publish.
enum TableFixtures {
    /// A two-way table of counts with row totals, column totals and the grand total.
    ///
    /// Columns: the key, one count column per inner column, then "Total". Rows: one per
    /// inner row, then "Total".
    static func twoWay(_ inner: [[Int]]) -> CountTable {
        let columnCount = inner[0].count
        var columns = [CountTable.Column("Group", role: .key)]
        columns += (0..<columnCount).map { CountTable.Column("C\($0 + 1)", role: .count) }
        columns.append(CountTable.Column("Total", role: .count))
        var rows = inner.enumerated().map { index, values in
            CountTable.Row([.text("R\(index + 1)")] + values.map { .count($0) } + [.count(values.reduce(0, +))])
        }
        let sums = (0..<columnCount).map { column in inner.reduce(0) { $0 + $1[column] } }
        rows.append(CountTable.Row([.text("Total")] + sums.map { .count($0) } + [.count(sums.reduce(0, +))]))
        return CountTable(
            title: "two-way", columns: columns, rows: rows,
            margins: Margins(
                totalRow: inner.count, totalColumn: columnCount + 1,
                addendColumns: Array(1...columnCount)))
    }

    /// Random inner counts with many small values: 40% in 1…4, 20% zeros, 40% in 5…30.
    static func randomInner(rows: Int, columns: Int, using generator: inout SplitMix64) -> [[Int]] {
        (0..<rows).map { _ in
            (0..<columns).map { _ in
                let draw = Int.random(in: 0..<10, using: &generator)
                if draw < 4 { return Int.random(in: 1...4, using: &generator) }
                if draw < 6 { return 0 }
                return Int.random(in: 5...30, using: &generator)
            }
        }
    }

    /// A one-way table: categories with counts and percentages, and a total row.
    static func oneWay(_ counts: [Int]) -> CountTable {
        let total = counts.reduce(0, +)
        let columns = [
            CountTable.Column("Category", role: .key), CountTable.Column("n", role: .count),
            CountTable.Column("%", role: .derived(from: [1]), decimals: 1),
        ]
        var rows = counts.enumerated().map { index, value in
            CountTable.Row([.text("K\(index + 1)"), .count(value), .number(100 * Double(value) / Double(total))])
        }
        rows.append(CountTable.Row([.text("Total"), .count(total), .number(100)]))
        return CountTable(title: "one-way", columns: columns, rows: rows, margins: Margins(totalRow: counts.count))
    }
}
