/// Key findings by region and urban/rural setting: a place is named only where the Rao–Scott
/// test across the places of a country says they differ.
extension ReportBuilder {
    /// One sentence per indicator, place variable and country whose test has p < 0.05, with
    /// the highest and lowest shown estimates of that country (both shown, and different).
    func placeFindings() -> [String] {
        var sentences: [String] = []
        for indicator in survey.indicators {
            for place in SurveyResults.placeVariables {
                guard let series = indicator.byPlace[place], let comparison = indicator.acrossPlace[place] else { continue }
                let tests = PublishedRow.rows(comparison.tests).filter { $0["test"]?.text == "rao-scott-f" }
                for country in countries {
                    guard let test = tests.first(where: { $0["country"]?.text == country }), let p = test["p_value"]?.value, p < 0.05,
                        test["p_value"]?.mark == nil, let f = test["statistic"], f.mark == nil
                    else { continue }
                    let shown = series.points.enumerated().filter { $0.element.group["country"] == country && $0.element.isShown }
                        .sorted { a, b in
                            let (x, y) = (a.element.estimate!, b.element.estimate!)
                            return x != y ? x > y : a.offset < b.offset
                        }.map(\.element)
                    guard let high = shown.first, let low = shown.last, shown.count > 1 else { continue }
                    let key = place == "region" ? "finding.region" : "finding.setting"
                    sentences.append(
                        strings.format(
                            key,
                            [
                                "indicator": labels.variable(indicator.name), "country": labels.category("country", country),
                                "f": style.cellText(f), "p": style.pValue(test["p_value"]),
                                "high": labels.category(place, high.group[place] ?? ""), "highValue": high.sentenceText(strings, style),
                                "low": labels.category(place, low.group[place] ?? ""), "lowValue": low.sentenceText(strings, style),
                            ]))
                }
            }
        }
        return sentences
    }
}
