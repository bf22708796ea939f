import Codebooks
import Rendering

/// Disclosure and help-seeking among the respondents each survey asked (by default those with
/// any lifetime sexual abuse).
extension ReportBuilder {
    /// `help`: `available`, `domains` (when the countries' surveys asked different respondents,
    /// who was asked in each), `disclosure`, `groups` (each `heading` when there are several,
    /// `intro`, `table`, `figure`, `alt`) and `perpetrators` (each `heading`, `intro`, `table`).
    mutating func helpSection() -> [String: Any] {
        guard !survey.help.isEmpty, !countries.isEmpty else { return ["available": false, "none": strings["none"]] }
        let several = survey.help.count > 1
        var groups: [[String: Any]] = []
        for (index, group) in survey.help.enumerated() {
            // One group: every country gets a column, as in the other sections.
            let columns = several ? group.countries : countries
            var context = helpGroup(group, countries: columns, figure: several ? "help-seeking-\(index + 1).svg" : "help-seeking.svg")
            context["first"] = index == 0  // the disclosure note, once per section, under the first intro
            if several {
                context["heading"] = strings.format(
                    "h.helpGroup",
                    [
                        "who": domainWho(group.domain),
                        "countries": group.countries.map { labels.category("country", $0) }.joined(separator: ", "),
                    ])
            }
            groups.append(context)
        }
        var context: [String: Any] = [
            "available": true, "groups": groups, "disclosure": disclosureNote(complementary: true, reliability: true),
        ]
        if several {
            let list = survey.help.flatMap { group in
                group.countries.map {
                    strings.format("help.domainItem", ["country": labels.category("country", $0), "domain": domainText(group.domain)])
                }
            }
            context["domains"] = strings.format("help.domains", ["list": list.joined(separator: "; ")])
        }
        context["perpetrators"] = perpetratorContexts()
        return context
    }

    /// One group's intro, table and figure.
    private mutating func helpGroup(_ group: SurveyResults.HelpGroup, countries: [String], figure name: String) -> [String: Any] {
        let header = [strings["col.indicator"]] + countries.map { labels.category("country", $0) }
        let rows = group.series.map { series in
            [labels.variable(series.variable)] + countries.map { series.point(["country": $0])?.text(style) ?? "–" }
        }
        let plain = labels.plain  // the SVG writer escapes for XML
        let isDefault = group.domain == SurveyResults.defaultDomain
        let alt = isDefault ? strings["fig.helpDesc"] : strings.format("fig.helpDescAsked", ["who": domainWho(group.domain)])
        let figure = DotWhiskerFigure(
            title: strings["fig.helpTitle"],
            description: (isDefault ? alt : strings.format("fig.helpDescAsked", ["who": domainWho(group.domain, labels: plain)])) + " "
                + describe(group.series.map { ($0.variable, $0) }, series: countries, seriesVariable: "country"),
            series: countries.map { .init(label: plain.category("country", $0)) },
            rows: group.series.map { series in
                .init(
                    label: plain.variable(series.variable), values: countries.map { series.point(["country": $0])?.figureValue ?? .absent })
            },
            strings: strings, style: style)
        let file = Figure(name: name, svg: figure.svg())
        add(file)
        let list = group.series.map { labels.variable($0.variable) }.joined(separator: "; ")
        let intro =
            isDefault
            ? strings.format("help.intro", ["domain": domainText(group.domain), "list": list])
            : strings.format("help.introAsked", ["who": domainWho(group.domain), "domain": domainText(group.domain), "list": list])
        return [
            "intro": intro,
            "table": MarkdownTable(header: header, rows: rows, notes: [strings["note.estimatesOverview"]], numeric: Set(1..<header.count))
                .render(),
            "figure": file.path, "alt": alt,
        ]
    }

    /// A condition as code: `` `csa_contact_lifetime` = 1 ``.
    func domainText(_ domain: AskedIf) -> String { "`\(domain.variable)` = \(domain.value)" }

    /// Who a condition selects, in words: the variable's label for a binary yes, else the label
    /// and the category's.
    func domainWho(_ domain: AskedIf) -> String { domainWho(domain, labels: labels) }

    /// ``domainWho(_:)`` with the given labels (plain text for a figure).
    func domainWho(_ domain: AskedIf, labels: ReportLabels) -> String {
        let variable = labels.variable(domain.variable)
        return domain.value == "1" ? variable : variable + ": " + labels.category(domain.variable, domain.value)
    }
}
