import Disclosure
import Foundation
import Storage

/// A data set whose units the release ledger counts: a table of the database, one row per unit.
struct LedgerDataset {
    /// The name recorded in the ledger (`survey`, `incidents`).
    let name: String
    /// The table.
    let table: String

    static let survey = LedgerDataset(name: "survey", table: "survey")
    /// Record-level incidents: ICCS parent and child codes and cumulative stages are conditions on
    /// the stored `iccs` and `stage` values, so the grid's classes link them (a parent code's count
    /// is its children plus the cases coded at the parent exactly; a stage counts the cases whose
    /// deepest stage reached is it or a later one).
    static let incidents = LedgerDataset(name: "incidents", table: "incidents")
}

/// One table of an output with the predicate of each of its count cells.
struct LedgerTable {
    var table: CountTable
    var counts: [CellPosition: CountPredicate]
    /// Hidden count columns that the published numbers give back all the same (a proportion of
    /// equally weighted respondents with its standard error, an exact test of two counts): the
    /// ledger audits and records their shown cells as published counts.
    var revealed: Set<Int> = []
    /// The statistics the rows publish, for the domain-difference rule (``ReleaseLedger/domainForcing(_:earlier:dataset:k:)``).
    var statistics: [LedgerStatistic] = []
    /// The sums the rows publish (means and totals of numeric variables, a gaussian model's
    /// coefficients): equations of the audit while their cells are shown.
    var sums: [LedgerSum] = []
}

extension LedgerTable {
    /// A table whose published numbers give every hidden count back when `revealing` is true.
    init(table: CountTable, counts: [CellPosition: CountPredicate], revealing: Bool) {
        let hidden = table.columns.indices.filter { table.columns[$0].role == .count && !table.columns[$0].isPublished }
        self.init(table: table, counts: counts, revealed: revealing ? Set(hidden) : [])
    }
}

