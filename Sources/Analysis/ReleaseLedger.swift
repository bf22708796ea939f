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
    var table: Table
    var counts: [CellPosition: CountPredicate]
}

/// The release ledger: every output is audited, before it is shown, against everything
/// published from the same data set since the ledger was started, and then recorded.
///
/// The audit (``PublicationAudit``) is exact: no count from 1 to k − 1 over the atoms' marginals
/// (nor any suppressed cell of an output) may be pinned by the linear system of all published
/// counts. When the new output would pin one, the smallest of its shown counts that take part
/// is suppressed too (with a note), and the audit repeats; when nothing remains, the output is
/// refused.
public struct ReleaseLedger {
    let store: Store
    let command: String
    /// The publication the outputs are collected in instead of the database's ledger.
    let publication: Publication?

    /// The ledger of a database opened for writing.
    ///
    /// - Parameters:
    ///   - store: the database, writable.
    ///   - command: the command line recorded with each release.
    public init(store: Store, command: String) {
        self.store = store
        self.command = command
        self.publication = nil
    }

    /// A ledger of one publication held in memory (the report): its outputs are audited against
    /// each other, not against the database's ledger, and nothing is written to the database.
    ///
    /// - Parameters:
    ///   - store: the database, read-only is enough.
    ///   - publication: where the outputs are collected.
    public init(store: Store, publication: Publication) {
        self.store = store
        self.command = "report"
        self.publication = publication
    }

    /// Everything one publication has released so far, in memory: what the ledger would record.
    public final class Publication {
        var releases: [(dataset: String, published: [CountCell], protected: [CountPredicate])] = []
        /// Whether the number of rows of each source counts as known besides the outputs.
        let knownSources: Bool

        /// An empty publication.
        ///
        /// - Parameter knownSources: whether the number of rows of each source counts as known
        ///   (the report prints them).
        public init(knownSources: Bool = true) {
            self.knownSources = knownSources
        }

        /// The number of outputs collected.
        public var count: Int { releases.count }
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
        let earlier = try previous(dataset)
        let sizes = try sizes(dataset)
        let newPredicates = tables.flatMap { $0.counts.values }
        let allPredicates = earlier.published.map(\.predicate) + sizes + earlier.protected + newPredicates
        let variables = Array(Set(allPredicates.flatMap(\.conditions.keys))).sorted()
        // A variable only ever asked "is it present?" (the outcome of a mean) is read as present
        // or missing, not as its many values.
        let presenceOnly = Set(
            variables.filter { name in allPredicates.allSatisfy { $0.conditions[name].map { $0 == .present } ?? true } })
        let audit = try PublicationAudit(
            variables: variables, units: try units(dataset, variables: variables, presenceOnly: presenceOnly),
            predicates: allPredicates, k: disclosure.k)
        try checkDefinitions(tables, audit: audit)
        let protected = earlier.protected + newPredicates
        let known = earlier.published.map(\.predicate) + sizes
        let baseline = Set(audit.pinned(published: known, protected: protected))
        var forcing = tables.map { _ in Set<CellPosition>() }
        while true {
            let shown = try shownCells(tables, forcing: forcing, disclosure: disclosure)
            let pins = audit.pinned(published: known + shown.map(\.predicate), protected: protected).filter { !baseline.contains($0) }
            if pins.isEmpty { break }
            if let whole { throw AnalysisError.refusedByLedger(output: whole) }
            let pinned = pins.map(audit.grid.indicator)
            let redundant = audit.follows(shown.map(\.predicate), from: known)
            let useful = zip(shown, redundant).filter { !$1 }.map(\.0)
            let overlapping = useful.filter { cell in
                let row = audit.grid.indicator(cell.predicate)
                return pinned.contains { zip($0, row).contains { $0 > 0 && $1 > 0 } }
            }
            guard let victim = (overlapping.isEmpty ? useful : overlapping).filter({ $0.value > 0 }).min(by: { $0.order < $1.order })
            else { throw DisclosureError.nothingReleasable }
            // The same count held by another table (a rate ratio's or a trend's hidden count) goes too.
            for t in tables.indices {
                for (position, predicate) in tables[t].counts where predicate == victim.predicate { forcing[t].insert(position) }
            }
            forcing[victim.table].insert(victim.position)
        }
        let shown = try shownCells(tables, forcing: forcing, disclosure: disclosure)
        if forcing.contains(where: { !$0.isEmpty }), !shown.contains(where: { $0.value > 0 }) {
            throw DisclosureError.nothingReleasable
        }
        let published = try tables.indices.map { t in
            try disclosure.publish(tables[t].table, forcing: forcing[t], note: publication == nil ? Self.note : ReportTables.linkedNote)
        }
        try record(dataset, shown: shown, tables: tables, forcing: forcing, disclosure: disclosure)
        return published
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
    private func shownCells(_ tables: [LedgerTable], forcing: [Set<CellPosition>], disclosure: DisclosureControl) throws -> [ShownCell] {
        try tables.indices.flatMap { t -> [ShownCell] in
            let table = tables[t].table
            let hidden = try disclosure.confidentialCells(of: table, forcing: forcing[t])
            return tables[t].counts.compactMap { position, predicate in
                guard table.columns[position.column].isPublished, !hidden.contains(position),
                    case let .count(value) = table.rows[position.row].cells[position.column]
                else { return nil }
                return ShownCell(table: t, position: position, predicate: predicate, value: value)
            }.sorted { $0.order < $1.order }
        }
    }

