import Analysis
import Foundation

/// Rendering of `sitan model`.
extension PublishedRendering {
    /// The coefficient table of `sitan model`: one row per round and coefficient, with the odds
    /// ratio and its interval for a logistic model. CSV and JSON hold full precision; `table` and
    /// `markdown` round (4 decimals, p-values below 0.0001 as `<0.0001`).
    package static func render(_ model: PublishedModel, as format: OutputFormat) -> RenderedOutput {
        let logistic = model.isLogistic
        var names = ["survey", "term", "level", "estimate", "se", "t", "df", "p", "ci_lower", "ci_upper"]
        if logistic { names += ["odds_ratio", "or_lower", "or_upper"] }
        let rows = model.rows.map { row -> [OutputCell] in
            let c = row.coefficient
            var cells: [OutputCell] = [.text(row.survey), .text(row.term), row.level.map(OutputCell.text) ?? .null]
            cells += [
                number(c.estimate), number(c.standardError), number(c.t, decimals: 2),
                row.degreesOfFreedom.map { .integer(Int64($0)) } ?? .null,
            ]
            cells += [pValue(c.pValue), number(c.lower), number(c.upper)]
            if logistic { cells += [number(exp(c.estimate)), number(exp(c.lower)), number(exp(c.upper))] }
            return cells
        }
        let what = logistic ? "log odds of \(model.outcome) = \(model.event ?? "1")" : model.outcome
        let title = "\(model.outcome): \(model.familyName) regression (\(what)), \(JSONText.number(model.level) ?? "") intervals"
        return OutputTable(title: title, columns: names.map { OutputColumn($0) }, rows: rows, notes: model.notes).render(format)
    }

    /// A number rounded for people, at full precision for programs.
    private static func number(_ value: Double, decimals: Int = 4) -> OutputCell {
        OutputCell(text: value.isFinite ? String(format: "%.\(decimals)f", value) : "", value: value.isFinite ? .number(value) : .null)
    }

    /// A p-value: `<0.0001` below that for people.
    private static func pValue(_ value: Double) -> OutputCell {
        guard value.isFinite else { return .null }
        return OutputCell(text: value < 0.0001 ? "<0.0001" : String(format: "%.4f", value), value: .number(value))
    }
}
