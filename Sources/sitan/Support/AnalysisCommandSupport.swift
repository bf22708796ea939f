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
            let store = try Store(readOnlyPath: global.databasePath)
            let ledger = ReleaseLedger(store: try Store(path: global.databasePath), command: commandLine)
            try body(SurveyAnalysis(store: store, disclosure: try project.disclosureControl(), ledger: ledger))
        }
    }
}
