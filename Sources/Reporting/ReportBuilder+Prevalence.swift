import Analysis
import Rendering

/// Prevalence by country, sex and age group, with figures.
extension ReportBuilder {
    /// `prevalence`: `available`, `intro`, `overview` {`intro`, `table`, `figure`, `alt`},
    /// `indicators` (each {`name`, `label`, `figure`, `alt`, `tableSex`, `tableAge`}).
    mutating func prevalenceSection() -> [String: Any] {
        let countries = countries
        guard !survey.indicators.isEmpty, !countries.isEmpty else {
            return ["available": false, "none": strings["none"], "intro": strings["prevalence.intro"]]
        }
        let overviewFigure = overview(countries: countries)
        add(overviewFigure)
        let header = [strings["col.indicator"]] + countries.map { labels.category("country", $0) }
        let rows = survey.indicators.map { indicator in
            [labels.variable(indicator.name)]
                + countries.map { country in
                    indicator.byCountry.point(["country": country])?.text(style) ?? "–"
                }
        }
        var overview: [String: Any] = [
            "intro": strings["prevalence.overviewIntro"],
            "table": MarkdownTable(header: header, rows: rows, notes: [strings["note.estimatesOverview"]], numeric: Set(1..<header.count))
                .render(),
            "figure": overviewFigure.path, "alt": strings["fig.overviewDesc"],
        ]
        let totals = survey.indicators.filter { $0.totalByCountry != nil }
        if !totals.isEmpty {
            let rows = totals.map { indicator in
                [labels.variable(indicator.name)]
                    + countries.map { indicator.totalByCountry?.point(["country": $0])?.countText(style) ?? "–" }
            }
            overview["hasTotals"] = true
            overview["totalsHeading"] = strings["h.totals"]
            overview["totalsIntro"] = strings["prevalence.totalsIntro"]
            overview["totals"] =
                MarkdownTable(
                    header: header, rows: rows, notes: [strings["note.totals"]] + noWeightsNote, numeric: Set(1...countries.count)
                ).render()
        }
        var indicators: [[String: Any]] = []
        for indicator in survey.indicators { indicators.append(indicatorContext(indicator, countries: countries)) }
        let intro = [strings["prevalence.intro"], latestRoundsSentence(countries: countries)].compactMap { $0 }.joined(separator: " ")
        return [
            "available": true, "intro": intro, "overview": overview, "indicators": indicators,
            "disclosure": disclosureNote(complementary: true, reliability: true),
        ]
    }

    /// Which survey round each country's figures come from (its latest, the year of its latest
    /// survey source), so that figures from different years are not read as one year's; nil
    /// when no survey source has a year.
    private func latestRoundsSentence(countries: [String]) -> String? {
        let surveys = sources.filter { $0.kind == "survey" }
        let rounds = countries.compactMap { country in
            surveys.filter { $0.country == country }.compactMap(\.year).max().map { "\(labels.category("country", country)), \($0)" }
        }
        return rounds.isEmpty ? nil : strings.format("prevalence.rounds", ["rounds": rounds.joined(separator: "; ")])
    }

    private func overview(countries: [String]) -> Figure {
        let labels = labels.plain  // the SVG writer escapes for XML
        let figure = DotWhiskerFigure(
            title: strings["fig.overviewTitle"],
            description: strings["fig.overviewDesc"] + " "
                + describe(
                    survey.indicators.map { ($0.name, $0.byCountry) }, series: countries, seriesVariable: "country"),
            series: countries.map { .init(label: labels.category("country", $0)) },
            rows: survey.indicators.map { indicator in
                .init(
                    label: labels.variable(indicator.name),
                    values: countries.map { indicator.byCountry.point(["country": $0])?.figureValue ?? .absent })
            },
            strings: strings, style: style)
        return Figure(name: "prevalence-overview.svg", svg: figure.svg())
    }

    private mutating func indicatorContext(_ indicator: SurveyResults.Indicator, countries: [String]) -> [String: Any] {
        let label = labels.variable(indicator.name)
        var context: [String: Any] = [
            "name": indicator.name, "label": label, "hasFigure": indicator.byCountrySex != nil,
            "hasTableSex": indicator.byCountrySex != nil, "hasTableAge": indicator.byCountryAge != nil,
        ]
        if let bySex = indicator.byCountrySex {
            let sexes = ordered(Set(bySex.points.compactMap { $0.group["sex"] }), variable: "sex")
            let plain = labels.plain, plainLabel = labels.plain.variable(indicator.name)
            let figure = DotWhiskerFigure(
                title: strings.format("fig.sexTitle", ["indicator": plainLabel]),
                description: strings.format("fig.sexDesc", ["indicator": plainLabel]) + " "
                    + describe(countries.map { ($0, bySex) }, series: sexes, seriesVariable: "sex", rowVariable: "country"),
                series: sexes.map { .init(label: plain.category("sex", $0)) },
                rows: countries.map { country in
                    .init(
                        label: plain.category("country", country),
                        values: sexes.map { bySex.point(["country": country, "sex": $0])?.figureValue ?? .absent })
                },
                strings: strings, style: style)
            let file = Figure(name: "prevalence-\(indicator.name).svg", svg: figure.svg())
            add(file)
            context["figure"] = file.path
            context["alt"] = strings.format("fig.sexDesc", ["indicator": label])
            context["tableSex"] = groupTable(bySex, second: "sex", totals: indicator.totals["sex"])
        }
        if let byAge = indicator.byCountryAge {
            context["tableAge"] = groupTable(byAge, second: "age_group", totals: indicator.totals["age_group"])
        }
        context["places"] = placeContexts(indicator)
        return context
    }

