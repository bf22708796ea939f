import ArgumentParser
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $SITAN_DB or ./sitan.sqlite).", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Print no progress or summaries on stderr.")
    var quiet = false

    /// The database path: --db, then SITAN_DB, then ./sitan.sqlite.
    var databasePath: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["SITAN_DB"], !env.isEmpty { return env }
        return "sitan.sqlite"
    }

    func note(_ text: String) {
        if !quiet { Diagnostics.write(text) }
    }
}

/// Output options of commands that print tables.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    var resolved: OutputFormat { format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}
