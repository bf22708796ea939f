import Analysis
import ArgumentParser
import Disclosure
import Foundation
import Storage

/// Renders published statistics: the only way statistical numbers reach stdout.
///
/// Every function here takes a ``PublishedTable`` or a type from `Analysis` that wraps one
/// (``PublishedEstimate``, ``PublishedComparison``); none of them can be made without
/// ``DisclosureControl/publish(_:)``, so an unprotected table cannot be printed (metadata
/// listings use `PlainTable`, which holds no statistics).
enum PublishedRendering {
    /// A published table as text, CSV, JSON (array of objects) or Markdown.
    static func render(_ table: PublishedTable, as format: OutputFormat) -> String {
        let rows = table.rows.map { row in row.map { Rendered(text: $0.text, json: jsonNumber($0.value) ?? jsonString($0.text)) } }
        return render(title: table.title, header: table.header, rows: rows, footnotes: [table.footnote], as: format)
    }

    /// The estimates of `sitan estimate`; JSON in the documented shape (docs/cli.md).
    static func render(_ estimate: PublishedEstimate, as format: OutputFormat) -> String {
        if format == .json { return json(estimate) }
        let hasCategory = estimate.hasCategories
        let isMean = !estimate.hasOutcomeCounts
        var header = ["survey"] + estimate.by + (hasCategory ? ["category"] : [])
        header += ["n"] + (isMean ? [] : ["n_outcome"]) + ["weighted_n", "estimate", "se", "ci_low", "ci_high", "deff", "df"]
        let rows = estimate.rows.map { row in
            var cells = [Rendered(text: row.survey, json: "")] + row.group.map { Rendered(text: $0.label, json: "") }
            if hasCategory { cells.append(Rendered(text: row.category ?? "", json: "")) }
            for (key, cell) in row.numberCells where !(isMean && key == "n_outcome") {
                let text = row.suppressed ? (row.mark?.rawValue ?? ":c") : (cell?.text ?? "")
                cells.append(Rendered(text: text, json: ""))
            }
            return cells
        }
        return render(
            title: "\(estimate.variable): \(estimate.statistic)", header: header, rows: rows,
            footnotes: estimate.footnotes, as: format)
    }

    /// The `estimate` JSON: keys and order exactly as docs/cli.md documents them, numbers at full precision.
    static func json(_ estimate: PublishedEstimate) -> String {
        let method = estimate.method
        var out = "{\"variable\": \(jsonString(estimate.variable)), \"statistic\": \(jsonString(estimate.statistic)), "
        out += "\"by\": [" + estimate.by.map(jsonString).joined(separator: ", ") + "],\n"
        out += " \"method\": {\"variance\": \(jsonString(method.variance)), \"ci\": \(jsonString(method.ci)), "
        out += "\"level\": \(jsonNumber(method.level) ?? "null")},\n \"rows\": ["
        out += estimate.rows.map(json).joined(separator: ",\n  ")
        return out + "]}\n"
    }

