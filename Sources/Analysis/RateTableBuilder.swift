import Disclosure
import Rates
import StatisticalDistributions

/// Builds the disclosure ``CountTable``s of `sitan rates`: rates, rate ratios and trends.
///
/// Counts are `count` cells (primary suppression from 1 to k − 1); every rate, bound, ratio,
/// APC and p-value is `derived` from the counts it was computed from, so it disappears with
/// them. A ratio depends on both countries' counts; a trend on the count of every year it
/// fits (the fitted slope and the other years would otherwise pin a hidden year down), held
/// in hidden count columns. Populations are published denominators, also `count` cells.
struct RateTableBuilder {
    let request: RateRequest

    /// The rate table: `--by` labels, offence, source, count, population, rate, ci_low, ci_high.
    func rates(_ estimates: [RateEstimate]) -> CountTable {
        let keys = request.by + ["offence", "source"]
        let c = keys.count
        var columns = keys.map { CountTable.Column($0, role: .key) }
        columns += [CountTable.Column("count", role: .count), CountTable.Column("population", role: .count)]
        columns += ["rate", "ci_low", "ci_high"].map { CountTable.Column($0, role: .derived(from: [c, c + 1]), decimals: 2) }
        let rows = estimates.map { e in
            var cells = e.labels.map(CountTable.Cell.text) + [.text(e.offence ?? "all"), .text(e.source.rawValue)]
            cells.append(e.count.map(CountTable.Cell.count) ?? .empty)
            cells.append(e.population.map { CountTable.Cell.count(Int($0.rounded())) } ?? .empty)
            let numbers = e.interval.map { [$0.rate, $0.lower, $0.upper] }
            cells += (numbers ?? [.nan, .nan, .nan]).map { e.interval == nil ? CountTable.Cell.empty : CountTable.Cell.number($0) }
            return CountTable.Row(cells)
        }
        let known = knownTotalRowSets(labels: estimates.map(\.labels), fixed: estimates.map { [$0.offence ?? "", $0.source.rawValue] })
        return CountTable(
            title:
                "Rates per \(Self.perLabel(request.per)) (\(request.population.title)\(request.byVictim ? " of the victim's sex and age group" : ""))",
            columns: columns, rows: rows,
            margins: Margins(knownTotals: known))
    }

    /// The rate-ratio table: series labels, the two countries, hidden counts, ratio, CI, p.
    func ratios(_ comparisons: [RateRatioComparison]) -> CountTable {
        let keys = request.by.filter { $0 != "country" } + ["offence", "source", "country", "reference"]
        let c = keys.count
        var columns = keys.map { CountTable.Column($0, role: .key) }
        columns += [
            CountTable.Column("count", role: .count, isPublished: false),
            CountTable.Column("reference_count", role: .count, isPublished: false),
        ]
        columns += ["rate_ratio", "ci_low", "ci_high"].map { CountTable.Column($0, role: .derived(from: [c, c + 1]), decimals: 3) }
        columns.append(CountTable.Column("p_value", role: .derived(from: [c, c + 1]), decimals: 4))
        let rows = comparisons.map { r in
            var cells = r.key.labels.map(CountTable.Cell.text) + [.text(r.key.offence ?? "all"), .text(r.key.source.rawValue)]
            cells += [.text(r.country), .text(r.reference)]
            cells += [r.count.map(CountTable.Cell.count) ?? .empty, r.referenceCount.map(CountTable.Cell.count) ?? .empty]
            let numbers = r.ratio.map { [$0.estimate, $0.lower, $0.upper, $0.pValue] }
            cells += (numbers ?? [0, 0, 0, 0]).map { r.ratio == nil ? CountTable.Cell.empty : CountTable.Cell.number($0) }
            return CountTable.Row(cells)
        }
        return CountTable(title: "Rate ratios between countries (exact, conditional on the total)", columns: columns, rows: rows)
    }

