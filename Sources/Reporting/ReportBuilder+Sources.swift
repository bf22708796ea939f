import Disclosure
import Rendering
import Storage

/// Data sources and provenance; methods; limitations.
extension ReportBuilder {
    /// `sources`: `intro`, `table` (one row per source: name, country, kind, year, file,
    /// SHA-256 prefix, encoding, rows read/loaded/rejected through disclosure control,
    /// synthetic yes/no).
    func sourcesSection() -> [String: Any] {
        let published = bookkeeping.provenance
        let column = { (name: String) in published.header.firstIndex(of: name) }
        let rows = byCountry(Array(zip(sources, published.rows))) { $0.0.country }.map { source, cells -> [String] in
            let count = { (name: String) in column(name).map { style.count(cells[$0]) } ?? "" }
            return [
                "`\(source.name)`", sourceCountry(source), strings["kind." + source.kind],
                source.year.map(String.init) ?? "–", "`\(source.file)`", "`\(source.sha256.prefix(12))`", source.encoding,
                count("rows_read"), count("rows_loaded"), count("rows_rejected"),
                strings[source.synthetic ? "yes" : "no"],
            ]
        }
        let header = [
            "col.source", "col.country", "col.kind", "col.year", "col.file", "col.sha", "col.encoding", "col.read",
            "col.loaded", "col.rejected", "col.synthetic",
        ].map { strings[$0] }
        let table = MarkdownTable(
            header: header, rows: rows, notes: [], numeric: [7, 8, 9])
        return [
            "intro": strings["sources.intro"], "table": table.render(), "empty": rows.isEmpty, "none": strings["none"],
            "disclosure": disclosureNote(complementary: true, reliability: false),
        ]
    }

    /// The country of a source; a Eurostat file covers several countries and is registered
    /// under the placeholder `EU` (a source has one country), so it is shown with the countries
    /// of the published annex instead.
    func sourceCountry(_ source: SourceRecord) -> String {
        guard !labels.categories("country").contains(source.country), source.country == "EU", let annex = eurostat else {
            return labels.category("country", source.country)
        }
        let countries = Set(annex.tables.flatMap { $0.rates.rows.flatMap { $0.group.filter { $0.variable == "country" }.map(\.label) } })
        return countries.isEmpty
            ? labels.category("country", source.country)
            : ordered(countries, variable: "country").map { labels.category("country", $0) }.joined(separator: ", ")
    }

    /// `methods`: `paragraphs` (each `{text}`), and `sample`, `surveys` and `definitions` when
    /// there is something to show.
    func methodsSection() -> [String: Any] {
        var keys = ["methods.design", "methods.variance", "methods.ci", "methods.tests"]
        if incidents != nil { keys.append("methods.rates") }
        keys += ["methods.disclosure", "methods.reliability", "methods.marks"]
        let values = ["k": String(k), "k1": String(k - 1)]
        var context: [String: Any] = ["paragraphs": keys.map { ["text": strings.format($0, values)] }]
        if let sample = sampleContext() { context["sample"] = sample }
        if let surveys = surveyMethodsContext() { context["surveys"] = surveys }
        if let definitions = indicatorDefinitionsContext() { context["definitions"] = definitions }
        return context
    }

    /// `limitations`: `items` (each `{text}`), the synthetic-data item first when any source is synthetic.
    func limitationsSection() -> [String: Any] {
        var keys = sources.contains(where: \.synthetic) ? ["limit.synthetic"] : []
        keys += ["limit.selfReport", "limit.comparability", "limit.design"]
        if survey.indicators.contains(where: { !changes(of: $0).isEmpty }) { keys.append("limit.rounds") }  // the change table
        if incidents != nil { keys.append("limit.incidents") }
        keys.append("limit.suppression")
        return ["items": keys.map { ["text": strings[$0]] }]
    }
}
