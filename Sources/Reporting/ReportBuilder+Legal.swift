import Codebooks
import Rendering

/// The legal-context section.
extension ReportBuilder {
    /// `legal`: `heading`, `intro`, `countries` (each {`heading`, `age`, `table`}), `note`; nil
    /// when the report has no legal-context file (the template then leaves the section out).
    func legalSection() -> [String: Any]? {
        guard let legal = legalContext else { return nil }
        let header = [
            strings["col.article"], strings["col.topic"], strings["col.titleEnglish"], strings["col.titleNational"],
            strings["col.legalSource"],
        ]
        let countries = byCountry(legal.countries) { $0.code }.map { country -> [String: String] in
            let rows = country.provisions.filter(\.verified).map { provision in
                [
                    MarkdownText.escaped(provision.article), strings["legal.topic." + provision.topic],
                    MarkdownText.escaped(provision.titleEnglish), provision.titleNational.map(MarkdownText.escaped) ?? "—",
                    "<\(provision.source)>",
                ]
            }
            return [
                "heading": labels.category("country", country.code),
                "age": strings.format("legal.ageOfConsent", ["age": String(country.ageOfConsent)]),
                "table": MarkdownTable(header: header, rows: rows, notes: []).render(),
            ]
        }
        let unverified = legal.countries.reduce(0) { $0 + $1.provisions.filter { !$0.verified }.count }
        var note = strings.format("legal.note", ["date": legal.consulted])
        if unverified > 0 { note += " " + strings.format("legal.unverified", ["count": String(unverified)]) }
        return ["heading": strings["h.legal"], "intro": strings["legal.intro"], "countries": countries, "note": note]
    }
}
