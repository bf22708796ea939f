import Analysis
import ArgumentParser
import Foundation
import Reporting
import Storage
import SurveyStatistics

/// `sitan report [--template PATH] [--lang en|lv|lt|pl] --out DIR [--check]`: the situation-analysis report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the situation-analysis report: DIR/report.md, DIR/report.html and DIR/figures/*.svg.",
        discussion: """
            Key findings, sources and provenance, methods, prevalence by country, sex and age group with figures, \
            cross-country comparisons, incident rates, disclosure and help-seeking, data quality and limitations. \
            Every number passes disclosure control (k from sitan.yaml, default 5). The same database gives \
            byte-identical files. The report is audited against the outputs in the release ledger (sitan releases) and \
            recorded there, once. --check writes and records nothing and exits 1 when DIR differs from what would be written.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("A Mustache template replacing the default (data model: docs/report.md).", valueName: "path"))
    var template: String?

    @Option(help: ArgumentHelp("Language of headings, labels and numbers: en, lv, lt or pl.", valueName: "lang"))
    var lang: String = "en"

    @Option(help: ArgumentHelp("The report folder (report.md, report.html and figures/).", valueName: "dir"))
    var out: String

    @Flag(help: "Compare the report with DIR instead of writing it; exit 1 naming the stale files.")
    var check = false

    @Option(
        name: .customLong("lonely-psu"),
        help: ArgumentHelp("Strata with one PSU: fail (default, as R), remove, adjust, average or certainty.", valueName: "rule"))
    var lonelyPSU: String = "fail"

    @Option(help: ArgumentHelp("Project configuration file (default: $SITAN_CONFIG, then ./sitan.yaml).", valueName: "path"))
    var config: String?

    @Option(
        name: .customLong("legal-context"),
        help: ArgumentHelp("Legal context per country (default: datasets/legal-context.yaml when it exists).", valueName: "path"))
    var legalContext: String?

    /// The legal context read when --legal-context is not given, and only when it exists.
    static let defaultLegalContext = "datasets/legal-context.yaml"

    func validate() throws {
        guard LonelyPSU(rawValue: lonelyPSU) != nil else {
            throw ValidationError("--lonely-psu must be one of: \(LonelyPSU.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ReportLanguage(rawValue: lang) != nil else {
            throw ValidationError("--lang must be en, lv, lt or pl (got \(lang))")
        }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            var (files, release, state) = try generate()
            let directory = URL(fileURLWithPath: out)
            guard check else {
                // Recorded in the release ledger before anything is written (--check records nothing),
                // provided no other command recorded a release meanwhile: else computed again.
                for attempt in 1...3 {
                    do {
                        try ReleaseLedger.recordReport(release, store: try Store(path: global.databasePath), auditedAt: state)
                        break
                    } catch AnalysisError.ledgerMoved where attempt < 3 {
                        (files, release, state) = try generate()
                    }
                }
                try files.write(to: directory)
                return global.note("\(out): wrote report.md, report.html and \(files.paths.count - 2) figures")
            }
            let stale = files.staleFiles(in: directory)
            guard stale.isEmpty else { throw ReportError.stale(directory: out, files: stale) }
            global.note("\(out): the report is up to date (\(files.paths.count) files)")
        }
    }

    /// The report in memory, and the state of the release ledger it was audited against.
    private func generate() throws -> (files: ReportFiles, release: ReleaseLedger.ReportRelease, state: String) {
        let project = try ProjectConfig.load(
            explicitPath: config, environment: ProcessInfo.processInfo.environment,
            directory: FileManager.default.currentDirectoryPath)
        // The report reads the data many times: it holds one snapshot of them until it is computed.
        let store = try Store(readOnlyPath: global.databasePath)
        try store.database.holdSnapshot()
        let state = try store.ledgerState()
        var generator = ReportGenerator(
            store: store, disclosure: try project.disclosureControl(),
            language: ReportLanguage(rawValue: lang)!, templatePath: template, lonelyPSU: LonelyPSU(rawValue: lonelyPSU)!)
        // A path given on the command line must exist; the default may be absent.
        generator.legalContextPath =
            legalContext ?? (FileManager.default.fileExists(atPath: Self.defaultLegalContext) ? Self.defaultLegalContext : nil)
        let (files, release) = try generator.generateRelease()
        return (files, release, state)
    }
}
