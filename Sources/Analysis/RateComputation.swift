import Rates

/// One group's rate before disclosure control.
struct RateEstimate: Sendable {
    /// The `--by` labels, in request order.
    let labels: [String]
    /// The ICCS code, nil for every incident.
    let offence: String?
    let source: RateSource
    /// The count, nil when the source publishes none for the whole group.
    let count: Int?
    /// The person-time (population summed over the group's years), nil without a denominator.
    let population: Double?
    /// Rate and exact interval per `per`, nil when count or population is missing.
    let interval: PoissonRate?
    /// The group's country × year cells with a count.
    let cells: [RateCell]
    /// Why numbers are missing or qualified: `no_denominator`, `no_count`, the count's Eurostat
    /// flags (`provisional`, ...) and the population's (`population_break_in_series`, ...).
    let flags: [String]
    /// The population sources used.
    let populationSources: Set<String>

    /// The series this group belongs to (everything but `skip`), for ratios and trends.
    func seriesKey(skipping index: Int) -> RateSeriesKey {
        var rest = labels
        rest.remove(at: index)
        return RateSeriesKey(labels: rest, offence: offence, source: source)
    }
}

/// The incidents of one group of the `--by` variables other than victim sex and age group that
/// are in no victim group.
struct LeftOutEstimate: Sendable {
    let labels: [String]
    let offence: String?
    /// Victim sex missing or other (nil without `sex` in `--by`).
    let noSex: Int?
    /// Victim age missing or outside the bands, sex usable (nil without `age_group` in `--by`).
    let noAge: Int?
}

/// The labels that stay fixed while one grouping variable varies.
struct RateSeriesKey: Hashable, Comparable, Sendable {
    let labels: [String]
    let offence: String?
    let source: RateSource

    static func < (lhs: RateSeriesKey, rhs: RateSeriesKey) -> Bool {
        let l = (lhs.labels.joined(separator: "\u{1}"), lhs.offence ?? "", lhs.source.rawValue)
        let r = (rhs.labels.joined(separator: "\u{1}"), rhs.offence ?? "", rhs.source.rawValue)
        return l < r
    }
}

/// Turns numerator and denominator cells into group rates (exact Poisson, Garwood 1936, via
/// ``PoissonRate``).
///
/// A group's count is the sum of its cells' counts; its person-time is the sum of their
/// populations. Cells with a missing count (Eurostat `:`) are left out of both; a group with
/// a cell lacking a denominator gets no population and is flagged `no_denominator`.
struct RateComputation {
    let request: RateRequest
    /// The denominators to use for each numerator source.
    let denominators: [RateSource: [RateCell: DenominatorCell]]

    /// The rates of every group, sorted by labels (years numerically), offence and source.
    func rates(_ numerators: [NumeratorCell]) throws -> [RateEstimate] {
        var groups: [GroupKey: [NumeratorCell]] = [:]
        for cell in numerators {
            groups[GroupKey(labels: labels(cell.cell), offence: cell.offence, source: cell.source), default: []].append(cell)
        }
        return try groups.keys.sorted().map { key in try estimate(key, groups[key]!) }
    }

    /// The labels of a cell under the request's grouping (`variables`: `--by` unless given).
    func labels(_ cell: RateCell, of variables: [String]? = nil) -> [String] {
        (variables ?? request.by).map { variable in
            switch variable {
            case "country": cell.country
            case "sex": cell.sex ?? ""
            case "age_group": cell.ageBand ?? ""
            default: String(cell.year)
            }
        }
    }

    /// The incidents in no victim group, summed over the groups of the `--by` variables other
    /// than `sex` and `age_group`.
    func leftOut(_ cells: [LeftOutCell], offence: String?) -> [LeftOutEstimate] {
        let variables = request.by.filter { !RateRequest.victimVariables.contains($0) }
        let groups = Dictionary(grouping: cells) { labels($0.cell, of: variables) }
        let key = { (labels: [String]) in GroupKey(labels: labels, offence: offence, source: .incidents) }
        return groups.keys.sorted { key($0) < key($1) }.map { labels in
            let members = groups[labels]!
            let sum = { (count: (LeftOutCell) -> Int?) in members.compactMap(count).reduce(0, +) }
            return LeftOutEstimate(
                labels: labels, offence: offence, noSex: request.by.contains("sex") ? sum(\.noSex) : nil,
                noAge: request.by.contains("age_group") ? sum(\.noAge) : nil)
        }
    }

