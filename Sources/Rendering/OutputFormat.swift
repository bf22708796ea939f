/// The formats every table-printing command offers.
///
/// `table` and `markdown` are for people: numbers rounded as published, marks next to the
/// numbers, notes under the table. `csv` and `json` are for programs: numbers at full precision,
/// marks in fields of their own; CSV is one rectangular table with its notes kept apart.
package enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown
}

/// A rendered table: the text for stdout, and the notes that belong beside it.
///
/// In `table`, `markdown` and `json` the notes are already part of ``body`` (or, for JSON, of
/// the document); in `csv` they are in ``notes`` so that the table stays rectangular, and the
/// caller writes them to stderr or to a file.
package struct RenderedOutput: Sendable, Equatable {
    /// The text for stdout.
    package var body: String
    /// Notes kept out of ``body`` (CSV only).
    package var notes: [String]

    package init(body: String, notes: [String] = []) {
        self.body = body
        self.notes = notes
    }
}
