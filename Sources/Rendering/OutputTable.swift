import Disclosure

/// A table as sitan prints it, in any ``OutputFormat``.
///
/// Statistical tables are made from published tables (``OutputCell/published(_:)``), so a
/// suppressed value is already gone when it gets here; metadata listings (sources, rejects,
/// variables, query results) use the plain cell constructors.
package struct OutputTable: Sendable, Equatable {
    /// The title, printed above the table in `table` and `markdown` (nil: none).
    package var title: String?
    /// The columns, in order.
    package var columns: [OutputColumn]
    /// The rows, cells in column order.
    package var rows: [[OutputCell]]
    /// Notes on the table: under it for people, apart from it in CSV.
    package var notes: [String]

    package init(title: String? = nil, columns: [OutputColumn], rows: [[OutputCell]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// A listing whose columns are all plain (no marks, shown in every format).
    package init(columns: [String], rows: [[OutputCell]], notes: [String] = []) {
        self.init(columns: columns.map { OutputColumn($0) }, rows: rows, notes: notes)
    }

    /// A published table: `keyColumns` hold labels, every other column numbers with a mark
    /// column of its own in CSV (`count` and `count_flag`).
    package init(published table: PublishedTable, keyColumns: Set<String>, notes: [String]) {
        self.init(
            title: table.title,
            columns: table.header.map { OutputColumn($0, hasFlag: !keyColumns.contains($0)) },
            rows: table.rows.map { row in
                zip(table.header, row).map { name, cell in keyColumns.contains(name) ? .text(cell.text) : .published(cell) }
            },
            notes: notes)
    }
}

/// One column of an ``OutputTable``.
package struct OutputColumn: Sendable, Equatable {
    /// The header.
    package var name: String
    /// Whether CSV gives the column's marks a column of their own, `<name>_flag`, holding
    /// `confidential`, `unreliable`, `low_reliability` or nothing.
    package var hasFlag: Bool
    /// Whether the column is only in machine-readable output (CSV and JSON arrays), such as the
    /// `flags` of a row, which people read from the marks instead.
    package var machineOnly: Bool

    package init(_ name: String, hasFlag: Bool = false, machineOnly: Bool = false) {
        self.name = name
        self.hasFlag = hasFlag
        self.machineOnly = machineOnly
    }
}

/// One cell: the text people see, the typed value programs read, and the disclosure mark.
package struct OutputCell: Sendable, Equatable {
    /// A typed value for CSV and JSON.
    package enum Value: Sendable, Equatable {
        case null
        case text(String)
        case integer(Int64)
        case number(Double)
        /// A stored floating-point value, written as Swift prints it (`399.0`), as `sitan query`
        /// has always shown SQLite's REAL values.
        case real(Double)
        case bool(Bool)
        /// A JSON value, already encoded (a list of labels); CSV shows the cell's text.
        case json(String)
    }

    /// The text in `table` and `markdown`: rounded as published, with its mark.
    package var text: String
    /// The value in `csv` and `json`: full precision, null when suppressed or empty.
    package var value: Value
    /// The disclosure mark, written to the column's `_flag` column in CSV.
    package var mark: DisclosureMark?

    package init(text: String, value: Value, mark: DisclosureMark? = nil) {
        self.text = text
        self.value = value
        self.mark = mark
    }

    /// An empty cell.
    package static let null = OutputCell(text: "", value: .null)

    /// A label or any other text.
    package static func text(_ text: String) -> OutputCell { OutputCell(text: text, value: .text(text)) }

    /// A whole number.
    package static func integer(_ value: Int64) -> OutputCell { OutputCell(text: String(value), value: .integer(value)) }

    /// A number shown in full.
    package static func real(_ value: Double) -> OutputCell {
        OutputCell(text: String(value), value: value.isFinite ? .real(value) : .null)
    }

    /// Yes or no (`true`/`false` for programs).
    package static func bool(_ value: Bool) -> OutputCell { OutputCell(text: value ? "yes" : "no", value: .bool(value)) }

    /// An encoded JSON value with its text for people.
    package static func json(_ encoded: String, display: String) -> OutputCell { OutputCell(text: display, value: .json(encoded)) }

    /// A published number: its published text and mark, its value at full precision (none when
    /// suppressed).
    package static func published(_ cell: PublishedCell) -> OutputCell {
        OutputCell(text: cell.text, value: cell.value.map { .number($0) } ?? .null, mark: cell.mark)
    }

    /// The value as a CSV field's content (before quoting).
    var csvText: String {
        switch value {
        case .null: ""
        case let .text(text): text
        case let .integer(value): String(value)
        case let .number(value): JSONText.number(value) ?? ""
        case let .real(value): String(value)
        case let .bool(value): value ? "true" : "false"
        case .json: text
        }
    }

    /// The value as JSON.
    var jsonText: String {
        switch value {
        case .null: "null"
        case let .text(text): JSONText.string(text)
        case let .integer(value): String(value)
        case let .number(value): JSONText.number(value) ?? "null"
        case let .real(value): String(value)
        case let .bool(value): value ? "true" : "false"
        case let .json(encoded): encoded
        }
    }
}
