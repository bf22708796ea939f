import Codebooks
import Foundation
import Storage

/// Runs ingests for the ingest and validate commands and prints what happened.
struct IngestDriver {
    let global: GlobalOptions
    let codebook: Codebook?
    let store: Store
    var options: IngestOptions

    init(global: GlobalOptions, codebook: Codebook?, store: Store, options: IngestOptions) {
        self.global = global
        self.codebook = codebook
        self.store = store
        self.options = options
        if !global.quiet && Diagnostics.stderrIsTerminal { self.options.progress = Progress.printer() }
    }

    /// The options for one file (the progress line names the file).
    private func options(for file: String) -> IngestOptions {
        var options = self.options
        if options.progress != nil { options.progress = Progress.printer(file: (file as NSString).lastPathComponent) }
        return options
    }

    func ingestAll(_ files: [String]) throws {
        let session = IngestSession()
        for file in files {
            let options = options(for: file)
            let ingestor = try codebook.map { try Ingestor(store: store, codebook: $0, options: options, session: session) }
            let report = try ingestor?.ingest(file: file) ?? EurostatIngestor(store: store, options: options).ingest(file: file)
            Progress.clear(options.progress != nil)
            let verb = options.dryRun ? "checked" : report.replaced ? "replaced" : "loaded"
            printOut(
                "\(file): \(report.rowsRead) rows read, \(report.rowsLoaded) \(verb), \(report.rowsRejected) rejected (source \(report.source))\n"
            )
            describeRejects(report)
        }
        if ProcessInfo.processInfo.environment["SITAN_REPORT_PEAK_MEMORY"] != nil {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            Diagnostics.write("peak resident memory: \(usage.ru_maxrss) KiB")
        }
    }

    private func describeRejects(_ report: IngestReport) {
        guard report.rowsRejected > 0 else { return }
        for problem in report.firstProblems.prefix(5) {
            global.note(
                "\(report.file):\(problem.line):\(problem.column): warning: row quarantined: \(problem.reason)"
                    + (problem.field.map { " in column \"\($0)\"" } ?? ""))
        }
        let reasons = report.rejectReasons.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        global.note(
            "\(report.file): \(report.rowsRejected) row(s) quarantined: "
                + reasons.map { "\($0.value) × \($0.key)" }.joined(separator: "; "))
        if !options.dryRun { global.note("  see them with: sitan rejects \(report.source)") }
    }
}

/// The progress line on stderr for long ingests (only when stderr is a terminal).
enum Progress {
    static func printer(file: String = "") -> @Sendable (Int, Int, Int) -> Void {
        let start = Date()
        return { bytes, size, rows in
            guard Date().timeIntervalSince(start) > 0.5 else { return }
            let percent = size > 0 ? 100 * bytes / size : 0
            FileHandle.standardError.write(Data("\r  reading \(file): \(percent)% (\(rows) rows)".utf8))
        }
    }

    static func clear(_ active: Bool) {
        if active { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
