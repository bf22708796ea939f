import Codebooks
import Rendering
import Storage

/// How each survey was carried out and what each indicator asked, from the codebooks'
/// `methods:` sections: facts the partners state, not numbers computed from the data.
extension ReportBuilder {
    /// The survey sources whose codebook has a `methods:` section, by country and, within a
    /// country, earlier rounds first.
    private var surveysWithMethods: [(source: SourceRecord, methods: SurveyMethods)] {
        let surveys = sources.filter { $0.kind == "survey" }.sorted { ($0.year ?? .max, $0.name) < ($1.year ?? .max, $1.name) }
        return byCountry(surveys) { $0.country }.compactMap { source in
            source.methods.map { (source, $0) }
        }
    }

    /// `methods.surveys`: `heading`, `intro` and `items` (each `{heading, table}`: one table
    /// per survey of fieldwork, sampling frame, design, response rates, weighting and
    /// instrument), or nil when no codebook describes its survey.
    func surveyMethodsContext() -> [String: Any]? {
        let surveys = surveysWithMethods
        guard !surveys.isEmpty else { return nil }
        let items = surveys.map { source, methods -> [String: Any] in
            let rate = { (value: Double?) in value.map { style.percentSign(style.fixed($0, $0 == $0.rounded() ? 0 : 1)) } ?? "–" }
            let fieldwork = [methods.fieldworkStart, methods.fieldworkEnd].compactMap { $0 }.map(MarkdownText.escaped)
            let rows = [
                ("method.fieldwork", fieldwork.isEmpty ? "–" : fieldwork.joined(separator: " – ")),
                ("method.frame", text(methods.samplingFrame)), ("method.design", text(methods.design)),
                ("method.schools", rate(methods.schoolResponseRate)), ("method.pupils", rate(methods.pupilResponseRate)),
                ("method.weighting", text(methods.weighting)), ("method.instrument", text(methods.instrument)),
            ].map { [strings[$0.0], $0.1] }
            let texts = [methods.samplingFrame, methods.design, methods.weighting, methods.instrument]
            return [
                "heading": surveyName(source),
                "table": MarkdownTable(
                    header: [strings["col.item"], strings["col.description"]], rows: rows, notes: fallbackNote(texts)
                ).render(),
            ]
        }
        return ["heading": strings["h.surveyMethods"], "intro": strings["surveyMethods.intro"], "items": items]
    }

    /// `methods.definitions`: `heading`, `intro` and `table` (one row per indicator whose
    /// question a codebook gives; a column per survey with its wording), or nil.
    func indicatorDefinitionsContext() -> [String: Any]? {
        let surveys = surveysWithMethods.filter { !$0.methods.questions.isEmpty }
        guard !surveys.isEmpty else { return nil }
        let asked = Set(surveys.flatMap(\.methods.questions.keys))
        let indicators = SurveyResults.prevalenceIndicators + SurveyResults.helpIndicators
        let order = indicators.filter(asked.contains) + asked.subtracting(indicators).sorted()
        let rows = order.map { variable in
            [labels.variable(variable)] + surveys.map { text($0.methods.questions[variable]) }
        }
        let header = [strings["col.indicator"]] + surveys.map { surveyName($0.source) }
        let notes = fallbackNote(surveys.flatMap { $0.methods.questions.values.map(Optional.some) })
        return [
            "heading": strings["h.definitions"], "intro": strings["definitions.intro"],
            "table": MarkdownTable(header: header, rows: rows, notes: notes).render(),
        ]
    }

    /// A codebook's text in the report's language, escaped for Markdown; followed by the code of
    /// the language shown (`(en)`) when the codebook gives it per language but not in this one.
    private func text(_ text: LocalizedText?) -> String {
        guard let text else { return "–" }
        let (shown, fallback) = text.text(in: labels.language.rawValue)
        return MarkdownText.escaped(shown) + (fallback.map { " (\($0))" } ?? "")
    }

    /// The note explaining `(en)`, when one of `texts` falls back to another language.
    private func fallbackNote(_ texts: [LocalizedText?]) -> [String] {
        texts.contains { $0?.text(in: labels.language.rawValue).fallback != nil } ? [strings["note.methodsFallback"]] : []
    }

    /// A survey as the methods chapter names it: country and year (`Latvia, 2019`), or the
    /// country and the source's name when it has no year.
    private func surveyName(_ source: SourceRecord) -> String {
        labels.category("country", source.country) + ", " + (source.year.map(String.init) ?? source.name)
    }
}
