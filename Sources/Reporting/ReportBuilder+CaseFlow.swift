import Analysis
import Disclosure
import Rendering

/// The case flow from recorded to prosecuted to convicted, per country.
///
/// Read from one published table, the distribution of cases by the furthest stage reached
/// (``IncidentResults/caseFlow``, with complementary suppression): cases prosecuted are those
/// whose furthest stage is prosecuted or convicted, so each cumulative count is a sum of
/// published cells, and every difference between two of them is a published cell too. A sum
/// with a suppressed term is shown as its mark, never computed.
extension ReportBuilder {
    /// The stages, in order.
    static let stages = ["recorded", "prosecuted", "convicted"]

    /// `caseFlow`: `available`, `intro`, `table`, `figure`, `alt`.
    mutating func caseFlowSection() -> [String: Any] {
        guard let flow = incidents?.caseFlow else { return ["available": false] }
        let rows = byCountry(
            PublishedRow.rows(flow.table).enumerated().compactMap { index, row -> (String, [PublishedCell?])? in
                guard index != flow.table.totalRow, let country = row["country"]?.text else { return nil }
                return (country, Self.stages.map { row[$0] })
            }
        ) { $0.0 }
        let cumulative = rows.map { country, cells in (country, Self.cumulative(cells)) }
        let header = [labels.variable("country")] + Self.stages.map { labels.category("stage", $0) }
        let table = cumulative.map { country, counts in
            [labels.category("country", country)]
                + counts.enumerated().map { stage, count in
                    guard let count else { return ":c" }
                    guard stage > 0, let recorded = counts[0], recorded > 0 else { return style.integer(count) }
                    return "\(style.integer(count)) (\(style.percentSign(style.fixed(100 * Double(count) / Double(recorded), 1))))"
                }
        }
        let tableNotes = [strings["note.caseFlow"]]
        let figure = caseFlowFigure(cumulative, header: Self.stages.map { labels.plain.category("stage", $0) })
        add(figure)
        return [
            "available": true, "heading": strings["h.caseFlow"], "intro": strings["caseFlow.intro"], "figure": figure.path,
            "alt": strings["fig.caseFlowDesc"],
            "table": MarkdownTable(header: header, rows: table, notes: tableNotes, numeric: Set(1..<header.count)).render(),
        ]
    }

    /// Recorded, prosecuted and convicted cases from the counts by furthest stage: each the sum
    /// of its stage and the later ones, nil when a term is not published.
    static func cumulative(_ furthest: [PublishedCell?]) -> [Int?] {
        furthest.indices.map { stage in
            furthest[stage...].reduce(Optional(0)) { sum, cell in
                guard let sum, let cell, cell.mark == nil, let value = cell.value else { return nil }
                return sum + Int(value)
            }
        }
    }

    private func caseFlowFigure(_ rows: [(String, [Int?])], header: [String]) -> Figure {
        let labels = labels.plain  // the SVG writer escapes for XML
        let figureRows = rows.map { country, counts in
            CaseFlowFigure.Row(
                label: labels.category("country", country),
                stages: counts.map { count in
                    guard let count, let recorded = counts[0], recorded > 0 else { return .suppressed(mark: ":c") }
                    let percent = 100 * Double(count) / Double(recorded)
                    return .shown(percent: percent, text: style.percentSign(style.fixed(percent, 1)))
                })
        }
        let values = rows.map { country, counts in
            labels.category("country", country) + ": "
                + zip(header, counts).map { "\($0) \($1.map(style.integer) ?? ":c")" }.joined(separator: ", ")
        }
        let figure = CaseFlowFigure(
            title: strings["fig.caseFlowTitle"], description: strings["fig.caseFlowDesc"] + " " + values.joined(separator: "; ") + ".",
            stageLabels: header, rows: figureRows)
        return Figure(name: "case-flow.svg", svg: figure.svg())
    }
}
