/// Totals a reader knows from other outputs of sitan, as sets of rows of one table.
///
/// A by-group table is never the only thing published: the same command without `--by`
/// publishes the sum of its groups. The rows of a by-group table that share every other key
/// (offence, source) therefore add up to a known total, and complementary suppression must treat
/// them as a line (``Margins/knownTotals``), or a suppressed group could be recovered by
/// subtracting the others from the overall figure. Rows missing from the table (missing `--by`
/// values) only make the true total larger than the sum, so treating the sum as exact is the
/// cautious side.
///
/// Limitation: the partial sums published with a coarser but non-empty `--by` (for example
/// `--by country` beside `--by country,sex`) are not modelled; see docs/configuration.md.
///
/// - Parameters:
///   - labels: each row's `--by` values.
///   - fixed: each row's other key parts (offence, source); rows with different parts are
///     different totals.
/// - Returns: the sets of two or more rows that share the fixed parts.
func knownTotalRowSets(labels: [[String]], fixed: [[String]]? = nil) -> [[Int]] {
    guard let width = labels.first?.count, width > 0 else { return [] }
    var lines: [[String]: [Int]] = [:]
    var order: [[String]] = []
    for row in labels.indices {
        let key = fixed?[row] ?? []
        if lines[key] == nil { order.append(key) }
        lines[key, default: []].append(row)
    }
    return order.compactMap { lines[$0]!.count >= 2 ? lines[$0]! : nil }
}
