import Storage

/// One country × year (and victim sex and age band, when rates are split by them): the cell
/// that numerators and denominators are stored by.
struct RateCell: Hashable, Sendable, Comparable {
    let country: String
    let year: Int
    /// `female` or `male` with `sex` in `--by`, else nil.
    var sex: String? = nil
    /// The age band's label with `age_group` in `--by`, else nil.
    var ageBand: String? = nil

    /// The country × year the cell lies in.
    var countryYear: RateCell { RateCell(country: country, year: year) }

    static func < (lhs: RateCell, rhs: RateCell) -> Bool {
        (lhs.country, lhs.year, lhs.sex ?? "", lhs.ageBand ?? "") < (rhs.country, rhs.year, rhs.sex ?? "", rhs.ageBand ?? "")
    }
}

/// A numerator for one cell and offence, from incidents or aggregate counts.
struct NumeratorCell: Sendable {
    let cell: RateCell
    /// The ICCS code (nil: every incident).
    let offence: String?
    /// The count, nil when the source publishes it as missing (Eurostat `:`).
    let count: Int?
    /// The source's flag letters (Eurostat `b`, `e`, `p`), if any.
    let flag: String?
    let source: RateSource
}

/// A denominator for one cell: the population and the source it came from.
struct DenominatorCell: Sendable {
    let population: Double
    let sourceName: String
    let flag: String?
}

/// Reads numerators and denominators with SQL aggregates (`GROUP BY` country, year): the
/// incident table is never read row by row.
struct RateLoader {
    let store: Store

    /// The incident table's columns, checked for what an offence and a stage need; empty when
    /// there are no incidents with a country and a year.
    func incidentColumns(offence: String?, stage: IncidentStage?) throws -> Set<String> {
        let columns = try store.columns(of: .incidents)
        guard columns.isSuperset(of: ["country", "year"]) else { return [] }
        if offence != nil, !columns.contains("iccs") {
            throw RateError.missingData(
                table: "incidents", hint: "no ICCS codes were derived; map national articles with the offence mapping table")
        }
        if stage?.acceptedValues != nil, !columns.contains("stage") {
            throw RateError.missingData(table: "incidents", hint: "no stage column; drop --stage")
        }
        return columns
    }

    /// Incident counts per country × year for an offence and stage.
    ///
    /// Every country × year with at least one incident row is returned (the register covers
    /// it), with a count of 0 when no case matches. An offence matches by code prefix.
    func incidentCells(offence: String?, stage: IncidentStage?) throws -> [NumeratorCell] {
        guard try !incidentColumns(offence: offence, stage: stage).isEmpty else { return [] }
        return try store.incidentTallies(iccsPrefix: offence, stages: stage?.acceptedValues).compactMap { tally in
            guard let year = RateValues.year(tally.year) else { return nil }
            return NumeratorCell(
                cell: RateCell(country: tally.country, year: year), offence: offence,
                count: tally.matching.flatMap(RateValues.wholeNumber), flag: nil, source: .incidents)
        }
    }

    /// Aggregate counts (unit `NR`) per country × year × ICCS code: the exact code, or every
    /// code when `offence` is nil. Where several sources give the same cell, the latest wins.
    func countCells(offence: String?) throws -> [NumeratorCell] {
        try store.latestCounts(iccs: offence).compactMap { stored in
            guard let year = RateValues.year(stored.year) else { return nil }
            let cell = RateCell(country: stored.country, year: year)
            var count: Int?
            if let value = stored.count {
                count = try RateValues.count(value, cell: cell, source: stored.source, store: store)
            }
            return NumeratorCell(cell: cell, offence: stored.iccs, count: count, flag: stored.flag, source: .counts)
        }
    }

    /// The denominator of every country × year that has one.
    ///
    /// - `children`: per source, the sum over single years of age 0–17 of sex `total` when the
    ///   source has it (Eurostat), otherwise of `male` + `female`; only complete sets of ages
    ///   (18 per sex, none missing) count.
    /// - `all`: Eurostat's age `TOTAL`, sex `total`.
    ///
    /// Where several sources give the same cell, `preferEurostat` decides (Eurostat for
    /// Eurostat counts, the national files for incident registers), then the latest source.
    func denominators(_ kind: RateDenominator, preferEurostat: Bool) throws -> [RateCell: DenominatorCell] {
        try choose(kind == .children ? childCandidates() : allAgesCandidates(), preferEurostat: preferEurostat)
    }

