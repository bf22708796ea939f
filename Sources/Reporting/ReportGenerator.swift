import Analysis
import Codebooks
import Disclosure
import Foundation
import Mustache
import Storage
import SurveyStatistics

/// `sitan report`: the situation-analysis report as Markdown and SVG.
///
/// Reads the database through the published-results APIs of `Analysis` only
/// (``SurveyAnalysis``, ``ReportTables``, the rates), so every number in the report has
/// passed ``DisclosureControl/publish(_:)``; builds the template's data model
/// (docs/report.md) and renders it with a Mustache template (the default one in
/// `Templates/report.mustache`, or the user's). Nothing depends on the clock, the locale or
/// dictionary order: the same database and options give byte-identical files.
package struct ReportGenerator {
    let store: Store
    let disclosure: DisclosureControl
    let language: ReportLanguage
    let templatePath: String?
    let lonelyPSU: LonelyPSU
    /// The legal-context file (docs/report.md); nil leaves the section out. A path that does
    /// not exist or cannot be read is an error.
    package var legalContextPath: String? = nil

    /// Creates the generator.
    ///
    /// - Parameters:
    ///   - store: the database, opened read-only.
    ///   - disclosure: the project's disclosure control (k).
    ///   - language: the language of headings, labels and numbers.
    ///   - templatePath: a Mustache template replacing the default, nil for the default.
    ///   - lonelyPSU: how strata with one PSU are treated (R's `survey.lonely.psu`).
    package init(
        store: Store, disclosure: DisclosureControl, language: ReportLanguage = .en, templatePath: String? = nil,
        lonelyPSU: LonelyPSU = .fail
    ) {
        self.lonelyPSU = lonelyPSU
        self.store = store
        self.disclosure = disclosure
        self.language = language
        self.templatePath = templatePath
    }

    /// Computes the report.
    ///
    /// - Returns: `report.md`, the figures and `report.html` (the same report on one self-contained page), in memory.
    /// - Throws: ``ReportError`` for template problems; `CodebookError` for a legal-context file
    ///   that is missing, unreadable or malformed; `AnalysisError`, `StorageError` or
    ///   `DisclosureError` when the data cannot be analysed or protected.
    package func generate() throws -> ReportFiles {
        try generateRelease().files
    }

    /// Computes the report and what it releases.
    ///
    /// The report's tables are audited against the outputs the database's release ledger holds
    /// (besides an earlier report): on a fresh ledger the report depends on the data alone.
    ///
    /// - Returns: the files, and the report's parts as ``ReleaseLedger/recordReport(_:store:)``
    ///   records them.
    /// - Throws: as ``generate()``.
    package func generateRelease() throws -> (files: ReportFiles, release: ReleaseLedger.ReportRelease) {
        let template = try loadTemplate()
        // A malformed legal-context file is refused before the tables are computed, not after.
        var legalContext: LegalContext? = nil
        if let path = legalContextPath { legalContext = try LegalContext.load(path: path) }
        var (builder, release) = try makeBuilder()
        builder.legalContext = legalContext
        let context = builder.context()
        let markdown = Self.tidy(template.render(context))
        var files = ["report.md": markdown]
        for figure in builder.figures { files[figure.path] = figure.svg }
        files["report.html"] = ReportHTML.document(
            markdown: markdown, figures: files, language: language.rawValue, pages: builder.sourcePages)
        return (ReportFiles(files: files), release)
    }

    /// The builder over every published result, and what the report releases.
    private func makeBuilder() throws -> (ReportBuilder, ReleaseLedger.ReportRelease) {
        let tables = ReportTables(store: store, disclosure: disclosure)
        let provenance = try tables.provenance()
        let missing = try ReportTables.kinds.compactMap { kind in
            try tables.missingness(
                kind: kind, estimated: SurveyResults.prevalenceIndicators, groupedBy: SurveyResults.groupingVariables,
                provenance: provenance, askedOnlyIf: SurveyResults.defaultAskedIf,
                statedExactly: kind == "survey" ? SurveyResults.groupingVariables : [],
                distributed: kind == "incidents" ? IncidentResults.distributionVariables + ["victim_age"] : []
            ).map { (kind, $0) }
        }
        let bookkeeping = ReportBuilder.Bookkeeping(provenance: provenance, rejects: try tables.rejectsByReason(), missing: missing)
        // The collection point: the report's tables are audited by the release ledger's engine, in
        // memory, before anything is written. The survey tables of one indicator (the help-seeking
        // ones with the lifetime indicator they are estimated within) form one publication, and
        // every two indicators form one more, so that each output is audited with its own
        // indicator's tables and jointly with each other indicator's (respondents missing one
        // answer but not another are the link); the rows of every survey round and source are
        // known. An indicator defined as the union of two others is audited with both parts
        // together, too (their yes counts give the respondents with both experiences). The
        // incident tables form another publication (docs/configuration.md says what this leaves out).
        // Each is audited against the outputs of other commands the database's ledger holds.
        // Every survey table analyses one sample (respondents with a recorded sex and age group);
        // its size is published, so every audit of the report knows it.
        let sample = try AnalysisSample(store: store, variables: SurveyResults.groupingVariables)
        let analysed = ReleaseLedger.Publication(declared: [sample.release])
        let base = try ReleaseLedger.earlierOutputs(store: store) + [sample.release]
        var own: [String: ReleaseLedger.Publication] = [:]
        var joints: [Set<String>: ReleaseLedger.Publication] = [:]
        let tally = UnitTally(store: store)
        let columns = SurveyLoadCache()
        let analysis = { (indicator: String) -> SurveyAnalysis in
            let mine = own[indicator] ?? ReleaseLedger.Publication(base: base)
            own[indicator] = mine
            let published = Set(own.filter { $0.key != indicator && $0.value.count > 0 }.keys)
            let unions = SurveyResults.unions.map { Set($0) }.filter { $0.contains(indicator) }.map { $0.intersection(published) }
            let groups = published.map { Set([$0]) } + unions.filter { $0.count > 1 }
            let joint = groups.sorted { $0.sorted().lexicographicallyPrecedes($1.sorted()) }.map { others in
                let group = others.union([indicator])
                let publication = joints[group] ?? ReleaseLedger.Publication(joining: [mine] + others.sorted().map { own[$0]! })
                joints[group] = publication
                return publication
            }
            let ledger = ReleaseLedger(store: store, publications: [mine] + joint, tally: tally)
            return SurveyAnalysis(store: store, disclosure: disclosure, ledger: ledger, cache: columns)
        }
        let incidents = ReleaseLedger.Publication(base: base)
        var builder = ReportBuilder(
            strings: ReportStrings(language), labels: ReportLabels(variables: try store.variables(), language: language),
            k: disclosure.k, sources: try store.sources(),
            survey: try SurveyResults.load(analysis: analysis, store: store, lonelyPSU: lonelyPSU, sample: sample),
            bookkeeping: bookkeeping,
            incidents: try IncidentResults.load(
                store: store, disclosure: disclosure, ledger: ReleaseLedger(store: store, publication: incidents, tally: tally)),
            eurostat: try EurostatAnnex.load(store: store, disclosure: disclosure))
        builder.analysisSample = sample
        // Recorded: each indicator's tables, the parts of each union together, the incident tables.
        let unions = joints.filter { group, _ in SurveyResults.unions.contains { Set($0) == group } }
        let parts =
            own.map { ($0.key, $0.value) } + unions.map { ($0.key.sorted().joined(separator: "+"), $0.value) }
            + [("incidents", incidents), (ReleaseLedger.samplePart, analysed)]
        return (builder, try ReleaseLedger.ReportRelease(parts))
    }

    /// The user's template or the default one.
    private func loadTemplate() throws -> MustacheTemplate {
        let path: String
        if let templatePath {
            path = templatePath
        } else {
            guard let url = Bundle.module.url(forResource: "report", withExtension: "mustache", subdirectory: "Templates") else {
                throw ReportError.missingDefaultTemplate
            }
            path = url.path
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReportError.unreadableTemplate(path: path) }
        do {
            return try MustacheTemplate(string: String(decoding: data, as: UTF8.self))
        } catch let error as MustacheTemplate.ParserError {
            throw ReportError.invalidTemplate(
                path: path, line: error.context.lineNumber, column: error.context.columnNumber, problem: "\(error.error)")
        }
    }

    /// At most one blank line in a row, no trailing spaces, one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = String(line)
            while trimmed.hasSuffix(" ") { trimmed.removeLast() }
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
