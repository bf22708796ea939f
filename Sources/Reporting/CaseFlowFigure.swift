/// The case-flow funnel: per country, horizontal bars for the recorded, prosecuted and
/// convicted cases as a percentage of the recorded ones (recorded = 100).
///
/// Only published values reach the figure: a stage whose count is suppressed is drawn as its
/// mark in grey, never as a bar.
struct CaseFlowFigure {
    /// One country: its label and, per stage, the percentage of recorded cases or the mark.
    struct Row {
        let label: String
        let stages: [Value]
    }

    /// A stage's share of the recorded cases, or its mark.
    enum Value {
        case shown(percent: Double, text: String)
        case suppressed(mark: String)
    }

    let title: String
    let description: String
    let stageLabels: [String]
    let rows: [Row]

    private let width = 680.0
    private let plotLeft = 215.0
    private let plotRight = 600.0
    private let top = 60.0
    private let bar = 14.0

    /// The SVG document.
    func svg() -> String {
        let rowHeight = Double(stageLabels.count) * (bar + 4) + 16
        let bottom = top + Double(rows.count) * rowHeight
        var svg = SVGWriter(width: width, height: bottom + 20)
        svg.text(title, x: 12, y: 22, size: 14, weight: "bold")
        for (i, label) in stageLabels.enumerated() {
            let x = 12 + Double(i) * 150
            svg.raw(square(x: x, y: 34, size: 10, color: Palette.series[i % Palette.series.count]))
            svg.text(label, x: x + 14, y: 43, size: 11)
        }
        for (r, row) in rows.enumerated() {
            let y0 = top + Double(r) * rowHeight
            svg.text(row.label, x: plotLeft - 10, y: y0 + rowHeight / 2, size: 12, anchor: "end")
            for (s, value) in row.stages.enumerated() {
                let y = y0 + 8 + Double(s) * (bar + 4)
                switch value {
                case .shown(let percent, let text):
                    let length = (plotRight - plotLeft) * min(max(percent, 0), 100) / 100
                    svg.raw(rectangle(x: plotLeft, y: y, width: length, height: bar, color: Palette.series[s % Palette.series.count]))
                    svg.text(text, x: plotLeft + length + 4, y: y + bar - 3, size: 10, fill: Palette.axis)
                case .suppressed(let mark):
                    svg.text(mark, x: plotLeft + 2, y: y + bar - 3, size: 10, fill: Palette.muted, italic: true)
                }
            }
        }
        svg.line(plotLeft, top, plotLeft, bottom, stroke: Palette.axis)
        return svg.document(title: title, description: description)
    }

    private func rectangle(x: Double, y: Double, width: Double, height: Double, color: String) -> String {
        let n = SVGWriter.number
        return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(color)\"/>"
    }

    private func square(x: Double, y: Double, size: Double, color: String) -> String {
        rectangle(x: x, y: y, width: size, height: size, color: color)
    }
}
