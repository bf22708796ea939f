import Foundation

/// A minimal, deterministic SVG writer: elements are appended as text, coordinates are
/// written with one decimal, and text is escaped.
///
/// The output is plain SVG 1.1 that GitHub renders in Markdown images: no scripts, no
/// external fonts or styles, `role="img"` with a `<title>` and `<desc>` for screen readers.
struct SVGWriter {
    let width: Double
    let height: Double
    private(set) var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate or length: one decimal, no negative zero, no trailing `.0`.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.1f", value)
        if text == "-0.0" { text = "0.0" }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// Text escaped for XML content and attributes.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Appends a raw element.
    mutating func raw(_ element: String) { body.append(element) }

    /// A straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        let n = Self.number
        let dashes = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        body.append(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashes)/>"
        )
    }

    /// Text; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 11, anchor: String = "start", weight: String? = nil,
        fill: String = "#222", italic: Bool = false
    ) {
        let n = Self.number
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if italic { attributes += " font-style=\"italic\"" }
        body.append("<text \(attributes) fill=\"\(fill)\">\(Self.escape(content))</text>")
    }

    /// A marker: `circle`, `square`, `diamond` or `triangle`, filled or hollow.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, color: String, hollow: Bool) {
        let n = Self.number
        let paint = "fill=\"\(hollow ? "#ffffff" : color)\" stroke=\"\(color)\" stroke-width=\"1.5\""
        switch shape {
        case .circle:
            body.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" \(paint)/>")
        case .square:
            body.append("<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" \(paint)/>")
        case .diamond:
            body.append("<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" \(paint)/>")
        case .triangle:
            body.append("<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 4.5)) \(n(y + 4))L\(n(x - 4.5)) \(n(y + 4))Z\" \(paint)/>")
        }
    }

    /// The document, with its accessible title and description.
    func document(title: String, description: String) -> String {
        let n = Self.number
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
                + "viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"title desc\" "
                + "font-family=\"Helvetica, Arial, sans-serif\">",
            "<title id=\"title\">\(Self.escape(title))</title>",
            "<desc id=\"desc\">\(Self.escape(description))</desc>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Splits a label into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

/// The marker shapes, so that series differ by shape as well as colour.
enum MarkerShape: Sendable, CaseIterable {
    case circle, square, diamond, triangle
}

/// Colours of the series: Okabe–Ito, distinguishable with colour-vision deficiencies.
enum Palette {
    static let series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    static let grid = "#dddddd"
    static let axis = "#555555"
    static let muted = "#666666"
}

/// A "nice" axis maximum and step for values from 0 to `maximum`: about 4 to 6 ticks.
///
/// Steps are 1, 2 or 5 times a power of ten, so that every tick prints exactly with
/// ``axisDecimals(step:)`` decimals (a step of 2.5 printed without decimals would label 7.5
/// as `8`).
func niceAxis(maximum: Double) -> (top: Double, step: Double) {
    guard maximum > 0, maximum.isFinite else { return (1, 0.2) }
    let magnitude = pow(10, floor(log10(maximum)))
    for factor in [0.1, 0.2, 0.5, 1, 2, 5, 10] {
        let step = factor * magnitude
        let top = (maximum / step).rounded(.up) * step
        if top / step <= 6 { return (top, step) }
    }
    return (maximum, maximum / 5)
}

/// The decimals that print every multiple of `step` exactly: 0 for whole steps, 1 for 0.1,
/// 0.2 or 0.5, and so on (at most 6).
func axisDecimals(step: Double) -> Int {
    (0...6).first { d in
        let scaled = step * pow(10, Double(d))
        return abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled)
    } ?? 6
}
