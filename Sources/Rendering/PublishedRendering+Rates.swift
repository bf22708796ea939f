import Analysis
import Disclosure

/// Rendering of `sitan rates` and `sitan incidents`.
extension PublishedRendering {
    /// The tables of `sitan rates`.
    package enum RatesTable: String, CaseIterable, Sendable {
        case rates, ratios, trends
        case leftOut = "left_out"
    }

    /// Rates, then rate ratios and trends, for people; one of them in CSV (the rates unless
    /// another is chosen); one JSON object in the documented shape (`per`, `population`, `rows`,
    /// then `source`, `level`, `notes`, `rate_ratios`, `trends` and `left_out`).
    ///
    /// - Returns: nil when the chosen table was not computed (ratios need `country` in `--by`,
    ///   trends `year`, left_out `sex` or `age_group`).
    package static func render(_ rates: PublishedRates, as format: OutputFormat, table choice: RatesTable? = nil) -> RenderedOutput? {
        if format == .json { return RenderedOutput(body: json(rates)) }
        let notes = [rates.rates.footnote] + rates.notes
        let keys = rateKeys(rates)
        var main = OutputTable(published: rates.rates, keyColumns: keys, notes: notes)
        main.columns.append(OutputColumn("flags", machineOnly: true))
        for (index, row) in rates.rows.enumerated() { main.rows[index].append(.text(row.flags.joined(separator: ";"))) }
        let optional: [(RatesTable, PublishedTable?)] = [
            (.ratios, rates.ratios), (.trends, rates.trends), (.leftOut, rates.leftOut),
        ]
        if let choice, choice != .rates {
            guard let table = optional.first(where: { $0.0 == choice })?.1 else { return nil }
            return OutputTable(published: table, keyColumns: keys, notes: notes).render(format)
        }
        let others = optional.filter { $0.1.map { !$0.rows.isEmpty } ?? false }
        let tables = [main] + others.map { OutputTable(published: $0.1!, keyColumns: keys, notes: notes) }
        return select(tables, choice: choice == nil ? nil : 0, names: others.map(\.0.rawValue), as: format)
    }

    /// The distribution table of `sitan incidents`; JSON is an object with `across`, `by`,
    /// `rows` (one object per row, the total row with `"is_total": true`) and `notes`.
    package static func render(_ distribution: PublishedIncidentDistribution, as format: OutputFormat) -> RenderedOutput {
        let table = distribution.table
        let keys = Set(distribution.by + ["group"])
        guard format == .json else {
            return OutputTable(published: table, keyColumns: keys, notes: distribution.notes).render(format)
        }
        var out = "{\"across\": \(JSONText.string(distribution.across)), \"by\": ["
        out += distribution.by.map(JSONText.string).joined(separator: ", ") + "],\n \"rows\": ["
        out += jsonRows(table, keys: keys, totalRow: table.totalRow).joined(separator: ",\n  ")
        out += "],\n \"notes\": [" + distribution.notes.map(JSONText.string).joined(separator: ", ") + "]}\n"
        return RenderedOutput(body: out)
    }

    /// Columns of the rates tables that hold labels.
    private static func rateKeys(_ rates: PublishedRates) -> Set<String> {
        Set(rates.by + ["offence", "source", "country", "reference", "years", "model"])
    }

    /// The `rates` JSON: the documented keys first, numbers at full precision, null when not shown.
    static func json(_ rates: PublishedRates) -> String {
        var out = "{\"per\": \(JSONText.number(rates.per) ?? "null"), \"population\": \(JSONText.string(rates.population.rawValue)), "
        out += "\"rows\": [" + rates.rows.map(json).joined(separator: ",\n  ") + "],\n"
        let sources = Set(rates.sources).sorted()
        out += " \"source\": \(JSONText.string(sources.count == 1 ? sources[0] : "mixed")), "
        out += "\"level\": \(JSONText.number(rates.level) ?? "null"),\n"
        out += " \"notes\": [" + rates.notes.map(JSONText.string).joined(separator: ", ") + "]"
        let keys = rateKeys(rates)
        if let ratios = rates.ratios {
            out += ",\n \"rate_ratios\": [" + jsonRows(ratios, keys: keys).joined(separator: ",\n  ") + "]"
        }
        if let trends = rates.trends {
            out += ",\n \"trends\": [" + jsonRows(trends, keys: keys).joined(separator: ",\n  ") + "]"
        }
        if let leftOut = rates.leftOut {
            out += ",\n \"left_out\": [" + jsonRows(leftOut, keys: keys).joined(separator: ",\n  ") + "]"
        }
        return out + "}\n"
    }

    /// One rate row: `group`, `offence`, `count`, `population`, `rate`, `ci_low`, `ci_high`,
    /// `suppressed`, `flags`; a suppressed row keeps its group, counts and rates null.
    private static func json(_ row: PublishedRateRow) -> String {
        var fields = ["\"group\": " + groupObject(row.group)]
        fields.append("\"offence\": " + (row.offence.map(JSONText.string) ?? "null"))
        fields.append("\"count\": " + (JSONText.integer(row.count.value) ?? "null"))
        fields.append("\"population\": " + (JSONText.integer(row.population.value) ?? "null"))
        for (key, cell) in [("rate", row.rate), ("ci_low", row.ciLow), ("ci_high", row.ciHigh)] {
            fields.append("\(JSONText.string(key)): " + (JSONText.number(cell.value) ?? "null"))
        }
        return "{" + (fields + suppressionFields(row.suppressed, row.flags)).joined(separator: ", ") + "}"
    }
}
