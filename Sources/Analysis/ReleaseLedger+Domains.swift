import Disclosure

/// A statistic an output row publishes: of which variable, over which respondents (the row's
/// domain restricted to those with an answer), and the count cells that suppress it.
struct LedgerStatistic {
    /// The variable the statistic describes (the outcome of an estimate, compare or model).
    let variable: String
    /// The respondents it is computed over: the row's domain, with an answer to `variable`.
    let answered: CountPredicate
    /// The row's count cells: suppressing them suppresses every number derived from them.
    let cells: [CellPosition]
    /// For a weighted total over the respondents of a domain with an answer (a row's
    /// `weighted_n`), that domain (before the restriction to an answer): two such totals over the
    /// same respondents are not compared (``ReleaseLedger/domainForcing(_:earlier:dataset:k:)``).
    var domain: CountPredicate? = nil
    /// For a statistic over the union of an output's rows (a sum of their weighted totals, or a
    /// pooled proportion), the respondents of those rows: it is published only when they all are,
    /// and not checked when one of them is suppressed for a small count.
    var parts: [CountPredicate] = []

    /// The name under which a published weighted total is recorded: a weighted number reveals the
    /// weight its respondents carry, a statistic of the weight over them, whatever the variable.
    /// No codebook variable can take it (names are lower-case letters, digits and `_`).
    static let weight = "(weight)"

    /// The weight statistics a row publishes, one per domain whose weighted total it reveals: its
    /// `weighted_n` (and a total) gives the weight of its respondents with an answer, and a
    /// proportion or share of a category, with it, the weight of the respondents in that category.
    /// Each has the row's cells that count its respondents (all of the row's cells when none does),
    /// and, for a `weighted_n`, the domain it restricts to an answer.
    static func weights(
        of sets: [(set: CountPredicate, domain: CountPredicate?)], counts: [CellPosition: CountPredicate], cells: [CellPosition]
    ) -> [LedgerStatistic] {
        sets.map { set, domain in
            let own = cells.filter { counts[$0] == set }
            return LedgerStatistic(variable: weight, answered: set, cells: own.isEmpty ? cells : own, domain: domain)
        }
    }

    /// The statistics a partition of rows publishes over its union: the rows' statistics add up
    /// (weighted totals, and a proportion or mean times its weighted total), so every statistic the
    /// rows share in position (the outcome, `weighted_n`, each category's weight) is one over the
    /// union of their respondents as well. Suppressing the last row's cells suppresses the union.
    ///
    /// - Parameters:
    ///   - rows: the statistics of each row, in the same order in every row.
    ///   - unions: the respondents of the union for each position, and its domain for a `weighted_n`.
    static func union(of rows: [[LedgerStatistic]], over unions: [(set: CountPredicate, domain: CountPredicate?)]) -> [LedgerStatistic] {
        guard rows.count > 1, let last = rows.last else { return [] }
        return zip(unions, last).enumerated().map { position, pair in
            LedgerStatistic(
                variable: pair.1.variable, answered: pair.0.set, cells: pair.1.cells, domain: pair.0.domain,
                parts: rows.map { $0[position].answered })
        }
    }
}

/// The domain-difference rule.
///
/// Two statistics of the same variable over two nested domains (one a union of cells of the
/// other) whose respondents with an answer differ by 1 to k − 1 give, by difference, a statistic
/// of those few respondents: the weight they carry, how many of them answered yes, or that none
/// of them did. The linear audit cannot see this when the difference is a count a reader knows
/// anyway (the respondents the report's sample leaves out), or when the numbers published are
/// weighted sums rather than counts. So a row is not published when a statistic of the same
/// variable over such a domain is published already (earlier in the ledger, or in the same output).
/// Weighted totals are statistics of the weight (``LedgerStatistic/weight``) whatever the variable:
/// `weighted_n` over everyone beside `weighted_n` over the respondents with a sex gives the weight
/// of those without one. Two `weighted_n` over the same domain (of two variables) are not compared:
/// their difference is the weight of a few item non-responses within a domain whose weight is
/// published; the non-responses' answers stay protected, by the rule for each variable and by the
/// weight statistics of the categories, which are compared with everything.
extension ReleaseLedger {
    /// The note under an output with rows suppressed by the domain-difference rule.
    static let domainNote =
        "Some rows (:c) are suppressed because a statistic of the same variable over a domain that differs from theirs "
        + "by 1 to k − 1 respondents with an answer is published (earlier, see `sitan releases`, or in this output): "
        + "the two together would describe those few respondents."

