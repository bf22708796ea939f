import Foundation
import FoundationXML
import Testing

@testable import Reporting

/// `report.html` is the Markdown report on one self-contained page in which nothing from the
/// data can become markup.
@Suite struct ReportHTMLTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#

    static let markdown = """
        # Report <title> & "co"

        ## Contents

        1. [Key findings](#1-key-findings)
        2. [Labels](#2-labels)

        ## 1. Key findings

        > **Note.** Synthetic.

        ![Chart of "x" <b>bold</b>](figures/a.svg)

        ## 2. Labels

        | Region | n | p |
        |---|--:|--:|
        | <script>alert(1)</script> | 12 | <0.0001 |
        | Rīga "centrs" & Łódź | :c | 0.5 |

        A label <img src=x onerror=alert(1)> and \u{E000} stay text.

        """

    func page() -> String {
        ReportHTML.document(markdown: Self.markdown, figures: ["figures/a.svg": Self.svg, "report.md": Self.markdown], language: "lv")
    }

    @Test func isWellFormedXHTML() throws {
        let document = try XMLDocument(data: Data(page().utf8), options: [])
        #expect(document.rootElement()?.name == "html")
        #expect(document.rootElement()?.attribute(forName: "lang")?.stringValue == "lv")
    }

    @Test func nothingFromTheMarkdownBecomesMarkup() throws {
        let document = try XMLDocument(data: Data(page().utf8), options: [])
        #expect(try document.nodes(forXPath: "//script").isEmpty)
        #expect(try document.nodes(forXPath: "//b").isEmpty)
        #expect(try document.nodes(forXPath: "//img").count == 1)
        #expect(try document.nodes(forXPath: "//*[@onerror]").isEmpty)
        let cells = try document.nodes(forXPath: "//td").compactMap(\.stringValue)
        #expect(cells == ["<script>alert(1)</script>", "12", "<0.0001", "Rīga \"centrs\" & Łódź", ":c", "0.5"])
        let title = try document.nodes(forXPath: "//title").first?.stringValue
        #expect(title == "Report <title> & \"co\"")
        #expect(page().contains("\u{FFFD} stay text"))
        #expect(!page().contains("\u{E000}") && !page().contains("\u{E001}"))
    }

    @Test func everyContentsLinkHasItsHeading() throws {
        let document = try XMLDocument(data: Data(page().utf8), options: [])
        let links = try document.nodes(forXPath: "//a/@href").compactMap(\.stringValue)
        let ids = Set(try document.nodes(forXPath: "//*[@id]/@id").compactMap(\.stringValue))
        #expect(links == ["#1-key-findings", "#2-labels"])
        #expect(links.allSatisfy { ids.contains(String($0.dropFirst())) }, "\(links) \(ids)")
    }

    @Test func figuresAreInlined() throws {
        let document = try XMLDocument(data: Data(page().utf8), options: [])
        let source = try #require(try document.nodes(forXPath: "//img/@src").first?.stringValue)
        #expect(source.hasPrefix("data:image/svg+xml;base64,"))
        let decoded = Data(base64Encoded: String(source.dropFirst("data:image/svg+xml;base64,".count)))
        #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == Self.svg)
        let alt = try document.nodes(forXPath: "//img/@alt").first?.stringValue
        #expect(alt == "Chart of \"x\" <b>bold</b>")
    }
}
