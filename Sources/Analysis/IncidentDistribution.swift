import Codebooks
import Disclosure
import Storage

/// Counts of incidents per row group and category, read with one `GROUP BY`.
struct IncidentCounts: Sendable {
    /// The row groups' labels (`--by` order), sorted (years numerically).
    let groups: [[String]]
    /// The column categories, in dictionary order, then other values, then `missing`.
    let categories: [String]
    /// counts[group][category].
    let counts: [[Int]]
}

/// The distribution of recorded incidents by victim sex, age group, perpetrator relation,
/// online or offline, ICCS category or any other incident variable: the library behind
/// `sitan incidents`.
///
/// Counts come from one SQL aggregate over the `incidents` table; the table is published
/// with its totals (a total column per row and a total row), so ``DisclosureControl``
/// applies primary and complementary suppression, and the percentages (of the row total)
/// disappear with the counts they come from.
package struct IncidentDistribution {
    let store: Store
    let disclosure: DisclosureControl
    let ledger: ReleaseLedger?

    /// Creates the analysis of one database under one disclosure rule.
    ///
    /// - Parameter ledger: the release ledger the table is audited against and recorded in; nil
    ///   publishes it on its own.
    package init(store: Store, disclosure: DisclosureControl, ledger: ReleaseLedger? = nil) {
        self.store = store
        self.disclosure = disclosure
        self.ledger = ledger
    }

    /// `sitan incidents`: counts and row percentages with totals.
    ///
    /// - Parameter request: the variable across, the row groups and filters.
    /// - Returns: the published table.
    /// - Throws: ``RateError`` for an unknown variable or no incidents; `DisclosureError` if
    ///   the table cannot be protected.
    package func distribution(_ request: IncidentRequest) throws -> PublishedIncidentDistribution {
        let counts = try load(request)
        let table = IncidentTableBuilder(request: request, counts: counts).build()
        guard let ledger else { return PublishedIncidentDistribution(table: try disclosure.publish(table), request: request) }
        let predicates = IncidentLedgerCounts(offence: request.offence, stage: request.stage)
            .distribution(request: request, counts: counts, table: table)
        let published = try ledger.publish([LedgerTable(table: table, counts: predicates)], dataset: .incidents, disclosure: disclosure)
        return PublishedIncidentDistribution(table: published[0], request: request)
    }

    /// Reads the counts per group and category.
    func load(_ request: IncidentRequest) throws -> IncidentCounts {
        let columns = try store.columns(of: .incidents)
        if !columns.contains("country") {
            throw RateError.missingData(table: "incidents", hint: "ingest record-level incident files first")
        }
        for name in request.by + [request.across] where !columns.contains(name) {
            throw RateError.malformedArgument(
                option: request.across == name ? "--across" : "--by", argument: name,
                expected: "an incident variable (see `sitan variables`)")
        }
        try Self.checkFilter(request, columns: columns)
        let rows = try store.incidentCounts(
            by: request.by + [request.across], iccsPrefix: request.offence, stages: request.stage?.acceptedValues)
        guard !rows.isEmpty else { throw RateError.nothingToCount(what: "no incident rows match --offence and --stage") }
        let width = request.by.count
        var cells: [[String]: [String: Int]] = [:]
        for row in rows {
            let group = row.values[0..<width].map { $0 ?? "missing" }
            cells[group, default: [:]][row.values[width] ?? "missing", default: 0] += row.count
        }
        let categories = try self.categories(of: request.across, present: Set(cells.values.flatMap(\.keys)))
        let groups = cells.keys.sorted(by: Self.labelOrder)
        return IncidentCounts(
            groups: groups, categories: categories, counts: groups.map { g in categories.map { cells[g]?[$0] ?? 0 } })
    }

    /// Refuses `--offence` (code prefix) and `--stage` (reached at least) when the incidents
    /// have no ICCS codes or no stage column.
    static func checkFilter(_ request: IncidentRequest, columns: Set<String>) throws {
        if request.offence != nil, !columns.contains("iccs") {
            throw RateError.missingData(table: "incidents", hint: "no ICCS codes; drop --offence")
        }
        if request.stage?.acceptedValues != nil, !columns.contains("stage") {
            throw RateError.missingData(table: "incidents", hint: "no stage column; drop --stage")
        }
    }

    /// Dictionary categories first (binary: 1 then 0), then other values present, then `missing`.
    func categories(of variable: String, present: Set<String>) throws -> [String] {
        let stored = try store.variables().first { $0.name == variable }
        let ordered = stored?.type == .binary ? ["1", "0"] : (stored?.categories ?? [])
        let others = present.subtracting(ordered).subtracting(["missing"]).sorted(by: { Self.labelOrder([$0], [$1]) })
        return ordered + others + (present.contains("missing") ? ["missing"] : [])
    }

    /// Labels in order, numbers numerically.
    static func labelOrder(_ lhs: [String], _ rhs: [String]) -> Bool {
        for (l, r) in zip(lhs, rhs) where l != r {
            if let a = Int(l), let b = Int(r) { return a < b }
            return l < r
        }
        return lhs.count < rhs.count
    }
}
