import CSVReading
import Codebooks
import Foundation
import Privacy

/// What an ingest should do.
public struct IngestOptions: Sendable {
    public var strict = false
    public var replace = false
    public var dryRun = false
    public var sitanVersion = "0"
    /// Called with (bytes read, file size, rows read) while reading.
    public var progress: (@Sendable (Int, Int, Int) -> Void)?

    public init(strict: Bool = false, replace: Bool = false, dryRun: Bool = false, sitanVersion: String = "0") {
        self.strict = strict
        self.replace = replace
        self.dryRun = dryRun
        self.sitanVersion = sitanVersion
    }
}

/// What an ingest did with one file.
public struct IngestReport: Sendable {
    public var file: String
    public var source: String
    public var rowsRead = 0
    public var rowsLoaded = 0
    public var rowsRejected = 0
    public var replaced = false
    public var firstProblems: [RowProblem] = []
    public var rejectReasons: [String: Int] = [:]
}

/// Loads raw files into the database through a codebook, one transaction per file.
///
/// Every row is accounted for: read = loaded + rejected. The PII guard runs on every field of
/// every column the codebook does not acknowledge as safe; one hit refuses the whole file.
public struct Ingestor {
    let store: Store
    let codebook: Codebook
    let codebookSHA256: String
    let options: IngestOptions

    public init(store: Store, codebook: Codebook, options: IngestOptions) throws {
        self.store = store
        self.codebook = codebook
        self.codebookSHA256 = try SHA256.hex(ofFile: codebook.path)
        self.options = options
    }

    /// Ingests one file in one transaction (rolled back for `--dry-run`, PII, or strict rejects).
    public func ingest(file path: String) throws -> IngestReport {
        let sha = try SHA256.hex(ofFile: path)
        let fileName = (path as NSString).lastPathComponent
        var report = IngestReport(file: path, source: codebook.source.name)
        let database = store.database
        try database.execute("BEGIN IMMEDIATE")
        do {
            report.replaced = try clearPrevious(sha: sha, fileName: fileName, path: path)
            let sourceID = try insertSource(fileName: fileName, sha: sha, path: path)
            var load = try LoadRun(store: store, codebook: codebook, path: path, sourceID: sourceID, options: options)
            try load.run(report: &report)
            if options.strict && report.rowsRejected > 0 {
                throw StorageError.strictRejects(file: path, count: report.rowsRejected, first: report.firstProblems.map { $0.diagnostic(file: path) })
            }
            try database.execute(
                "UPDATE sources SET rows_read = \(report.rowsRead), rows_loaded = \(report.rowsLoaded), rows_rejected = \(report.rowsRejected) WHERE id = \(sourceID)"
            )
            try store.record(load.usedVariables)
            try database.execute(options.dryRun ? "ROLLBACK" : "COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        return report
    }

    /// Deletes an earlier load of the same file (same hash) or source, with --replace; refuses otherwise.
    private func clearPrevious(sha: String, fileName: String, path: String) throws -> Bool {
        let database = store.database
        let previous = try database.rows(
            "SELECT id, name, ingested_at, sha256 = ?1 FROM sources WHERE sha256 = ?1 OR (name = ?2 AND file = ?3)",
            [.text(sha), .text(codebook.source.name), .text(fileName)])
        guard !previous.isEmpty else { return false }
        if !options.replace {
            let first = previous[0]
            if first[3] == .integer(1) {
                throw StorageError.alreadyLoaded(file: path, source: first[1].string ?? "", when: "ingested \(first[2].string ?? "")")
            }
            throw StorageError.nameTaken(name: codebook.source.name, file: path)
        }
        for row in previous {
            guard case let .integer(id) = row[0] else { continue }
            for table in SourceKind.allCases.map(\.table) { try database.execute("DELETE FROM \(table) WHERE _source = \(id)") }
            try database.execute("DELETE FROM rejects WHERE source_id = \(id); DELETE FROM sources WHERE id = \(id)")
        }
        return true
    }

    private func insertSource(fileName: String, sha: String, path: String) throws -> Int64 {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let statement = try store.database.prepare(
            """
            INSERT INTO sources(name, country, kind, year, description, synthetic, file, sha256, size_bytes, encoding, codebook,
                codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, safe_columns, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """)
        let source = codebook.source
        try statement.bind([
            .text(source.name), .text(source.country), .text(source.kind.rawValue), source.year.map { .integer(Int64($0)) } ?? .null,
            source.description.map(SQLValue.text) ?? .null, .integer(source.synthetic ? 1 : 0), .text(fileName), .text(sha),
            .integer(Int64(size ?? 0)), .text(codebook.file.dialect.encoding.rawValue),
            .text((codebook.path as NSString).lastPathComponent), .text(codebookSHA256), .text(options.sitanVersion),
            .text(json(codebook.safe)),
        ])
        try statement.run()
        return store.database.lastInsertRowID
    }
}
