/// A GitHub-flavoured Markdown table: the one Markdown table writer of the report and of the
/// commands' `--format markdown`.
///
/// Cells are escaped so that they stay in their column: a `|` becomes `\|` and a line break a
/// space. Numeric columns can be aligned right.
package struct MarkdownTable: Sendable, Equatable {
    /// The header.
    package var header: [String]
    /// The rows, as many cells as the header.
    package var rows: [[String]]
    /// Notes under the table (see ``render()``).
    package var notes: [String]
    /// Columns aligned right (numbers).
    package var numeric: Set<Int>

    /// Creates a table.
    package init(header: [String], rows: [[String]], notes: [String] = [], numeric: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.notes = notes
        self.numeric = numeric
    }

    /// The header line, the alignment line and one line per row, without notes.
    package var lines: [String] {
        var lines = [Self.line(header)]
        lines.append("|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined())
        lines += rows.map(Self.line)
        return lines
    }

    /// The table, then a blank line and the notes as one paragraph in italics; empty when
    /// there are no rows. No line break at the end.
    package func render() -> String {
        guard !rows.isEmpty else { return "" }
        var lines = lines
        if !notes.isEmpty { lines += ["", Self.italic(notes.joined(separator: " "))] }
        return lines.joined(separator: "\n")
    }

    /// Text in italics.
    package static func italic(_ text: String) -> String { "_" + text + "_" }

    /// Text escaped for a cell: `|` as `\|`, a line break as a space.
    package static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private static func line(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }
}
