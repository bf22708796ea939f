import ArgumentParser
import Codebooks
import Diagnostics
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
        if !global.quiet && DiagnosticPrinter.stderrIsTerminal { self.options.progress = Progress.printer() }
    }

    /// The options for one file (the progress line names the file).
    private func options(for file: String) -> IngestOptions {
        var options = self.options
        if options.progress != nil { options.progress = Progress.printer(file: (file as NSString).lastPathComponent) }
        return options
    }

    /// Ingests every file (each in its own transaction), printing each file's fate: a file that
    /// is refused does not stop the others, and the run then exits 65 (1 for I/O problems).
    func ingestAll(_ files: [String]) throws {
        let session = IngestSession()
        var refused: [(file: String, error: Error)] = []
        for file in files {
            do {
                try ingest(file, session: session)
            } catch {
                Progress.clear(options.progress != nil)
                DiagnosticPrinter.write(DiagnosticPrinter.diagnostic(for: error).rendered)
                let name = Self.shownName(of: file)
                printOut("\(name): refused, nothing loaded from it\n")
                refused.append((name, error))
            }
        }
        if ProcessInfo.processInfo.environment["SITAN_REPORT_PEAK_MEMORY"] != nil {
            DiagnosticPrinter.write("peak resident memory: \(Self.peakResidentKiB()) KiB")
        }
        guard !refused.isEmpty else { return }
        let kind: Diagnostic.Kind =
            refused.allSatisfy { DiagnosticPrinter.diagnostic(for: $0.error).kind == .data } ? .data : .environment
        if files.count > 1 {
            let loaded = files.count - refused.count
            let summary = Diagnostic(
                kind: kind,
                message: "\(refused.count) of \(files.count) files refused (\(refused.map(\.file).joined(separator: ", "))); "
                    + (loaded > 0 && !options.dryRun
                        ? "the other \(loaded) are loaded. Fix the refused files and run the same command again with --replace."
                        : "nothing was loaded."))
            DiagnosticPrinter.write(summary.rendered)
        }
        throw ExitCode(kind.exitCode)
    }

    /// This process's peak resident memory in KiB: `VmHWM` of /proc/self/status, which starts
    /// anew at exec. `getrusage`'s maximum is kept across exec, so a process started by a large
    /// one (a test runner that forks) reported its parent's size.
    static func peakResidentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.dropFirst("VmHWM:".count).filter(\.isNumber))
        {
            return kib
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    /// The path as printed: a path whose file name holds an identifier (refused) is called
    /// "an input file whose name is not shown", so the refusal does not echo it.
    static func shownName(of file: String) -> String {
        (try? checkInputFileName(file)) == nil ? "an input file whose name is not shown" : file
    }

    private func ingest(_ file: String, session: IngestSession) throws {
        let options = options(for: file)
        let ingestor = try codebook.map { try Ingestor(store: store, codebook: $0, options: options, session: session) }
        let report = try ingestor?.ingest(file: file) ?? EurostatIngestor(store: store, options: options).ingest(file: file)
        Progress.clear(options.progress != nil)
        let verb = options.dryRun ? "checked" : report.replaced ? "replaced" : "loaded"
        printOut(
            "\(file): \(report.rowsRead) rows read, \(report.rowsLoaded) \(verb), \(report.rowsRejected) rejected (source \(report.source))\n"
        )
        describeRejects(report)
        describeAnsweredOutside(report)
    }

    /// A warning per question answered by rows its `asked_if:` condition leaves out.
    private func describeAnsweredOutside(_ report: IngestReport) {
        for (variable, count) in report.answeredOutside.sorted(by: { $0.key < $1.key }) {
            let condition = codebook?.askedIf[variable]?.condition ?? "its asked_if"
            global.note(
                "\(report.file): warning: \(count) row(s) answer \(EchoedName.plain(variable)) although \(condition) does not hold for them "
                    + "(the codebook's asked_if: says they were not asked); loaded as they are, they are outside the domain the report estimates \(EchoedName.plain(variable)) in"
            )
        }
    }

    private func describeRejects(_ report: IngestReport) {
        guard report.rowsRejected > 0 else { return }
        for problem in report.firstProblems.prefix(5) {
            global.note(
                "\(report.file):\(problem.line):\(problem.column): warning: row quarantined: \(problem.reason)"
                    + (problem.named.map { " in \($0)" } ?? ""))
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
