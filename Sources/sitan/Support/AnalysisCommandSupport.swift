import Analysis
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
        try DiagnosticPrinter.run {
            let project = try ProjectConfig.load(
                explicitPath: config, environment: ProcessInfo.processInfo.environment,
                directory: FileManager.default.currentDirectoryPath)
            let disclosure = try project.disclosureControl()
            let store = try Store(existingPath: global.databasePath)
            // One connection and one transaction: the data cannot change between the reads, the
            // audit and the record of the release.
            let rendered = try store.database.session {
                let ledger = ReleaseLedger(store: store, command: commandLine)
                return try body(SurveyAnalysis(store: store, disclosure: disclosure, ledger: ledger))
            }
            try output.emit(rendered)
        }
    }
}
