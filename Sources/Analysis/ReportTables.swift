import Codebooks
import Disclosure
import Storage

/// The bookkeeping tables of `sitan report` (provenance counts, rejects by reason, missing
/// values), built from the database and published through disclosure control.
///
/// Rows read, loaded and rejected are counts of respondents or incidents, and so are the
/// numbers of missing values: every one of them passes ``DisclosureControl/publish(_:)``
/// like any estimate. Only metadata (source names, file names, hashes, reasons, variable
/// names) are key columns.
package struct ReportTables {
    let store: Store
    let disclosure: DisclosureControl

    /// Creates the tables of one database under one disclosure rule.
    package init(store: Store, disclosure: DisclosureControl) {
        self.store = store
        self.disclosure = disclosure
    }

    /// One row per source: `source`, `rows_read`, `rows_loaded`, `rows_rejected`.
    ///
    /// `rows_read = rows_loaded + rows_rejected` is published as a margin, so that a small
    /// number of rejects cannot be recomputed from the other two.
    /// - Throws: `StorageError`, `DisclosureError`.
    package func provenance() throws -> PublishedTable {
        let sources = try store.sources()
        let columns = [
            CountTable.Column("source", role: .key), CountTable.Column("rows_read", role: .count),
            CountTable.Column("rows_loaded", role: .count),
            CountTable.Column("rows_rejected", role: .count),
        ]
        let rows = sources.map { source in
            CountTable.Row([
                .text(source.name), .count(Int(source.rowsRead)), .count(Int(source.rowsLoaded)),
                .count(Int(source.rowsRejected)),
            ])
        }
        let table = CountTable(
            title: "Rows per source", columns: columns, rows: rows,
            margins: rows.isEmpty ? .none : Margins(totalColumn: 1, addendColumns: [2, 3]))
        return try disclosure.publish(table)
    }

    /// Rejected rows by reason (rows) and source (columns), with the total row `rows_rejected`.
    ///
    /// Only sources with rejects are columns; the header is `reason`, then the source names.
    /// The last row (key `total`) repeats each source's `rows_rejected`, so that it protects
    /// the reasons. Nil when nothing was rejected.
    /// - Throws: `StorageError`, `DisclosureError`.
    package func rejectsByReason() throws -> PublishedTable? {
        let rejects = try store.rejects()
        guard !rejects.isEmpty else { return nil }
        let sources = try store.sources().map(\.name).filter { name in rejects.contains { $0.source == name } }
        let reasons = Set(rejects.map(\.reason)).sorted()
        var counts: [String: [String: Int]] = [:]
        for reject in rejects { counts[reject.reason, default: [:]][reject.source, default: 0] += 1 }
        var rows = reasons.map { reason in
            CountTable.Row([.text(reason)] + sources.map { CountTable.Cell.count(counts[reason]?[$0] ?? 0) })
        }
        let totals = sources.map { source in rejects.filter { $0.source == source }.count }
        rows.append(CountTable.Row([.text("total")] + totals.map { CountTable.Cell.count($0) }))
        let columns = [CountTable.Column("reason", role: .key)] + sources.map { CountTable.Column($0, role: .count) }
        let table = CountTable(
            title: "Rejected rows by reason", columns: columns, rows: rows, margins: Margins(totalRow: rows.count - 1))
        return try disclosure.publish(table)
    }

    /// Missing values of every harmonised variable of one source kind (`survey`,
    /// `incidents`, `population`, `counts`), one row per variable.
    ///
    /// Per source of that kind: `missing[SOURCE]` (count) and `percent[SOURCE]` (derived from
    /// it and the source's hidden number of rows). A variable the source never fills is
    /// empty in both (not collected). Nil when no source has that kind.
    /// Two derivations across the report's tables are closed by suppressing cells here:
    ///
    /// - Rows loaded minus a variable's missing values is the number of respondents who answered
    ///   it, and minus the `n` of its estimates by `groupedBy` (sex, age group) it leaves those
    ///   who answered it without a group. When that is from 1 to k − 1 for one of the `estimated`
    ///   variables, its missing count for the source is suppressed.
    /// - A percentage of missing values with its count gives back the source's rows: when
    ///   `provenance` suppresses a source's rows loaded, its percentages are suppressed.
    ///
    /// - Parameters:
    ///   - estimated: the variables the report estimates by `groupedBy`.
    ///   - groupedBy: the variables those estimates are grouped by.
    ///   - provenance: the published ``provenance()`` table.
    ///   - askedOnlyIf: variables asked only of the respondents with another variable equal to a
    ///     value (a skip pattern: the help-seeking questions follow an experience of abuse), mapped
    ///     to that condition; a source's own `asked_if:` conditions replace these. Their missing
    ///     values and percentages count only those respondents: "not applicable" is not missing.
    ///   - statedExactly: variables whose missing counts the report states exactly elsewhere (the
    ///     respondents left out of its analysis sample for want of a sex or an age group, counts
    ///     of non-response to a demographic question): shown even when small, as the rows loaded
    ///     minus the sample's n give them back anyway.
    ///   - distributed: variables whose missing values another table of the report counts in a
    ///     cell of its own (a distribution of cases with its `missing` column, audited with the
    ///     other tables of its publication), and the variables they are banded from: their
    ///     missing counts are suppressed here, or the total minus the other cells of that
    ///     distribution would give back a cell it suppresses.
    /// - Throws: `StorageError`, `DisclosureError`.
    package func missingness(
        kind: String, estimated: [String] = [], groupedBy: [String] = [], provenance: PublishedTable? = nil,
        askedOnlyIf: [String: AskedIf] = [:], statedExactly: [String] = [], distributed: [String] = []
    ) throws -> PublishedTable? {
        guard let sourceKind = SourceKind(rawValue: kind) else { return nil }
        let sources = try store.sources().filter { $0.kind == kind }
        guard !sources.isEmpty else { return nil }
        let variables = try store.columns(of: sourceKind).filter { !$0.hasPrefix("_") }.sorted()
        guard !variables.isEmpty else { return nil }
        var columns = [CountTable.Column("variable", role: .key)]
        for source in sources {
            let missing = columns.count
            columns.append(CountTable.Column("missing[\(source.name)]", role: .count))
            columns.append(CountTable.Column("rows[\(source.name)]", role: .count, isPublished: false))
            columns.append(CountTable.Column("percent[\(source.name)]", role: .derived(from: [missing, missing + 1]), decimals: 1))
        }
        let tallies = try sources.map { source in
            let skips = askedOnlyIf.merging(source.askedIf) { _, own in own }.filter {
                variables.contains($0.key) && variables.contains($0.value.variable)
            }
            return try missingTallies(kind: sourceKind, source: source.id, variables: variables, askedOnlyIf: skips)
        }
        let rows = variables.enumerated().map { v, name in
            CountTable.Row(
                [.text(name)]
                    + tallies.flatMap { tally -> [CountTable.Cell] in
                        let (rows, present) = (tally.rows[v], tally.present[v])
                        guard present > 0 else { return [.empty, .empty, .empty] }
                        let missing = rows - present
                        return [.count(missing), .count(rows), .number(100 * Double(missing) / Double(rows))]
                    })
        }
        let table = CountTable(title: "Missing values: \(kind)", columns: columns, rows: rows)
        var forcing: Set<CellPosition> = []
        var known: Set<CellPosition> = []
        for (s, source) in sources.enumerated() {
            let missing = 1 + 3 * s
            for v in variables.indices where statedExactly.contains(variables[v]) {
                known.insert(CellPosition(row: v, column: missing))
            }
            if Self.rowsHidden(of: source.name, in: provenance) {
                for v in variables.indices where rows[v].cells[missing + 1] != .empty {
                    forcing.insert(CellPosition(row: v, column: missing + 1))
                }
            }
            let ungrouped = try answeredWithoutGroup(kind: sourceKind, source: source.id, variables: variables, groupedBy: groupedBy)
            for v in variables.indices
            where estimated.contains(variables[v]) && (1..<disclosure.k).contains(ungrouped[v]) && rows[v].cells[missing] != .empty {
                forcing.insert(CellPosition(row: v, column: missing))
            }
            for v in variables.indices where distributed.contains(variables[v]) && ![.empty, .count(0)].contains(rows[v].cells[missing]) {
                forcing.insert(CellPosition(row: v, column: missing))
            }
        }
        return try disclosure.publish(table, forcing: forcing, note: Self.linkedNote, known: known.subtracting(forcing))
    }

    /// The note under a missing-values table with cells suppressed for the report's other tables.
    package static let linkedNote =
        "Some cells (:c) are suppressed because, with the report's other tables, they would give back a small count."

    /// Whether the provenance table suppresses a source's rows loaded.
    private static func rowsHidden(of source: String, in provenance: PublishedTable?) -> Bool {
        guard let provenance, let column = provenance.header.firstIndex(of: "rows_loaded") else { return false }
        return provenance.rows.contains { $0.first?.text == source && $0[column].mark != nil }
    }

    /// Per variable, the source's rows with a value of it and no value of some `groupedBy` variable
    /// (the largest over them).
    private func answeredWithoutGroup(kind: SourceKind, source: Int64, variables: [String], groupedBy: [String]) throws -> [Int] {
        let present = Set(variables)
        var largest = [Int](repeating: 0, count: variables.count)
        for group in groupedBy where present.contains(group) {
            let tallies = try store.valueTallies(of: variables, in: kind, source: source, among: .missing(group))
            for (v, count) in tallies.present.enumerated() { largest[v] = max(largest[v], count) }
        }
        return largest
    }

    /// The source kinds, which are also the names of their tables.
    package static let kinds = SourceKind.allCases.map(\.rawValue)

    /// Rows of one source and, per variable, how many have a value.
    /// Per variable, the rows it concerns and those with a value: every row of the source, or
    /// for a variable in `askedOnlyIf` the rows that meet its condition.
    private func missingTallies(
        kind: SourceKind, source: Int64, variables: [String], askedOnlyIf: [String: AskedIf]
    ) throws -> (rows: [Int], present: [Int]) {
        let all = try store.valueTallies(of: variables, in: kind, source: source)
        var rows = [Int](repeating: all.rows, count: variables.count)
        var present = all.present
        for filter in Set(askedOnlyIf.values).sorted(by: { $0.condition < $1.condition }) {
            let asked = variables.indices.filter { askedOnlyIf[variables[$0]] == filter }
            let eligible = try store.valueTallies(
                of: asked.map { variables[$0] }, in: kind, source: source, among: .equalTo(filter.variable, filter.value))
            for (i, v) in asked.enumerated() where present[v] > 0 {
                rows[v] = eligible.rows
                present[v] = eligible.present[i]
            }
        }
        return (rows, present)
    }
}
