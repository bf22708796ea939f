import Analysis
import Disclosure
import Rendering

/// A published table's row, read by column name.
struct PublishedRow {
    let header: [String]
    let cells: [PublishedCell]

    subscript(_ name: String) -> PublishedCell? {
        header.firstIndex(of: name).map { cells[$0] }
    }

    /// The rows of a table.
    static func rows(_ table: PublishedTable) -> [PublishedRow] {
        table.rows.map { PublishedRow(header: table.header, cells: $0) }
    }
}

/// Cross-country comparisons: Rao–Scott tests and pairwise differences.
extension ReportBuilder {
    /// `comparisons`: `available`, `intro`, `tests` (table), `pairs` (table).
    func comparisonsSection() -> [String: Any] {
        let compared = survey.indicators.compactMap { indicator in indicator.acrossCountries.map { (indicator.name, $0) } }
        // A country with several rounds has a change table even when it is the only country.
        let changes = changesTable()
        guard !compared.isEmpty else {
            return ["available": false, "none": strings["none"]].merging(changes.map { ["changes": $0] } ?? [:]) { a, _ in a }
        }
        let testRows = compared.compactMap { name, comparison in
            countryTest(comparison).map { test in
                [labels.variable(name), style.cellText(test["statistic"]), degreesOfFreedom(test), style.pValue(test["p_value"])]
            }
        }
        let testNotes = [strings["note.tests"]]
        let tests = MarkdownTable(
            header: [strings["col.indicator"], strings["col.f"], strings["col.df"], strings["col.p"]], rows: testRows,
            notes: testNotes, numeric: [1, 2, 3])
        let pairRows = compared.flatMap { name, comparison in
            let pairs = PublishedRow.rows(comparison.pairs).filter { $0["category"]?.text == "1" }
            let holm = HolmAdjustment.adjust(pairs.map { $0["p_value"]?.value })
            return zip(pairs, holm).map { pair, adjusted in
                let a = labels.category("country", pair["a"]?.text ?? ""), b = labels.category("country", pair["b"]?.text ?? "")
                let holmText = adjusted.map { style.pValue($0) } ?? style.pValue(pair["p_value"])
                return [labels.variable(name), "\(a) – \(b)", difference(pair), style.pValue(pair["p_value"]), holmText]
            }
        }
        let pairNotes = [strings["note.pairs"], strings["note.holm"]]
        let pairs = MarkdownTable(
            header: [strings["col.indicator"], strings["col.pair"], strings["col.difference"], strings["col.p"], strings["col.pHolm"]],
            rows: pairRows, notes: pairNotes, numeric: [2, 3, 4])
        var section: [String: Any] = [
            "available": true,
            "intro": changes == nil
                ? strings["comparisons.intro"] : strings["comparisons.intro"] + " " + strings["comparisons.introChanges"],
            "tests": tests.render(), "pairs": pairs.render(),
            "disclosure": disclosureNote(complementary: false, reliability: true),
        ]
        if let changes { section["changes"] = changes }
        return section
    }

    /// An indicator's changes between survey rounds: per country and pair of rounds, the row of
    /// the share of 1 (empty when no country has several rounds).
    func changes(of indicator: SurveyResults.Indicator) -> [PublishedRow] {
        (indicator.betweenRounds.map { PublishedRow.rows($0.pairs) } ?? []).filter { $0["category"]?.text == "1" }
    }

    /// Change between the survey rounds of a country, where one has several: earlier round,
    /// later round, later minus earlier with its CI, and the p-value (independent samples).
    private func changesTable() -> String? {
        let rows = survey.indicators.flatMap { indicator in
            changes(of: indicator).map { pair in
                [
                    labels.variable(indicator.name), labels.category("country", pair["country"]?.text ?? ""), pair["a"]?.text ?? "",
                    percent(pair["estimate_a"]), pair["b"]?.text ?? "", percent(pair["estimate_b"]),
                    difference(pair, reversed: true), style.pValue(pair["p_value"]),
                ]
            }
        }
        guard !rows.isEmpty else { return nil }
        let header = [
            strings["col.indicator"], strings["col.country"], strings["col.earlier"], strings["col.percent"], strings["col.later"],
            strings["col.percent"], strings["col.change"], strings["col.p"],
        ]
        let notes = [strings["note.changes"]]
        return MarkdownTable(header: header, rows: rows, notes: notes, numeric: [3, 5, 6, 7]).render()
    }

    /// A round's proportion as a percentage (`7.2`), or its mark when suppressed.
    private func percent(_ cell: PublishedCell?) -> String {
        guard let cell, let value = cell.value else { return cell?.text ?? ":c" }
        return style.percent(value)
    }

    /// The second-order Rao–Scott test row (Pearson for unweighted data).
    func countryTest(_ comparison: PublishedComparison) -> PublishedRow? {
        let rows = PublishedRow.rows(comparison.tests)
        return rows.first { $0["test"]?.text == "rao-scott-f" } ?? rows.first { $0["test"]?.text == "pearson" }
    }

    /// `1.70; 335.08` (F) or `2` (χ²).
    private func degreesOfFreedom(_ test: PublishedRow) -> String {
        let df2 = test["df2"].map { style.cellText($0) } ?? ""
        return df2.isEmpty ? style.cellText(test["df1"]) : style.cellText(test["df1"]) + "; " + df2
    }

    /// `1.8 (−0.9 to 4.4)` in percentage points, or the mark when suppressed; `reversed` gives
    /// b − a (later minus earlier round) instead of a − b.
    func difference(_ pair: PublishedRow, reversed: Bool = false) -> String {
        guard let d = pair["difference"], var value = d.value, var low = pair["ci_low"]?.value,
            var high = pair["ci_high"]?.value
        else { return pair["difference"]?.text ?? ":c" }
        if reversed { (value, low, high) = (-value, -high, -low) }
        let flag = d.mark == .lowReliability ? NumberStyle.lowReliabilityFlag : ""
        return "\(style.fixed(100 * value, 1)) (\(style.fixed(100 * low, 1)); \(style.fixed(100 * high, 1)))\(flag)"
    }
}
