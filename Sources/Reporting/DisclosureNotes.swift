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
