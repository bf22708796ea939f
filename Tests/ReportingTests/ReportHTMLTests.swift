import Disclosure
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

    /// A source address the caller names becomes a link, escaped, with its `_` and `&` kept; an
    /// autolink to any other address, as a label could write it, stays text.
    @Test func sourceAddressesBecomeLinks() throws {
        let source = "https://example.org/view/crim_off_cat/x_y?a=1&b=2"
        let markdown = """
            # Report

            | Article | Source |
            |---|---|
            | 1 | <\(source)> |

            - Data: <\(source)>; <https://example.org/other> and <javascript:alert(1)>.

            """
        let page = ReportHTML.document(markdown: markdown, figures: [:], language: "en", pages: [source])
        let document = try XMLDocument(data: Data(page.utf8), options: [])
        let links = try document.nodes(forXPath: "//a/@href").compactMap(\.stringValue)
        #expect(links == [source, source])
        #expect(try document.nodes(forXPath: "//a").compactMap(\.stringValue) == [source, source])
        #expect(page.contains("&lt;https://example.org/other&gt;") && page.contains("&lt;javascript:alert(1)&gt;"))
        #expect(try document.nodes(forXPath: "//em").isEmpty, "an address's underscores are no emphasis")
        #expect(!page.contains("\u{E004}"))
    }

    /// The report with a legal-context file: every address in report.md (the legal provisions and
    /// Eurostat's data sets) is a link in report.html.
    @Test func everyAddressOfTheReportIsALink() throws {
        let path = try ReportLegalContextTests.write(ReportLegalContextTests.fixture)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var generator = ReportGenerator(store: try ReportFixture.make(), disclosure: try DisclosureControl(k: 5))
        generator.legalContextPath = path
        let files = try generator.generate().files
        let markdown = try #require(files["report.md"])
        let addresses = markdown.matches(of: /<(https?:\/\/[^\s<>]+)>/).map { String($0.output.1) }
        #expect(Set(addresses).isSuperset(of: EurostatAnnex.datasetPages + ["https://likumi.lv/ta/id/88966"]))
        let document = try XMLDocument(data: Data(try #require(files["report.html"]).utf8), options: [])
        let links = try document.nodes(forXPath: "//a/@href").compactMap(\.stringValue).filter { $0.hasPrefix("http") }
        #expect(links == addresses, "one link for each address, in order")
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