    /// The trend table: series labels, years, the model, hidden yearly counts, APC with CI and
    /// p, deviance, df and Pearson's dispersion.
    ///
    /// The model is `quasipoisson` when Pearson's dispersion is above 1 (the interval and p are
    /// then the quasi-Poisson ones), `poisson` otherwise.
    func trends(_ comparisons: [RateTrendComparison]) -> CountTable {
        let keys = request.by.filter { $0 != "year" } + ["offence", "source", "years", "model"]
        let width = comparisons.map(\.counts.count).max() ?? 0
        let c = keys.count
        let hidden = Array(c..<(c + width))
        var columns = keys.map { CountTable.Column($0, role: .key) }
        columns += hidden.map { CountTable.Column("count_\($0 - c + 1)", role: .count, isPublished: false) }
        columns += ["apc", "ci_low", "ci_high"].map { CountTable.Column($0, role: .derived(from: hidden), decimals: 2) }
        columns.append(CountTable.Column("p_value", role: .derived(from: hidden), decimals: 4))
        columns.append(CountTable.Column("deviance", role: .derived(from: hidden), decimals: 2))
        columns.append(CountTable.Column("df", role: .derived(from: hidden)))
        columns.append(CountTable.Column("dispersion", role: .derived(from: hidden), decimals: 2))
        let rows = comparisons.map { t in
            var cells = t.key.labels.map(CountTable.Cell.text) + [.text(t.key.offence ?? "all"), .text(t.key.source.rawValue)]
            cells += [.text(Self.yearsLabel(t.years)), .text(t.trend.map(Self.model) ?? "")]
            cells += (0..<width).map { $0 < t.counts.count ? CountTable.Cell.count(t.counts[$0]) : .empty }
            cells += Self.trendNumbers(t.trend).map { t.trend == nil ? CountTable.Cell.empty : CountTable.Cell.number($0) }
            return CountTable.Row(cells)
        }
        return CountTable(
            title: "Trends over years (Poisson or quasi-Poisson regression, annual percent change)", columns: columns, rows: rows)
    }

    /// The left-out table: the `--by` labels other than victim sex and age group, offence, and the
    /// incidents in no victim group: `no_victim_sex` (with `sex` in `--by`), `no_victim_age`
    /// (with `age_group`). They are counts like the rates' (primary suppression, the ledger).
    func leftOut(_ estimates: [LeftOutEstimate]) -> CountTable {
        let keys = request.by.filter { !RateRequest.victimVariables.contains($0) } + ["offence"]
        var columns = keys.map { CountTable.Column($0, role: .key) }
        if request.by.contains("sex") { columns.append(CountTable.Column("no_victim_sex", role: .count)) }
        if request.by.contains("age_group") { columns.append(CountTable.Column("no_victim_age", role: .count)) }
        let rows = estimates.map { e in
            CountTable.Row(
                e.labels.map(CountTable.Cell.text) + [.text(e.offence ?? "all")]
                    + [e.noSex, e.noAge].compactMap { $0 }.map(CountTable.Cell.count))
        }
        return CountTable(
            title: "Incidents in no victim group (victim sex or age missing or outside the groups)", columns: columns, rows: rows)
    }

    /// `quasipoisson` when Pearson's dispersion is above 1, else `poisson`.
    static func model(_ trend: PoissonTrend) -> String { trend.isOverdispersed ? "quasipoisson" : "poisson" }

    /// APC, its bounds and p-value (quasi-Poisson when overdispersed), deviance, residual df and
    /// Pearson's dispersion (0 when there is no residual df).
    static func trendNumbers(_ trend: PoissonTrend?) -> [Double] {
        guard let trend else { return Array(repeating: 0, count: 7) }
        let quasi = trend.isOverdispersed ? trend.quasi : nil
        return [
            trend.annualPercentChange, quasi?.annualPercentChangeLower ?? trend.annualPercentChangeLower,
            quasi?.annualPercentChangeUpper ?? trend.annualPercentChangeUpper, quasi?.pValue ?? trend.pValue,
            trend.deviance, Double(trend.residualDegreesOfFreedom), trend.dispersion ?? 0,
        ]
    }

    /// `2015-2024` (with the number of years when some are missing).
    static func yearsLabel(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        let span = first == last ? "\(first)" : "\(first)-\(last)"
        return years.count == last - first + 1 ? span : "\(span) (\(years.count) years)"
    }

    /// `100 000` for 100000, with a thin grouping space.
    static func perLabel(_ per: Double) -> String {
        guard per == per.rounded(), per < 1e15 else { return "\(per)" }
        let digits = String(Int64(per))
        var out = ""
        for (i, character) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += " " }
            out.append(character)
        }
        return out
    }
}

extension RateDenominator {
    /// How the denominator is described in titles and notes.
    var title: String {
        switch self {
        case .children: "children aged 0-17"
        case .all: "whole population"
        }
    }
}
