import Analysis
import Disclosure
import Rendering
import Storage

/// Published incident statistics: rates per 100 000 children by country and year (with
/// trends), and the distribution of cases by victim sex, online and perpetrator relation.
struct IncidentResults: Sendable {
    /// The offence types with a trend figure: rape, sexual assault and sexual exploitation,
    /// which do not nest (a nested pair, such as 0301 and its part 03011, would publish their
    /// difference, and auditing it would make the report several times slower).
    static let offenceTypes = ["03011", "03012", "0302"]

    /// The distributions shown, in order.
    static let distributionVariables = ["victim_sex", "victim_age_group", "online", "perpetrator_relation"]

    let rates: PublishedRates
    let distributions: [PublishedIncidentDistribution]
    /// Cases by country and the furthest stage reached, nil without a `stage` variable.
    var caseFlow: PublishedIncidentDistribution? = nil
    /// Rates by country and year per offence type (``offenceTypes`` with recorded cases), in
    /// the incidents' publication.
    var byOffence: [(offence: String, rates: PublishedRates)] = []
    /// Rates by country, victim sex and age group in each country's latest year with rates (one
    /// entry per such year, for the countries whose data end then), empty without victim sex and
    /// age or a population by sex and single year of age.
    var byVictim: [(year: Int, rates: PublishedRates)] = []

    /// The published rates, or nil when the database has no incidents with denominators.
    static func load(store: Store, disclosure: DisclosureControl, ledger: ReleaseLedger? = nil) throws -> IncidentResults? {
        let rates: PublishedRates
        // Record-level incidents only: Eurostat's aggregate counts have their own annex.
        do {
            guard
                let published = try SurveyResults.optional({
                    try RateAnalysis(store: store, disclosure: disclosure, ledger: ledger).rates(RateRequest(source: .incidents))
                })
            else { return nil }
            rates = published
        } catch let error as RateError {
            if error.isUsageError { throw error }
            return nil
        }
        let columns = try store.columns(of: "incidents")
        let analysis = IncidentDistribution(store: store, disclosure: disclosure, ledger: ledger)
        let distributions = try distributionVariables.filter(columns.contains).compactMap { variable in
            do { return try SurveyResults.optional { try analysis.distribution(IncidentRequest(across: variable)) } } catch let error
                as RateError
            {
                if error.isUsageError { throw error }
                return nil
            }
        }
        let caseFlow =
            try columns.contains("stage") ? SurveyResults.optional { try analysis.distribution(IncidentRequest(across: "stage")) } : nil
        var results = IncidentResults(rates: rates, distributions: distributions, caseFlow: caseFlow)
        if columns.isSuperset(of: ["victim_sex", "victim_age"]) {
            results.byVictim = try latestYears(results.byCountryYear).compactMap { year, countries in
                let request = RateRequest(by: ["country", "sex", "age_group"], source: .incidents, countries: countries, years: [year])
                return try optionalRates { try RateAnalysis(store: store, disclosure: disclosure, ledger: ledger).rates(request) }
                    .map { (year, $0) }
            }
        }
        if columns.contains("iccs") {
            let analysis = RateAnalysis(store: store, disclosure: disclosure, ledger: ledger)
            results.byOffence = try offenceTypes.compactMap { code -> (String, PublishedRates)? in
                let rates = try optionalRates { try analysis.rates(RateRequest(offence: code, source: .incidents)) }
                // An offence no case was recorded under draws a flat line at zero: left out.
                guard let rates, rates.rows.contains(where: { ($0.rate.value ?? 0) > 0 || $0.suppressed }) else { return nil }
                return (code, rates)
            }
        }
        return results
    }

    /// Each country's latest year with rates, as the countries whose data end in each year
    /// (years in ascending order, countries sorted): a country whose data end a year before the
    /// others is shown with its own latest year, not left out.
    static func latestYears(_ data: [String: [Int: PublishedRateRow]]) -> [(year: Int, countries: [String])] {
        let latest = data.compactMapValues { $0.keys.max() }
        return Dictionary(grouping: latest.keys, by: { latest[$0]! }).sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted()) }
    }

    /// The rates, or nil when the data cannot give them; a usage error propagates.
    private static func optionalRates(_ body: () throws -> PublishedRates) throws -> PublishedRates? {
        do { return try SurveyResults.optional(body) } catch let error as RateError {
            if error.isUsageError { throw error }
            return nil
        }
    }

    /// Country code → year → row of published rates, for the rows with both.
    static func byCountryYear(_ rates: PublishedRates) -> [String: [Int: PublishedRateRow]] {
        var out: [String: [Int: PublishedRateRow]] = [:]
        for row in rates.rows {
            let group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
            guard let country = group["country"], let year = group["year"].flatMap({ Int($0) }) else { continue }
            out[country, default: [:]][year] = row
        }
        return out
    }

    /// Country code → year → row, for the rows with both.
    var byCountryYear: [String: [Int: PublishedRateRow]] { Self.byCountryYear(rates) }
}

