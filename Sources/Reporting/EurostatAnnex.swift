import Analysis
import Disclosure
import Rendering
import Storage

/// The annex of police-recorded sexual offences from Eurostat's `crim_off_cat`: one published
/// rate table per ICCS code, per 100 000 inhabitants (`demo_pjan`, every age), by country and
/// year, through ``RateAnalysis`` (aggregate counts, exact code).
struct EurostatAnnex: Sendable {
    /// Sexual violence, rape, sexual assault, sexual exploitation and child sexual abuse material.
    static let offences = ["0301", "03011", "03012", "0302", "030221"]

    /// Eurostat's pages of the two data sets (`crim_off_cat`, `demo_pjan`), cited after their names.
    static let datasetPages = [
        "https://ec.europa.eu/eurostat/databrowser/view/crim_off_cat/default/table",
        "https://ec.europa.eu/eurostat/databrowser/view/demo_pjan/default/table",
    ]

    /// ``datasetPages`` as Markdown autolinks (`<url>; <url>`): plain URLs in `report.md`, links
    /// in `report.html`.
    static var datasetLinks: String { datasetPages.map { "<\($0)>" }.joined(separator: "; ") }

    /// The published rates of each offence with counts in the database, in ``offences`` order.
    let tables: [(offence: String, rates: PublishedRates)]

    /// The annex, or nil when the database holds no Eurostat counts of these offences.
    static func load(store: Store, disclosure: DisclosureControl) throws -> EurostatAnnex? {
        let analysis = RateAnalysis(store: store, disclosure: disclosure)
        let tables = try offences.compactMap { code -> (String, PublishedRates)? in
            let request = RateRequest(offence: code, by: ["country", "year"], population: .all, source: .counts)
            do { return (code, try analysis.rates(request)) } catch let error as RateError {
                if error.isUsageError { throw error }
                return nil
            }
        }
        return tables.isEmpty ? nil : EurostatAnnex(tables: tables)
    }
}

/// The annex section built from ``EurostatAnnex``.
extension ReportBuilder {
    /// `annex`: `available`, `intro`, `warning`, `citation`, `offences` (each {`label`,
    /// `table`}), `note`; or `unavailable`.
    func eurostatAnnexSection() -> [String: Any] {
        guard let annex = eurostat else { return ["available": false, "unavailable": strings["annex.unavailable"]] }
        let offences = annex.tables.map { offence, rates in
            ["label": strings["iccs." + offence] + " (ICCS " + offence + ")", "table": annexTable(rates)]
        }
        return [
            "available": true, "intro": strings["annex.intro"], "warning": strings["annex.comparability"],
            "citation": strings["annex.citation"] + " " + EurostatAnnex.datasetLinks, "offences": offences,
            "notes": strings["note.annex"], "disclosure": disclosureNote(complementary: false, reliability: false),
        ]
    }

    /// Year | one column per country: the rate per 100 000 inhabitants with Eurostat's flags.
    private func annexTable(_ rates: PublishedRates) -> String {
        var data: [String: [Int: PublishedRateRow]] = [:]
        for row in rates.rows {
            let group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
            guard let country = group["country"], let year = group["year"].flatMap({ Int($0) }) else { continue }
            data[country, default: [:]][year] = row
        }
        let countries = ordered(Set(data.keys), variable: "country")
        let years = Set(data.values.flatMap(\.keys)).sorted()
        let rows = years.map { year in
            [String(year)] + countries.map { country in data[country]?[year].map(annexRate) ?? "–" }
        }
        let header = [labels.variable("year")] + countries.map { labels.category("country", $0) }
        return MarkdownTable(header: header, rows: rows, notes: [], numeric: Set(1...max(1, countries.count))).render()
    }

    /// `21.27` with Eurostat's letters (`b` break in series, `e` estimated, `p` provisional) of
    /// the count or the population, or the mark when not published.
    private func annexRate(_ row: PublishedRateRow) -> String {
        guard !row.suppressed, row.rate.value != nil else { return row.mark?.rawValue ?? ":" }
        let letters = [("break_in_series", "b"), ("estimated", "e"), ("provisional", "p")].filter { word, _ in
            row.flags.contains { $0.hasSuffix(word) }
        }.map(\.1).joined()
        return style.cellText(row.rate) + (letters.isEmpty ? "" : " " + letters)
    }
}
