import Disclosure

/// Builds the disclosure ``CountTable`` of `sitan incidents`: one row per group and a total row;
/// per category a count, then the row total, then each category's percentage of it.
///
/// Columns: `--by` keys, category counts (the addends), `total` (their sum), `<category> %`
/// derived from the category count and the row total (same row, so a suppressed total also
/// hides the percentages). ``Margins`` declare the total row and column, so complementary
/// suppression protects every suppressed cell against subtraction from the totals.
struct IncidentTableBuilder {
    let request: IncidentRequest
    let counts: IncidentCounts

    func build() -> CountTable {
        let keys = request.by.isEmpty ? ["group"] : request.by
        let k = keys.count
        let categories = counts.categories.map(label)
        let addends = Array(k..<(k + categories.count))
        let total = k + categories.count
        var columns = keys.map { CountTable.Column($0, role: .key) }
        columns += categories.map { CountTable.Column($0, role: .count) }
        columns.append(CountTable.Column("total", role: .count))
        columns += zip(categories, addends).map { CountTable.Column("\($0) %", role: .derived(from: [$1, total]), decimals: 1) }
        var rows = zip(request.by.isEmpty ? [["all"]] : counts.groups, counts.counts).map { row($0, $1) }
        let hasTotalRow = !request.by.isEmpty
        if hasTotalRow {
            let sums = counts.categories.indices.map { j in counts.counts.reduce(0) { $0 + $1[j] } }
            rows.append(row(["Total"] + Array(repeating: "", count: k - 1), sums))
        }
        // The total row is the overall distribution that `sitan incidents` without `--by` publishes.
        let margins = Margins(totalRow: hasTotalRow ? rows.count - 1 : nil, totalColumn: total, addendColumns: addends)
        return CountTable(title: title, columns: columns, rows: rows, margins: margins)
    }

    /// One row: labels, counts, total, percentages.
    private func row(_ labels: [String], _ values: [Int]) -> CountTable.Row {
        let sum = values.reduce(0, +)
        var cells = labels.map(CountTable.Cell.text) + values.map(CountTable.Cell.count) + [.count(sum)]
        cells += values.map { sum == 0 ? CountTable.Cell.empty : .number(100 * Double($0) / Double(sum)) }
        return CountTable.Row(cells)
    }

    /// A category as a column header (binary 1/0 as yes/no).
    private func label(_ category: String) -> String {
        guard counts.categories.allSatisfy({ ["1", "0", "missing"].contains($0) }) else { return category }
        return category == "1" ? "yes" : category == "0" ? "no" : category
    }

    private var title: String {
        var text = "Incidents by \(request.across)"
        if !request.by.isEmpty { text += " and " + request.by.joined(separator: ", ") }
        if let offence = request.offence { text += ", ICCS \(offence)" }
        if let stage = request.stage { text += ", \(stage.rawValue)" }
        return text
    }
}