    /// Every count's definition must reproduce its value on the data, or the audit would audit
    /// something else than what is shown.
    private func checkDefinitions(_ tables: [LedgerTable], audit: PublicationAudit) throws {
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
    private func previous(_ dataset: LedgerDataset) throws -> (published: [CountCell], protected: [CountPredicate]) {
        if let publication {
            let releases = publication.releases.filter { $0.dataset == dataset.name }
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
        let published = shown.map { CountCell(dataset: dataset.name, predicate: $0.predicate, value: $0.value) }
        if let publication {
            publication.releases.append((dataset.name, published, hidden))
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
    private func sizes(_ dataset: LedgerDataset) throws -> [CountPredicate] {
        var sizes = [CountPredicate()]
        if dataset.table == LedgerDataset.survey.table {
            sizes = try units(dataset, variables: [SurveyRounds.variable], presenceOnly: []).map { unit in
                CountPredicate().restricted(SurveyRounds.variable, to: [unit.values[0]])
            }
        }
        // A publication that prints the rows loaded of each source (the report) makes them known.
        guard publication?.knownSources == true else { return sizes }
        return sizes
            + (try units(dataset, variables: [Self.sourceVariable], presenceOnly: []).map { unit in
                CountPredicate([Self.sourceVariable: .oneOf([unit.values[0]])])
            })
    }

    /// The column of every data set that names the source of a row.
    static let sourceVariable = "_source"

    /// The data set's distinct value combinations over `variables`, with their counts.
    private func units(_ dataset: LedgerDataset, variables: [String], presenceOnly: Set<String>) throws -> [(
        values: [String?], count: Int
    )] {
        let columns = variables.map { name in
            // The survey round is not a column of the rows: it is their source's round.
            let column =
                name == SurveyRounds.variable && dataset.table == LedgerDataset.survey.table
                ? "(SELECT coalesce(s.survey, s.country || coalesce('-' || s.year, '')) FROM sources s WHERE s.id = _source)"
                : "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return presenceOnly.contains(name) ? "(CASE WHEN \(column) IS NULL THEN NULL ELSE 'present' END)" : column
        }
        let list = columns.isEmpty ? "" : columns.joined(separator: ", ") + ", "
        let group = columns.isEmpty ? "" : " GROUP BY " + columns.joined(separator: ", ")
        return try store.database.rows("SELECT \(list)count(*) FROM \(dataset.table)\(group)").map { row in
            (row.dropLast().map(canonicalText), Int(row.last!.double ?? 0))
        }.filter { $0.1 > 0 }
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
