import Diagnostics

/// Errors of the Disclosure module.
///
/// Positions are 0-based indices into the ``CountTable`` given to
/// ``DisclosureControl/publish(_:)``, shown 1-based in the description. No case carries a
/// cell value: a table that fails here may hold unsuppressed small counts.
package enum DisclosureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The threshold k is below 3, which the project never allows.
    case thresholdTooLow(k: Int)
    /// A row has a different number of cells than the table has columns.
    case rowWidth(row: Int, expected: Int, found: Int)
    /// A cell does not match its column's role (text in a count column, ...).
    case cellDoesNotMatchRole(row: Int, column: Int)
    /// A count is negative.
    case negativeCount(row: Int, column: Int)
    /// A derived column names a source that is not an earlier count or derived column.
    case invalidDerivation(column: Int)
    /// Reliability inputs are attached to a column that is not a derived column.
    case reliabilityOnNonDerivedColumn(row: Int, column: Int)
    /// The margins name a row or column that does not exist or is not a count column.
    case invalidMargins
    /// A count that takes part in a total is empty.
    case missingCountInTotal(row: Int, column: Int)
    /// A published total is not the sum of its cells.
    case inconsistentTotal(row: Int, column: Int)
    /// Complementary suppression could not protect the table (an internal failure).
    case cannotProtect
    /// Everything published from one data set crosses too many values to audit exactly.
    case auditTooLarge(limit: Int)
    /// Every count of a new output would have to be suppressed to keep earlier ones safe.
    case nothingReleasable
    /// Every row of the output would be suppressed, for the reason the note gives.
    case nothingReleasableBecause(String)

    package var description: String {
        switch self {
        case let .thresholdTooLow(k):
            "disclosure threshold k = \(k) is below the minimum of 3; raise it in the project config"
        case let .rowWidth(row, expected, found):
            "table row \(row + 1) has \(found) cells but the table has \(expected) columns"
        case let .cellDoesNotMatchRole(row, column):
            "table row \(row + 1), column \(column + 1): the cell does not match the column's role"
        case let .negativeCount(row, column):
            "table row \(row + 1), column \(column + 1): a count is negative"
        case let .invalidDerivation(column):
            "table column \(column + 1) is derived from a column that is not an earlier count "
                + "or derived column; list sources before the columns computed from them"
        case let .reliabilityOnNonDerivedColumn(row, column):
            "table row \(row + 1), column \(column + 1): reliability inputs belong on a derived column"
        case .invalidMargins:
            "the table's margins name a row or column that does not exist or is not a count column"
        case let .missingCountInTotal(row, column):
            "table row \(row + 1), column \(column + 1): a count that adds up to a total is empty"
        case let .inconsistentTotal(row, column):
            "table row \(row + 1), column \(column + 1): the total is not the sum of its cells; "
                + "totals must be computed from the same data as the cells"
        case .cannotProtect:
            "complementary suppression could not protect the table; it was not published"
        case let .auditTooLarge(limit):
            "everything published so far crosses more than \(limit) combinations of values, too many to audit "
                + "exactly; start a new release ledger (`sitan releases --new-ledger --reason ...`) for a new publication"
        case .nothingReleasable:
            "nothing of this output can be released: every count in it would let a reader recompute a count "
                + "below the disclosure threshold from what was published earlier (see `sitan releases`); "
                + "ask for a coarser grouping, or start a new release ledger for a new publication"
        case let .nothingReleasableBecause(note):
            "nothing of this output can be released. " + note
        }
    }
}

extension DisclosureError: DiagnosticConvertible {
    /// An output the ledger cannot release is a property of the data (exit 65); the other cases
    /// are tables built wrongly by sitan itself (exit 1, an internal failure).
    package var diagnostic: Diagnostic {
        switch self {
        case .nothingReleasable, .nothingReleasableBecause, .auditTooLarge: Diagnostic(kind: .data, message: description)
        default: Diagnostic(kind: .environment, message: description)
        }
    }
}
