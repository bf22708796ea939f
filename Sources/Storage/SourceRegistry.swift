import Codebooks
import Foundation

/// What the `sources` table records about one file before its rows are loaded.
struct SourceEntry {
    var name: String
    var country: String
    var kind: String
    var year: Int?
    /// The survey round (survey sources only).
    var survey: String?
    var description: String?
    var synthetic: Bool
    var path: String
    var sha256: String
    var encoding: String
    var codebook: String
    var codebookSHA256: String
    var safeColumns: String
    /// The codebook's `methods:` as JSON, nil when it has none.
    var methods: String? = nil
    /// The codebook's `asked_if:` conditions as JSON (variable → condition), nil when it has none.
    var askedIf: String? = nil
}

/// Provenance bookkeeping shared by every ingest path: duplicates, replacement, the source row.
struct SourceRegistry {
    let database: Database

    /// Deletes an earlier load of the same file (same hash) or of the same source (same name,
    /// for example a partner's corrected file), with `replace`; refuses otherwise. Sources
    /// loaded earlier in the same run (several files under one codebook) are kept. Returns
    /// whether something was replaced. `current` is the source being loaded, never cleared.
    func clearPrevious(_ entry: SourceEntry, replace: Bool, keeping sameRun: Set<Int64> = [], current: Int64? = nil) throws -> Bool {
        let previous = try database.rows(
            "SELECT id, name, ingested_at, sha256 = ?1, file FROM sources WHERE sha256 = ?1 OR name = ?2 ORDER BY id",
            [.text(entry.sha256), .text(entry.name)]
        ).filter { row in
            guard case let .integer(id) = row[0], id != current else { return false }
            return !sameRun.contains(id) || row[3] == .integer(1)
        }
        guard !previous.isEmpty else { return false }
        if !replace {
            let first = previous[0]
            if first[3] == .integer(1) {
                throw StorageError.alreadyLoaded(file: entry.path, source: first[1].string ?? "", when: "ingested \(first[2].string ?? "")")
            }
            throw StorageError.nameTaken(name: entry.name, file: entry.path, previous: first[4].string ?? "")
        }
        for row in previous {
            guard case let .integer(id) = row[0] else { continue }
            try delete(id)
        }
        return true
    }

    /// Refuses a survey source whose round already holds another country's sources: a round is
    /// one sample, and a round id shared by mistake (`survey: LT-2022` in a Polish codebook)
    /// would silently merge two countries' designs and change the other country's numbers.
    func checkRoundCountry(_ entry: SourceEntry, codebook: String) throws {
        guard let round = entry.survey else { return }
        let others = try database.rows(
            "SELECT DISTINCT country FROM sources WHERE kind = 'survey' AND survey = ?1 AND country <> ?2 ORDER BY country",
            [.text(round), .text(entry.country)]
        ).compactMap { $0[0].string }
        guard !others.isEmpty else { return }
        throw IngestFileError(
            file: codebook,
            "survey round \(round) already holds sources of \(others.joined(separator: ", ")), "
                + "and this source is \(entry.country); a round is one country's sample: give `survey:` another id. Nothing was loaded.")
    }

    /// Refuses survey rows of several years in a round the codebook does not name with
    /// `survey:`: two years of a country are two samples, which would otherwise be pooled
    /// silently into one design. Without `year:` (the year read from a column) the round may hold
    /// one year; with `year:` it may hold that year only, since its id (`PL-2019`) says so, and a
    /// file of two rounds stacked would otherwise publish both as the first.
    func checkOneYearPerRound(_ entry: SourceEntry, codebook: Codebook) throws {
        guard codebook.source.kind == .survey, codebook.source.survey == nil, let round = entry.survey else { return }
        let years = try database.rows(
            "SELECT DISTINCT year FROM survey WHERE year IS NOT NULL AND _source IN (SELECT id FROM sources WHERE survey = ?1) "
                + "ORDER BY year", [.text(round)]
        ).compactMap { row -> String? in if case let .integer(year) = row[0] { String(year) } else { row[0].string } }
        let stated = codebook.source.year.map(String.init)
        guard years.count > 1 || (stated != nil && !years.allSatisfy({ $0 == stated })) else { return }
        let others = years.filter { $0 != stated }
        let said = stated.map {
            "the codebook gives `year: \($0)`, but the column mapped to `year` holds \(others.joined(separator: ", ")): "
        }
        let pooled =
            years.count > 1
            ? "survey round \(round) would hold rows of \(years.count) years (\(years.joined(separator: ", "))), pooled into one design"
            : "survey round \(round) would be named for a year its rows are not from"
        throw IngestFileError(
            file: codebook.path,
            (said ?? "") + pooled + "; give each round its own file and codebook with its `year:` (split the file by its year column), "
                + "or `survey:` if they truly are one sample. Nothing was loaded.")
    }

