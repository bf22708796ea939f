import Analysis
import Disclosure
import Rendering

/// Recorded rates by the victim's sex and age group: which children the recorded cases concern.
extension ReportBuilder {
    /// `incidents.victims`: `heading`, `intro` and `table` (per country and age group, the rate
    /// per 100 000 girls and per 100 000 boys of the latest year, with the cases in no group in
    /// the note), or nil when the rates could not be computed.
    func victimsContext() -> [String: Any]? {
        guard let (year, rates) = incidents?.byVictim, !rates.rows.isEmpty else { return nil }
        var cells: [String: [String: [String: PublishedRateRow]]] = [:]  // country → band → sex → row
        for row in rates.rows {
            let group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
            guard let country = group["country"], let sex = group["sex"], let band = group["age_group"] else { continue }
            cells[country, default: [:]][band, default: [:]][sex] = row
        }
        let bands = rates.rows.compactMap { $0.group.first { $0.variable == "age_group" }?.label }
        let bandOrder = bands.enumerated().reduce(into: [String: Int]()) { order, item in
            if order[item.element] == nil { order[item.element] = item.offset }
        }
        let rows = ordered(Set(cells.keys), variable: "country").flatMap { country in
            (cells[country] ?? [:]).keys.sorted { bandOrder[$0, default: 0] < bandOrder[$1, default: 0] }.map { band in
                [labels.category("country", country), labels.category("victim_age_group", band)]
                    + VictimSex.values.map { sex in cells[country]?[band]?[sex].map(rateText) ?? "–" }
            }
        }
        let header =
            [labels.variable("country"), labels.variable("victim_age_group")]
            + VictimSex.values.map { labels.category("victim_sex", $0) }
        let note = strings.format("note.victims", ["list": leftOutList(rates)])
        return [
            "heading": strings.format("h.victims", ["year": String(year)]),
            "intro": strings.format("victims.intro", ["year": String(year)]),
            "table": MarkdownTable(header: header, rows: rows, notes: [note, strings["note.comparability"]], numeric: [2, 3]).render(),
        ]
    }

    /// Per country, the published counts of cases without a victim sex and without an age.
    private func leftOutList(_ rates: PublishedRates) -> String {
        guard let table = rates.leftOut else { return "–" }
        let rows = byCountry(PublishedRow.rows(table)) { $0["country"]?.text }
        return rows.map { row in
            strings.format(
                "victims.leftOutItem",
                [
                    "country": labels.category("country", row["country"]?.text ?? ""), "sex": style.count(row["no_victim_sex"]),
                    "age": style.count(row["no_victim_age"]),
                ])
        }.joined(separator: "; ")
    }
}
