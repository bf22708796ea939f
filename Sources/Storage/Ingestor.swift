import CSVReading
import Codebooks
import Foundation
import Privacy

/// What an ingest should do.
package struct IngestOptions: Sendable {
    package var strict = false
    package var replace = false
    package var dryRun = false
    package var sitanVersion = "0"
    /// Whether rows are written on a second thread while the file is read (the database is
    /// the same either way; one thread is slower on a machine with two cores or more).
    package var parallel = true
    /// Called with (bytes read, file size, rows read) while reading.
    package var progress: (@Sendable (Int, Int, Int) -> Void)?

    package init(strict: Bool = false, replace: Bool = false, dryRun: Bool = false, sitanVersion: String = "0") {
        self.strict = strict
        self.replace = replace
        self.dryRun = dryRun
        self.sitanVersion = sitanVersion
    }
}

/// What an ingest did with one file.
package struct IngestReport: Sendable {
    package var file: String
    package var source: String
    package var rowsRead = 0
    package var rowsLoaded = 0
    package var rowsRejected = 0
    package var replaced = false
    package var firstProblems: [RowProblem] = []
    package var rejectReasons: [String: Int] = [:]
    /// Per variable with an `asked_if:` condition, the rows loaded with an answer although the
    /// condition does not hold (respondents the questionnaire should have skipped); only
    /// variables with such rows. The rows are loaded as they are.
    package var answeredOutside: [String: Int] = [:]
}

/// Refuses a file path that holds a direct identifier, without echoing it (exit 65).
///
/// - Throws: ``StorageError/identifierInFileName(kind:)``.
package func checkInputFileName(_ path: String) throws { try HeaderGuard.checkName(of: path) }

/// Loads raw files into the database through a codebook, one transaction per file.
///
/// Every row is accounted for: read = loaded + rejected. The PII guard runs on every field of
/// every column the codebook does not acknowledge as safe; one hit refuses the whole file.
package struct Ingestor {
    let store: Store
    let codebook: Codebook
    let codebookSHA256: String
    let options: IngestOptions
    /// The sources this ingestor has loaded in this run (several files under one codebook).
    let session: IngestSession

    package init(store: Store, codebook: Codebook, options: IngestOptions, session: IngestSession = IngestSession()) throws {
        self.session = session
        self.store = store
        self.codebook = codebook
        self.codebookSHA256 = try SHA256.hex(ofFile: codebook.path)
        self.options = options
    }

    /// Ingests one file in one transaction (rolled back for `--dry-run`, PII, or strict rejects).
    ///
    /// The file's SHA-256 is computed in the same pass that reads it, so an earlier load of the
    /// same file is found (and refused, or replaced) once the file has been read; the source
    /// row holds a unique placeholder until then, inside the transaction.
    package func ingest(file path: String) throws -> IngestReport {
        try HeaderGuard.checkName(of: path)
        var report = IngestReport(file: path, source: codebook.source.name)
        let database = store.database
        try database.execute("BEGIN IMMEDIATE")
        do {
            try store.checkDefinitions(of: codebook)
            let registry = SourceRegistry(database: database)
            var entry = sourceEntry(path: path, sha: "pending:" + UUID().uuidString)
            try registry.checkRoundCountry(entry, codebook: codebook.path)
            let sourceID = try registry.insert(entry, sitanVersion: options.sitanVersion)
            var load = try LoadRun(store: store, codebook: codebook, path: path, sourceID: sourceID, options: options)
            try load.run(report: &report)
            entry.sha256 = load.sha256
            report.replaced = try registry.clearPrevious(entry, replace: options.replace, keeping: session.sources, current: sourceID)
            session.sources.insert(sourceID)
            try report.checkSomethingLoaded(format: codebook.file)
            try registry.checkOneYearPerRound(entry, codebook: codebook)
            if options.strict && report.rowsRejected > 0 {
                throw StorageError.strictRejects(
                    file: path, count: report.rowsRejected, first: report.firstProblems.map { $0.diagnostic(file: path) })
            }
            report.answeredOutside = try store.answeredOutside(codebook.askedIf, in: codebook.source.kind, source: sourceID)
            try registry.finish(sourceID, report: report, sha256: entry.sha256)
            try store.record(load.usedVariables)
            try database.execute(options.dryRun ? "ROLLBACK" : "COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        return report
    }

    private func sourceEntry(path: String, sha: String) -> SourceEntry {
        let source = codebook.source
        return SourceEntry(
            name: source.name, country: source.country, kind: source.kind.rawValue, year: source.year, survey: source.round,
            description: source.description,
            synthetic: source.synthetic, path: path, sha256: sha, encoding: codebook.file.dialect.encoding.rawValue,
            codebook: (codebook.path as NSString).lastPathComponent, codebookSHA256: codebookSHA256, safeColumns: json(codebook.safe),
            methods: codebook.methods.map(json), askedIf: codebook.askedIf.isEmpty ? nil : json(codebook.askedIf))
    }
}

/// The sources one `sitan ingest` run has created so far.
package final class IngestSession: @unchecked Sendable {
    var sources: Set<Int64> = []

    package init() {}
}
