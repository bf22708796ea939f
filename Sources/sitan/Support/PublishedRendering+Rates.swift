import Analysis
import Disclosure

/// Rendering of `sitan rates` and `sitan incidents`: only published types reach stdout.
extension PublishedRendering {
    /// Rates, then rate ratios and trends, as tables; or one JSON object in the documented shape
    /// section 3 (`per`, `population`, `rows`), followed by `source`, `level`, `notes`,
    /// `rate_ratios` and `trends`.
    static func render(_ rates: PublishedRates, as format: OutputFormat) -> String {
        if format == .json { return json(rates) }
        let tables = [rates.rates, rates.ratios, rates.trends].compactMap { $0 }.filter { !$0.rows.isEmpty || $0 == rates.rates }
        let body = tables.map { table in
            let rows = table.rows.map { $0.map { Rendered(text: $0.text, json: "") } }
            return render(title: table.title, header: table.header, rows: rows, footnotes: [], as: format)
        }
        return body.joined(separator: "\n") + "\n" + footer([rates.rates.footnote] + rates.notes, format: format)
    }

    /// The distribution table of `sitan incidents`; JSON is an object with `across`, `by`,
    /// `rows` (one object per row, the total row with `"is_total": true`) and `notes`.
    static func render(_ distribution: PublishedIncidentDistribution, as format: OutputFormat) -> String {
        let table = distribution.table
        guard format == .json else {
            let rows = table.rows.map { $0.map { Rendered(text: $0.text, json: "") } }
            return render(title: table.title, header: table.header, rows: rows, footnotes: distribution.notes, as: format)
        }
        var out = "{\"across\": \(jsonString(distribution.across)), \"by\": ["
        out += distribution.by.map(jsonString).joined(separator: ", ") + "],\n \"rows\": ["
        out += rateJSONRows(table, keys: Set(distribution.by + ["group"]), totalRow: table.totalRow).joined(separator: ",\n  ")
        out += "],\n \"notes\": [" + distribution.notes.map(jsonString).joined(separator: ", ") + "]}\n"
        return out
    }

    /// Footnotes after several tables.
    private static func footer(_ notes: [String], format: OutputFormat) -> String {
        let lines = notes.map { note in
            switch format {
            case .csv: "# " + note
            case .markdown: "_\(note)_\n"
            default: "Note: " + note
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `rates` JSON: the documented keys first, numbers at full precision, null when not shown.
    static func json(_ rates: PublishedRates) -> String {
        var out = "{\"per\": \(jsonNumber(rates.per) ?? "null"), \"population\": \(jsonString(rates.population.rawValue)), "
        out += "\"rows\": [" + rates.rows.map(json).joined(separator: ",\n  ") + "],\n"
        let sources = Set(rates.sources).sorted()
        out += " \"source\": \(jsonString(sources.count == 1 ? sources[0] : "mixed")), \"level\": \(jsonNumber(rates.level) ?? "null"),\n"
        out += " \"notes\": [" + rates.notes.map(jsonString).joined(separator: ", ") + "]"
        let keys = Set(rates.by + ["offence", "source", "country", "reference", "years"])
        if let ratios = rates.ratios {
            out += ",\n \"rate_ratios\": [" + rateJSONRows(ratios, keys: keys, totalRow: nil).joined(separator: ",\n  ") + "]"
        }
        if let trends = rates.trends {
            out += ",\n \"trends\": [" + rateJSONRows(trends, keys: keys, totalRow: nil).joined(separator: ",\n  ") + "]"
        }
        return out + "}\n"
    }

    /// One rate row: `group`, `offence`, `count`, `population`, `rate`, `ci_low`, `ci_high`,
    /// `suppressed`, `flags`; a suppressed row keeps its group, counts and rates null.
    private static func json(_ row: PublishedRateRow) -> String {
        let group = row.group.map { value in
            let label = value.isInteger && Int(value.label) != nil ? value.label : jsonString(value.label)
            return "\(jsonString(value.variable)): \(label)"
        }
        var fields = ["\"group\": {" + group.joined(separator: ", ") + "}"]
        fields.append("\"offence\": " + (row.offence.map(jsonString) ?? "null"))
        fields.append("\"count\": " + (jsonInteger(row.count.value) ?? "null"))
        fields.append("\"population\": " + (jsonInteger(row.population.value) ?? "null"))
        for (key, cell) in [("rate", row.rate), ("ci_low", row.ciLow), ("ci_high", row.ciHigh)] {
            fields.append("\(jsonString(key)): " + (jsonNumber(cell.value) ?? "null"))
        }
        fields.append("\"suppressed\": \(row.suppressed)")
        fields.append("\"flags\": [" + row.flags.map(jsonString).joined(separator: ", ") + "]")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Row objects of a published table: key columns as strings (years as numbers), numbers
    /// at full precision or null, then `suppressed` and `flags` from the marks.
    private static func rateJSONRows(_ table: PublishedTable, keys: Set<String>, totalRow: Int?) -> [String] {
        table.rows.enumerated().map { number, row in
            var fields: [String] = []
            var suppressed = false
            for (name, cell) in zip(table.header, row) {
                if cell.mark == .confidential || cell.mark == .unreliable { suppressed = true }
                let value: String
                if keys.contains(name) {
                    value = name == "year" && Int(cell.text) != nil ? cell.text : jsonString(cell.text)
                } else {
                    value = jsonNumber(cell.value) ?? "null"
                }
                fields.append("\(jsonString(name)): \(value)")
            }
            if totalRow != nil { fields.append("\"is_total\": \(number == totalRow)") }
            fields.append("\"suppressed\": \(suppressed)")
            fields.append("\"flags\": [" + (suppressed ? "\"confidential\"" : "") + "]")
            return "{" + fields.joined(separator: ", ") + "}"
        }
    }
}
