import ArgumentParser
import Storage

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database, or migrate it to this version's schema.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try DiagnosticPrinter.run {
            _ = try Store(path: global.databasePath)
            global.note("database ready: \(global.databasePath) (schema version \(Store.schemaVersion))")
        }
    }
}