    private func estimate(_ key: GroupKey, _ cells: [NumeratorCell]) throws -> RateEstimate {
        let counted = cells.filter { $0.count != nil }
        var flags = Set<String>()
        if counted.isEmpty { flags.insert("no_count") }
        for flag in counted.compactMap(\.flag) { flags.formUnion(Self.eurostatFlags(flag)) }
        let found = counted.map { denominators[$0.source]?[$0.cell] }
        let sources = Set(found.compactMap { $0?.sourceName })
        for flag in found.compactMap({ $0?.flag }) { flags.formUnion(Self.eurostatFlags(flag).map { "population_" + $0 }) }
        var population: Double?
        if !counted.isEmpty, found.allSatisfy({ $0 != nil }) {
            population = found.reduce(0) { $0 + $1!.population }
        } else if !counted.isEmpty {
            flags.insert("no_denominator")
        }
        if population == 0 { (population, flags) = (nil, flags.union(["no_denominator"])) }
        let count = counted.isEmpty ? nil : counted.reduce(0) { $0 + $1.count! }
        var interval: PoissonRate?
        if let count, let population {
            interval = try RateStatistics.rate(count: count, population: population, request: request)
        }
        return RateEstimate(
            labels: key.labels, offence: key.offence, source: key.source, count: count, population: population,
            interval: interval, cells: counted.map(\.cell).sorted(), flags: flags.sorted(), populationSources: sources)
    }

    /// Eurostat flag letters as names: `b` break in series, `e` estimated, `p` provisional.
    static func eurostatFlags(_ letters: String) -> [String] {
        letters.filter(\.isLetter).map { letter in
            switch letter {
            case "b": "break_in_series"
            case "e": "estimated"
            case "p": "provisional"
            case "d": "definition_differs"
            default: "eurostat_flag_\(letter)"
            }
        }
    }

    /// A group: labels, offence and source. Years sort numerically, age bands by their first age.
    struct GroupKey: Hashable, Comparable {
        let labels: [String]
        let offence: String?
        let source: RateSource

        static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
            for (l, r) in zip(lhs.labels, rhs.labels) where l != r { return AgeBand.labelOrder(l, r) }
            if lhs.offence != rhs.offence { return (lhs.offence ?? "") < (rhs.offence ?? "") }
            return lhs.source.rawValue < rhs.source.rawValue
        }
    }
}

/// The calls into the Rates module, with its errors turned into ``RateError`` messages that
/// name no value.
enum RateStatistics {
    /// The exact Poisson (Garwood) rate per `request.per`: R `poisson.test(x, T)$conf.int × per`.
    static func rate(count: Int, population: Double, request: RateRequest) throws -> PoissonRate {
        do { return try PoissonRate(count: count, personTime: population, level: request.level, per: request.per) } catch {
            throw RateError.statistics("an exact Poisson interval could not be computed for a group; check its population")
        }
    }

    /// The exact conditional rate ratio: R `poisson.test(c(x1, x2), c(T1, T2))`; nil with no events.
    static func ratio(_ a: RateEstimate, _ b: RateEstimate, level: Double) throws -> RateRatio? {
        guard let x1 = a.count, let t1 = a.population, let x2 = b.count, let t2 = b.population, x1 + x2 > 0 else {
            return nil
        }
        do { return try RateRatio(count1: x1, personTime1: t1, count2: x2, personTime2: t2, level: level) } catch {
            throw RateError.statistics("an exact rate ratio could not be computed; check the groups' populations")
        }
    }

    /// The Poisson-regression trend, nil when it cannot be estimated (fewer than three years,
    /// all counts zero, or no convergence).
    static func trend(years: [Int], counts: [Int], population: [Double], level: Double) -> PoissonTrend? {
        guard years.count >= 3, counts.contains(where: { $0 > 0 }) else { return nil }
        return try? PoissonTrend(years: years.map(Double.init), counts: counts, population: population, level: level)
    }
}
