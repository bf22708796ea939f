import Codebooks

/// What `remove(source:)` deleted.
package struct Removal: Sendable, Equatable {
    package var name: String
    package var files: [String]
    package var rowsLoaded: Int64
    package var rowsRejected: Int64
    /// The survey round of the removed source and the sources it still holds (a round split
    /// over several files loses one part: its estimates now rest on the other parts only).
    package var round: String? = nil
    package var remainingInRound: [String] = []
}

extension Store {
    /// Deletes a source (every file loaded under its name), its rows and its rejects in one
    /// transaction, and records each removed file in the `removals` table. Variable definitions
    /// that no remaining row uses are forgotten, so that they may be declared anew.
    ///
    /// - Parameters:
    ///   - name: the source name, or the file name of one of its files.
    ///   - sitanVersion: recorded with the removal.
    /// - Returns: what was removed, or nil when no source has that name (nothing changes).
    package func remove(source name: String, sitanVersion: String) throws -> Removal? {
        try database.transaction {
            let rows = try database.rows(
                "SELECT id, name, file, rows_loaded, rows_rejected, survey FROM sources WHERE name = ?1 OR file = ?1 ORDER BY id",
                [.text(name)])
            guard !rows.isEmpty else { return nil }
            var removal = Removal(name: rows[0][1].string ?? name, files: [], rowsLoaded: 0, rowsRejected: 0)
            let registry = SourceRegistry(database: database)
            for row in rows {
                guard case let .integer(id) = row[0] else { continue }
                let record = try database.prepare(
                    """
                    INSERT INTO removals(name, country, kind, year, file, sha256, codebook_sha256, rows_read, rows_loaded,
                        rows_rejected, ingested_at, removed_at, sitan_version)
                    SELECT name, country, kind, year, file, sha256, codebook_sha256, rows_read, rows_loaded, rows_rejected,
                        ingested_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2 FROM sources WHERE id = ?1
                    """)
                try record.bind([.integer(id), .text(sitanVersion)])
                try record.run()
                try registry.delete(id)
                removal.files.append(row[2].string ?? "")
                if case let .integer(v) = row[3] { removal.rowsLoaded += v }
                if case let .integer(v) = row[4] { removal.rowsRejected += v }
            }
            try forgetUnusedVariables()
            if let round = rows[0][5].string {
                removal.round = round
                removal.remainingInRound = try database.rows(
                    "SELECT DISTINCT name FROM sources WHERE kind = 'survey' AND survey = ?1 ORDER BY name", [.text(round)]
                ).compactMap { $0[0].string }
            }
            return removal
        }
    }

    /// Deletes the definitions of variables that no row of any table holds a value of.
    private func forgetUnusedVariables() throws {
        let tables = try SourceKind.allCases.map { ($0.table, try columns(of: $0.table)) }
        for variable in try variables() {
            var used = false
            for (table, columns) in tables where columns.contains(variable.name) {
                used = try database.scalar("SELECT EXISTS(SELECT 1 FROM \(table) WHERE \"\(variable.name)\" IS NOT NULL)") != 0
                if used { break }
            }
            if !used {
                let delete = try database.prepare("DELETE FROM variables WHERE name = ?")
                try delete.bind([.text(variable.name)])
                try delete.run()
            }
        }
    }
}
