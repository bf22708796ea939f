import Foundation
import Ink

/// `report.html`: the Markdown report as one self-contained HTML page.
///
/// Ink converts the Markdown; the figures are inlined as `data:` URIs so the page opens and
/// can be mailed on its own; headings get the same anchors as on GitHub so the contents links
/// work. Labels in the report come from codebooks and dictionaries, so nothing in the Markdown
/// may become markup: every `<` and `"` is turned into a character Ink passes through untouched
/// and written back as `&lt;` and `&quot;` afterwards, which leaves only the tags and attribute
/// quotes Ink writes itself (raw HTML in a user's template is therefore shown as text). Every
/// `[` and `]` is shielded the same way except in the report's own links to its headings
/// (`[text](#anchor)`) and figures (`![alt](figures/NAME.svg)`, whose alt text is shielded and
/// escaped so that it stays text): a label cannot make a link (`javascript:`), an image or, inside
/// a figure's `alt`, a tag whose quotes would end the attribute. The report's sources, written as
/// autolinks (`<https://…>`) in the Markdown, become links only when the address is one of the
/// pages the caller names (the legal provisions and Eurostat's data sets); any other `<…>` stays
/// text.
enum ReportHTML {
    /// Stand-ins from the private use area; the input's own are replaced first.
    private static let lessThan: Character = "\u{E000}"
    private static let quote: Character = "\u{E001}"
    private static let openBracket: Character = "\u{E002}"
    private static let closeBracket: Character = "\u{E003}"
    /// Encloses the number of a source link in the Markdown until Ink has run.
    private static let linkMark: Character = "\u{E004}"
    /// The stand-ins and the characters they stand for.
    private static let shields: [(Character, String)] = [
        (lessThan, "&lt;"), (quote, "&quot;"), (openBracket, "["), (closeBracket, "]"),
    ]

