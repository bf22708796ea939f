import Analysis
import Codebooks
import Disclosure
import Storage

/// One SVG file of the report, named relative to `figures/`.
struct Figure: Sendable {
    let name: String
    let svg: String

    /// The path the report links to.
    var path: String { "figures/" + name }
}

/// Builds the template's data model (see docs/report.md) from published results only.
///
/// Each section is an extension in `ReportBuilder+Section.swift` returning a dictionary for
/// the template and appending its figures. Every number in the data model is read from a
/// ``PublishedTable`` cell (directly or through ``PublishedEstimate`` and
/// ``PublishedComparison``), and every ordering is fixed (dictionary order, then names).
struct ReportBuilder {
    let strings: ReportStrings
    let style: NumberStyle
    let labels: ReportLabels
    let k: Int
    let sources: [SourceRecord]
    let survey: SurveyResults
    let bookkeeping: Bookkeeping
    let incidents: IncidentResults?
    let eurostat: EurostatAnnex?
    /// The legal context (`datasets/legal-context.yaml`), nil without the file.
    var legalContext: LegalContext? = nil
    /// The respondents every survey table analyses, nil when the report analyses all.
    var analysisSample: AnalysisSample? = nil
    private(set) var figures: [Figure] = []

    /// The bookkeeping tables of ``ReportTables``.
    struct Bookkeeping: Sendable {
        let provenance: PublishedTable
        let rejects: PublishedTable?
        let missing: [(kind: String, table: PublishedTable)]
    }

    init(
        strings: ReportStrings, labels: ReportLabels, k: Int, sources: [SourceRecord], survey: SurveyResults,
        bookkeeping: Bookkeeping, incidents: IncidentResults?, eurostat: EurostatAnnex? = nil
    ) {
        self.strings = strings
        self.style = NumberStyle(language: strings.language)
        self.labels = labels.narrowingAgeBands("age_group", present: survey.agesPresent)
        self.k = k
        self.sources = sources
        self.survey = survey
        self.bookkeeping = bookkeeping
        self.incidents = incidents
        self.eurostat = eurostat
    }

    var notes: DisclosureNotes { DisclosureNotes(strings: strings) }

    /// The disclosure rule, stated once per section (`disclosure` of the section's context)
    /// instead of under each of its tables.
    func disclosureNote(complementary: Bool, reliability: Bool) -> String {
        notes.notes(k: k, complementary: complementary, reliability: reliability).joined(separator: " ")
    }

    /// Country codes with survey estimates, in the dictionary's order.
    var countries: [String] {
        let seen = Set(survey.indicators.flatMap { $0.byCountry.points.compactMap { $0.group["country"] } })
        return ordered(seen, variable: "country")
    }

    /// Codes in the dictionary's order, then any others by name.
    func ordered(_ codes: Set<String>, variable: String) -> [String] {
        let known = labels.categories(variable).filter(codes.contains)
        return known + codes.subtracting(known).sorted()
    }

    /// Rows sorted by their country in the dictionary's order (then unknown codes by name), the
    /// same order in every table; the sort is stable, so other orderings within a country stay.
    func byCountry<Row>(_ rows: [Row], country: (Row) -> String?) -> [Row] {
        let order = labels.categories("country")
        let ranked = rows.enumerated().map { offset, row -> (rank: Int, code: String, offset: Int, row: Row) in
            let code = country(row) ?? ""
            return (order.firstIndex(of: code) ?? order.count, code, offset, row)
        }
        return ranked.sorted { a, b in (a.rank, a.code, a.offset) < (b.rank, b.code, b.offset) }.map(\.row)
    }

    /// Adds a figure.
    mutating func add(_ figure: Figure) { figures.append(figure) }

    /// The whole data model.
    mutating func context() -> [String: Any] {
        let synthetic = sources.filter(\.synthetic).map(\.name)
        var context: [String: Any] = [
            "lang": strings.language.rawValue,
            "k": String(k),
            "title": strings["title"],
            "intro": strings.format("intro", ["k": String(k)]),
            "h": headings(),
            "syntheticAll": !sources.isEmpty && synthetic.count == sources.count,
            "syntheticSome": !synthetic.isEmpty && synthetic.count < sources.count,
            "syntheticWarning": synthetic.count == sources.count
                ? strings["synthetic.all"]
                : strings.format("synthetic.some", ["sources": synthetic.map { "`\($0)`" }.joined(separator: ", ")]),
        ]
        context["sources"] = sourcesSection()
        context["methods"] = methodsSection()
        context["prevalence"] = prevalenceSection()
        context["comparisons"] = comparisonsSection()
        context["incidents"] = incidentsSection()
        context["help"] = helpSection()
        context["quality"] = qualitySection()
        context["limitations"] = limitationsSection()
        context["recommendations"] = recommendationsSection()
        context["references"] = referencesSection()
        context["annex"] = eurostatAnnexSection()
        context["glossary"] = glossarySection()
        if let legal = legalSection() { context["legal"] = legal }
        context["findings"] = findings()
        context["toc"] = Self.sectionKeys.enumerated().map { index, key in
            let title = "\(index + 1). " + strings["h." + key]
            return ["number": String(index + 1), "title": strings["h." + key], "anchor": Self.anchor(title)]
        }
        return context
    }

    /// The numbered sections of the default template, in order.
    static let sectionKeys = [
        "findings", "sources", "methods", "prevalence", "comparisons", "incidents", "help", "quality", "limitations", "recommendations",
        "references", "annex", "glossary",
    ]

    /// GitHub's anchor for a heading: lower case, letters, digits, `-` and `_` kept, spaces
    /// turned into `-`, everything else dropped.
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().compactMap { c -> Character? in
                if c == " " { return "-" }
                return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
            })
    }

    /// Every heading, by its key without the `h.` prefix.
    private func headings() -> [String: String] {
        var headings: [String: String] = [:]
        for key in ReportStrings.keys where key.hasPrefix("h.") { headings[String(key.dropFirst(2))] = strings[key] }
        headings["contents"] = strings["contents"]
        return headings
    }
}
