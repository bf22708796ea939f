import Disclosure
import Storage

/// Incidence rates, rate ratios and trends, published through disclosure control: the library
/// behind `sitan rates`.
///
/// Numerators are read with SQL aggregates (``RateLoader``): record-level incidents counted
/// per country × year (ICCS code prefix match), or aggregate counts (Eurostat `crim_off_cat`,
/// unit `NR`, the exact code). Denominators are children aged 0–17 or the whole population
/// per country × year. Intervals, ratios and trends come from the Rates module (R
/// `poisson.test` and `glm`); each of the three tables passes ``DisclosureControl/publish(_:)``.
package struct RateAnalysis {
    let store: Store
    let disclosure: DisclosureControl
    let ledger: ReleaseLedger?

    /// Creates the analysis of one database under one disclosure rule.
    ///
    /// - Parameter ledger: the release ledger the counts of record-level incidents are audited
    ///   against and recorded in; nil publishes each table on its own.
    package init(store: Store, disclosure: DisclosureControl, ledger: ReleaseLedger? = nil) {
        self.store = store
        self.disclosure = disclosure
        self.ledger = ledger
    }

    /// `sitan rates`: one rate per group (and offence, and source), ratios between countries,
    /// trends over years.
    ///
    /// - Parameter request: the offence, groups, multiplier, denominator, source and level.
    /// - Returns: the published rates.
    /// - Throws: ``RateError`` when nothing can be counted; `DisclosureError` if a table
    ///   cannot be protected.
    package func rates(_ request: RateRequest) throws -> PublishedRates {
        let loader = RateLoader(store: store)
        let selected = request.countries.map(Set.init)
        let numerators = try self.numerators(request, loader: loader).filter { selected?.contains($0.cell.country) ?? true }
        guard !numerators.isEmpty else {
            throw RateError.nothingToCount(
                what:
                    "no incident rows or aggregate counts match the request; ingest incident files or Eurostat crim_off_cat, or check --offence and --source"
            )
        }
        let denominators: [RateSource: [RateCell: DenominatorCell]] = [
            .incidents: try loader.denominators(request.population, preferEurostat: false),
            .counts: try loader.denominators(request.population, preferEurostat: true),
        ]
        let estimates = try RateComputation(request: request, denominators: denominators).rates(numerators)
        let comparisons = RateComparisons(request: request, rates: estimates)
        let builder = RateTableBuilder(request: request)
        let ratios = try comparisons.ratios()
        let trends = comparisons.trends()
        let counts = IncidentLedgerCounts(offence: request.offence, stage: request.stage)
            .rates(request: request, estimates: estimates, ratios: ratios, trends: trends)
        var tables = [LedgerTable(table: builder.rates(estimates), counts: counts.rates)]
        // A rate ratio beside the published populations, and a trend's fit, give their hidden counts
        // back (1.4306… × 30 × 371 322 / 389 322 = 20): the ledger takes them as published, so a
        // count the rate table hides for another's sake is not printed through them.
        if request.by.contains("country") {
            tables.append(LedgerTable(table: builder.ratios(ratios), counts: counts.ratios, revealing: true))
        }
        if request.by.contains("year") { tables.append(LedgerTable(table: builder.trends(trends), counts: counts.trends, revealing: true)) }
        let published =
            try ledger?.publish(tables, dataset: .incidents, disclosure: disclosure)
            ?? tables.map { try disclosure.publish($0.table) }
        return PublishedRates(
            rates: published[0],
            ratios: request.by.contains("country") ? published[1] : nil,
            trends: request.by.contains("year") ? published.last : nil,
            request: request, estimates: estimates, notes: RateNotes(request: request, estimates: estimates).all)
    }

    /// The numerator cells: the requested source, or per group incidents where the group has
    /// incident rows and aggregate counts otherwise.
    func numerators(_ request: RateRequest, loader: RateLoader) throws -> [NumeratorCell] {
        switch request.source {
        case .incidents?:
            return try loader.incidentCells(offence: request.offence, stage: request.stage)
        case .counts?:
            return try loader.countCells(offence: request.offence)
        case nil:
            let incidents = try loader.incidentCells(offence: request.offence, stage: request.stage)
            guard request.stage?.acceptedValues == nil else { return incidents }  // counts are recorded offences
            let grouping = RateComputation(request: request, denominators: [:])
            let covered = Set(incidents.map { grouping.labels($0.cell) })
            let counts = try loader.countCells(offence: request.offence).filter { !covered.contains(grouping.labels($0.cell)) }
            return incidents + counts
        }
    }
}
