import Foundation
import Testing

@testable import Reporting

/// The dot-and-whisker figure's title stays inside the figure, however long the indicator.
struct DotWhiskerFigureTests {
    static func figure(title: String) -> String {
        DotWhiskerFigure(
            title: title, description: "test", series: [.init(label: "A")],
            rows: [.init(label: "Row", values: [.shown(estimate: 0.2, low: 0.1, high: 0.3, lowReliability: false)])],
            strings: ReportStrings(.pl), style: NumberStyle(language: .pl)
        ).svg()
    }

    /// The bold 14-point lines of the title, as drawn.
    static func titleLines(_ svg: String) -> [String] {
        svg.components(separatedBy: "\n").filter { $0.contains("font-size=\"14\" font-weight=\"bold\"") }.map { line in
            String(line.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
        }
    }

    @Test func aLongTitleIsWrappedAndTheLegendMovesDown() {
        let title =
            "Wykorzystywanie seksualne bez kontaktu fizycznego, w ciągu ostatnich 12 miesięcy: według kraju i płci"
        let svg = Self.figure(title: title)
        let lines = Self.titleLines(svg)
        #expect(lines.count == 2 && lines.allSatisfy { $0.count <= DotWhiskerFigure.titleWidth }, "\(lines)")
        #expect(lines.joined(separator: " ") == title)
        #expect(svg.contains("<title id=\"title\">\(title)</title>"), "the accessible title is whole")
        #expect(svg.contains("y=\"62\""), "legend one title line lower")
    }

    @Test func aShortTitleIsOneLineAndANumberIsNeverSplit() {
        #expect(Self.titleLines(Self.figure(title: "Rozpowszechnienie według kraju")) == ["Rozpowszechnienie według kraju"])
        let long = String(repeating: "słowo ", count: 11) + "na 100\u{202F}000 dzieci"
        #expect(Self.titleLines(Self.figure(title: long)).contains { $0.contains("100\u{202F}000") })
    }
}
