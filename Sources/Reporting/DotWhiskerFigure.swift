/// A dot-and-whisker chart: for each row (a country, an indicator) one marker per series (sex,
/// country) at the estimate, with a whisker from the lower to the upper confidence limit.
///
/// Only published values reach the figure: a suppressed cell is drawn as its mark (`:c`,
/// `:u`) in grey at the start of the axis, never as a dot, and a low-reliability estimate is
/// drawn hollow and followed by `u`. The axis is percent, from zero to a rounded maximum of
/// the published upper limits.
struct DotWhiskerFigure {
    /// A series: its legend label.
    struct Series {
        let label: String
    }

    /// One value: shown with its interval (proportions), not shown with its mark, or absent.
    enum Value {
        case shown(estimate: Double, low: Double, high: Double, lowReliability: Bool)
        case suppressed(mark: String)
        case absent
    }

    /// A row: its label and one value per series.
    struct Row {
        let label: String
        let values: [Value]
    }

    let title: String
    let description: String
    let series: [Series]
    let rows: [Row]
    let strings: ReportStrings
    let style: NumberStyle

    private let width = 680.0
    private let labelWidth = 200.0
    private let plotLeft = 215.0
    private let plotRight = 655.0
    /// The title's lines: a long indicator label (Polish and Lithuanian ones reach 100
    /// characters) is wrapped so that it stays inside the figure's width.
    private var titleLines: [String] { SVGWriter.wrap(title, width: Self.titleWidth) }
    /// How far a wrapped title pushes the legend and the plot down.
    private var titleShift: Double { Double(titleLines.count - 1) * 18 }
    private var top: Double { 64 + titleShift }
    /// The characters of 14-point bold text that fit in the width.
    static let titleWidth = 76

    /// The SVG document.
    func svg() -> String {
        let heights = rows.map(rowHeight)
        let plotBottom = top + heights.reduce(0, +)
        var svg = SVGWriter(width: width, height: plotBottom + 46)
        for (i, line) in titleLines.enumerated() { svg.text(line, x: 12, y: 22 + Double(i) * 18, size: 14, weight: "bold") }
        drawLegend(&svg)
        let highs = rows.flatMap(\.values).compactMap { value -> Double? in
            if case let .shown(_, _, high, _) = value { return high } else { return nil }
        }
        let axis = niceAxis(maximum: (highs.max() ?? 0.1) * 100)
        drawAxis(&svg, axis: axis, bottom: plotBottom)
        var y = top
        for (row, height) in zip(rows, heights) {
            drawRow(&svg, row, y: y, height: height, axisTop: axis.top)
            y += height
        }
        return svg.document(title: title, description: description)
    }

    private func rowHeight(_ row: Row) -> Double {
        let lines = SVGWriter.wrap(row.label, width: 32).count
        return max(Double(series.count) * 13 + 12, Double(lines) * 13 + 10)
    }

    private func x(_ percent: Double, axisTop: Double) -> Double {
        plotLeft + (plotRight - plotLeft) * min(max(percent / axisTop, 0), 1)
    }

    private func drawLegend(_ svg: inout SVGWriter) {
        var x = 12.0
        for (index, entry) in series.enumerated() {
            svg.marker(MarkerShape.allCases[index % 4], x: x + 4, y: 40 + titleShift, color: color(index), hollow: false)
            svg.text(entry.label, x: x + 13, y: 44 + titleShift)
            x += 24 + Double(entry.label.count) * 6.2
        }
        let key = strings["fig.lowReliability"] + " · " + strings["fig.suppressed"]
        svg.text(key, x: x + 8, y: 44 + titleShift, size: 10, fill: Palette.muted)
    }

    private func drawAxis(_ svg: inout SVGWriter, axis: (top: Double, step: Double), bottom: Double) {
        var tick = 0.0
        while tick <= axis.top + axis.step / 1000 {
            let tx = x(tick, axisTop: axis.top)
            svg.line(tx, top - 4, tx, bottom, stroke: Palette.grid)
            svg.text(
                style.fixed(tick, axisDecimals(step: axis.step)), x: tx, y: bottom + 14, size: 10, anchor: "middle", fill: Palette.axis)
            tick += axis.step
        }
        svg.line(plotLeft, bottom, plotRight, bottom, stroke: Palette.axis)
        svg.text(strings["fig.axisPercent"], x: (plotLeft + plotRight) / 2, y: bottom + 32, size: 11, anchor: "middle", fill: Palette.axis)
    }

    private func drawRow(_ svg: inout SVGWriter, _ row: Row, y: Double, height: Double, axisTop: Double) {
        let lines = SVGWriter.wrap(row.label, width: 32)
        let firstLine = y + height / 2 - Double(lines.count - 1) * 6.5 + 4
        for (i, line) in lines.enumerated() {
            svg.text(line, x: labelWidth, y: firstLine + Double(i) * 13, anchor: "end")
        }
        svg.line(plotLeft, y + height, plotRight, y + height, stroke: "#f0f0f0")
        let firstSeries = y + height / 2 - Double(series.count - 1) * 6.5
        for (index, value) in row.values.enumerated() {
            let cy = firstSeries + Double(index) * 13
            drawValue(&svg, value, index: index, y: cy, axisTop: axisTop)
        }
    }

    private func drawValue(_ svg: inout SVGWriter, _ value: Value, index: Int, y: Double, axisTop: Double) {
        switch value {
        case let .shown(estimate, low, high, lowReliability):
            let (x0, x1) = (x(100 * low, axisTop: axisTop), x(100 * high, axisTop: axisTop))
            svg.line(x0, y, x1, y, stroke: color(index), width: 1.5)
            svg.line(x0, y - 3, x0, y + 3, stroke: color(index), width: 1.5)
            svg.line(x1, y - 3, x1, y + 3, stroke: color(index), width: 1.5)
            svg.marker(
                MarkerShape.allCases[index % 4], x: x(100 * estimate, axisTop: axisTop), y: y, color: color(index), hollow: lowReliability)
            if lowReliability { svg.text("u", x: x1 + 4, y: y + 4, size: 10, fill: color(index)) }
        case let .suppressed(mark):
            svg.text(mark, x: plotLeft + 4, y: y + 4, size: 10, fill: Palette.muted, italic: true)
        case .absent:
            break
        }
    }

    private func color(_ index: Int) -> String { Palette.series[index % Palette.series.count] }
}
