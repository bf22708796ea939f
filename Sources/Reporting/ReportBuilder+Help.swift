import Rendering

/// Disclosure and help-seeking among respondents with any lifetime sexual abuse.
extension ReportBuilder {
    /// `help`: `available`, `intro`, `table`, `figure`, `alt`.
    mutating func helpSection() -> [String: Any] {
        let countries = countries
        guard !survey.help.isEmpty, !countries.isEmpty else { return ["available": false, "none": strings["none"]] }
        let header = [strings["col.indicator"]] + countries.map { labels.category("country", $0) }
        let rows = survey.help.map { series in
            [labels.variable(series.variable)] + countries.map { series.point(["country": $0])?.text(style) ?? "–" }
        }
        let plain = labels.plain  // the SVG writer escapes for XML
        let figure = DotWhiskerFigure(
            title: strings["fig.helpTitle"],
            description: strings["fig.helpDesc"] + " "
                + describe(survey.help.map { ($0.variable, $0) }, series: countries, seriesVariable: "country"),
            series: countries.map { .init(label: plain.category("country", $0)) },
            rows: survey.help.map { series in
                .init(
                    label: plain.variable(series.variable),
                    values: countries.map { series.point(["country": $0])?.figureValue ?? .absent })
            },
            strings: strings, style: style)
        let file = Figure(name: "help-seeking.svg", svg: figure.svg())
        add(file)
        var context: [String: Any] = [
            "available": true,
            "intro": strings.format(
                "help.intro",
                [
                    "domain": "`\(SurveyResults.helpDomain)`",
                    "list": survey.help.map { labels.variable($0.variable) }.joined(separator: "; "),
                ]),
            "table": MarkdownTable(header: header, rows: rows, notes: [strings["note.estimatesOverview"]]).render(),
            "disclosure": disclosureNote(complementary: true, reliability: true),
            "figure": file.path, "alt": strings["fig.helpDesc"],
        ]
        if let perpetrator = perpetratorContext() { context["perpetrator"] = perpetrator }
        return context
    }
}
