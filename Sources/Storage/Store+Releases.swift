import Foundation

/// One release ledger: the outputs audited together, from its start to the next one.
package struct LedgerRecord: Sendable, Hashable {
    package let id: Int64
    package let startedAt: String
    package let reason: String
    package let command: String
}

/// One recorded output: the counts it published and the suppressed counts it protects, as JSON.
package struct ReleaseRecord: Sendable, Hashable {
    package let id: Int64
    package let ledger: Int64
    package let releasedAt: String
    package let command: String
    package let dataset: String
    /// JSON array of the published counts (what was counted and the value shown).
    package let published: String
    /// JSON array of the suppressed counts (what was counted; no value).
    package let protected: String
}

/// The release ledger: every output of `estimate`, `compare`, `model`, `rates` and `incidents`
/// is recorded, and each new output is audited against the current ledger.
extension Store {
    /// The current (latest) ledger, started on first use.
    package func currentLedger() throws -> Int64 {
        if let id = try database.rows("SELECT max(id) FROM ledgers").first?.first?.double { return Int64(id) }
        return try startLedger(reason: "first ledger of this database", command: "")
    }

    /// Starts a new ledger: later outputs are no longer audited against earlier ones.
    @discardableResult
    package func startLedger(reason: String, command: String) throws -> Int64 {
        try database.rows(
            "INSERT INTO ledgers(started_at, reason, command) VALUES (?, ?, ?)",
            [.text(Self.timestamp()), .text(reason), .text(command)])
        return database.lastInsertRowID
    }

    /// Every ledger, oldest first.
    package func ledgers() throws -> [LedgerRecord] {
        try database.rows("SELECT id, started_at, reason, command FROM ledgers ORDER BY id").map {
            LedgerRecord(
                id: Int64($0[0].double ?? 0), startedAt: $0[1].string ?? "", reason: $0[2].string ?? "", command: $0[3].string ?? "")
        }
    }

    /// The releases of one ledger, oldest first.
    package func releases(ledger: Int64) throws -> [ReleaseRecord] {
        try database.rows(
            "SELECT id, ledger_id, released_at, command, dataset, published, protected FROM releases WHERE ledger_id = ? ORDER BY id",
            [.integer(ledger)]
        ).map {
            ReleaseRecord(
                id: Int64($0[0].double ?? 0), ledger: Int64($0[1].double ?? 0), releasedAt: $0[2].string ?? "",
                command: $0[3].string ?? "", dataset: $0[4].string ?? "", published: $0[5].string ?? "[]",
                protected: $0[6].string ?? "[]")
        }
    }

    /// Records one output in the current ledger.
    package func recordRelease(command: String, dataset: String, published: String, protected: String) throws {
        // Finding or starting the ledger and recording in it are one step: two processes must not
        // both start "the first ledger".
        try database.transaction {
            let ledger = try currentLedger()
            try database.rows(
                "INSERT INTO releases(ledger_id, released_at, command, dataset, published, protected) VALUES (?, ?, ?, ?, ?, ?)",
                [.integer(ledger), .text(Self.timestamp()), .text(command), .text(dataset), .text(published), .text(protected)])
        }
    }

    /// What the release ledgers hold, in one value that changes whenever a release is recorded or
    /// a ledger started (the latest ids of both).
    package func ledgerState() throws -> String {
        "\(try database.scalar("SELECT coalesce(max(id), 0) FROM ledgers"))-\(try database.scalar("SELECT coalesce(max(id), 0) FROM releases"))"
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// One column the release ledger counts units by.
    package enum UnitColumn: Sendable, Hashable {
        /// A column of the table, as stored.
        case value(String)
        /// Whether a column of the table holds a value: `present`, or missing.
        case presence(String)
        /// The survey round of a survey row: its source's `survey`, or country and year.
        case surveyRound
    }

    /// The distinct value combinations of a table's rows over some columns, with how many rows
    /// hold each (the units the release ledger audits).
    ///
    /// - Parameters:
    ///   - table: `survey` or `incidents`.
    ///   - columns: the columns, in the order of the returned values.
    /// - Returns: each combination's values (nil = missing) and its number of rows (positive).
    package func unitCombinations(in table: String, by columns: [UnitColumn]) throws -> [(values: [SQLValue], count: Int)] {
        try UnitTally(store: self).combinations(in: table, by: columns)
    }

    /// The column of every table that names the source of a row.
    static let sourceColumn = "_source"
}
