import ArgumentParser
import Foundation

/// The `sitan` command: situation analysis of child sexual abuse data in LV, LT and PL.
@main
struct Sitan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitan",
        abstract: "Harmonise child-protection survey and incident data from Latvia, Lithuania and Poland, and analyse it.",
        discussion: """
            Data flow: raw CSV + codebook → `sitan ingest` → one SQLite database (default ./sitan.sqlite, \
            or --db / SITAN_DB) → estimates, comparisons, rates and the report, every published table \
            passing disclosure control. Exit codes: 0 ok, 64 usage error, 65 bad input data, 1 anything else.
            """,
        version: version,
        subcommands: [
            InitCommand.self, IngestCommand.self, ValidateCommand.self, SourcesCommand.self, RejectsCommand.self,
            VariablesCommand.self, RemoveCommand.self, QueryCommand.self, SynthCommand.self, EstimateCommand.self, CompareCommand.self,
            ModelCommand.self,
            RatesCommand.self, IncidentsCommand.self, ReportCommand.self, ReleasesCommand.self, ExportCommand.self, CodebookCommand.self,
        ]
    )

    /// Runs the command. A file-size limit (`ulimit -f`) must make a write fail with EFBIG, so
    /// that the transaction rolls back and the user reads why, instead of SIGXFSZ killing the
    /// process half-way.
    ///
    /// A mistake in the command line is printed as one diagnostic (``UsageDiagnostic``) and exits
    /// 64; help, the version and errors the commands already printed go through the parser.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure, !(error is ExitCode) else { exit(withError: error) }
            DiagnosticPrinter.write(UsageDiagnostic.diagnostic(for: error, arguments: arguments).rendered)
            Foundation.exit(code.rawValue)
        }
    }
}