/// The release ledger: every output is audited, before it is shown, against everything
/// published from the same data set since the ledger was started, and then recorded.
///
/// The audit (``PublicationAudit``) is exact: no count from 1 to k − 1 over the atoms' marginals
/// (nor any suppressed cell of an output) may be pinned by the linear system of all published
/// counts. When the new output would pin one, the smallest of its shown counts that take part
/// is suppressed too (with a note), and the audit repeats; when nothing remains, the output is
/// refused.
package struct ReleaseLedger {
    let store: Store
    let command: String
    /// The publications the outputs are collected in instead of the database's ledger (empty:
    /// the database's ledger): each output is audited against each of them and recorded in all.
    let publications: [Publication]
    /// The units of the data sets, read once for all the outputs this ledger audits.
    let tally: UnitTally

    /// The ledger of a database opened for writing.
    ///
    /// - Parameters:
    ///   - store: the database, writable.
    ///   - command: the command line recorded with each release.
    package init(store: Store, command: String) {
        self.store = store
        self.command = command
        self.publications = []
        self.tally = UnitTally(store: store)
    }

    /// A ledger of one publication held in memory (the report): its outputs are audited against
    /// each other and the publication's base (what the database's ledger held before), and
    /// nothing is written to the database.
    ///
    /// - Parameters:
    ///   - store: the database, read-only is enough.
    ///   - publication: where the outputs are collected.
    ///   - tally: the units, shared with the other ledgers over the same database (nil: its own).
    package init(store: Store, publication: Publication, tally: UnitTally? = nil) {
        self.init(store: store, publications: [publication], tally: tally)
    }

    /// A ledger whose outputs join several publications held in memory: each output is audited
    /// against each of them (with what each already holds) and recorded in all of them.
    ///
    /// - Parameters:
    ///   - store: the database, read-only is enough.
    ///   - publications: where the outputs are collected; not empty.
    ///   - tally: the units, shared with the other ledgers over the same database (nil: its own).
    package init(store: Store, publications: [Publication], tally: UnitTally? = nil) {
        precondition(!publications.isEmpty, "a ledger in memory needs a publication")
        self.store = store
        self.command = "report"
        self.publications = publications
        self.tally = tally ?? UnitTally(store: store)
    }

    /// Everything one publication has released so far, in memory: what the ledger would record.
    package final class Publication {
        /// What one output released: the counts shown with their values, and the suppressed counts.
        package typealias Release = (dataset: String, published: [CountCell], protected: [CountPredicate])
        var releases: [Release] = []
        /// What was released before the publication (earlier outputs recorded in the database's
        /// ledger): audited against, never recorded again.
        let base: [Release]
        /// Whether the number of rows of each source counts as known besides the outputs.
        let knownSources: Bool

        /// An empty publication.
        ///
        /// - Parameters:
        ///   - knownSources: whether the number of rows of each source counts as known (the report
        ///     prints them).
        ///   - base: what was released before, which its outputs are audited against too.
        ///   - declared: what the publication releases without an audit (the size of the report's
        ///     analysis sample, known to every audit through `base`): recorded with it.
        package init(knownSources: Bool = true, base: [Release] = [], declared: [Release] = []) {
            self.knownSources = knownSources
            self.base = base
            self.releases = declared
        }

        /// A publication holding what several others hold (each with the rows of every source known
        /// if one has them): for auditing their outputs jointly from now on.
        ///
        /// - Parameter parts: the publications joined, over the same base; they are copied, not shared.
        package init(joining parts: [Publication]) {
            self.knownSources = parts.contains { $0.knownSources }
            self.base = parts.first?.base ?? []
            self.releases = parts.flatMap(\.releases)
        }

        /// The number of outputs collected.
        package var count: Int { releases.count }
    }

    /// The note under a table with cells suppressed because of earlier releases.
    static let note = "Some cells (:c) are suppressed to protect counts published earlier (see `sitan releases`)."

    /// Publishes the tables of one output through disclosure control and the ledger audit, and records it.
    ///
    /// - Parameter whole: the name of an output that is released whole or not at all (a model,
    ///   whose coefficients imply all its counts at once): nil lets cells be suppressed.
    /// - Throws: `DisclosureError.nothingReleasable` when every count would have to go;
    ///   `AnalysisError.refusedByLedger` when an output released whole would pin a small count;
    ///   `AnalysisError.ledgerInconsistent` when a count's definition does not reproduce its value.
    @discardableResult
    func publish(
        _ tables: [LedgerTable], dataset: LedgerDataset, disclosure: DisclosureControl, whole: String? = nil
    ) throws -> [PublishedTable] {
        // Each publication the output joins is audited with it (the database's ledger when none);
        // what one publication's audit suppresses is suppressed in all, until no audit asks for more.
        // When the database's ledger holds a report, the output is audited with all of the
        // report's tables together (``ledgerGroups(_:)``).
        let sources: [Publication?] = publications.isEmpty ? try ledgerGroups(dataset) : publications
        let audits = try sources.map { publication in
            try LedgerAudit(ledger: self, publication: publication, tables: tables, dataset: dataset, k: disclosure.k)
        }
        let statistics = try sources.flatMap { try previousStatistics(dataset, in: $0) }
        let differences = try domainForcing(tables, earlier: statistics, dataset: dataset, k: disclosure.k)
        if let whole, differences.contains(where: { !$0.isEmpty }) { throw AnalysisError.refusedByLedger(output: whole) }
        var forcing = differences
        var settled = false
        while !settled {
            settled = true
            for audit in audits {
                let next = try audit.forcing(tables, from: forcing, disclosure: disclosure, whole: whole)
                if next != forcing { settled = audits.count == 1 }
                forcing = next
            }
        }
        let shown = try Self.shownCells(tables, forcing: forcing, disclosure: disclosure)
        let ruled = differences.contains { !$0.isEmpty }
        let note = publications.isEmpty && forcing.contains { !$0.isEmpty } ? try ledgerNote(dataset, domains: ruled) : Self.note
        if forcing.contains(where: { !$0.isEmpty }), !shown.contains(where: { $0.value > 0 }) {
            let confidential = try tables.indices.map { try disclosure.confidentialCells(of: tables[$0].table, forcing: forcing[$0]) }
            let left = try publishedStatistics(tables, dataset: dataset, confidential: confidential)
            if ruled && left.isEmpty {
                let reason = publications.isEmpty ? try ledgerNote(dataset, domains: true, refusing: true) : Self.domainNote
                throw DisclosureError.nothingReleasableBecause(reason)
            }
            if left.isEmpty { throw DisclosureError.nothingReleasable }
        }
        let published = try tables.indices.map { t in
            try disclosure.publish(tables[t].table, forcing: forcing[t], note: publications.isEmpty ? note : ReportTables.linkedNote)
        }
        try record(dataset, shown: shown, tables: tables, forcing: forcing, disclosure: disclosure)
        return published
    }

    /// The audit of one output against one publication (or the database's ledger).
    private struct LedgerAudit {
        let audit: PublicationAudit
        let known: [CountPredicate]
        let protected: [CountPredicate]
        let baseline: Set<CountPredicate>
        /// The known counts prepared for the checks of this output.
        let prepared: PublicationAudit.KnownCounts
        /// The equation of each sum the output can publish (none for a sum that reveals none).
        let equations: [LedgerSum: LinearCount]

        init(ledger: ReleaseLedger, publication: Publication?, tables: [LedgerTable], dataset: LedgerDataset, k: Int) throws {
            let earlier = try ledger.previous(dataset, in: publication)
            let newPredicates = tables.flatMap { $0.counts.values }
            let knownSources = publication?.knownSources == true
            try ledger.readUnits(
                dataset, for: earlier.published.map(\.predicate) + earlier.protected + newPredicates, knownSources: knownSources)
            let sizes = try ledger.sizes(dataset, knownSources: knownSources)
            // Each distinct sum once: a command run again records the same sums again.
            var seen = Set<CountCell>()
            let earlierSums = try ledger.previousSums(dataset, in: publication).filter { seen.insert($0).inserted }.compactMap {
                try ledger.linearCount(of: $0.sum!, over: $0.predicate, dataset: dataset)
            }
            var equations: [LedgerSum: LinearCount] = [:]
            var newSums: [LinearCount] = []
            for sum in tables.flatMap(\.sums) where equations[sum] == nil {
                guard let equation = try ledger.linearCount(of: sum.variables, over: sum.over, dataset: dataset) else { continue }
                equations[sum] = equation
                newSums.append(equation)
            }
            self.equations = equations
            let terms = (earlierSums + newSums).flatMap(\.predicates)
            let allPredicates = earlier.published.map(\.predicate) + sizes + earlier.protected + newPredicates + terms
            let variables = Array(Set(allPredicates.flatMap(\.conditions.keys))).sorted()
            // A variable only ever asked "is it present?" (the outcome of a mean) is read as present
            // or missing, not as its many values.
            let presenceOnly = Set(
                variables.filter { name in allPredicates.allSatisfy { $0.conditions[name].map { $0 == .present } ?? true } })
            audit = try PublicationAudit(
                variables: variables, units: try ledger.units(dataset, variables: variables, presenceOnly: presenceOnly),
                predicates: allPredicates, k: k)
            try ledger.checkDefinitions(tables, audit: audit)
            protected = earlier.protected + newPredicates
            known = earlier.published.map(\.predicate) + sizes
            prepared = audit.prepare(known: known, sums: earlierSums, candidates: newPredicates, candidateSums: newSums)
            baseline = Set(audit.pinned(adding: [], to: prepared, protected: protected))
        }

        /// The cells to suppress, beyond `start`, so that nothing new is pinned.
        func forcing(
            _ tables: [LedgerTable], from start: [Set<CellPosition>], disclosure: DisclosureControl, whole: String?
        ) throws -> [Set<CellPosition>] {
            var forcing = start
            while true {
                let shown = try ReleaseLedger.shownCells(tables, forcing: forcing, disclosure: disclosure)
                let sums = try ReleaseLedger.shownSums(tables, forcing: forcing, disclosure: disclosure)
                let pins = audit.pinned(
                    adding: shown.map(\.predicate), sums: sums.compactMap { equations[$0.sum] }, to: prepared, protected: protected
                ).filter { !baseline.contains($0) }
                if pins.isEmpty { return forcing }
                if let whole { throw AnalysisError.refusedByLedger(output: whole) }
                let pinned = pins.map(audit.grid.indicator)
                let redundant = audit.follows(shown.map(\.predicate), from: prepared)
                // A count that follows from the known ones still carries the sums of its row.
                let carriers = Set(
                    sums.filter { equations[$0.sum] != nil }.flatMap { entry in entry.sum.cells.map { [entry.table, $0.row, $0.column] } })
                let useful = zip(shown, redundant).filter { cell, redundant in
                    !redundant || carriers.contains([cell.table, cell.position.row, cell.position.column])
                }.map(\.0)
                let overlapping = useful.filter { cell in
                    let row = audit.grid.indicator(cell.predicate)
                    return pinned.contains { zip($0, row).contains { $0 > 0 && $1 > 0 } }
                }
                // A pinned cell outside every shown count (respondents without an answer, say) is
                // pinned by the cells whose part beyond the known counts bears on it: the smallest
                // of those goes, not the smallest of the output (a table of other countries).
                var pool = overlapping
                if pool.isEmpty {
                    let taking = audit.involved(useful.map(\.predicate), in: pins, known: prepared)
                    pool = zip(useful, taking).filter { $1 }.map(\.0)
                }
                guard let victim = (pool.isEmpty ? useful : pool).filter({ $0.value > 0 }).min(by: { $0.order < $1.order })
                else { throw DisclosureError.nothingReleasable }
                // The same count held by another table (a rate ratio's or a trend's hidden count) goes too.
                for t in tables.indices {
                    for (position, predicate) in tables[t].counts where predicate == victim.predicate { forcing[t].insert(position) }
                }
                forcing[victim.table].insert(victim.position)
            }
        }
    }

    // MARK: - Cells

    /// A shown count of a new output.
    struct ShownCell {
        let table: Int
        let position: CellPosition
        let predicate: CountPredicate
        let value: Int
        var order: (Int, Int, Int, Int) { (value, table, position.row, position.column) }
    }

    /// The published count cells that disclosure control leaves shown.
    static func shownCells(_ tables: [LedgerTable], forcing: [Set<CellPosition>], disclosure: DisclosureControl) throws -> [ShownCell] {
        try tables.indices.flatMap { t -> [ShownCell] in
            let table = tables[t].table
            let hidden = try disclosure.confidentialCells(of: table, forcing: forcing[t])
            return tables[t].counts.compactMap { position, predicate in
                guard table.columns[position.column].isPublished || tables[t].revealed.contains(position.column),
                    !hidden.contains(position),
                    case let .count(value) = table.rows[position.row].cells[position.column]
                else { return nil }
                return ShownCell(table: t, position: position, predicate: predicate, value: value)
            }.sorted { $0.order < $1.order }
        }
    }

    /// Every count's definition must reproduce its value on the data, or the audit would audit
    /// something else than what is shown.
    func checkDefinitions(_ tables: [LedgerTable], audit: PublicationAudit) throws {
        for entry in tables {
            for (position, predicate) in entry.counts {
                guard case let .count(value) = entry.table.rows[position.row].cells[position.column],
                    audit.grid.count(predicate) == value
                else { throw AnalysisError.ledgerInconsistent(table: entry.table.title) }
            }
        }
    }

    // MARK: - Storage

    /// The counts published and protected in the current ledger for a data set.
    func previous(_ dataset: LedgerDataset, in publication: Publication?) throws -> (published: [CountCell], protected: [CountPredicate]) {
        let stored = try previousCells(dataset, in: publication)
        return (stored.published.filter { $0.statistic == nil && $0.sum == nil }, stored.protected)
    }

    /// The domains of the statistics published in the current ledger for a data set.
    func previousStatistics(_ dataset: LedgerDataset, in publication: Publication?) throws -> [CountCell] {
        try previousCells(dataset, in: publication).published.filter { $0.statistic != nil }
    }

    /// The cells recorded in the current ledger for a data set: counts and statistics' domains.
    func previousCells(
        _ dataset: LedgerDataset, in publication: Publication?
    ) throws -> (published: [CountCell], protected: [CountPredicate]) {
        if let publication {
            let releases = (publication.base + publication.releases).filter { $0.dataset == dataset.name }
            return (releases.flatMap(\.published), releases.flatMap(\.protected))
        }
        let decoder = JSONDecoder()
        var published: [CountCell] = []
        var protected: [CountPredicate] = []
        // A command run again records the same counts again: each distinct record is read once.
        var seen = Set<String>()
        for release in try store.releases(ledger: try store.currentLedger()) where release.dataset == dataset.name {
            if seen.insert("p" + release.published).inserted {
                published += try decoder.decode([CountCell].self, from: Data(release.published.utf8))
            }
            if seen.insert("s" + release.protected).inserted {
                protected += try decoder.decode([CountPredicate].self, from: Data(release.protected.utf8))
            }
        }
        return (published, protected)
    }

    /// Records the shown counts with their values and the suppressed counts without.
    private func record(
        _ dataset: LedgerDataset, shown: [ShownCell], tables: [LedgerTable], forcing: [Set<CellPosition>],
        disclosure: DisclosureControl
    ) throws {
        var hidden: [CountPredicate] = []
        for t in tables.indices {
            let confidential = try disclosure.confidentialCells(of: tables[t].table, forcing: forcing[t])
            hidden += confidential.sorted().compactMap { tables[t].counts[$0] }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let confidential = try tables.indices.map { try disclosure.confidentialCells(of: tables[$0].table, forcing: forcing[$0]) }
        let published =
            shown.map { CountCell(dataset: dataset.name, predicate: $0.predicate, value: $0.value) }
            + (try publishedStatistics(tables, dataset: dataset, confidential: confidential))
            + (try sumCells(Self.shownSums(tables, forcing: forcing, disclosure: disclosure).map(\.sum), dataset: dataset))
        if !publications.isEmpty {
            for publication in publications { publication.releases.append((dataset.name, published, hidden)) }
            return
        }
        try store.recordRelease(
            command: command, dataset: dataset.name,
            published: String(decoding: try encoder.encode(published), as: UTF8.self),
            protected: String(decoding: try encoder.encode(hidden), as: UTF8.self))
    }

    /// The number of units of each survey round (of the whole data set for other data sets),
    /// which a reader knows without any output: `sitan sources` and the report print the rows
    /// loaded, and every standard error at full precision gives it back (a domain's variance
    /// carries the factor N / (N − 1) of the whole design).
    func sizes(_ dataset: LedgerDataset, knownSources: Bool) throws -> [CountPredicate] {
        var sizes = [CountPredicate()]
        if dataset.table == LedgerDataset.survey.table {
            sizes = try units(dataset, variables: [SurveyRounds.variable], presenceOnly: []).map { unit in
                CountPredicate().restricted(SurveyRounds.variable, to: [unit.values[0]])
            }
        }
        // A publication that prints the rows loaded of each source (the report) makes them known.
        guard knownSources else { return sizes }
        return sizes
            + (try units(dataset, variables: [Self.sourceVariable], presenceOnly: []).map { unit in
                CountPredicate([Self.sourceVariable: .oneOf([unit.values[0]])])
            })
    }

    /// The column of every data set that names the source of a row.
    static let sourceVariable = "_source"

    /// Reads the units over every variable an audit can use (those of `predicates` and of the
    /// sizes), in one scan of the data set: the sizes and the audit's units are then tallied from it.
    func readUnits(_ dataset: LedgerDataset, for predicates: [CountPredicate], knownSources: Bool) throws {
        var sizeVariables = dataset.table == LedgerDataset.survey.table ? [SurveyRounds.variable] : []
        if knownSources { sizeVariables.append(Self.sourceVariable) }
        let variables = Set(predicates.flatMap(\.conditions.keys)).union(sizeVariables).sorted()
        let presenceOnly = Set(
            variables.filter { name in
                !sizeVariables.contains(name) && predicates.allSatisfy { $0.conditions[name].map { $0 == .present } ?? true }
            })
        _ = try units(dataset, variables: variables, presenceOnly: presenceOnly)
    }

    /// The data set's distinct value combinations over `variables`, with their counts.
    func units(_ dataset: LedgerDataset, variables: [String], presenceOnly: Set<String>) throws -> [(
        values: [String?], count: Int
    )] {
        let columns = variables.map { name -> Store.UnitColumn in
            // The survey round is not a column of the rows: it is their source's round.
            if name == SurveyRounds.variable && dataset.table == LedgerDataset.survey.table { return .surveyRound }
            return presenceOnly.contains(name) ? .presence(name) : .value(name)
        }
        return try tally.combinations(in: dataset.table, by: columns).map { ($0.values.map(canonicalText), $0.count) }
    }
}

/// A stored value as the ledger writes it: whole numbers without a decimal point, missing as nil.
func canonicalText(_ value: SQLValue) -> String? {
    switch value {
    case .null: nil
    case let .integer(v): String(v)
    case let .real(v): v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    case let .text(v): v
    case .blob: nil
    }
}

extension CountPredicate {
    /// The predicate restricted further to units with a value of `variable`.
    func answered(_ variable: String) -> CountPredicate {
        if case let .oneOf(values)? = conditions[variable] { return and(variable, .oneOf(values.filter { $0 != nil })) }
        return and(variable, .present)
    }

    /// The predicate restricted further to `values` of `variable` (intersecting any condition on it).
    func restricted(_ variable: String, to values: [String?]) -> CountPredicate {
        // A pooled `survey` level (`LV-2019+LV-2023`) stands for the rounds it pools.
        let values =
            variable == SurveyRounds.variable
            ? values.flatMap { value in value.map { $0.split(separator: "+").map { String($0) } } ?? [nil] } : values
        switch conditions[variable] {
        case nil: return and(variable, .oneOf(values))
        case let condition?: return and(variable, .oneOf(values.filter(condition.matches)))
        }
    }
}
