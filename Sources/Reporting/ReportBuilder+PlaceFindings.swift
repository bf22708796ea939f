/// Key findings by region and urban/rural setting: a place is named only where the Rao–Scott
/// test across the places of a country says they differ after Holm's adjustment over every test
/// by place in the report (each indicator, place variable and country).
extension ReportBuilder {
    /// One sentence per indicator, place variable and country whose test has a Holm-adjusted
    /// p < 0.05, with the highest and lowest shown estimates of that country (both shown, and
    /// different).
    func placeFindings() -> [String] {
        typealias Test = (indicator: SurveyResults.Indicator, place: String, country: String, row: PublishedRow?)
        var family: [Test] = []
        // Every test asked for, in every country: one the ledger refused or suppressed counts as
        // the largest p-value of the family (conservative).
        for indicator in survey.indicators {
            for place in indicator.places {
                let tests =
                    indicator.acrossPlace[place].map { PublishedRow.rows($0.tests).filter { $0["test"]?.text == "rao-scott-f" } } ?? []
                for country in countries {
                    family.append((indicator, place, country, tests.first { $0["country"]?.text == country }))
                }
            }
        }
        let adjusted = HolmAdjustment.adjust(family.map { $0.row?["p_value"]?.mark == nil ? $0.row?["p_value"]?.value : nil })
        var sentences: [String] = []
        for (test, holm) in zip(family, adjusted) {
            guard let row = test.row, let holm, holm < 0.05, let f = row["statistic"], f.mark == nil,
                let series = test.indicator.byPlace[test.place]
            else { continue }
            let place = test.place
            let shown = series.points.enumerated().filter { $0.element.group["country"] == test.country && $0.element.isShown }
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
                        "indicator": labels.variable(test.indicator.name), "country": labels.category("country", test.country),
                        "f": style.cellText(f), "p": style.pValue(row["p_value"]), "pHolm": style.pValue(holm),
                        "m": String(family.count),
                        "high": labels.category(place, high.group[place] ?? ""), "highValue": high.sentenceText(strings, style),
                        "low": labels.category(place, low.group[place] ?? ""), "lowValue": low.sentenceText(strings, style),
                    ]))
        }
        return sentences
    }
}
