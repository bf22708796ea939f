/// The four formats of an ``OutputTable``.
extension OutputTable {
    /// The table in `format`; in CSV the notes are returned apart (see ``RenderedOutput``).
    package func render(_ format: OutputFormat) -> RenderedOutput {
        switch format {
        case .table: RenderedOutput(body: aligned(withNotes: true))
        case .csv: RenderedOutput(body: csv(), notes: notes)
        case .json: RenderedOutput(body: jsonArray())
        case .markdown: RenderedOutput(body: markdown(withNotes: true))
        }
    }

    /// Several tables for people, one after another, with all their notes at the end.
    ///
    /// - Precondition: `format` is `table` or `markdown` (CSV holds one table, JSON documents
    ///   have their own shape).
    package static func stacked(_ tables: [OutputTable], notes: [String], as format: OutputFormat) -> String {
        let bodies = tables.map { format == .markdown ? $0.markdown(withNotes: false) : $0.aligned(withNotes: false) }
        return bodies.joined(separator: "\n") + "\n" + noteLines(notes, format: format).joined(separator: "\n") + "\n"
    }

    /// The notes as lines for people.
    static func noteLines(_ notes: [String], format: OutputFormat) -> [String] {
        notes.map { format == .markdown ? MarkdownTable.italic($0) + "\n" : "Note: " + $0 }
    }

    private var shownColumns: [Int] { columns.indices.filter { !columns[$0].machineOnly } }

    // MARK: - For people

    /// Columns padded to their widest cell, trailing spaces trimmed.
    func aligned(withNotes: Bool) -> String {
        let shown = shownColumns
        let header = shown.map { columns[$0].name }
        let cells = rows.map { row in shown.map { row[$0].text } }
        let widths = header.indices.map { i in ([header[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            var text = zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = (title.map { [$0] } ?? []) + [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += cells.map(line)
        if withNotes { lines += notes.map { "Note: " + $0 } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table, the title in bold above it, the notes in italics below.
    func markdown(withNotes: Bool) -> String {
        let shown = shownColumns
        var lines = title.map { ["**\(MarkdownTable.escape($0))**", ""] } ?? []
        lines += MarkdownTable(header: shown.map { columns[$0].name }, rows: rows.map { row in shown.map { row[$0].text } }).lines
        if title != nil || (withNotes && !notes.isEmpty) { lines.append("") }
        if withNotes { lines += notes.map(MarkdownTable.italic) }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - For programs

    /// CSV as RFC 4180 with LF line ends: one header line, one line per row, every row as wide as the header; numbers
    /// at full precision, a suppressed number empty, marks in the `<column>_flag` columns.
    func csv() -> String {
        var header: [String] = []
        for column in columns {
            header.append(column.name)
            if column.hasFlag { header.append(column.name + "_flag") }
        }
        var lines = [header.map(Self.csvField).joined(separator: ",")]
        for row in rows {
            var fields: [String] = []
            for (column, cell) in zip(columns, row) {
                fields.append(Self.csvField(cell.csvText))
                if column.hasFlag { fields.append(cell.mark?.flag ?? "") }
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field, quoted when it holds a comma, a quote, a line break or surrounding spaces.
    static func csvField(_ value: String) -> String {
        let needsQuotes =
            value.contains { ",\"\n\r".contains($0) } || value.first == " " || value.last == " "
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// An array of objects, one per row, keyed by column.
    func jsonArray() -> String {
        let objects = rows.map { row in
            "{" + zip(columns, row).map { "\(JSONText.string($0.name)): \($1.jsonText)" }.joined(separator: ", ") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }
}
