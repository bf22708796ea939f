/// A table that has passed disclosure control: the only kind of table the CLI renders.
///
/// It can only be made by ``DisclosureControl/publish(_:)``: there is no public
/// initialiser, and its properties cannot be changed from outside this module. Cells hold
/// the rendered text with Eurostat marks; a suppressed cell keeps no value.
package struct PublishedTable: Sendable, Hashable {
    /// The table's title.
    package let title: String
    /// The headers of the published columns.
    package let header: [String]
    /// The published rows, cells in header order.
    package let rows: [[PublishedCell]]
    /// The index in ``rows`` of the total row, if any.
    package let totalRow: Int?
    /// The footnote stating the rules in force; print it under the table.
    package internal(set) var footnote: String
    /// The threshold k the table was published with.
    package let threshold: Int

    init(
        title: String, header: [String], rows: [[PublishedCell]], totalRow: Int?,
        footnote: String, threshold: Int
    ) {
        self.title = title
        self.header = header
        self.rows = rows
        self.totalRow = totalRow
        self.footnote = footnote
        self.threshold = threshold
    }
}

/// One cell of a ``PublishedTable``.
package struct PublishedCell: Sendable, Hashable, CustomStringConvertible {
    /// The text to print: a label, a number, a number followed by ` u`, `:c` or `:u`.
    package let text: String
    /// The number shown, for renderers that type their output (JSON); `nil` for labels,
    /// empty cells and suppressed cells.
    package let value: Double?
    /// The Eurostat mark, if any.
    package let mark: DisclosureMark?

    init(text: String, value: Double? = nil, mark: DisclosureMark? = nil) {
        self.text = text
        self.value = value
        self.mark = mark
    }

    /// The text to print.
    package var description: String { text }
}

/// Eurostat's marks for published statistics.
package enum DisclosureMark: String, Sendable, Hashable, CaseIterable {
    /// Confidential (primary or complementary suppression): shown as `:c`.
    case confidential = ":c"
    /// Not shown because unreliable (NCHS suppression): shown as `:u`.
    case unreliable = ":u"
    /// Shown with low reliability (NCHS flag): the value followed by `u`.
    case lowReliability = "u"
}
