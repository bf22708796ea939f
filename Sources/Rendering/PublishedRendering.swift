import Analysis
import Disclosure

/// Renders published statistics: the only way statistical numbers reach stdout.
///
/// Every function here takes a type from `Analysis` that wraps a ``PublishedTable``
/// (``PublishedEstimate``, ``PublishedComparison``, ``PublishedRates``,
/// ``PublishedIncidentDistribution``); none of them can be made without
/// ``DisclosureControl/publish(_:)``, so an unprotected table cannot be printed (metadata
/// listings use plain ``OutputTable``s, which hold no statistics).
package enum PublishedRendering {
    /// The tables of `sitan compare`.
    package enum ComparisonTable: String, CaseIterable, Sendable {
        case tests, pairs
    }

    // MARK: - Estimates

    /// The estimates of `sitan estimate`; JSON in the documented shape (docs/cli.md).
    package static func render(_ estimate: PublishedEstimate, as format: OutputFormat) -> RenderedOutput {
        format == .json ? RenderedOutput(body: json(estimate)) : table(estimate).render(format)
    }

    /// The estimates as one table: labels, then the numbers; a suppressed row shows its mark in
    /// every number for people and nothing for programs, which read the mark from
    /// `estimate_flag` and the reasons from `flags`.
    package static func table(_ estimate: PublishedEstimate) -> OutputTable {
        let hasCategory = estimate.hasCategories
        let isMean = !estimate.hasOutcomeCounts
        var columns = [OutputColumn("survey")] + estimate.by.map { OutputColumn($0) }
        if hasCategory { columns.append(OutputColumn("category")) }
        let numbers = estimate.rows.first?.numberCells.map(\.key).filter { !(isMean && $0 == "n_outcome") } ?? []
        columns += numbers.map { OutputColumn($0, hasFlag: $0 == "estimate") }
        columns.append(OutputColumn("flags", machineOnly: true))
        let rows = estimate.rows.map { row in
            var cells = [OutputCell.text(row.survey)] + row.group.map { .text($0.label) }
            if hasCategory { cells.append(.text(row.category ?? "")) }
            for (key, cell) in row.numberCells where !(isMean && key == "n_outcome") {
                let mark = key == "estimate" ? row.mark : nil
                if row.suppressed {
                    cells.append(OutputCell(text: row.mark?.rawValue ?? ":c", value: .null, mark: mark))
                } else {
                    let value = cell?.value.map { OutputCell.Value.number($0) } ?? .null
                    cells.append(OutputCell(text: cell?.text ?? "", value: value, mark: mark))
                }
            }
            cells.append(.text(row.flags.joined(separator: ";")))
            return cells
        }
        return OutputTable(
            title: "\(estimate.variable): \(estimate.statistic)", columns: columns, rows: rows, notes: estimate.footnotes)
    }

    /// The `estimate` JSON: keys and order exactly as docs/cli.md documents them, numbers at full precision.
    static func json(_ estimate: PublishedEstimate) -> String {
        let method = estimate.method
        var out = "{\"variable\": \(JSONText.string(estimate.variable)), \"statistic\": \(JSONText.string(estimate.statistic)), "
        out += "\"by\": [" + estimate.by.map(JSONText.string).joined(separator: ", ") + "],\n"
        out += " \"method\": {\"variance\": \(JSONText.string(method.variance)), \"ci\": \(JSONText.string(method.ci)), "
        out += "\"level\": \(JSONText.number(method.level) ?? "null")},\n \"rows\": ["
        out += estimate.rows.map(json).joined(separator: ",\n  ")
        return out + "]}\n"
    }

    /// One row object; a suppressed row keeps its group and has every number null.
    private static func json(_ row: PublishedEstimateRow) -> String {
        var fields = ["\"survey\": " + JSONText.string(row.survey), "\"group\": " + groupObject(row.group)]
        fields.append("\"category\": " + (row.category.map(JSONText.string) ?? "null"))
        for (key, cell) in row.numberCells {
            let value = row.suppressed ? nil : cell?.value
            let isCount = key == "n" || key == "n_outcome" || key == "df"
            fields.append("\(JSONText.string(key)): " + ((isCount ? JSONText.integer(value) : JSONText.number(value)) ?? "null"))
        }
        return "{" + (fields + suppressionFields(row.suppressed, row.flags)).joined(separator: ", ") + "}"
    }

    // MARK: - Comparisons

    /// The tests and pairs of `sitan compare`: both tables, or the one chosen (CSV: the tests
    /// unless `pairs` is chosen; only the pairs when there are no tests, as for means); JSON is one object
    /// `{"variable", "across", "by", "method", "tests": [...], "pairs": [...]}`.
    package static func render(
        _ comparison: PublishedComparison, as format: OutputFormat, table choice: ComparisonTable? = nil
    ) -> RenderedOutput {
        if format == .json { return RenderedOutput(body: json(comparison)) }
        let notes = [comparison.tests.footnote] + comparison.footnotes
        let tables = [comparison.tests, comparison.pairs].map {
            OutputTable(published: $0, keyColumns: comparison.keyColumns, notes: notes)
        }
        // Means have no test of independence: the pairs are the whole output.
        if choice == nil && comparison.tests.rows.isEmpty { return tables[1].render(format) }
        return select(tables, choice: choice.map { ComparisonTable.allCases.firstIndex(of: $0)! }, names: ["pairs"], as: format)
    }

    /// The `compare` JSON document.
    static func json(_ comparison: PublishedComparison) -> String {
        let method = comparison.method
        var out = "{\"variable\": \(JSONText.string(comparison.variable)), \"across\": \(JSONText.string(comparison.across)), "
        out += "\"by\": [" + comparison.by.map(JSONText.string).joined(separator: ", ") + "],\n"
        out += " \"method\": {\"variance\": \(JSONText.string(method.variance)), \"level\": \(JSONText.number(method.level) ?? "null")},\n"
        out += " \"tests\": [" + jsonRows(comparison.tests, keys: comparison.keyColumns).joined(separator: ",\n  ") + "],\n"
        out += " \"pairs\": [" + jsonRows(comparison.pairs, keys: comparison.keyColumns).joined(separator: ",\n  ") + "]}\n"
        return out
    }

    // MARK: - Shared

    /// One of several tables: all of them for people (notes once, at the end), the chosen one
    /// or the first in CSV (with a note naming the others), the chosen one in any format.
    static func select(_ tables: [OutputTable], choice: Int?, names: [String], as format: OutputFormat) -> RenderedOutput {
        if let choice { return tables[choice].render(format) }
        guard format == .csv else {
            return RenderedOutput(body: OutputTable.stacked(tables, notes: tables.first?.notes ?? [], as: format))
        }
        var first = tables[0]
        if tables.count > 1 {
            first.notes.append("CSV holds one table; the others: " + names.map { "--table \($0)" }.joined(separator: ", ") + ".")
        }
        return first.render(.csv)
    }

    /// A group as a JSON object; whole-number labels (years) as numbers.
    static func groupObject(_ group: [GroupValue]) -> String {
        let fields = group.map { value in
            let label = value.isInteger && Int(value.label) != nil ? value.label : JSONText.string(value.label)
            return "\(JSONText.string(value.variable)): \(label)"
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// The `suppressed` and `flags` fields that end every row object.
    static func suppressionFields(_ suppressed: Bool, _ flags: [String]) -> [String] {
        ["\"suppressed\": \(suppressed)", "\"flags\": [" + flags.map(JSONText.string).joined(separator: ", ") + "]"]
    }

    /// Row objects of a published table: key columns as strings (a year as a number), numbers at
    /// full precision or null, then `is_total` (when the table has a total row), `suppressed`
    /// and `flags` from the most severe mark on the row.
    static func jsonRows(_ table: PublishedTable, keys: Set<String>, totalRow: Int? = nil) -> [String] {
        table.rows.enumerated().map { number, row in
            var fields: [String] = []
            for (name, cell) in zip(table.header, row) {
                let value: String
                if keys.contains(name) {
                    value = name == "year" && Int(cell.text) != nil ? cell.text : JSONText.string(cell.text)
                } else {
                    value = JSONText.number(cell.value) ?? "null"
                }
                fields.append("\(JSONText.string(name)): \(value)")
            }
            if totalRow != nil { fields.append("\"is_total\": \(number == totalRow)") }
            let mark = DisclosureMark.mostSevere(row.map(\.mark))
            fields += suppressionFields(mark?.hidesValue ?? false, DisclosureMark.flags(mark: mark))
            return "{" + fields.joined(separator: ", ") + "}"
        }
    }
}
