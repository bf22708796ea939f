import Disclosure

/// The rates, rate ratios and trends of `sitan rates`, as they may be published.
///
/// Made only by ``RateAnalysis/rates(_:)`` from ``PublishedTable``s that passed
/// ``DisclosureControl/publish(_:)``; every number a renderer can reach is read from their
/// cells, so a suppressed value cannot leak. (File named after `sitan rates`; the type
/// follows ``PublishedEstimate``.)
package struct PublishedRates: Sendable {
    /// One row per group, offence and source: count, population, rate and exact CI.
    package let rates: PublishedTable
    /// Ratios between countries (nil without `country` in `--by`).
    package let ratios: PublishedTable?
    /// Trends over years (nil without `year` in `--by`).
    package let trends: PublishedTable?
    /// The incidents in no victim group (nil without `sex` or `age_group` in `--by`).
    package let leftOut: PublishedTable?
    /// The rate multiplier.
    package let per: Double
    /// The denominator.
    package let population: RateDenominator
    /// The grouping variables.
    package let by: [String]
    /// The confidence level.
    package let level: Double
    /// What was counted, against what, and how: the choices made, stated for the reader.
    package let notes: [String]
    /// Per rate row: the offence (nil: every incident) and the data flags.
    let offences: [String?]
    let dataFlags: [[String]]

    init(
        rates: PublishedTable, ratios: PublishedTable?, trends: PublishedTable?, leftOut: PublishedTable?, request: RateRequest,
        estimates: [RateEstimate], notes: [String]
    ) {
        self.rates = rates
        self.ratios = ratios
        self.trends = trends
        self.leftOut = leftOut
        per = request.per
        population = request.population
        by = request.by
        level = request.level
        self.notes = notes
        offences = estimates.map(\.offence)
        dataFlags = estimates.map(\.flags)
    }

    /// The numerator source of each rate row (`incidents`, `counts`).
    package var sources: [String] {
        let column = rates.header.firstIndex(of: "source")!
        return rates.rows.map { $0[column].text }
    }

    /// The output rows, read from the published cells.
    package var rows: [PublishedRateRow] {
        let index = Dictionary(uniqueKeysWithValues: rates.header.enumerated().map { ($1, $0) })
        return rates.rows.enumerated().map { number, cells in
            let cell = { (name: String) in cells[index[name]!] }
            let group = by.map { GroupValue(variable: $0, label: cell($0).text, isInteger: $0 == "year") }
            return PublishedRateRow(
                group: group, offence: offences[number], source: cell("source").text, count: cell("count"),
                population: cell("population"), rate: cell("rate"), ciLow: cell("ci_low"), ciHigh: cell("ci_high"),
                mark: DisclosureMark.mostSevere([cell("count").mark, cell("rate").mark]), dataFlags: dataFlags[number])
        }
    }
}

/// One group's published rate.
package struct PublishedRateRow: Sendable, Hashable {
    /// The group's values.
    package let group: [GroupValue]
    /// The ICCS code, nil for every incident.
    package let offence: String?
    /// `incidents` or `counts`.
    package let source: String
    /// Published cells.
    package let count, population, rate, ciLow, ciHigh: PublishedCell
    /// The most severe disclosure mark on the count or rate.
    package let mark: DisclosureMark?
    /// Data flags: `no_denominator`, `no_count`, Eurostat's `break_in_series`, `estimated`,
    /// `provisional`.
    let dataFlags: [String]

    /// True when the count (and every number derived from it) is confidential.
    package var suppressed: Bool { mark == .confidential || mark == .unreliable }

    /// The mark's flag (`confidential`, `unreliable`, `low_reliability`), then the data flags.
    package var flags: [String] { DisclosureMark.flags(mark: mark, dataFlags: dataFlags) }
}
