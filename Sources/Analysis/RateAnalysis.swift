import Disclosure
import Storage

/// Incidence rates, rate ratios and trends, published through disclosure control: the library
/// behind `sitan rates`.
///
/// Numerators are read with SQL aggregates (``RateLoader``): record-level incidents counted
/// per country × year (ICCS code prefix match), or aggregate counts (Eurostat `crim_off_cat`,
/// unit `NR`, the exact code). Denominators are children aged 0–17 or the whole population
/// per country × year; with victim sex or age group in `--by`, record-level incidents only,
/// counted per victim sex and age band against the children of that sex and band. Intervals, ratios and trends come from the Rates module (R
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
        let victims = try victimCells(request, loader: loader)
        let numerators = try victims?.numerators ?? self.numerators(request, loader: loader)
        let selected = numerators.filter { request.selects($0.cell) }
        guard !selected.isEmpty else {
            throw RateError.nothingToCount(
                what:
                    "no incident rows or aggregate counts match the request; ingest incident files or Eurostat crim_off_cat, or check --offence, --source, --country and --year"
            )
        }
        let denominators: [RateSource: [RateCell: DenominatorCell]] =
            request.byVictim
            ? [.incidents: try victimDenominators(request, numerators: selected, loader: loader)]
            : [
                .incidents: try loader.denominators(request.population, preferEurostat: false),
                .counts: try loader.denominators(request.population, preferEurostat: true),
            ]
        let computation = RateComputation(request: request, denominators: denominators)
        let estimates = try computation.rates(selected)
        let leftOut = victims.map { computation.leftOut($0.leftOut.filter { request.selects($0.cell) }, offence: request.offence) }
        let comparisons = RateComparisons(request: request, rates: estimates)
        let builder = RateTableBuilder(request: request)
        let ratios = try comparisons.ratios()
        let trends = comparisons.trends()
        let ledgerCounts = IncidentLedgerCounts(request: request, victims: victims)
        let counts = ledgerCounts.rates(request: request, estimates: estimates, ratios: ratios, trends: trends)
        var tables = [LedgerTable(table: builder.rates(estimates), counts: counts.rates)]
        // A rate ratio beside the published populations, and a trend's fit, give their hidden counts
        // back (1.4306… × 30 × 371 322 / 389 322 = 20): the ledger takes them as published, so a
        // count the rate table hides for another's sake is not printed through them.
        if request.by.contains("country") {
            tables.append(LedgerTable(table: builder.ratios(ratios), counts: counts.ratios, revealing: true))
        }
        if request.by.contains("year") { tables.append(LedgerTable(table: builder.trends(trends), counts: counts.trends, revealing: true)) }
        if let leftOut { tables.append(LedgerTable(table: builder.leftOut(leftOut), counts: ledgerCounts.leftOut(leftOut))) }
        let published =
            try ledger?.publish(tables, dataset: .incidents, disclosure: disclosure)
            ?? tables.map { try disclosure.publish($0.table) }
        var index = 0
        let next = { (present: Bool) -> PublishedTable? in
            guard present else { return nil }
            index += 1
            return published[index]
        }
        return PublishedRates(
            rates: published[0], ratios: next(request.by.contains("country")), trends: next(request.by.contains("year")),
            leftOut: next(leftOut != nil), request: request, estimates: estimates,
            notes: RateNotes(request: request, estimates: estimates).all)
    }

    /// The incident cells by victim sex and age group, nil when `--by` splits by neither.
    private func victimCells(_ request: RateRequest, loader: RateLoader) throws -> VictimIncidents? {
        guard request.byVictim else { return nil }
        return try loader.victimCells(
            offence: request.offence, stage: request.stage, bySex: request.by.contains("sex"),
            bands: request.by.contains("age_group") ? request.ageBands : nil)
    }

    /// The children of each victim group.
    ///
    /// - Throws: ``RateError/populationWithoutDetail(country:year:sources:group:)`` when a
    ///   country and year with incidents has population rows but not by sex and single year of
    ///   age for one of its groups (a missing population altogether is flagged `no_denominator`).
    private func victimDenominators(
        _ request: RateRequest, numerators: [NumeratorCell], loader: RateLoader
    ) throws -> [RateCell: DenominatorCell] {
        let found = try loader.victimDenominators(
            preferEurostat: false, bySex: request.by.contains("sex"), bands: request.by.contains("age_group") ? request.ageBands : nil)
        var populated: [RateCell: String] = [:]
        for entry in try store.populationSourceNames() {
            if let year = RateValues.year(entry.year) { populated[RateCell(country: entry.country, year: year)] = entry.sources }
        }
        for numerator in numerators where found[numerator.cell] == nil {
            guard let sources = populated[numerator.cell.countryYear] else { continue }
            let group = [numerator.cell.sex, numerator.cell.ageBand].compactMap { $0 }.joined(separator: " ")
            throw RateError.populationWithoutDetail(
                country: numerator.cell.country, year: numerator.cell.year, sources: sources, group: group)
        }
        return found
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
