import Analysis
import Disclosure
import Foundation
import Rendering
import Storage

/// Runs an analysis command: reads the project config and opens the database; errors are printed
/// with their exit codes by ``DiagnosticPrinter``.
enum AnalysisCommandSupport {
    /// The command line as recorded in the release ledger.
    static var commandLine: String { (["sitan"] + CommandLine.arguments.dropFirst()).joined(separator: " ") }

    /// Runs `body` and prints what it returns once its release is recorded (committed): nothing
    /// is printed that the ledger does not hold.
    static func run(
        global: GlobalOptions, config: String?, output: FormatOptions, _ body: (SurveyAnalysis) throws -> RenderedOutput
    ) throws {
        try runRecorded(global: global, config: config, output: output) { store, disclosure, ledger in
            try body(SurveyAnalysis(store: store, disclosure: disclosure, ledger: ledger))
        }
    }

    /// Runs a command that publishes through the release ledger (`estimate`, `compare`, `model`,
    /// `rates`, `incidents`) on one connection and in one transaction, so the data cannot change
    /// between the reads, the audit and the record of the release; prints once it is committed.
    static func runRecorded(
        global: GlobalOptions, config: String?, output: FormatOptions,
        _ body: (Store, DisclosureControl, ReleaseLedger) throws -> RenderedOutput
    ) throws {
        try DiagnosticPrinter.run {
            let project = try ProjectConfig.load(
                explicitPath: config, environment: ProcessInfo.processInfo.environment,
                directory: FileManager.default.currentDirectoryPath)
            let disclosure = try project.disclosureControl()
            let store = try Store(existingPath: global.databasePath)
            let rendered = try store.database.session {
                try body(store, disclosure, ReleaseLedger(store: store, command: commandLine))
            }
            try output.emit(rendered)
        }
    }
}
