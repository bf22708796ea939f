import Analysis
import ArgumentParser
import Disclosure
import Foundation
import Rendering
import Storage

/// `sitan rates`: incidence rates with exact Poisson CIs, rate ratios between countries and
/// trends over years.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Incidence rates per 100 000 with exact Poisson CIs, rate ratios between countries and trends over years.",
        discussion: """
            Counts come from record-level incidents (an ICCS code matches the codes below it) or from aggregate \
            counts such as Eurostat crim_off_cat (unit NR, the exact code); by default incidents where a group \
            has incident rows, counts otherwise. Denominators: children aged 0-17 (default) or the whole population \
            (Eurostat demo_pjan TOTAL). With sex or age_group in --by (the victim's; bands 0-4, 5-9, 10-14, 15-17): \
            incidents only, per 100 000 children of that sex and band; incidents with no usable victim sex or age are \
            counted in the table left_out. Intervals as R poisson.test (Garwood), ratios exact conditional on the \
            total, trends by Poisson regression with a log-population offset (annual percent change, Wald CI). \
            Every table passes disclosure control (k from sitan.yaml, default 5).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(
        help: ArgumentHelp(
            "ICCS code, with or without the ICCS prefix (default: every incident; every code for counts).", valueName: "code"))
    var offence: String?
    @Option(
        help: ArgumentHelp(
            "Group by country, year, sex and age_group (the victim's; comma-separated): rates per 100 000 children of that sex and age band.",
            valueName: "variables"))
    var by: [String] = ["country,year"]
    @Option(name: .customLong("year"), help: ArgumentHelp("Only these years (comma-separated; default: all).", valueName: "years"))
    var years: [String] = []
    @Option(help: ArgumentHelp("Rate multiplier.", valueName: "n")) var per: Double = 100_000
    @Option(help: ArgumentHelp("Denominator: children (ages 0-17, default) or all (whole population).", valueName: "kind"))
    var population = "children"
    @Option(
        help: ArgumentHelp("Numerators: incidents or counts (default: incidents where present, counts otherwise).", valueName: "source"))
    var source: String?
    @Option(help: ArgumentHelp("Count cases that reached this stage: recorded (every case), prosecuted or convicted.", valueName: "stage"))
    var stage: String?
    @Option(help: "Confidence level, strictly between 0 and 1.") var level = 0.95
    @Option(
        name: .customLong("country"),
        help: ArgumentHelp("Only these countries (comma-separated codes, e.g. LV,LT,PL; default: all).", valueName: "codes"))
    var countries: [String] = []
    @Option(
        help: ArgumentHelp(
            "Print only this table: rates, ratios (needs country in --by), trends (needs year in --by) or left_out (needs sex or age_group); default: all, csv the rates.",
            valueName: "table"))
    var table: PublishedRendering.RatesTable?
    @Option(help: ArgumentHelp("Project configuration file (default: $SITAN_CONFIG, then ./sitan.yaml).", valueName: "path"))
    var config: String?

    func request() throws -> RateRequest {
        try RateRequest(
            offence: offence, by: by, per: per, population: population, source: source, stage: stage, level: level,
            countries: countries, years: years)
    }

    func validate() throws {
        let request: RateRequest
        do { request = try self.request() } catch let error as RateError { throw ValidationError(error.description) }
        let needed: [PublishedRendering.RatesTable: String] = [.ratios: "country", .trends: "year", .leftOut: "sex or age_group"]
        if let table, let variable = needed[table], !(table == .leftOut ? request.byVictim : request.by.contains(variable)) {
            throw ValidationError("--table \(table.rawValue) needs \(variable) in --by.")
        }
    }

    func run() throws {
        try RateCommandSupport.run(global: global, config: config, output: output) { store, disclosure, ledger in
            let rates = try RateAnalysis(store: store, disclosure: disclosure, ledger: ledger).rates(try request())
            guard let rendered = PublishedRendering.render(rates, as: output.resolved, table: table) else {
                throw ValidationError("--table \(table?.rawValue ?? ""): the table was not computed.")
            }
            return rendered
        }
    }
}

/// Runs `rates` and `incidents`: reads the project config and opens the database; errors are
/// printed with their exit codes by ``DiagnosticPrinter``.
enum RateCommandSupport {
    static func run(
        global: GlobalOptions, config: String?, output: FormatOptions,
        _ body: (Store, DisclosureControl, ReleaseLedger) throws -> RenderedOutput
    ) throws {
        try AnalysisCommandSupport.runRecorded(global: global, config: config, output: output, body)
    }
}
