import Analysis
import Foundation
import Storage

/// Runs an analysis command: reads the project config and opens the database; errors are printed
/// with their exit codes by ``DiagnosticPrinter``.
enum AnalysisCommandSupport {
    /// The command line as recorded in the release ledger.
    static var commandLine: String { (["sitan"] + CommandLine.arguments.dropFirst()).joined(separator: " ") }

    static func run(global: GlobalOptions, config: String?, _ body: (SurveyAnalysis) throws -> Void) throws {
        try DiagnosticPrinter.run {
            let project = try ProjectConfig.load(
                explicitPath: config, environment: ProcessInfo.processInfo.environment,
                directory: FileManager.default.currentDirectoryPath)
            let disclosure = try project.disclosureControl()
            let store = try Store(existingPath: global.databasePath)
            // One connection and one transaction: the data cannot change between the reads, the
            // audit and the record of the release.
            try store.database.session {
                let ledger = ReleaseLedger(store: store, command: commandLine)
                try body(SurveyAnalysis(store: store, disclosure: disclosure, ledger: ledger))
            }
        }
    }
}
