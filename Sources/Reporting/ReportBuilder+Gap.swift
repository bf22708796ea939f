import Analysis
import Rendering

/// Self-reported experience beside recorded cases: how many children the survey estimates per
/// recorded case.
extension ReportBuilder {
    /// The survey indicator set beside recorded cases: an experience in the same period as a
    /// calendar year of recorded crime.
    static let gapIndicator = "csa_contact_past_year"

    /// `incidents.gap`: `heading`, `intro` and `table` (per country, the survey's year, the
    /// estimated number of children with ``gapIndicator`` and its CI, the cases recorded that
    /// year, and their ratio), or nil when no country has both.
    ///
    /// Every number is read from published cells: the weighted total of the survey and the
    /// recorded count of the rates table; the ratio divides the one as printed (to the nearest
    /// 100) by the other, so it reveals nothing the two do not. A suppressed total or count leaves the country out.
    func gapContext() -> [String: Any]? {
        guard let totals = survey.indicators.first(where: { $0.name == Self.gapIndicator })?.totalByCountry,
            let rates = incidents?.rates
        else { return nil }
        let recorded = rates.rows.filter { $0.source == "incidents" && $0.offence == nil && !$0.suppressed }
        let rows = countries.compactMap { country -> [String]? in
            guard let year = surveyYear(country), let point = totals.point(["country": country]), let estimate = point.estimate,
                let low = point.low, let high = point.high,
                let row = recorded.first(where: { Self.has($0.group, "country", country) && Self.has($0.group, "year", String(year)) }),
                row.count.mark == nil, let cases = row.count.value, cases > 0
            else { return nil }
            // The ratio divides the total as printed (to the nearest 100), not the unrounded one.
            let ratio = { (value: Double) in style.fixed(EstimatePoint.printedCount(value) / cases, 1) }
            return [
                labels.category("country", country), String(year), point.countText(style), style.count(row.count),
                "\(ratio(estimate)) (\(ratio(low))–\(ratio(high)))" + (point.isLowReliability ? NumberStyle.lowReliabilityFlag : ""),
            ]
        }
        guard !rows.isEmpty else { return nil }
        let header = [
            labels.variable("country"), labels.variable("year"), strings["col.gapSurvey"], strings["col.gapRecorded"],
            strings["col.gapRatio"],
        ]
        let table = MarkdownTable(header: header, rows: rows, notes: [strings["note.gap"]] + noWeightsNote, numeric: [2, 3, 4]).render()
        return ["heading": strings["h.gap"], "intro": strings["gap.intro"], "table": table]
    }

    /// Whether a published group has `variable` equal to `label`.
    private static func has(_ group: [GroupValue], _ variable: String, _ label: String) -> Bool {
        group.contains { $0.variable == variable && $0.label == label }
    }

    /// The year of a country's latest survey round (the latest year of its survey sources).
    private func surveyYear(_ country: String) -> Int? {
        sources.filter { $0.kind == "survey" && $0.country == country }.compactMap(\.year).max().map { Int($0) }
    }
}
