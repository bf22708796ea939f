import Analysis
import Disclosure
import Rendering

/// Data quality: missing values per variable and source, rejected rows by reason.
extension ReportBuilder {
    /// `quality`: `missingIntro`, `missing` (each {`kind`, `table`}), `hasRejects`,
    /// `rejectsIntro`, `rejects` (table), `noRejects` (text).
    func qualitySection() -> [String: Any] {
        let missing = bookkeeping.missing.map { kind, table -> [String: Any] in
            ["kind": strings["kind." + kind].capitalisingFirstLetter, "table": missingTable(table, kind: kind)]
        }
        var context: [String: Any] = [
            "missingIntro": strings["quality.missingIntro"], "missing": missing,
            "rejectsIntro": strings["quality.rejectsIntro"], "noRejects": strings["quality.noRejects"],
            "hasRejects": bookkeeping.rejects != nil, "disclosure": disclosureNote(complementary: true, reliability: false),
        ]
        if let rejects = bookkeeping.rejects { context["rejects"] = rejectsTable(rejects) }
        return context
    }

    /// Variable | per source: missing, % (— when the source does not collect the variable).
    private func missingTable(_ table: PublishedTable, kind: String) -> String {
        var header = [strings["col.variable"]]
        var numeric: Set<Int> = []
        for name in table.header.dropFirst() {
            numeric.insert(header.count)
            if name.hasPrefix("missing[") {
                header.append("`\(name.dropFirst(8).dropLast())`: " + strings["col.missing"])
            } else {
                header.append(strings["col.percent"])
            }
        }
        let counts = Set(table.header.indices.filter { table.header[$0].hasPrefix("missing[") })
        let rows = table.rows.map { cells in
            ["`\(cells[0].text)`"]
                + cells.indices.dropFirst().map { index in
                    cells[index].text.isEmpty ? "—" : counts.contains(index) ? style.count(cells[index]) : style.cellText(cells[index])
                }
        }
        var notes = rows.contains { $0.contains("—") } ? [strings["note.notCollected"]] : []
        if table.footnote.contains(ReportTables.linkedNote) {
            notes.append(strings[kind == "incidents" ? "note.linkedMissingCases" : "note.linkedMissing"])
        }
        let names = Set(table.rows.map { $0[0].text })
        // Per condition, the questions put to it; the sources too when the sources differ.
        let conditions = survey.conditions.filter { names.contains($0.key) }.values.flatMap { $0 }
            .filter { names.contains($0.key.variable) }
        let bySource = Dictionary(conditions, uniquingKeysWith: { a, b in Array(Set(a + b)) })
        for condition in bySource.keys.sorted(by: { $0.condition < $1.condition }) {
            let skipped = names.filter { survey.conditions[$0]?[condition] != nil }.sorted()
            let sources =
                bySource.count > 1 ? " (" + (bySource[condition] ?? []).sorted().map { "`\($0)`" }.joined(separator: ", ") + ")" : ""
            notes.append(
                strings.format(
                    "note.notApplicable",
                    ["variables": skipped.map { "`\($0)`" }.joined(separator: ", "), "filter": domainText(condition) + sources]))
        }
        return MarkdownTable(header: header, rows: rows, notes: notes, numeric: numeric).render()
    }

    /// Reason | per source: rows, with the total row.
    private func rejectsTable(_ table: PublishedTable) -> String {
        let header = [strings["col.reason"]] + table.header.dropFirst().map { "`\($0)`" }
        let rows = table.rows.enumerated().map { index, cells in
            [index == table.totalRow ? "**\(strings["col.total"])**" : RejectReasons(strings: strings).text(cells[0].text)]
                + cells.dropFirst().map { style.count($0) }
        }
        return MarkdownTable(header: header, rows: rows, notes: [], numeric: Set(1..<header.count)).render()
    }
}
