import Analysis
import ArgumentParser
import Rendering

/// `sitan incidents --across VAR [--by country,year]`: the distribution of recorded incidents.
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract:
            "Distribution of recorded incidents by victim sex, age group, perpetrator relation, online or ICCS category, with totals.",
        discussion: """
            Counts and row percentages per country (and year with --by country,year), with a total column and a \
            total row. The table is published with its totals, so disclosure control applies primary and \
            complementary suppression (k from sitan.yaml, default 5).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(
        help: ArgumentHelp(
            "The variable whose categories form the columns: victim_sex, victim_age_group, perpetrator_relation, online, iccs, ...",
            valueName: "variable"))
    var across: String
    @Option(help: ArgumentHelp("Row groups: country, year or both (comma-separated).", valueName: "variables"))
    var by: [String] = ["country"]
    @Option(help: ArgumentHelp("ICCS code (with or without the ICCS prefix); codes below it match too.", valueName: "code"))
    var offence: String?
    @Option(help: ArgumentHelp("Count cases that reached this stage: recorded (every case), prosecuted or convicted.", valueName: "stage"))
    var stage: String?
    @Option(help: ArgumentHelp("Project configuration file (default: $SITAN_CONFIG, then ./sitan.yaml).", valueName: "path"))
    var config: String?

    func request() throws -> IncidentRequest {
        try IncidentRequest(across: across, by: by, offence: offence, stageName: stage)
    }

    func validate() throws {
        do { _ = try request() } catch let error as RateError { throw ValidationError(error.description) }
    }

    func run() throws {
        try RateCommandSupport.run(global: global, config: config, output: output) { store, disclosure, ledger in
            let table = try IncidentDistribution(store: store, disclosure: disclosure, ledger: ledger).distribution(try request())
            return PublishedRendering.render(table, as: output.resolved)
        }
    }
}