    /// Per place variable with estimates (region, setting): `heading`, `table` and `test` (the
    /// Rao–Scott test across its categories within each country, or nil when none was published).
    private func placeContexts(_ indicator: SurveyResults.Indicator) -> [[String: Any]] {
        SurveyResults.placeVariables.compactMap { place -> [String: Any]? in
            guard let series = indicator.byPlace[place], !series.points.isEmpty else { return nil }
            let key = place.capitalisingFirstLetter
            var context: [String: Any] = [
                "heading": strings["h.by" + key],
                "table": groupTable(series, second: place, totals: indicator.totals[place]),
            ]
            if let tests = indicator.acrossPlace[place].flatMap(placeTests) {
                context["test"] = strings.format("prevalence.test" + key, ["list": tests])
            }
            return context
        }
    }

    /// `Latvia F = 1.234, p = 0.0456; …`: each country's published Rao–Scott test, nil when none.
    private func placeTests(_ comparison: PublishedComparison) -> String? {
        let tests = byCountry(PublishedRow.rows(comparison.tests).filter { $0["test"]?.text == "rao-scott-f" }) { $0["country"]?.text }
        let items = tests.compactMap { test -> String? in
            guard let f = test["statistic"], f.value != nil else { return nil }
            return strings.format(
                "prevalence.testItem",
                [
                    "country": labels.category("country", test["country"]?.text ?? ""), "f": style.cellText(f),
                    "p": style.pValue(test["p_value"]),
                ])
        }
        return items.isEmpty ? nil : items.joined(separator: "; ")
    }

    /// Country | second variable | n | % (95% CI) | estimated number (95% CI), in the published
    /// row order; the last column only when the totals were published.
    private func groupTable(_ series: EstimateSeries, second: String, totals: EstimateSeries? = nil) -> String {
        var header = [labels.variable("country"), labels.variable(second), strings["col.n"], strings["col.estimate"]]
        if totals != nil { header.append(strings["col.number"]) }
        let rows = series.points.map { point in
            [
                labels.category("country", point.group["country"] ?? ""), labels.category(second, point.group[second] ?? ""),
                style.count(point.n), point.text(style),
            ] + (totals.map { [numberText(point, total: $0.point(point.group))] } ?? [])
        }
        let notes = [strings["note.estimates"]] + (totals != nil ? [strings["note.numbers"]] + noWeightsNote : [])
        return MarkdownTable(header: header, rows: rows, notes: notes, numeric: Set(2..<header.count)).render()
    }

    /// The note that survey rounds without weights show no estimated number, when there are some.
    var noWeightsNote: [String] {
        let rounds = survey.roundsWithoutWeights
        return rounds.isEmpty ? [] : [strings.format("note.noWeights", ["rounds": rounds.joined(separator: ", ")])]
    }

    /// The estimated number beside a percentage: hidden with the percentage's mark when the
    /// percentage is not shown (an unreliable proportion makes an unreliable number of children).
    private func numberText(_ point: EstimatePoint, total: EstimatePoint?) -> String {
        guard let total else { return "–" }
        return point.isShown || !total.isShown ? total.countText(style) : point.suppressionMark
    }

    /// The figure's data as text for its `<desc>`: "Row — Series: 9.6% (7.3–12.5); …".
    func describe(
        _ rows: [(label: String, series: EstimateSeries)], series: [String], seriesVariable: String,
        rowVariable: String? = nil
    ) -> String {
        let labels = labels.plain
        return rows.map { row in
            let rowLabel = rowVariable.map { labels.category($0, row.label) } ?? labels.variable(row.label)
            let values = series.map { code -> String in
                var group = [seriesVariable: code]
                if let rowVariable { group[rowVariable] = row.label }
                let text = row.series.point(group).map { $0.isShown ? $0.text(style) : $0.suppressionMark } ?? "–"
                return labels.category(seriesVariable, code) + ": " + text
            }
            return rowLabel + " — " + values.joined(separator: "; ")
        }.joined(separator: ". ") + "."
    }
}
