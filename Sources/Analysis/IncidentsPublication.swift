import Disclosure

/// The distribution table of `sitan incidents`, as it may be published (made only from a
/// ``PublishedTable`` that passed ``DisclosureControl/publish(_:)``).
package struct PublishedIncidentDistribution: Sendable {
    /// Counts, row totals and row percentages, with the total row; footnote included.
    package let table: PublishedTable
    /// The variable across the columns.
    package let across: String
    /// The row groups.
    package let by: [String]

    init(table: PublishedTable, request: IncidentRequest) {
        self.table = table
        across = request.across
        by = request.by
    }

    /// The notes printed under the table.
    package var notes: [String] {
        let missing = table.header.contains("missing") ? ", including cases with a missing \(across) (column missing)" : ""
        return [
            table.footnote,
            "Percentages are of the row total\(missing); stages are cumulative (a convicted case was also recorded and prosecuted).",
        ]
    }
}