/// Incident statistics and rates per 100 000 children over time.
extension ReportBuilder {
    /// `incidents`: `available`, `intro`, `table` (rates by year and country), `trends`
    /// (table), `figure`, `alt`, `distributions` (each {`label`, `table`}); or `unavailable`.
    mutating func incidentsSection() -> [String: Any] {
        guard let incidents, !incidents.byCountryYear.isEmpty else {
            return ["available": false, "unavailable": strings["incidents.unavailable"]]
        }
        let data = incidents.byCountryYear
        let countries = ordered(Set(data.keys), variable: "country")
        let years = Set(data.values.flatMap(\.keys)).sorted()
        let rows = years.map { year in [String(year)] + countries.map { data[$0]?[year].map(rateText) ?? "–" } }
        let header = [labels.variable("year")] + countries.map { labels.category("country", $0) }
        let rateNotes =
            [strings["note.rates"], strings["note.comparability"]]
        let figure = trendFigure(
            data, countries: countries, years: years, name: "incident-rates.svg", title: strings["fig.ratesTitle"],
            description: strings["fig.ratesDesc"])
        add(figure)
        var offences: [[String: String]] = []
        for (code, rates) in incidents.byOffence {
            let data = IncidentResults.byCountryYear(rates)
            let label = strings["iccs." + code] + " (ICCS " + code + ")"
            let description = strings.format("fig.offenceDesc", ["offence": label])
            let offence = trendFigure(
                data, countries: ordered(Set(data.keys), variable: "country"), years: Set(data.values.flatMap(\.keys)).sorted(),
                name: "incident-rates-\(code).svg", title: label, description: description)
            add(offence)
            offences.append(["label": label, "figure": offence.path, "alt": description])
        }
        return [
            "available": true, "intro": strings["incidents.intro"], "figure": figure.path, "alt": strings["fig.ratesDesc"],
            "table": MarkdownTable(header: header, rows: rows, notes: rateNotes, numeric: Set(1...countries.count)).render(),
            "trends": trendsTable(incidents.rates), "trendsHeading": strings["h.trends"],
            "hasTrends": incidents.rates.trends != nil, "hasDistributions": !incidents.distributions.isEmpty,
            "distributionsHeading": strings["h.distributions"],
            "distributions": incidents.distributions.map { ["label": labels.variable($0.across), "table": distributionTable($0)] },
            "caseFlow": caseFlowSection(), "disclosure": disclosureNote(complementary: true, reliability: false),
            "victims": victimsContext() as Any, "gap": gapContext() as Any,
            "hasOffences": !offences.isEmpty, "offences": offences, "offencesHeading": strings["h.offences"],
            "offencesIntro": strings["incidents.offencesIntro"],
        ]
    }

    /// `24.76 (19.94–30.40)` from the published cells, or the mark.
    func rateText(_ row: PublishedRateRow) -> String {
        guard !row.suppressed, row.rate.value != nil else { return row.mark?.rawValue ?? ":c" }
        return "\(style.cellText(row.rate)) (\(style.cellText(row.ciLow))–\(style.cellText(row.ciHigh)))"
    }

    private func trendFigure(
        _ data: [String: [Int: PublishedRateRow]], countries: [String], years: [Int], name: String, title: String, description: String
    ) -> Figure {
        let labels = labels.plain  // the SVG writer escapes for XML
        let series = countries.map { country in
            TrendFigure.Series(
                label: labels.category("country", country),
                values: (data[country] ?? [:]).mapValues { row -> TrendFigure.Value in
                    guard !row.suppressed, let rate = row.rate.value, let low = row.ciLow.value, let high = row.ciHigh.value
                    else { return .suppressed(mark: row.mark?.rawValue ?? ":c") }
                    return .shown(value: rate, low: low, high: high)
                })
        }
        let values = countries.map { country in
            labels.category("country", country) + " — "
                + years.map { year in "\(year): " + (data[country]?[year].map(rateText) ?? "–") }.joined(separator: "; ")
        }
        let figure = TrendFigure(
            title: title, description: description + " " + values.joined(separator: ". ") + ".",
            axisLabel: labels.variable("year"), years: years, series: series, strings: strings, style: style)
        return Figure(name: name, svg: figure.svg())
    }

