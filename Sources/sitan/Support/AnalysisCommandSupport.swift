import Analysis
import ArgumentParser
import Foundation
import Storage

/// Runs an analysis command: reads the project config, opens the database, maps errors to the
/// documented exit codes (64 for misuse, 65 when the data do not support the request).
enum AnalysisCommandSupport {
    /// The command line as recorded in the release ledger.
    static var commandLine: String { (["sitan"] + CommandLine.arguments.dropFirst()).joined(separator: " ") }

    static func run(global: GlobalOptions, config: String?, _ body: (SurveyAnalysis) throws -> Void) throws {
        try Diagnostics.run {
            do {
                let project = try ProjectConfig.load(
                    explicitPath: config, environment: ProcessInfo.processInfo.environment,
                    directory: FileManager.default.currentDirectoryPath)
                let store = try Store(readOnlyPath: global.databasePath)
                let ledger = ReleaseLedger(store: try Store(path: global.databasePath), command: commandLine)
                try body(SurveyAnalysis(store: store, disclosure: try project.disclosureControl(), ledger: ledger))
            } catch let error as AnalysisError {
                Diagnostics.write("error: " + error.description)
                throw ExitCode(error.isUsageError ? 64 : 65)
            }
        }
    }
}
