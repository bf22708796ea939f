/// A statistical table before disclosure control: the only input ``DisclosureControl`` takes.
///
/// Columns have a role (``ColumnRole``): group keys, counts of respondents or incidents,
/// and values derived from counts (percentages, estimates, CI bounds, rates). Rows hold
/// the cells; derived cells may carry NCHS reliability inputs. ``Margins`` say which row
/// and column are totals, which is what complementary suppression protects.
package struct CountTable: Sendable, Hashable {
    /// The table's title.
    package var title: String
    /// The columns, in display order. A derived column's sources come before it.
    package var columns: [Column]
    /// The rows, including a total row if ``margins`` names one.
    package var rows: [Row]
    /// The totals published with the table.
    package var margins: Margins

    /// Creates a table.
    package init(title: String, columns: [Column], rows: [Row], margins: Margins = .none) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.margins = margins
    }
}

/// What a column holds, which decides how it is suppressed.
package enum ColumnRole: Sendable, Hashable {
    /// A group label (country, sex, age group): ``CountTable/Cell/text(_:)`` cells, never suppressed.
    case key
    /// A count of respondents or incidents: ``CountTable/Cell/count(_:)`` cells; counts from 1 to
    /// k − 1 are suppressed.
    case count
    /// A number computed from the listed columns of the same row (a percentage from its
    /// numerator and denominator counts, a CI bound from its estimate): suppressed whenever
    /// one of its sources is.
    ///
    /// Sources are in the same row only. A value whose denominator lies in another row (a
    /// column percentage over the total row) cannot be declared: a reader could divide a
    /// shown count by it to recover a suppressed total. Publish such values as row-wise
    /// derived columns that list the denominator's column, or not at all.
    case derived(from: [Int])
}

extension CountTable {
    /// One column of a ``CountTable``.
    package struct Column: Sendable, Hashable {
        /// The header.
        package var name: String
        /// The role.
        package var role: ColumnRole
        /// Decimal places shown for ``CountTable/Cell/number(_:)`` cells.
        package var decimals: Int
        /// Whether the column is shown. A hidden count (the numerator behind a percentage)
        /// still drives suppression of the values derived from it.
        package var isPublished: Bool

        /// Creates a column.
        package init(_ name: String, role: ColumnRole, decimals: Int = 0, isPublished: Bool = true) {
            self.name = name
            self.role = role
            self.decimals = decimals
            self.isPublished = isPublished
        }
    }

    /// One cell of a ``CountTable``.
    package enum Cell: Sendable, Hashable {
        /// A label, in a key column.
        case text(String)
        /// A count, in a count column.
        case count(Int)
        /// A number, in a derived column.
        case number(Double)
        /// Nothing (shown as an empty cell).
        case empty
    }

    /// One row of a ``CountTable``.
    package struct Row: Sendable, Hashable {
        /// The cells, one per column.
        package var cells: [Cell]
        /// NCHS reliability inputs for proportion cells, keyed by the derived column's index.
        package var reliability: [Int: ReliabilityInputs]

        /// Creates a row.
        package init(_ cells: [Cell], reliability: [Int: ReliabilityInputs] = [:]) {
            self.cells = cells
            self.reliability = reliability
        }
    }
}

/// The totals a table is published with.
///
/// - ``totalRow``: the row whose count cells are the sums of the same column over all other
///   rows (1-D tables with a total; the bottom margin of a 2-D table).
/// - ``totalColumn``: the count column holding, in every row, the sum of ``addendColumns``
///   (the right margin of a 2-D table; with ``totalRow`` its cell there is the grand total).
///
/// Totals published elsewhere (another table, the report's text) are not known to this
/// table: include them here, or a reader may combine them with this table's cells.
package struct Margins: Sendable, Hashable {
    /// The total row's index, if any.
    package var totalRow: Int?
    /// The total column's index, if any.
    package var totalColumn: Int?
    /// The count columns that add up to ``totalColumn``.
    package var addendColumns: [Int]
    /// Sets of rows whose counts add up to totals that are not in this table but are published
    /// elsewhere (the overall estimate beside a by-group table, a margin in another table). A
    /// reader knows those totals, so each set is a line for complementary suppression; the
    /// totals themselves are never shown here.
    package var knownTotals: [[Int]]
    /// Count columns whose sums over the rows of ``knownTotals`` are not published anywhere (the
    /// hidden split of a mean's respondents by value): left out of those lines.
    package var unsummedColumns: Set<Int> = []

    /// No totals.
    package static let none = Margins()

    /// Creates margins.
    package init(totalRow: Int? = nil, totalColumn: Int? = nil, addendColumns: [Int] = [], knownTotals: [[Int]] = []) {
        self.totalRow = totalRow
        self.totalColumn = totalColumn
        self.addendColumns = addendColumns
        self.knownTotals = knownTotals
    }
}