    /// The count cells to suppress so that no statistic of the output lies beside a published
    /// statistic of the same variable over a nested domain that differs by 1 to k − 1 respondents
    /// with an answer. Statistics of the output are taken largest domain first, so of two nested
    /// rows of one output the smaller one goes.
    ///
    /// - Parameters:
    ///   - tables: the output's tables with their statistics.
    ///   - earlier: the domains of the statistics published before (``CountCell/statistic`` set).
    ///   - dataset: the data set counted.
    ///   - k: the disclosure threshold.
    /// - Returns: per table, the cells to suppress.
    func domainForcing(_ tables: [LedgerTable], earlier: [CountCell], dataset: LedgerDataset, k: Int) throws -> [Set<CellPosition>] {
        var forcing = tables.map { _ in Set<CellPosition>() }
        let fresh = Self.statistics(of: tables)
        let variables = Set(fresh.map(\.statistic.variable)).sorted()
        var checks = try variables.map { variable in
            try domainCheck(of: fresh.filter { $0.statistic.variable == variable }, earlier: earlier, dataset: dataset, k: k)
        }
        // The unions of rows come after the rows of every variable: one is published only when
        // all its rows are.
        for unions in [false, true] {
            for (v, variable) in variables.enumerated() {
                let mine = fresh.filter { $0.statistic.variable == variable && $0.statistic.parts.isEmpty != unions }
                let cells = Dictionary(
                    fresh.filter { $0.statistic.variable == variable }.map { ($0.statistic.answered, $0.cells) },
                    uniquingKeysWith: { first, _ in first })
                let domains = checks[v].domains
                let sizes = Dictionary(
                    mine.map { ($0.statistic.answered, domains.set($0.statistic.answered).count) }, uniquingKeysWith: { first, _ in first })
                let size = { (entry: FreshStatistic) in sizes[entry.statistic.answered]! }
                // A statistic over 1 to k − 1 respondents is suppressed with its small count already
                // (the difference is the disclosure control's, and its reason is a small count).
                for entry in mine.sorted(by: { size($0) > size($1) })
                where !(1..<k).contains(size(entry))
                    && !entry.statistic.parts.contains(where: { part in
                        (1..<k).contains(domains.set(part).count) || cells[part].map { Self.touches($0, forcing) } ?? false
                    })
                    && !checks[v].admits(StatisticDomain(entry.statistic.answered, within: entry.statistic.domain))
                {
                    for (t, cells) in entry.cells { forcing[t].formUnion(cells) }
                }
            }
        }
        return forcing
    }

    /// The check of one variable's statistics of the output against those published before.
    private func domainCheck(of mine: [FreshStatistic], earlier: [CountCell], dataset: LedgerDataset, k: Int) throws -> DomainCheck {
        let variable = mine[0].statistic.variable
        let theirs = Array(Set(earlier.filter { $0.statistic == variable }.map { StatisticDomain($0.predicate, within: $0.domain) }))
        let all = theirs + mine.map { StatisticDomain($0.statistic.answered, within: $0.statistic.domain) }
        let domains = try DomainSets(ledger: self, dataset: dataset, predicates: all.flatMap(\.predicates))
        // Weight statistics gather the domains of every variable: their joint check (exponential
        // in the variables) takes the published ones over the variables of this output only.
        let local = Set(mine.flatMap { StatisticDomain($0.statistic.answered, within: $0.statistic.domain).variables })
        let joint = variable == LedgerStatistic.weight ? all.filter { $0.variables.isSubset(of: local) } : all
        let audited = try DomainSets(ledger: self, dataset: dataset, predicates: joint.flatMap(\.predicates))
        return try DomainCheck(domains: domains, audited: audited, earlier: theirs, candidates: mine.map(\.statistic.answered), k: k)
    }

