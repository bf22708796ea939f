import Analysis
import Disclosure

/// One published estimate row as the report uses it: the group's codes, the published `n`,
/// and the estimate and interval only when disclosure control shows them.
struct EstimatePoint: Sendable {
    /// Grouping variable → category code.
    let group: [String: String]
    /// The published respondent count (may be `:c`).
    let n: PublishedCell?
    /// The estimate and its limits (proportions), nil when suppressed.
    let estimate, low, high: Double?
    /// The row's most severe mark.
    let mark: DisclosureMark?

    /// Reads a published row; a suppressed row keeps no number.
    init(_ row: PublishedEstimateRow) {
        group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
        n = row.n
        mark = row.mark
        let shown = !row.suppressed && row.estimate?.value != nil && row.ciLow?.value != nil && row.ciHigh?.value != nil
        estimate = shown ? row.estimate?.value : nil
        low = shown ? row.ciLow?.value : nil
        high = shown ? row.ciHigh?.value : nil
    }

    /// Whether the estimate is shown.
    var isShown: Bool { estimate != nil }

    /// Whether it is shown with the low-reliability mark.
    var isLowReliability: Bool { mark == .lowReliability }

    /// The mark text of a suppressed estimate (`:c` or `:u`).
    var suppressionMark: String { mark == .unreliable ? ":u" : ":c" }

    /// `9.6 (7.3–12.5)`, with ` u` (a narrow no-break space before the u) when flagged, or the mark when suppressed.
    func text(_ style: NumberStyle) -> String {
        guard let estimate, let low, let high else { return suppressionMark }
        let flag = isLowReliability ? NumberStyle.lowReliabilityFlag : ""
        return "\(style.percent(estimate)) (\(style.percent(low))–\(style.percent(high)))\(flag)"
    }

    /// An estimated number of children, `123 400 (98 200–150 100)`, rounded to the nearest
    /// 100 (limits below zero shown as 0), with ` u` (a narrow no-break space before the u) when flagged, or the mark when suppressed.
    func countText(_ style: NumberStyle) -> String {
        guard let estimate, let low, let high else { return suppressionMark }
        let hundreds = { (value: Double) in style.integer(Int(Self.printedCount(value))) }
        return "\(hundreds(estimate)) (\(hundreds(low))–\(hundreds(high)))" + (isLowReliability ? NumberStyle.lowReliabilityFlag : "")
    }

    /// An estimated number of children as ``countText(_:)`` prints it: rounded to the nearest
    /// 100, below zero as 0. What is computed from a printed number (a ratio to recorded cases)
    /// starts from this, so that it reveals nothing finer than the printed number.
    static func printedCount(_ value: Double) -> Double {
        (max(0, value) / 100).rounded() * 100
    }

    /// `9.6% (95% CI 7.3–12.5)` for sentences, with ` u` (a narrow no-break space before the u) when flagged, or the mark.
    func sentenceText(_ strings: ReportStrings, _ style: NumberStyle) -> String {
        guard let estimate, let low, let high else { return suppressionMark }
        let text = strings.format(
            "finding.value", ["value": style.percent(estimate), "low": style.percent(low), "high": style.percent(high)])
        return text + (isLowReliability ? NumberStyle.lowReliabilityFlag : "")
    }

    /// `9.6%`, with ` u` (a narrow no-break space before the u) when flagged, or the mark.
    func percentText(_ style: NumberStyle) -> String {
        guard let estimate else { return suppressionMark }
        return style.percentSign(style.percent(estimate)) + (isLowReliability ? NumberStyle.lowReliabilityFlag : "")
    }

    /// The figure value.
    var figureValue: DotWhiskerFigure.Value {
        guard let estimate, let low, let high else { return .suppressed(mark: suppressionMark) }
        return .shown(estimate: estimate, low: low, high: high, lowReliability: isLowReliability)
    }
}

/// The published estimates of one indicator, as points.
struct EstimateSeries: Sendable {
    let variable: String
    let points: [EstimatePoint]
    /// k of the published table.
    let threshold: Int

    init(_ estimate: PublishedEstimate) { self.init(estimate, excluding: []) }

    /// The published rows, leaving out those of the rounds in `excluded`.
    init(_ estimate: PublishedEstimate, excluding excluded: Set<String>) {
        variable = estimate.variable
        points = estimate.rows.filter { !excluded.contains($0.survey) }.map(EstimatePoint.init)
        threshold = estimate.table.threshold
    }

    /// The point of a group, if published.
    func point(_ group: [String: String]) -> EstimatePoint? {
        points.first { point in group.allSatisfy { point.group[$0.key] == $0.value } }
    }
}
