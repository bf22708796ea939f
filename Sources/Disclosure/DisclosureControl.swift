/// The single choke point every published table passes through (docs/configuration.md).
///
/// ``publish(_:)`` turns a ``CountTable`` into a ``PublishedTable``, the only type the CLI's
/// renderers accept; ``PublishedTable`` has no public initialiser, so a table cannot reach
/// stdout, a CSV/JSON/Markdown export or the report without passing here.
///
/// 1. Primary suppression: every count from 1 to k − 1 is replaced by `:c`. Zero is shown.
/// 2. Complementary suppression, for tables with ``Margins``: no line (a row or column,
///    totals included) may have exactly one suppressed cell, and the suppressed cells of a
///    line must sum to at least k. Cells are added smallest value first (ties: inner cells
///    before totals, then top-left first), which keeps the information lost small; cells
///    of 0 are only chosen when the sum is already at least k. This repeats to a fixpoint.
/// 3. Audit: the feasible interval of every suppressed cell given everything published
///    is computed by linear programming (``SuppressionAudit``). While some cell is pinned
///    down, the smallest unsuppressed cell on its lines is suppressed too, and 2–3 repeat.
///    A table is never published unprotected: if this cannot succeed, publishing fails.
/// 4. Every number derived from a suppressed count in the same row is suppressed (`:c`).
/// 5. Proportions with ``ReliabilityInputs`` follow the NCHS standard
///    (``ProportionReliability``): `:u` when suppressed, a trailing `u` when flagged; so
///    does every number derived from them.
package struct DisclosureControl: Sendable {
    /// The threshold: counts from 1 to k − 1 are confidential.
    package let k: Int
    /// What happens to proportions below the NCHS standards: not shown, or shown with a mark.
    package let reliability: ReliabilityRule

    /// Creates the disclosure control for a project.
    ///
    /// - Parameters:
    ///   - k: the threshold from the project config (default 5).
    ///   - reliability: the project's reliability rule (default `.suppress`).
    /// - Throws: ``DisclosureError/thresholdTooLow(k:)`` when k < 3.
    package init(k: Int = 5, reliability: ReliabilityRule = .suppress) throws {
        guard k >= 3 else { throw DisclosureError.thresholdTooLow(k: k) }
        self.k = k
        self.reliability = reliability
    }

    /// Applies disclosure control to a table.
    ///
    /// - Parameter table: the table as computed.
    /// - Returns: the table as it may be published, with marks and a footnote.
    /// - Throws: ``DisclosureError`` when the table is malformed (mismatched roles,
    ///   inconsistent totals) or cannot be protected.
    package func publish(_ table: CountTable) throws -> PublishedTable {
        try publish(table, forcing: [], note: nil)
    }

    /// Applies disclosure control with further count cells to suppress, chosen by an audit of
    /// what was published before (``PublicationAudit``); they are protected like primary cells.
    ///
    /// - Parameters:
    ///   - forcing: count cells to suppress besides the small ones.
    ///   - note: a sentence for the footnote saying why, when `forcing` is not empty.
    ///   - known: count cells that the publication states exactly elsewhere (the report's number of
    ///     respondents without a recorded sex): not suppressed for being small, since hiding them
    ///     would protect nothing. They may still be chosen as complements.
    package func publish(
        _ table: CountTable, forcing: Set<CellPosition>, note: String?, known: Set<CellPosition> = []
    ) throws -> PublishedTable {
        let confidential = try confidentialCells(of: table, forcing: forcing, known: known)
        let states = Self.cellStates(of: table, confidential: confidential, reliability: reliability)
        var published = render(table, states: states)
        if let note, !forcing.isEmpty { published.footnote += " " + note }
        return published
    }

    /// Every count cell the table suppresses: the small ones, `forcing`, and their complements.
    package func confidentialCells(
        of table: CountTable, forcing: Set<CellPosition> = [], known: Set<CellPosition> = []
    ) throws -> Set<CellPosition> {
        try Self.validate(table)
        let values = Self.countValues(of: table)
        // A total published elsewhere is only known when it is itself publishable (at least k);
        // a smaller one is suppressed where it is published.
        let lines = Self.lines(of: table).filter { $0.total.row >= 0 || values[$0.total]! >= k }
        let primary = primarySuppressions(table).subtracting(known).union(forcing)
        return try protect(lines: lines, values: values, primary: primary)
    }

    /// The count cells from 1 to k − 1.
    func primarySuppressions(_ table: CountTable) -> Set<CellPosition> {
        var cells: Set<CellPosition> = []
        for (column, definition) in table.columns.enumerated() where definition.role == .count {
            for (row, content) in table.rows.enumerated() {
                if case let .count(value) = content.cells[column], (1..<k).contains(value) {
                    cells.insert(CellPosition(row: row, column: column))
                }
            }
        }
        return cells
    }

    /// The true values of every count cell, and of the known totals published elsewhere
    /// (at negative row positions, which are never shown or suppressed).
    static func countValues(of table: CountTable) -> [CellPosition: Int] {
        var values: [CellPosition: Int] = [:]
        for (row, content) in table.rows.enumerated() {
            for (column, cell) in content.cells.enumerated() {
                if case let .count(value) = cell { values[CellPosition(row: row, column: column)] = value }
            }
        }
        for line in knownTotalLines(of: table) {
            values[line.total] = line.addends.reduce(0) { $0 + (values[$1] ?? 0) }
        }
        return values
    }

    /// The lines of ``Margins/knownTotals``: every count column of each set of rows, with a
    /// virtual total cell at row −1 − (index of the set).
    /// Rows whose cell in a column is not a count (not published there) are left out of that line.
    static func knownTotalLines(of table: CountTable) -> [TotalLine] {
        let counts = table.columns.indices.filter {
            table.columns[$0].role == .count && !table.margins.unsummedColumns.contains($0)
        }
        return table.margins.knownTotals.enumerated().flatMap { index, rows in
            counts.compactMap { column -> TotalLine? in
                let addends = rows.filter { row in
                    if case .count = table.rows[row].cells[column] { return true }
                    return false
                }
                guard addends.count >= 2 else { return nil }
                return TotalLine(
                    addends: addends.map { CellPosition(row: $0, column: column) }, total: CellPosition(row: -1 - index, column: column))
            }
        }
    }

    /// The additive relations the margins publish.
    static func lines(of table: CountTable) -> [TotalLine] {
        let margins = table.margins
        var lines: [TotalLine] = []
        if let totalRow = margins.totalRow {
            let counts = table.columns.indices.filter { table.columns[$0].role == .count }
            for column in counts {
                let addends = table.rows.indices.filter { $0 != totalRow }
                    .map { CellPosition(row: $0, column: column) }
                lines.append(TotalLine(addends: addends, total: CellPosition(row: totalRow, column: column)))
            }
        }
        if let totalColumn = margins.totalColumn {
            for row in table.rows.indices {
                let addends = margins.addendColumns.map { CellPosition(row: row, column: $0) }
                lines.append(TotalLine(addends: addends, total: CellPosition(row: row, column: totalColumn)))
            }
        }
        return lines + knownTotalLines(of: table)
    }
}