    /// Deletes a source's rows, its rejects and its provenance row (inside the caller's transaction).
    func delete(_ id: Int64) throws {
        for table in SourceKind.allCases.map(\.table) {
            try database.execute("DELETE FROM \(table) WHERE _source = \(id)")
        }
        try database.execute("DELETE FROM rejects WHERE source_id = \(id); DELETE FROM sources WHERE id = \(id)")
    }

    /// Inserts the source row (counts zero until `finish`) and returns its id.
    func insert(_ entry: SourceEntry, sitanVersion: String) throws -> Int64 {
        let size = ((try? FileManager.default.attributesOfItem(atPath: entry.path))?[.size] as? Int) ?? 0
        let statement = try database.prepare(
            """
            INSERT INTO sources(name, country, kind, year, survey, description, synthetic, file, sha256, size_bytes, encoding, codebook,
                codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, safe_columns, methods, asked_if, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """)
        try statement.bind([
            .text(entry.name), .text(entry.country), .text(entry.kind), entry.year.map { .integer(Int64($0)) } ?? .null,
            entry.survey.map(SQLValue.text) ?? .null,
            entry.description.map(SQLValue.text) ?? .null, .integer(entry.synthetic ? 1 : 0),
            .text((entry.path as NSString).lastPathComponent), .text(entry.sha256), .integer(Int64(size)), .text(entry.encoding),
            .text(entry.codebook), .text(entry.codebookSHA256), .text(sitanVersion), .text(entry.safeColumns),
            entry.methods.map(SQLValue.text) ?? .null, entry.askedIf.map(SQLValue.text) ?? .null,
        ])
        try statement.run()
        return database.lastInsertRowID
    }

    /// Records the final counts (the table's CHECK enforces read = loaded + rejected) and,
    /// when given, the file's SHA-256 (computed while it was read).
    func finish(_ id: Int64, report: IngestReport, sha256: String? = nil) throws {
        try database.execute(
            "UPDATE sources SET rows_read = \(report.rowsRead), rows_loaded = \(report.rowsLoaded), rows_rejected = \(report.rowsRejected) WHERE id = \(id)"
        )
        guard let sha256 else { return }
        let statement = try database.prepare("UPDATE sources SET sha256 = ? WHERE id = ?")
        try statement.bind([.text(sha256), .integer(id)])
        try statement.run()
    }

    /// Adds the columns a source needs to its table and prepares the insert statement.
    func prepareInsert(table: String, columns: [(name: String, sqlType: String)], existing: Set<String>) throws -> Statement {
        for column in columns where !existing.contains(column.name) {
            try database.execute("ALTER TABLE \(table) ADD COLUMN \"\(column.name)\" \(column.sqlType)")
        }
        let names = ["_source", "_line"] + columns.map(\.name)
        let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
        return try database.prepare("INSERT INTO \(table)(\(names.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(marks))")
    }

    /// Records one quarantined row.
    func reject(_ statement: Statement, source: Int64, line: Int, column: Int, field: String?, reason: String) throws {
        try statement.bind([
            .integer(source), .integer(Int64(line)), .integer(Int64(column)), field.map(SQLValue.text) ?? .null, .text(reason),
        ])
        try statement.run()
    }

    func prepareReject() throws -> Statement {
        try database.prepare("INSERT INTO rejects(source_id, line, \"column\", field, reason) VALUES (?, ?, ?, ?, ?)")
    }
}