    /// A statistic of the output with its cells in every table.
    typealias FreshStatistic = (statistic: LedgerStatistic, cells: [Int: Set<CellPosition>])

    /// Whether some of the cells are suppressed already (the statistic they give is not published).
    static func touches(_ cells: [Int: Set<CellPosition>], _ forcing: [Set<CellPosition>]) -> Bool {
        cells.contains { t, cells in !cells.isDisjoint(with: forcing[t]) }
    }

    /// The output's statistics, each once (a comparison's level is in both its tables), with its
    /// cells in every table.
    static func statistics(of tables: [LedgerTable]) -> [FreshStatistic] {
        var order: [CountPredicate: [String: Int]] = [:]
        var result: [(statistic: LedgerStatistic, cells: [Int: Set<CellPosition>])] = []
        for (t, table) in tables.enumerated() {
            for statistic in table.statistics {
                if let index = order[statistic.answered]?[statistic.variable] {
                    result[index].cells[t, default: []].formUnion(statistic.cells)
                    // Over the same respondents as a statistic compared with everything: so is this one.
                    if statistic.domain == nil { result[index].statistic.domain = nil }
                } else {
                    order[statistic.answered, default: [:]][statistic.variable] = result.count
                    result.append((statistic, [t: Set(statistic.cells)]))
                }
            }
        }
        return result
    }

    /// The domains of the statistics the output publishes after disclosure control: those with
    /// a count cell left unsuppressed, as ledger cells.
    func publishedStatistics(
        _ tables: [LedgerTable], dataset: LedgerDataset, confidential: [Set<CellPosition>]
    ) throws -> [CountCell] {
        let all = Self.statistics(of: tables)
        func isShown(_ entry: (statistic: LedgerStatistic, cells: [Int: Set<CellPosition>])) -> Bool {
            entry.cells.contains { t, cells in !cells.isSubset(of: confidential[t]) }
        }
        let visible = Set(all.filter { $0.statistic.parts.isEmpty && isShown($0) }.map { [$0.statistic.variable: $0.statistic.answered] })
        // A union is published when every row it adds up is.
        let shown = all.filter { entry in
            isShown(entry) && entry.statistic.parts.allSatisfy { visible.contains([entry.statistic.variable: $0]) }
        }
        guard !shown.isEmpty else { return [] }
        let domains = try DomainSets(ledger: self, dataset: dataset, predicates: shown.map(\.statistic.answered))
        return shown.map { entry in
            CountCell(
                dataset: dataset.name, predicate: entry.statistic.answered, value: domains.set(entry.statistic.answered).count,
                statistic: entry.statistic.variable, domain: entry.statistic.domain)
        }
    }
}

/// The respondents of some domains, as sets of the data set's distinct value combinations over
/// the variables the domains use (exact: two domains are nested when one's combinations are
/// among the other's).
private struct DomainSets {
    let variables: [String]
    let units: [(values: [String?], count: Int)]
    let predicates: [CountPredicate]
    /// Per variable, its distinct values, and per unit the index of its value among them.
    private let values: [[String?]]
    private let codes: [[Int32]]

