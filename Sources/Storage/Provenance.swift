import Codebooks
import Foundation

/// One ingested file, as the `sources` table records it.
package struct SourceRecord: Sendable, Equatable {
    package var id: Int64
    package var name: String
    package var country: String
    package var kind: String
    package var year: Int64?
    /// The survey round (nil for sources that are not surveys).
    package var survey: String?
    package var synthetic: Bool
    package var file: String
    package var sha256: String
    package var encoding: String
    package var codebook: String
    package var codebookSHA256: String
    package var sitanVersion: String
    package var rowsRead: Int64
    package var rowsLoaded: Int64
    package var rowsRejected: Int64
    package var safeColumns: String
    package var ingestedAt: String
    /// How the survey was carried out, as its codebook stated (nil when it did not).
    package var methods: SurveyMethods? = nil
    /// Who was asked each question, by variable, as the codebook's `asked_if:` said (empty when
    /// it said nothing).
    package var askedIf: [String: AskedIf] = [:]
}

/// One quarantined row.
package struct RejectRecord: Sendable, Equatable {
    package var source: String
    package var file: String
    package var line: Int64
    package var column: Int64
    package var field: String?
    package var reason: String
}

extension Store {
    package func sources() throws -> [SourceRecord] {
        try database.rows(
            """
            SELECT id, name, country, kind, year, synthetic, file, sha256, encoding, codebook, codebook_sha256,
                   sitan_version, rows_read, rows_loaded, rows_rejected, safe_columns, ingested_at, survey, methods, asked_if
            FROM sources ORDER BY id
            """
        ).map { r in
            func int(_ i: Int) -> Int64 { if case let .integer(v) = r[i] { return v } else { return 0 } }
            return SourceRecord(
                id: int(0), name: r[1].string ?? "", country: r[2].string ?? "", kind: r[3].string ?? "",
                year: r[4] == .null ? nil : int(4), survey: r[17].string, synthetic: int(5) != 0, file: r[6].string ?? "",
                sha256: r[7].string ?? "",
                encoding: r[8].string ?? "", codebook: r[9].string ?? "", codebookSHA256: r[10].string ?? "",
                sitanVersion: r[11].string ?? "", rowsRead: int(12), rowsLoaded: int(13), rowsRejected: int(14),
                safeColumns: r[15].string ?? "{}", ingestedAt: r[16].string ?? "",
                methods: r[18].string.flatMap { try? JSONDecoder().decode(SurveyMethods.self, from: Data($0.utf8)) },
                askedIf: r[19].string.flatMap { decode($0) } ?? [:])
        }
    }

    /// Rejected rows, optionally of one source (by name or file name).
    package func rejects(source: String? = nil) throws -> [RejectRecord] {
        let filter = source == nil ? "" : "WHERE s.name = ?1 OR s.file = ?1"
        return try database.rows(
            """
            SELECT s.name, s.file, r.line, r."column", r.field, r.reason FROM rejects r JOIN sources s ON s.id = r.source_id
            \(filter) ORDER BY s.id, r.line
            """, source.map { [.text($0)] } ?? []
        ).map { r in
            func int(_ i: Int) -> Int64 { if case let .integer(v) = r[i] { return v } else { return 0 } }
            return RejectRecord(
                source: r[0].string ?? "", file: r[1].string ?? "", line: int(2), column: int(3), field: r[4].string,
                reason: r[5].string ?? "")
        }
    }
}
