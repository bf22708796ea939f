import Disclosure

/// What each count cell of `rates` (record-level incidents) and `incidents` counts, for the
/// release ledger.
///
/// Every count is a conjunction over the stored incident columns: `--offence` is a prefix of
/// the ICCS code (a parent code counts its children and the cases coded at the parent
/// exactly), `--stage` the stage values that have reached it (recorded ⊇ prosecuted ⊇
/// convicted), groups their country and year. A rate counts rows with a country and a year;
/// an incidents table keeps missing groups and categories as rows and columns of their own.
/// Aggregate counts (Eurostat) are not microdata and take no part.
struct IncidentLedgerCounts {
    let offence: String?
    let stage: IncidentStage?

    /// The rows `--offence` and `--stage` select.
    var filter: CountPredicate {
        var predicate = CountPredicate()
        if let offence { predicate = predicate.and("iccs", .prefix([offence])) }
        if let accepted = stage?.acceptedValues { predicate = predicate.and("stage", .oneOf(accepted)) }
        return predicate
    }

    /// A rate's count: the selected rows of one country and year (nil: any, but present).
    func rate(country: String?, year: String?) -> CountPredicate {
        filter.and("country", country.map { .oneOf([$0]) } ?? .present).and("year", year.map { .oneOf([$0]) } ?? .present)
    }

    /// The `rates` tables' counts of record-level incidents: the rate table's `count`, the
    /// ratios' and trends' hidden counts.
    func rates(request: RateRequest, estimates: [RateEstimate], ratios: [RateRatioComparison], trends: [RateTrendComparison]) -> (
        rates: [CellPosition: CountPredicate], ratios: [CellPosition: CountPredicate], trends: [CellPosition: CountPredicate]
    ) {
        func label(_ name: String, _ labels: [String], of variables: [String]) -> String? {
            variables.firstIndex(of: name).map { labels[$0] }
        }
        var rateCounts: [CellPosition: CountPredicate] = [:]
        let countColumn = request.by.count + 2
        for (row, estimate) in estimates.enumerated() where estimate.source == .incidents && estimate.count != nil {
            rateCounts[CellPosition(row: row, column: countColumn)] = rate(
                country: label("country", estimate.labels, of: request.by), year: label("year", estimate.labels, of: request.by))
        }
        let others = request.by.filter { $0 != "country" }
        let ratioColumn = others.count + 4
        var ratioCounts: [CellPosition: CountPredicate] = [:]
        for (row, ratio) in ratios.enumerated() where ratio.key.source == .incidents {
            let year = label("year", ratio.key.labels, of: others)
            if ratio.count != nil { ratioCounts[CellPosition(row: row, column: ratioColumn)] = rate(country: ratio.country, year: year) }
            if ratio.referenceCount != nil {
                ratioCounts[CellPosition(row: row, column: ratioColumn + 1)] = rate(country: ratio.reference, year: year)
            }
        }
        let series = request.by.filter { $0 != "year" }
        // The hidden yearly counts follow the keys: the series, offence, source, years, model.
        let trendColumn = series.count + 4
        var trendCounts: [CellPosition: CountPredicate] = [:]
        for (row, trend) in trends.enumerated() where trend.key.source == .incidents {
            let country = label("country", trend.key.labels, of: series)
            for (i, year) in trend.years.enumerated() {
                trendCounts[CellPosition(row: row, column: trendColumn + i)] = rate(country: country, year: String(year))
            }
        }
        return (rateCounts, ratioCounts, trendCounts)
    }

    /// The `incidents` table's counts: per group row and the total row, each category and the total.
    func distribution(request: IncidentRequest, counts: IncidentCounts, table: CountTable) -> [CellPosition: CountPredicate] {
        let value = { (label: String) -> String? in label == "missing" ? nil : label }
        var groups: [CountPredicate] =
            request.by.isEmpty
            ? [filter]
            : counts.groups.map { labels in
                zip(request.by, labels).reduce(filter) { $0.and($1.0, .oneOf([value($1.1)])) }
            }
        if table.rows.count > groups.count { groups.append(filter) }
        let first = max(request.by.count, 1)
        var result: [CellPosition: CountPredicate] = [:]
        for (row, group) in groups.enumerated() {
            for (j, category) in counts.categories.enumerated() {
                result[CellPosition(row: row, column: first + j)] = group.and(request.across, .oneOf([value(category)]))
            }
            result[CellPosition(row: row, column: first + counts.categories.count)] = group
        }
        return result
    }
}
