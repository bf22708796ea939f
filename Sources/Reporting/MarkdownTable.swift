/// A GitHub-flavoured Markdown table with its footnotes, built from published cells.
struct MarkdownTable {
    let header: [String]
    let rows: [[String]]
    let notes: [String]
    /// Columns aligned right (numbers).
    var numeric: Set<Int> = []

    /// The table, a blank line, then the notes as one paragraph in italics.
    func render() -> String {
        guard !rows.isEmpty else { return "" }
        let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined())
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        if !notes.isEmpty { lines += ["", "_" + notes.joined(separator: " ") + "_"] }
        return lines.joined(separator: "\n")
    }
}

/// The localised footnotes stating the disclosure rule under a table.
struct DisclosureNotes {
    let strings: ReportStrings

    /// The notes for a table published with threshold `k`.
    func notes(k: Int, complementary: Bool, reliability: Bool) -> [String] {
        var notes = [strings.format("note.disclosure", ["k1": String(k - 1)])]
        if complementary { notes.append(strings["note.complementary"]) }
        if reliability { notes.append(strings["note.reliability"]) }
        return notes
    }
}
