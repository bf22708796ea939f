/// A line chart over years: one line per series (country) with its confidence band.
///
/// Only published values are drawn. A suppressed year breaks the line and the band and is
/// shown as its mark (`:c`) in the series' colour just above the axis, never as a point.
struct TrendFigure {
    /// One value: shown with its interval, or suppressed with its mark.
    enum Value {
        case shown(value: Double, low: Double, high: Double)
        case suppressed(mark: String)
    }

    /// A series: its label and its value per year (missing years are simply absent).
    struct Series {
        let label: String
        let values: [Int: Value]
    }

    let title: String
    let description: String
    let axisLabel: String
    let years: [Int]
    let series: [Series]
    let strings: ReportStrings
    let style: NumberStyle

    private let width = 680.0
    private let left = 62.0
    private let right = 660.0
    private let top = 64.0
    private let bottom = 280.0

    /// The SVG document.
    func svg() -> String {
        var svg = SVGWriter(width: width, height: bottom + 46)
        svg.text(title, x: 12, y: 22, size: 14, weight: "bold")
        drawLegend(&svg)
        let highs = series.flatMap { $0.values.values }.compactMap { value -> Double? in
            if case let .shown(_, _, high) = value { return high } else { return nil }
        }
        let axis = niceAxis(maximum: highs.max() ?? 1)
        drawAxes(&svg, axis: axis)
        for (index, entry) in series.enumerated() { draw(&svg, entry, index: index, axisTop: axis.top) }
        return svg.document(title: title, description: description)
    }

    private func x(_ year: Int) -> Double {
        guard let first = years.first, let last = years.last, last > first else { return (left + right) / 2 }
        return left + 10 + (right - left - 20) * Double(year - first) / Double(last - first)
    }

    private func y(_ value: Double, axisTop: Double) -> Double {
        bottom - (bottom - top) * min(max(value / axisTop, 0), 1)
    }

    private func drawLegend(_ svg: inout SVGWriter) {
        var x = 12.0
        for (index, entry) in series.enumerated() {
            svg.line(x, 40, x + 16, 40, stroke: color(index), width: 2)
            svg.marker(MarkerShape.allCases[index % 4], x: x + 8, y: 40, color: color(index), hollow: false)
            svg.text(entry.label, x: x + 22, y: 44)
            x += 34 + Double(entry.label.count) * 6.2
        }
        svg.text(strings["fig.suppressed"], x: x + 8, y: 44, size: 10, fill: Palette.muted)
    }

    private func drawAxes(_ svg: inout SVGWriter, axis: (top: Double, step: Double)) {
        var tick = 0.0
        while tick <= axis.top + axis.step / 1000 {
            let ty = y(tick, axisTop: axis.top)
            svg.line(left, ty, right, ty, stroke: Palette.grid)
            svg.text(style.fixed(tick, axisDecimals(step: axis.step)), x: left - 6, y: ty + 4, size: 10, anchor: "end", fill: Palette.axis)
            tick += axis.step
        }
        svg.line(left, bottom, right, bottom, stroke: Palette.axis)
        for year in years {
            svg.line(x(year), bottom, x(year), bottom + 4, stroke: Palette.axis)
            svg.text(String(year), x: x(year), y: bottom + 16, size: 10, anchor: "middle", fill: Palette.axis)
        }
        svg.text(axisLabel, x: (left + right) / 2, y: bottom + 34, size: 11, anchor: "middle", fill: Palette.axis)
    }

    /// The runs of consecutive shown years of a series.
    private func runs(_ entry: Series) -> [[(year: Int, value: Double, low: Double, high: Double)]] {
        var runs: [[(year: Int, value: Double, low: Double, high: Double)]] = [[]]
        for year in years {
            if case let .shown(value, low, high)? = entry.values[year] {
                runs[runs.count - 1].append((year, value, low, high))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    private func draw(_ svg: inout SVGWriter, _ entry: Series, index: Int, axisTop: Double) {
        let n = SVGWriter.number
        for run in runs(entry) {
            let upper = run.map { "\(n(x($0.year))),\(n(y($0.high, axisTop: axisTop)))" }
            let lower = run.reversed().map { "\(n(x($0.year))),\(n(y($0.low, axisTop: axisTop)))" }
            svg.raw("<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(color(index))\" fill-opacity=\"0.15\"/>")
            let line = run.map { "\(n(x($0.year))),\(n(y($0.value, axisTop: axisTop)))" }
            svg.raw("<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(color(index))\" stroke-width=\"2\"/>")
            for point in run {
                svg.marker(
                    MarkerShape.allCases[index % 4], x: x(point.year), y: y(point.value, axisTop: axisTop),
                    color: color(index), hollow: false)
            }
        }
        for year in years {
            guard case let .suppressed(mark)? = entry.values[year] else { continue }
            svg.text(mark, x: x(year), y: bottom - 6 - Double(index) * 11, size: 10, anchor: "middle", fill: color(index), italic: true)
        }
    }

    private func color(_ index: Int) -> String { Palette.series[index % Palette.series.count] }
}