    /// Country | years | model | annual change % (95% CI) | p | deviance (df) | Pearson's
    /// dispersion, from the published trends.
    private func trendsTable(_ rates: PublishedRates) -> String {
        guard let trends = rates.trends else { return "" }
        let rows = byCountry(PublishedRow.rows(trends)) { $0["country"]?.text }.map { row in
            let change =
                row["apc"].map { cell in
                    cell.value == nil
                        ? cell.text
                        : "\(style.cellText(cell)) (\(style.cellText(row["ci_low"]))–\(style.cellText(row["ci_high"])))"
                } ?? ""
            let model = row["model"]?.text ?? ""
            let deviance =
                row["deviance"]?.value == nil
                ? style.cellText(row["deviance"]) : "\(style.cellText(row["deviance"])) (\(style.cellText(row["df"])))"
            return [
                labels.category("country", row["country"]?.text ?? ""), (row["years"]?.text ?? "").replacingOccurrences(of: "-", with: "–"),
                model.isEmpty ? "" : strings["model." + model],
                change, style.pValue(row["p_value"]), deviance, style.cellText(row["dispersion"]),
            ]
        }
        let header = [
            labels.variable("country"), strings["col.years"], strings["col.model"], strings["col.apc"], strings["col.p"],
            strings["col.deviance"], strings["col.dispersion"],
        ]
        let notes = [strings["note.trends"], strings["note.comparability"]]
        return MarkdownTable(header: header, rows: rows, notes: notes, numeric: [3, 4, 5, 6]).render()
    }

    /// Country | per category: count (row %) | total, with the total row.
    private func distributionTable(_ distribution: PublishedIncidentDistribution) -> String {
        let table = distribution.table
        let keys = Set(distribution.by)
        let categories = table.header.filter { !keys.contains($0) && $0 != "total" && !$0.hasSuffix(" %") }
        let header =
            distribution.by.map { labels.variable($0) }
            + categories.map { category in
                switch category {
                case "missing": strings["col.missingCategory"]
                // A binary variable's categories, as the incident tables name them, as headers.
                case "yes", "no": strings[category].capitalisingFirstLetter
                default: labels.category(distribution.across, category)
                }
            }
            + [strings["col.total"]]
        // Country rows in the dictionary's order, the total row last.
        let ordered =
            byCountry(PublishedRow.rows(table).enumerated().filter { $0.offset != table.totalRow }) { $0.element["country"]?.text }
            + PublishedRow.rows(table).enumerated().filter { $0.offset == table.totalRow }
        let rows = ordered.map { index, row in
            let group = distribution.by.map { index == table.totalRow ? strings["col.total"] : labels.category($0, row[$0]?.text ?? "") }
            return group
                + categories.map { category in
                    let count = style.count(row[category]), percent = row[category + " %"]
                    return percent?.value == nil ? count : "\(count) (\(style.percentSign(style.cellText(percent))))"
                } + [style.count(row["total"])]
        }
        // The note explains the missing column only where the table has one.
        let notes = [strings["note.distribution"]] + (categories.contains("missing") ? [strings["note.distributionMissing"]] : [])
        return MarkdownTable(header: header, rows: rows, notes: notes, numeric: Set(distribution.by.count..<header.count)).render()
    }

    /// Each country's rate in its own latest year with data and the trends, for the key
    /// findings. When the countries' years differ, each country's value names its year.
    func ratesFindings() -> [String] {
        guard let incidents else { return [] }
        let data = incidents.byCountryYear
        let latest = data.compactMapValues { $0.keys.max() }
        let shown = ordered(Set(data.keys), variable: "country").compactMap { country -> (country: String, year: Int, rate: String)? in
            guard let year = latest[country], let row = data[country]?[year], !row.suppressed, row.rate.value != nil else { return nil }
            return (labels.category("country", country), year, rateText(row))
        }
        var sentences: [String] = []
        if let year = shown.first?.year {
            var sentence: String
            if shown.allSatisfy({ $0.year == year }) {
                let list = shown.map { "\($0.country) \($0.rate)" }
                sentence = strings.format("finding.rates", ["year": String(year), "list": list.joined(separator: "; ")])
            } else {
                let list = shown.map {
                    strings.format("finding.ratesItem", ["country": $0.country, "year": String($0.year), "rate": $0.rate])
                }
                sentence = strings.format("finding.ratesLatest", ["list": list.joined(separator: "; ")])
            }
            if shown.count > 1 { sentence += " " + strings["finding.ratesCaveat"] }
            sentences.append(sentence)
        }
        let trends = byCountry(incidents.rates.trends.map(PublishedRow.rows) ?? []) { $0["country"]?.text }
        let changes = trends.compactMap { row -> String? in
            guard let apc = row["apc"], apc.value != nil, let years = row["years"]?.text else { return nil }
            let country = labels.category("country", row["country"]?.text ?? "")
            let change = "\(style.cellText(apc)) (\(style.cellText(row["ci_low"]))–\(style.cellText(row["ci_high"])))"
            return strings.format(
                "finding.trendItem", ["country": country, "years": years.replacingOccurrences(of: "-", with: "–"), "change": change])
        }
        if !changes.isEmpty { sentences.append(strings.format("finding.trend", ["list": changes.joined(separator: "; ")])) }
        return sentences
    }
}