    /// The page for `markdown`, with the figures (paths relative to the report folder) inlined
    /// and each autolink to one of `pages` made a link.
    static func document(markdown: String, figures: [String: String], language: String, pages: Set<String> = []) -> String {
        let shielded = String(
            markdown.map { c -> Character in
                switch c {
                case lessThan, quote, openBracket, closeBracket, linkMark: return "\u{FFFD}"
                case "<": return lessThan
                case "\"": return quote
                case "[": return openBracket
                case "]": return closeBracket
                default: return c
                }
            })
        let (marked, links) = markSourceLinks(shielded, pages: pages)
        var body = MarkdownParser().html(from: ownLinksAndFigures(marked))
        body = inlineFigures(anchorHeadings(body), figures: figures)
        let title = escaped(firstHeading(body).map(plainText) ?? "")
        for (standIn, text) in shields { body = body.replacingOccurrences(of: String(standIn), with: text) }
        for (number, address) in links.enumerated() {
            let link = "<a href=\"\(escaped(address).replacingOccurrences(of: "\"", with: "&quot;"))\">\(escaped(address))</a>"
            body = body.replacingOccurrences(of: "\(linkMark)\(number)\(linkMark)", with: link)
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(title)</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body.replacingOccurrences(of: "><", with: ">\n<"))
            </body>
            </html>

            """
    }

    /// The shielded Markdown with the report's own heading links and figures made Markdown
    /// again: `[text](#anchor)` with no bracket in its text, and `![alt](figures/NAME.svg)` with
    /// every bracket, emphasis and code mark of the alt text escaped (it stays text, so no tag
    /// with quotes of its own can end up inside the `alt` attribute).
    private static func ownLinksAndFigures(_ shielded: String) -> String {
        let figure = /!\u{E002}(.*?)\u{E003}\((figures\/[A-Za-z0-9._\-]+\.svg)\)/
        let link = /(!?)\u{E002}([^\u{E002}\u{E003}\n]*)\u{E003}\((#[^\s()\u{E002}\u{E003}]*)\)/
        let figures = shielded.replacing(figure) { match in
            let alt = match.output.1.map { c -> String in
                let plain = c == openBracket ? "[" : c == closeBracket ? "]" : String(c)
                return "\\*_`~[]".contains(plain) ? "\\" + plain : plain
            }
            return "![\(alt.joined())](\(match.output.2))"
        }
        // An image of a heading (`![x](#a)`) is not one of the report's own: it stays text.
        return figures.replacing(link) { $0.output.1.isEmpty ? "[\($0.output.2)](\($0.output.3))" : String($0.output.0) }
    }

    /// The shielded Markdown with each autolink to one of `pages` (`<https://…>`, its `<` shielded)
    /// replaced by its number between two link marks, which Ink passes through untouched (an
    /// address keeps its `_` and `*` out of Ink's emphasis), and the addresses in number order.
    private static func markSourceLinks(_ shielded: String, pages: Set<String>) -> (String, [String]) {
        let autolink = /\u{E000}(https?:\/\/[^\s<>\u{E000}-\u{E004}]+)>/
        var addresses: [String] = []
        let marked = shielded.replacing(autolink) { match in
            let address = String(match.output.1)
            guard pages.contains(address) else { return String(match.output.0) }
            let number = addresses.firstIndex(of: address) ?? addresses.count
            if number == addresses.count { addresses.append(address) }
            return "\(linkMark)\(number)\(linkMark)"
        }
        return (marked, addresses)
    }

    static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}\
        table{border-collapse:collapse;margin:1rem 0;font-variant-numeric:tabular-nums;display:block;width:max-content;max-width:100%;overflow-x:auto}\
        th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;vertical-align:top}th{background:#f1f1f1}td[align=right]{white-space:nowrap}\
        img{max-width:100%;height:auto;display:block;margin:1rem 0}\
        blockquote{border-left:4px solid #b35c00;margin:1rem 0;padding:.25rem 1rem;background:#fff6ec}\
        code{font-size:.9em}
        """

    /// Adds `id` attributes to `<h1>`…`<h6>`, GitHub's anchors of their text.
    static func anchorHeadings(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        var used: [String: Int] = [:]
        while let open = rest.range(of: "<h"), let digit = rest[open.upperBound...].first, ("1"..."6").contains(digit),
            rest[rest.index(after: open.upperBound)...].first == ">"
        {
            let contentStart = rest.index(open.upperBound, offsetBy: 2)
            guard let close = rest[contentStart...].range(of: "</h\(digit)>") else { break }
            let text = plainText(String(rest[contentStart..<close.lowerBound]))
            var anchor = ReportBuilder.anchor(text)
            if let count = used[anchor] {
                used[anchor] = count + 1
                anchor += "-\(count + 1)"
            } else {
                used[anchor] = 0
            }
            output += rest[..<open.lowerBound] + "<h\(digit) id=\"\(anchor)\">" + rest[contentStart..<close.upperBound]
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// Replaces `src="figures/NAME.svg"` by the figure as a base64 `data:` URI.
    static func inlineFigures(_ html: String, figures: [String: String]) -> String {
        var html = html
        for (path, svg) in figures.sorted(by: { $0.key < $1.key }) {
            html = html.replacingOccurrences(
                of: "src=\"\(path)\"", with: "src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\"")
        }
        return html
    }

    /// The text of the first heading of any level.
    private static func firstHeading(_ html: String) -> String? {
        guard let open = html.range(of: "<h1"), let start = html[open.upperBound...].range(of: ">"),
            let close = html[start.upperBound...].range(of: "</h1>")
        else { return nil }
        return String(html[start.upperBound..<close.lowerBound])
    }

    /// `&`, `<` and `>` as entities.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Tags removed and the entities Ink writes decoded, with the stand-ins as their characters.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for c in html {
            if c == "<" {
                inTag = true
            } else if c == ">" && inTag {
                inTag = false
            } else if !inTag {
                text.append(c)
            }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: String(lessThan), with: "<")
            .replacingOccurrences(of: String(quote), with: "\"").replacingOccurrences(of: String(openBracket), with: "[")
            .replacingOccurrences(of: String(closeBracket), with: "]")
    }
}
