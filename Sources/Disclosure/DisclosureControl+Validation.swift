/// Checks that a table is well formed before anything is suppressed.
extension DisclosureControl {
    /// Throws the first problem found in the table's shape, roles, margins or totals.
    static func validate(_ table: CountTable) throws {
        try validateColumns(table)
        for (row, content) in table.rows.enumerated() {
            guard content.cells.count == table.columns.count else {
                throw DisclosureError.rowWidth(
                    row: row, expected: table.columns.count, found: content.cells.count)
            }
            for (column, cell) in content.cells.enumerated() {
                try validateCell(cell, role: table.columns[column].role, row: row, column: column)
            }
            for column in content.reliability.keys {
                guard table.columns.indices.contains(column),
                    case .derived = table.columns[column].role
                else { throw DisclosureError.reliabilityOnNonDerivedColumn(row: row, column: column) }
            }
        }
        try validateMargins(table)
        try validateTotals(table)
    }

    /// Derived columns must name earlier count or derived columns.
    private static func validateColumns(_ table: CountTable) throws {
        for (index, column) in table.columns.enumerated() {
            guard case let .derived(sources) = column.role else { continue }
            for source in sources {
                guard source >= 0, source < index, table.columns[source].role != .key else {
                    throw DisclosureError.invalidDerivation(column: index)
                }
            }
        }
    }

    /// A cell must fit its column's role.
    private static func validateCell(_ cell: CountTable.Cell, role: ColumnRole, row: Int, column: Int) throws {
        switch (role, cell) {
        case (_, .empty), (.key, .text), (.derived, .number):
            return
        case let (.count, .count(value)):
            if value < 0 { throw DisclosureError.negativeCount(row: row, column: column) }
        default:
            throw DisclosureError.cellDoesNotMatchRole(row: row, column: column)
        }
    }

    /// Margins must name existing rows and count columns.
    private static func validateMargins(_ table: CountTable) throws {
        let margins = table.margins
        let isCount = { (column: Int) in
            table.columns.indices.contains(column) && table.columns[column].role == .count
        }
        if let row = margins.totalRow, !table.rows.indices.contains(row) {
            throw DisclosureError.invalidMargins
        }
        if let column = margins.totalColumn {
            let addends = margins.addendColumns
            guard isCount(column), !addends.isEmpty, addends.allSatisfy(isCount),
                !addends.contains(column), Set(addends).count == addends.count
            else { throw DisclosureError.invalidMargins }
        } else if !margins.addendColumns.isEmpty {
            throw DisclosureError.invalidMargins
        }
        for rows in margins.knownTotals
        where Set(rows).count != rows.count || !rows.allSatisfy({ table.rows.indices.contains($0) && $0 != margins.totalRow }) {
            throw DisclosureError.invalidMargins
        }
    }

    /// Every line's cells must be present, and the total must equal the sum.
    private static func validateTotals(_ table: CountTable) throws {
        let values = countValues(of: table)
        for line in lines(of: table) {
            for cell in line.cells where values[cell] == nil {
                throw DisclosureError.missingCountInTotal(row: cell.row, column: cell.column)
            }
            let sum = line.addends.reduce(0) { $0 + values[$1]! }
            if sum != values[line.total]! {
                throw DisclosureError.inconsistentTotal(row: line.total.row, column: line.total.column)
            }
        }
    }
}
