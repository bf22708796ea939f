import Codebooks

/// Key findings: sentences generated from published estimates only (never a suppressed cell).
extension ReportBuilder {
    /// `findings`: a list of `{text}`.
    func findings() -> [[String: String]] {
        var sentences: [String] = []
        for indicator in survey.indicators {
            let test = indicator.acrossCountries.flatMap(countryTest)
            let p = test?["test"]?.text == "rao-scott-f" ? test?["p_value"]?.value : nil
            // Highest and lowest are named only when the test says the countries differ.
            let differ = (p ?? 1) < 0.05
            guard var sentence = rangeSentence(indicator.byCountry, label: labels.variable(indicator.name), ranked: differ) else {
                continue
            }
            if let p, let test, let f = test["statistic"] {
                let values = ["f": style.cellText(f), "p": style.pValue(test["p_value"])]
                let result = strings.format(p < 0.05 ? "finding.differ" : "finding.noDiffer", values)
                sentence += " " + strings.format("finding.test", ["result": result])
            }
            sentences.append(sentence)
        }
        if let headline = survey.indicators.first, let sex = sexSentence(headline) { sentences.append(sex) }
        sentences += placeFindings()
        sentences += changeFindings()
        for group in survey.help {
            for series in group.series {
                if let sentence = helpSentence(series, domain: group.domain) { sentences.append(sentence) }
            }
        }
        sentences += ratesFindings()
        if sentences.isEmpty { sentences.append(strings["finding.none"]) }
        return sentences.map { ["text": $0] }
    }

    /// Published (shown) country points, highest first; ties by the dictionary's order.
    private func shownByCountry(_ series: EstimateSeries) -> [(country: String, point: EstimatePoint)] {
        let order = countries
        let shown = order.compactMap { country in series.point(["country": country]).map { (country, $0) } }
            .filter { $0.1.isShown }
        return shown.enumerated().sorted { a, b in
            let (x, y) = (a.element.1.estimate!, b.element.1.estimate!)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// The countries' values: highest and lowest named when `ranked`, else each country in the
    /// dictionary's order with no ranking.
    private func rangeSentence(_ series: EstimateSeries, label: String, ranked: Bool) -> String? {
        let shown = shownByCountry(series)
        guard let high = shown.first, let low = shown.last else { return nil }
        if shown.count == 1 {
            return strings.format(
                "finding.single",
                ["indicator": label, "country": labels.category("country", high.country), "value": high.point.sentenceText(strings, style)])
        }
        guard ranked else {
            return strings.format("finding.list", ["indicator": label, "list": countryList(series) { $0.sentenceText(strings, style) }])
        }
        return strings.format(
            "finding.range",
            [
                "indicator": label, "high": labels.category("country", high.country), "highValue": high.point.sentenceText(strings, style),
                "low": labels.category("country", low.country), "lowValue": low.point.sentenceText(strings, style),
            ])
    }

    /// `Latvia 17.7% (…); Lithuania …`: the shown countries in the dictionary's order.
    private func countryList(_ series: EstimateSeries, _ text: (EstimatePoint) -> String) -> String {
        countries.compactMap { country -> String? in
            guard let point = series.point(["country": country]), point.isShown else { return nil }
            return labels.category("country", country) + " " + text(point)
        }.joined(separator: "; ")
    }

    /// The sex gradient of the headline indicator: male minus female per country (the
    /// dictionary's order, as in the tables), from the published pairwise comparisons (suppressed pairs are left out, and so is a country whose
    /// rows by sex are not shown: the difference would print what those rows hide).
    private func sexSentence(_ indicator: SurveyResults.Indicator) -> String? {
        guard let comparison = indicator.acrossSexes, let bySex = indicator.byCountrySex else { return nil }
        let shown = { (country: String?, sex: String) in
            country.flatMap { bySex.point(["country": $0, "sex": sex]) }?.isShown ?? false
        }
        let pairs = PublishedRow.rows(comparison.pairs).filter {
            $0["category"]?.text == "1" && $0["a"]?.text == "male" && $0["b"]?.text == "female"
                && $0["difference"]?.value != nil && $0["ci_low"]?.value != nil && $0["ci_high"]?.value != nil
                && shown($0["country"]?.text, "male") && shown($0["country"]?.text, "female")
        }
        guard !pairs.isEmpty else { return nil }
        var below = 0
        let list = pairs.map { pair -> String in
            let (d, low, high) = (pair["difference"]!.value!, pair["ci_low"]!.value!, pair["ci_high"]!.value!)
            if high < 0 { below += 1 }
            let country = labels.category("country", pair["country"]?.text ?? "")
            return "\(country) \(style.fixed(100 * d, 1)) (\(style.fixed(100 * low, 1)); \(style.fixed(100 * high, 1)))"
        }
        let sentence = strings.format(
            "finding.sex",
            [
                "indicator": labels.variable(indicator.name), "female": midSentence(labels.category("sex", "female")),
                "male": midSentence(labels.category("sex", "male")), "list": list.joined(separator: "; "),
            ])
        return sentence + " "
            + strings.format("finding.sexCount", ["count": String(below), "total": String(pairs.count)])
    }

    /// A category label inside a sentence: its first letter in lower case when its second letter
    /// is lower case (`Girls` → `girls`, `Meitenes` → `meitenes`); an acronym such as `LGBT` stays.
    private func midSentence(_ label: String) -> String {
        guard let first = label.first, let second = label.dropFirst().first, second.isLowercase else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// Help-seeking by country, unranked: no test compares the countries.
    private func helpSentence(_ series: EstimateSeries, domain: AskedIf) -> String? {
        guard shownByCountry(series).count > 1 else { return nil }
        let values = [
            "indicator": labels.variable(series.variable), "list": countryList(series) { $0.percentText(style) }, "who": domainWho(domain),
        ]
        return strings.format(domain == SurveyResults.defaultDomain ? "finding.help" : "finding.helpAsked", values)
    }
}