    /// One row object; a suppressed row keeps its group and has every number null.
    private static func json(_ row: PublishedEstimateRow) -> String {
        let group = row.group.map { value in
            let label = value.isInteger && Int(value.label) != nil ? value.label : jsonString(value.label)
            return "\(jsonString(value.variable)): \(label)"
        }
        var fields = ["\"survey\": " + jsonString(row.survey), "\"group\": {" + group.joined(separator: ", ") + "}"]
        fields.append("\"category\": " + (row.category.map(jsonString) ?? "null"))
        for (key, cell) in row.numberCells {
            let value = row.suppressed ? nil : cell?.value
            let isCount = key == "n" || key == "n_outcome" || key == "df"
            fields.append("\(jsonString(key)): " + ((isCount ? jsonInteger(value) : jsonNumber(value)) ?? "null"))
        }
        fields.append("\"suppressed\": \(row.suppressed)")
        fields.append("\"flags\": [" + row.flags.map(jsonString).joined(separator: ", ") + "]")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    // MARK: - Comparisons

    /// The tests and pairs of `sitan compare`: two tables, or one JSON object
    /// `{"variable", "across", "by", "method", "tests": [...], "pairs": [...]}`.
    static func render(_ comparison: PublishedComparison, as format: OutputFormat) -> String {
        guard format == .json else {
            let tables = [comparison.tests, comparison.pairs].map { table in
                let rows = table.rows.map { $0.map { Rendered(text: $0.text, json: "") } }
                return render(title: table.title, header: table.header, rows: rows, footnotes: [], as: format)
            }
            let notes = [comparison.tests.footnote] + comparison.footnotes
            let footer = format == .csv ? notes.map { "# " + $0 } : notes.map { format == .markdown ? "_\($0)_" : "Note: " + $0 }
            return tables.joined(separator: "\n") + "\n" + footer.joined(separator: "\n") + "\n"
        }
        let method = comparison.method
        var out = "{\"variable\": \(jsonString(comparison.variable)), \"across\": \(jsonString(comparison.across)), "
        out += "\"by\": [" + comparison.by.map(jsonString).joined(separator: ", ") + "],\n"
        out += " \"method\": {\"variance\": \(jsonString(method.variance)), \"level\": \(jsonNumber(method.level) ?? "null")},\n"
        out += " \"tests\": [" + jsonRows(comparison.tests, keys: comparison.keyColumns) + "],\n"
        out += " \"pairs\": [" + jsonRows(comparison.pairs, keys: comparison.keyColumns) + "]}\n"
        return out
    }

    /// Row objects of a published table: labels as strings, numbers at full precision, null for
    /// suppressed or empty cells, then `suppressed` and `flags` from the marks.
    private static func jsonRows(_ table: PublishedTable, keys: Set<String>) -> String {
        table.rows.map { row in
            var fields: [String] = []
            var marks = Set<DisclosureMark>()
            for (name, cell) in zip(table.header, row) {
                if let mark = cell.mark { marks.insert(mark) }
                let value = keys.contains(name) ? jsonString(cell.text) : (jsonNumber(cell.value) ?? "null")
                fields.append("\(jsonString(name)): \(value)")
            }
            let suppressed = marks.contains(.confidential) || marks.contains(.unreliable)
            let flags =
                marks.contains(.confidential)
                ? ["confidential"]
                : marks.contains(.unreliable) ? ["unreliable"] : marks.contains(.lowReliability) ? ["low_reliability"] : []
            fields.append("\"suppressed\": \(suppressed)")
            fields.append("\"flags\": [" + flags.map(jsonString).joined(separator: ", ") + "]")
            return "{" + fields.joined(separator: ", ") + "}"
        }.joined(separator: ",\n  ")
    }

    // MARK: - Shared text formats

    /// A cell as text and as a JSON value.
    struct Rendered {
        var text: String
        var json: String
    }

    /// Aligned text, CSV, Markdown or a JSON array, with footnotes.
    static func render(title: String, header: [String], rows: [[Rendered]], footnotes: [String], as format: OutputFormat) -> String {
        switch format {
        case .json:
            let objects = rows.map { row in
                "{" + zip(header, row).map { "\(jsonString($0)): \($1.json)" }.joined(separator: ", ") + "}"
            }
            return "[" + objects.joined(separator: ",\n ") + "]\n"
        case .csv:
            let lines = ([header] + rows.map { $0.map(\.text) }).map { $0.map(csvField).joined(separator: ",") }
            return (lines + footnotes.map { "# " + $0 }).joined(separator: "\n") + "\n"
        case .markdown:
            let escape = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
            var lines = ["**\(escape(title))**", "", "| " + header.map(escape).joined(separator: " | ") + " |"]
            lines.append("|" + header.map { _ in "---|" }.joined())
            lines += rows.map { "| " + $0.map { escape($0.text) }.joined(separator: " | ") + " |" }
            return (lines + [""] + footnotes.map { "_\($0)_" }).joined(separator: "\n") + "\n"
        case .table:
            let cells = rows.map { $0.map(\.text) }
            let widths = header.indices.map { i in ([header[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
            let line = { (values: [String]) in
                zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                    .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }
            let body = [title, line(header), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line)
            return (body + footnotes.map { "Note: " + $0 }).joined(separator: "\n") + "\n"
        }
    }

    private static func csvField(_ value: String) -> String {
        value.contains(where: { ",\"\n\r".contains($0) })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// A JSON number at full precision (shortest round-trip form), nil for nil or non-finite.
    static func jsonNumber(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A JSON integer, nil for nil or non-finite.
    static func jsonInteger(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        return String(Int64(value.rounded()))
    }
}

/// Runs an analysis command: reads the project config, opens the database, maps errors to the
/// documented exit codes (64 for misuse, 65 when the data do not support the request).
enum AnalysisCommandSupport {
    /// The command line as recorded in the release ledger.
    static var commandLine: String { (["sitan"] + CommandLine.arguments.dropFirst()).joined(separator: " ") }

    static func run(global: GlobalOptions, config: String?, _ body: (SurveyAnalysis) throws -> Void) throws {
        try Diagnostics.run {
            do {
                let project = try ProjectConfig.load(
                    explicitPath: config, environment: ProcessInfo.processInfo.environment,
                    directory: FileManager.default.currentDirectoryPath)
                let store = try Store(readOnlyPath: global.databasePath)
                let ledger = ReleaseLedger(store: try Store(path: global.databasePath), command: commandLine)
                try body(SurveyAnalysis(store: store, disclosure: try project.disclosureControl(), ledger: ledger))
            } catch let error as AnalysisError {
                Diagnostics.write("error: " + error.description)
                throw ExitCode(error.isUsageError ? 64 : 65)
            }
        }
    }
}
