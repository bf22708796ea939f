import Analysis
import Disclosure
import Rendering

/// Recorded rates by the victim's sex and age group: which children the recorded cases concern.
extension ReportBuilder {
    /// `incidents.victims`: `heading`, `intro` and `table` (per country and age group, the rate
    /// per 100 000 boys and per 100 000 girls of the country's latest year, with the cases in no
    /// group in the note), or nil when the rates could not be computed. When the countries'
    /// latest years differ, the heading says so, the intro names each country's year and the
    /// table has a year column.
    func victimsContext() -> [String: Any]? {
        let parts = (incidents?.byVictim ?? []).filter { !$0.rates.rows.isEmpty }
        guard !parts.isEmpty else { return nil }
        var cells: [String: [String: [String: PublishedRateRow]]] = [:]  // country → band → sex → row
        var years: [String: Int] = [:]
        for (year, rates) in parts {
            for row in rates.rows {
                let group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
                guard let country = group["country"], let sex = group["sex"], let band = group["age_group"] else { continue }
                cells[country, default: [:]][band, default: [:]][sex] = row
                years[country] = year
            }
        }
        let bands = parts.flatMap { $0.rates.rows.compactMap { $0.group.first { $0.variable == "age_group" }?.label } }
        let bandOrder = bands.enumerated().reduce(into: [String: Int]()) { order, item in
            if order[item.element] == nil { order[item.element] = item.offset }
        }
        let countries = ordered(Set(cells.keys), variable: "country")
        let oneYear = Set(years.values).count == 1
        // The sexes in the dictionary's order, as in every other table (the respondents' order
        // when the dictionary lists none for the victim's sex).
        let sexes = ordered(Set(VictimSex.values), variable: labels.categories("victim_sex").isEmpty ? "sex" : "victim_sex")
        let rows = countries.flatMap { country in
            (cells[country] ?? [:]).keys.sorted { bandOrder[$0, default: 0] < bandOrder[$1, default: 0] }.map { band in
                [labels.category("country", country)] + (oneYear ? [] : [years[country].map(String.init) ?? "–"])
                    + [labels.category("victim_age_group", band)]
                    + sexes.map { sex in cells[country]?[band]?[sex].map(rateText) ?? "–" }
            }
        }
        let header =
            [labels.variable("country")] + (oneYear ? [] : [labels.variable("year")]) + [labels.variable("victim_age_group")]
            + sexes.map { labels.category("victim_sex", $0) }
        let note = strings.format("note.victims", ["list": leftOut(parts)])
        let numeric = Set((header.count - sexes.count)..<header.count)
        let table = MarkdownTable(header: header, rows: rows, notes: [note, strings["note.comparability"]], numeric: numeric).render()
        if oneYear, let year = years.values.first {
            return [
                "heading": strings.format("h.victims", ["year": String(year)]),
                "intro": strings.format("victims.intro", ["year": String(year)]), "table": table,
            ]
        }
        let list = countries.compactMap { country in
            years[country].map { strings.format("victims.yearItem", ["country": labels.category("country", country), "year": String($0)]) }
        }
        return [
            "heading": strings["h.victimsLatest"], "intro": strings.format("victims.introLatest", ["years": list.joined(separator: "; ")]),
            "table": table,
        ]
    }

    /// The cases in no victim group, per country (in the dictionary's order) over every part,
    /// or a dash.
    private func leftOut(_ parts: [(year: Int, rates: PublishedRates)]) -> String {
        let rows = parts.compactMap(\.rates.leftOut).flatMap { PublishedRow.rows($0) }
        guard !rows.isEmpty else { return "–" }
        return byCountry(rows) { $0["country"]?.text }.map { row in
            strings.format(
                "victims.leftOutItem",
                [
                    "country": labels.category("country", row["country"]?.text ?? ""), "sex": style.count(row["no_victim_sex"]),
                    "age": style.count(row["no_victim_age"]),
                ])
        }.joined(separator: "; ")
    }
}
