import Analysis
import Codebooks
import Disclosure
import Rendering

/// The sample description (methods) and the perpetrator's relation as the surveyed children
/// told it (help-seeking section): category shares read from published estimates.
extension ReportBuilder {
    /// `methods.sample`: the heading, intro and table of respondents by country and by sex and
    /// age group, or nil when the survey has neither.
    func sampleContext() -> [String: Any]? {
        let estimates = survey.sample
        guard !estimates.isEmpty else { return nil }
        let header = [
            labels.variable("country"), strings["col.characteristic"], strings["col.category"], strings["col.n"],
            strings["col.weightedPercent"],
        ]
        var rows: [[String]] = []
        for country in countries {
            for estimate in estimates {
                rows += shareRows(estimate, country: country).map { category, n, percent in
                    [labels.category("country", country), labels.variable(estimate.variable), category, n, percent]
                }
            }
        }
        guard !rows.isEmpty else { return nil }
        return [
            "heading": strings["h.sample"], "intro": [strings["sample.intro"], leftOutSentence()].compactMap { $0 }.joined(separator: " "),
            "table": MarkdownTable(header: header, rows: rows, notes: [strings["note.sample"]], numeric: [3, 4]).render(),
        ]
    }

    /// The respondents left out of every analysis (no recorded sex or age group), per survey
    /// round, exactly: counts of non-response to a demographic question, which the rows loaded
    /// minus the sample's n give back anyway. Nil without a sample.
    private func leftOutSentence() -> String? {
        guard let sample = analysisSample, !sample.filters.isEmpty else { return nil }
        guard sample.rounds.contains(where: { $0.leftOut > 0 }) else { return strings["sample.leftOutNone"] }
        let rounds = sample.rounds.map { round in
            strings.format(
                "sample.leftOutRound",
                [
                    "round": ([labels.category("country", round.country)] + (round.year.map { [String($0)] } ?? [])).joined(
                        separator: ", "),
                    "leftOut": style.integer(round.leftOut), "rows": style.integer(round.rows),
                ])
        }
        return strings.format("sample.leftOut", ["rounds": rounds.joined(separator: "; ")])
    }

    /// `help.perpetrators`: per set of respondents asked, the heading, intro and table of the
    /// perpetrator's relation by country among them; empty without the variable.
    func perpetratorContexts() -> [[String: Any]] {
        survey.perpetrators.compactMap { domain, estimate in
            guard let table = perpetratorTable(estimate) else { return nil }
            let intro =
                domain == SurveyResults.defaultDomain
                ? strings.format("perpetrator.intro", ["domain": domainText(domain)])
                : strings.format("perpetrator.introAsked", ["who": domainWho(domain), "domain": domainText(domain)])
            return ["heading": strings["h.perpetratorSurvey"], "intro": intro, "table": table]
        }
    }

    /// The perpetrator's relation by country: n and the share of each category; nil without rows.
    private func perpetratorTable(_ estimate: PublishedEstimate) -> String? {
        let countries = ordered(Set(estimate.rows.compactMap { $0.group.first { $0.variable == "country" }?.label }), variable: "country")
        let categories = ordered(Set(estimate.rows.compactMap(\.category)), variable: estimate.variable)
        let header = [labels.variable("country"), strings["col.n"]] + categories.map { labels.category(estimate.variable, $0) }
        let rows = countries.map { country -> [String] in
            let shares = shareRows(estimate, country: country, order: categories)
            let n = estimate.rows.first { $0.group.contains { $0.variable == "country" && $0.label == country } }?.n
            return [labels.category("country", country), style.count(n)] + shares.map { _, _, percent in percent }
        }
        guard !rows.isEmpty else { return nil }
        return MarkdownTable(header: header, rows: rows, notes: [strings["note.perpetratorSurvey"]], numeric: Set(1..<header.count))
            .render()
    }

    /// One country's categories of a category-share estimate: label, unweighted n of the
    /// category and the weighted percentage, each from its published cell (a suppressed row
    /// shows its mark); categories in `order` when given, else in the dictionary's order.
    private func shareRows(
        _ estimate: PublishedEstimate, country: String, order: [String]? = nil
    ) -> [(category: String, n: String, percent: String)] {
        let rows = estimate.rows.filter { row in row.group.contains { $0.variable == "country" && $0.label == country } }
        let codes = order ?? ordered(Set(rows.compactMap(\.category)), variable: estimate.variable)
        return codes.map { code in
            guard let row = rows.first(where: { $0.category == code }) else {
                return (labels.category(estimate.variable, code), "–", "–")
            }
            var percent = row.mark == .unreliable ? ":u" : ":c"
            if !row.suppressed, let value = row.estimate?.value {
                percent = style.percentSign(style.percent(value)) + (row.mark == .lowReliability ? NumberStyle.lowReliabilityFlag : "")
            }
            return (labels.category(estimate.variable, code), style.count(row.nOutcome), percent)
        }
    }
}