    /// Per cell, the candidate of the preferred kind of source (Eurostat or not), then of the
    /// latest source.
    func choose(_ candidates: [Candidate], preferEurostat: Bool) throws -> [RateCell: DenominatorCell] {
        let eurostat = try store.eurostatSourceIDs()
        var chosen: [RateCell: (rank: (Int, Int64), value: DenominatorCell)] = [:]
        for candidate in candidates {
            let rank = ((eurostat.contains(candidate.source) == preferEurostat) ? 1 : 0, candidate.source)
            if let current = chosen[candidate.cell], current.rank >= rank { continue }
            chosen[candidate.cell] = (rank, candidate.value)
        }
        return chosen.mapValues(\.value)
    }

    /// A population total offered by one source.
    struct Candidate {
        let cell: RateCell
        let source: Int64
        let value: DenominatorCell
    }

    /// Children 0–17 per source and cell, from complete single-year ages only.
    private func childCandidates() throws -> [Candidate] {
        var bySex: [Int64: [RateCell: [String: (Double, String?)]]] = [:]
        var names: [Int64: String] = [:]
        for tally in try store.childPopulationTallies() {
            guard tally.values == 18, tally.ages == 18, let year = RateValues.year(tally.year) else { continue }
            names[tally.source] = tally.sourceName
            let cell = RateCell(country: tally.country, year: year)
            let population = try RateValues.population(tally.population ?? 0, cell: cell, sourceName: tally.sourceName)
            bySex[tally.source, default: [:]][cell, default: [:]][tally.sex] = (population, tally.flag)
        }
        return bySex.flatMap { source, cells in
            cells.compactMap { cell, sexes -> Candidate? in
                let parts = sexes["total"].map { [$0] } ?? [sexes["male"], sexes["female"]].compactMap { $0 }
                guard !parts.isEmpty, sexes["total"] != nil || parts.count == 2 else { return nil }
                let flags = Set(parts.compactMap(\.1)).sorted().joined(separator: ",")
                let value = DenominatorCell(
                    population: parts.map(\.0).reduce(0, +), sourceName: names[source] ?? "", flag: flags.isEmpty ? nil : flags)
                return Candidate(cell: cell, source: source, value: value)
            }
        }
    }

    /// All ages per source and cell: Eurostat's `TOTAL` age, sex `total`.
    private func allAgesCandidates() throws -> [Candidate] {
        try store.allAgesPopulationTotals().compactMap { total in
            guard let value = total.population, let year = RateValues.year(total.year) else { return nil }
            let cell = RateCell(country: total.country, year: year)
            let population = try RateValues.population(value, cell: cell, sourceName: total.sourceName)
            return Candidate(
                cell: cell, source: total.source,
                value: DenominatorCell(population: population, sourceName: total.sourceName, flag: total.flag))
        }
    }
}

/// Checks on the counts and populations read from the database, so that no stored value can
/// trap a conversion, overflow a sum or send an exact test into a loop of 10¹¹ steps.
package enum RateValues {
    /// The largest count or population accepted: ten billion, above the population of the
    /// world, and far below 2⁵³ (so every accepted value is a double exactly and sums of
    /// thousands of them cannot overflow).
    package static let maximum: Double = 10_000_000_000

    /// A whole number within ±``maximum``, or nil.
    static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) <= maximum, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// A year as stored (an integer column), nil when it is not a plausible whole number.
    static func year(_ value: SQLValue) -> Int? {
        guard let year = value.double.flatMap(wholeNumber), (0...9999).contains(year) else { return nil }
        return year
    }

    /// A stored count: a whole number from 0 to ``maximum``.
    /// - Throws: ``RateError/unusableValue(table:source:country:year:problem:)`` otherwise.
    static func count(_ value: Double, cell: RateCell, source: Int64?, store: Store) throws -> Int {
        if let count = wholeNumber(value), count >= 0 { return count }
        throw RateError.unusableValue(
            table: "count", source: try source.flatMap(store.sourceName(id:)) ?? "?", country: cell.country, year: cell.year,
            problem: problem(value, whole: true))
    }

    /// A stored population: positive (zero is left to the caller: no denominator) and at most
    /// ``maximum``.
    static func population(_ value: Double, cell: RateCell, sourceName: String) throws -> Double {
        if value.isFinite, value >= 0, value <= maximum { return value }
        throw RateError.unusableValue(
            table: "population", source: sourceName, country: cell.country, year: cell.year, problem: problem(value, whole: false))
    }

    private static func problem(_ value: Double, whole: Bool) -> String {
        if !value.isFinite || abs(value) > maximum {
            return "is beyond the largest value sitan accepts (10 000 000 000, more than the world's population)"
        }
        if value < 0 { return "is negative" }
        return whole ? "is not a whole number" : "cannot be used"
    }
}
