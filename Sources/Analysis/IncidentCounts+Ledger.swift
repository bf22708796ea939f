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
    /// `--country` and `--year` (nil: any), for counts whose groups do not name them.
    var countries: [String]? = nil
    var years: [Int]? = nil
    /// The age bands of `age_group`.
    var bands: [AgeBand] = AgeBand.standard
    /// The stored victim sexes and ages in no victim group (what the left-out counts count).
    var otherSexes: [String?] = []
    var otherAges: [String?] = []
    /// The `--by` variables of the rates (for the left-out table).
    var requestBy: [String] = []

    /// The rows `--offence` and `--stage` select.
    var filter: CountPredicate {
        var predicate = CountPredicate()
        if let offence { predicate = predicate.and("iccs", .prefix([offence])) }
        if let accepted = stage?.acceptedValues { predicate = predicate.and("stage", .oneOf(accepted)) }
        return predicate
    }

    /// A rate's count: the selected rows of one group (`country`, `year`, `sex`, `age_group`);
    /// a country or year the group does not name is any requested one, but present.
    func rate(_ group: [String: String]) -> CountPredicate {
        var predicate = filter.and("country", group["country"].map { .oneOf([$0]) } ?? countries.map { .oneOf($0) } ?? .present)
        predicate = predicate.and("year", group["year"].map { .oneOf([$0]) } ?? years.map { .oneOf($0.map(String.init)) } ?? .present)
        if let sex = group["sex"] { predicate = predicate.and("victim_sex", .oneOf([sex])) }
        if let label = group["age_group"] {
            let ages = bands.first { $0.label == label }?.ages.map(String.init) ?? []
            predicate = predicate.and("victim_age", .oneOf(ages))
        }
        return predicate
    }

    /// The left-out table's counts: per group, victim sex in no group, then (sex usable) age in no band.
    func leftOut(_ estimates: [LeftOutEstimate]) -> [CellPosition: CountPredicate] {
        let variables = requestBy.filter { !RateRequest.victimVariables.contains($0) }
        var result: [CellPosition: CountPredicate] = [:]
        for (row, estimate) in estimates.enumerated() {
            let group = rate(Dictionary(uniqueKeysWithValues: zip(variables, estimate.labels)))
            var column = variables.count + 1
            if estimate.noSex != nil {
                result[CellPosition(row: row, column: column)] = group.and("victim_sex", .oneOf(otherSexes))
                column += 1
            }
            if estimate.noAge != nil {
                let known = requestBy.contains("sex") ? group.and("victim_sex", .oneOf(VictimSex.values)) : group
                result[CellPosition(row: row, column: column)] = known.and("victim_age", .oneOf(otherAges))
            }
        }
        return result
    }

    /// The `rates` tables' counts of record-level incidents: the rate table's `count`, the
    /// ratios' and trends' hidden counts.
    func rates(request: RateRequest, estimates: [RateEstimate], ratios: [RateRatioComparison], trends: [RateTrendComparison]) -> (
        rates: [CellPosition: CountPredicate], ratios: [CellPosition: CountPredicate], trends: [CellPosition: CountPredicate]
    ) {
        func group(_ variables: [String], _ labels: [String], _ extra: (String, String)) -> [String: String] {
            Dictionary(uniqueKeysWithValues: zip(variables, labels)).merging([extra]) { _, new in new }
        }
        var rateCounts: [CellPosition: CountPredicate] = [:]
        let countColumn = request.by.count + 2
        for (row, estimate) in estimates.enumerated() where estimate.source == .incidents && estimate.count != nil {
            rateCounts[CellPosition(row: row, column: countColumn)] = rate(
                Dictionary(uniqueKeysWithValues: zip(request.by, estimate.labels)))
        }
        let others = request.by.filter { $0 != "country" }
        let ratioColumn = others.count + 4
        var ratioCounts: [CellPosition: CountPredicate] = [:]
        for (row, ratio) in ratios.enumerated() where ratio.key.source == .incidents {
            if ratio.count != nil {
                ratioCounts[CellPosition(row: row, column: ratioColumn)] = rate(group(others, ratio.key.labels, ("country", ratio.country)))
            }
            if ratio.referenceCount != nil {
                ratioCounts[CellPosition(row: row, column: ratioColumn + 1)] = rate(
                    group(others, ratio.key.labels, ("country", ratio.reference)))
            }
        }
        let series = request.by.filter { $0 != "year" }
        // The hidden yearly counts follow the keys: the series, offence, source, years, model.
        let trendColumn = series.count + 4
        var trendCounts: [CellPosition: CountPredicate] = [:]
        for (row, trend) in trends.enumerated() where trend.key.source == .incidents {
            for (i, year) in trend.years.enumerated() {
                trendCounts[CellPosition(row: row, column: trendColumn + i)] = rate(group(series, trend.key.labels, ("year", String(year))))
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

extension IncidentLedgerCounts {
    /// The counts of `sitan rates`: its offence, stage, countries, years and victim groups.
    init(request: RateRequest, victims: VictimIncidents?) {
        self.init(offence: request.offence, stage: request.stage)
        countries = request.countries
        years = request.years
        bands = request.ageBands
        requestBy = request.by
        otherSexes = victims?.otherSexes ?? []
        otherAges = victims?.otherAges ?? []
    }
}