    init(ledger: ReleaseLedger, dataset: LedgerDataset, predicates: [CountPredicate]) throws {
        self.predicates = predicates
        variables = Array(Set(predicates.flatMap(\.conditions.keys))).sorted()
        let presenceOnly = Set(
            variables.filter { name in predicates.allSatisfy { $0.conditions[name].map { $0 == .present } ?? true } })
        let units = try ledger.units(dataset, variables: variables, presenceOnly: presenceOnly)
        self.units = units
        var values: [[String?]] = []
        var codes: [[Int32]] = []
        for v in variables.indices {
            var index: [String?: Int32] = [:]
            var distinct: [String?] = []
            codes.append(
                units.map { unit in
                    let value = unit.values[v]
                    if let code = index[value] { return code }
                    index[value] = Int32(distinct.count)
                    distinct.append(value)
                    return Int32(distinct.count - 1)
                })
            values.append(distinct)
        }
        self.values = values
        self.codes = codes
    }

    /// The units a domain holds, with their number of respondents.
    func set(_ predicate: CountPredicate) -> DomainSet {
        // Each condition is decided once per distinct value, then looked up per unit.
        let tests = predicate.conditions.map { name, condition in
            let v = variables.firstIndex(of: name)!
            return (codes[v], values[v].map(condition.matches))
        }
        var members = UnitSet(capacity: units.count)
        var count = 0
        for (index, unit) in units.enumerated() where tests.allSatisfy({ $0.1[Int($0.0[index])] }) {
            members.insert(index)
            count += unit.count
        }
        return DomainSet(members: members, count: count)
    }
}

/// A set of units by their index, as bits.
private struct UnitSet: Equatable {
    private var words: [UInt64]

    init(capacity: Int) { words = [UInt64](repeating: 0, count: (capacity + 63) / 64) }

    mutating func insert(_ index: Int) { words[index >> 6] |= 1 << UInt64(index & 63) }

    func isSubset(of other: UnitSet) -> Bool { zip(words, other.words).allSatisfy { $0 & ~$1 == 0 } }

    func isDisjoint(with other: UnitSet) -> Bool { zip(words, other.words).allSatisfy { $0 & $1 == 0 } }

    func union(_ other: UnitSet) -> UnitSet {
        var result = self
        for i in result.words.indices { result.words[i] |= other.words[i] }
        return result
    }
}

/// The respondents a statistic is computed over and, for a `weighted_n`, the domain it restricts
/// to an answer (``LedgerStatistic/domain``).
private struct StatisticDomain: Hashable {
    let set: CountPredicate
    let within: CountPredicate?

    init(_ set: CountPredicate, within: CountPredicate?) {
        self.set = set
        self.within = within
    }

    /// The predicates whose respondents the rule needs.
    var predicates: [CountPredicate] { [set] + (within.map { [$0] } ?? []) }

    /// The variables its predicates use.
    var variables: Set<String> { Set(predicates.flatMap(\.conditions.keys)) }
}

/// The statistics of one variable published so far, and whether one more may join them.
///
/// A new domain is refused when it and a published one are nested and differ by 1 to k − 1
/// respondents with an answer, and when, with the published domains, it pins a group of 1 to k − 1
/// respondents (a cell of any marginal of the atoms, as ``PublicationAudit`` checks counts): sums
/// and differences of statistics of one variable over several domains (a table by sex beside an
/// estimate over the whole round) describe that group as a pair of nested domains would. Groups
/// the published domains pinned already are not counted again.
///
/// Two `weighted_n` over the same domain are not compared, and the groups they pin together (the
/// item non-responses of one variable within the domain) are not counted; any other group that
/// their difference pins with the rest still is.
private struct DomainCheck {
    let domains: DomainSets
    let audit: PublicationAudit
    /// The variables of the joint check's grid.
    let gridVariables: Set<String>
    let k: Int
    var baseline: Set<CountPredicate>
    /// The accepted domains the joint check takes, prepared with the output's domains as candidates.
    var known: PublicationAudit.KnownCounts
    /// The accepted domains, with whether the joint check takes them (their variables are the grid's).
    var accepted: [(set: CountPredicate, audited: Bool)]
    var sets: [DomainSet]
    /// The accepted domains by their number of respondents.
    var bySize: [Int: [Int]] = [:]
    /// The respondents of each accepted `weighted_n`'s domain (nil for other statistics).
    var within: [DomainSet?]

