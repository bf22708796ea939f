import ArgumentParser
import Foundation
import Rendering

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
        if !quiet { DiagnosticPrinter.write(text) }
    }
}

/// Output options of commands that print tables.
struct FormatOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            Output format: table, csv, json or markdown (default: table on a terminal, csv otherwise). \
            csv is one table at full precision with marks in *_flag columns; its notes go to stderr.
            """)
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Write the notes of csv output to this file instead of stderr.", valueName: "path"))
    var notes: String?

    var resolved: OutputFormat { format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv) }

    /// Prints the table on stdout and its notes (CSV only) on stderr or to `--notes`.
    func emit(_ output: RenderedOutput) throws {
        printOut(output.body)
        let lines = output.notes.map { "Note: " + $0 }
        if let notes {
            try (lines.map { $0 + "\n" }.joined()).write(toFile: notes, atomically: true, encoding: .utf8)
        } else if !lines.isEmpty {
            DiagnosticPrinter.write(lines.joined(separator: "\n"))
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension PublishedRendering.RatesTable: ExpressibleByArgument {}
extension PublishedRendering.ComparisonTable: ExpressibleByArgument {}