    /// - Parameters:
    ///   - domains: the respondents of every domain, for the pairs.
    ///   - audited: those of the domains the joint check takes (all of them, or those over the
    ///     variables of the new output).
    init(domains: DomainSets, audited: DomainSets, earlier: [StatisticDomain], candidates: [CountPredicate], k: Int) throws {
        self.domains = domains
        self.k = k
        gridVariables = Set(audited.variables)
        audit = try PublicationAudit(variables: audited.variables, units: audited.units, predicates: audited.predicates, k: k)
        accepted = earlier.map { ($0.set, Set($0.set.conditions.keys).isSubset(of: Set(audited.variables))) }
        sets = earlier.map { domains.set($0.set) }
        for (i, set) in sets.enumerated() { bySize[set.count, default: []].append(i) }
        within = earlier.map { $0.within.map(domains.set) }
        let gridVariables = gridVariables
        known = audit.prepare(
            known: accepted.filter(\.audited).map(\.set),
            candidates: candidates.filter { Set($0.conditions.keys).isSubset(of: gridVariables) })
        baseline = Set(audit.pinned(adding: [], to: known))
    }

    /// Whether a statistic over `domain` may be published: if so, it joins the published ones.
    mutating func admits(_ domain: StatisticDomain) -> Bool {
        let set = domains.set(domain.set)
        // Fewer than k respondents: the row's own count is suppressed, so it publishes nothing here.
        if set.count < k { return true }
        let mine = domain.within.map(domains.set)
        let siblings = within.indices.filter { mine != nil && within[$0] == mine }
        if sets.indices.contains(where: { !siblings.contains($0) && sets[$0].differsByFew(from: set, k: k) }) { return false }
        if pinsThroughUnion(set) { return false }
        let audited = Set(domain.set.conditions.keys).isSubset(of: gridVariables)
        let pinned = audited ? audit.pinned(adding: [domain.set], to: known).filter { !baseline.contains($0) } : []
        if !pinned.isEmpty {
            let family = siblings.filter { accepted[$0].audited }.map { accepted[$0].set }
            let exempt = Set(audit.pinned(published: family + [domain.set]))
            guard mine != nil && pinned.allSatisfy(exempt.contains) else { return false }
            baseline.formUnion(pinned)
        }
        accepted.append((domain.set, audited))
        if audited { known = audit.adding([domain.set], to: known) }
        bySize[set.count, default: []].append(sets.count)
        sets.append(set)
        within.append(mine)
        return true
    }
}

extension DomainCheck {
    /// Whether the domain, with a published one disjoint from it, adds up to a domain that a third
    /// published one holds (or is held by) with 1 to k − 1 respondents between them: two weighted
    /// totals over the two halves of a partition (the urban pupils' yes weight from one output, the
    /// rural pupils' from another) give the weight over the whole.
    func pinsThroughUnion(_ set: DomainSet) -> Bool {
        // The third domains, looked up by size: the union's size plus or minus 1 to k − 1.
        for other in sets where other.count >= k && other.members.isDisjoint(with: set.members) {
            let count = set.count + other.count
            let near = (1..<k).flatMap { (bySize[count - $0] ?? []) + (bySize[count + $0] ?? []) }
            guard !near.isEmpty else { continue }
            let union = DomainSet(members: set.members.union(other.members), count: count)
            if near.contains(where: { union.differsByFew(from: sets[$0], k: k) }) { return true }
        }
        return false
    }
}

/// The respondents of one domain: which value combinations, and how many respondents.
private struct DomainSet: Equatable {
    let members: UnitSet
    let count: Int

    /// Whether the two domains are nested and differ by 1 to k − 1 respondents.
    func differsByFew(from other: DomainSet, k: Int) -> Bool {
        let difference = abs(count - other.count)
        guard difference >= 1 && difference < k else { return false }
        return count < other.count ? members.isSubset(of: other.members) : other.members.isSubset(of: members)
    }
}
