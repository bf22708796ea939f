/// Text from the data (labels, names, a codebook's words) made literal in Markdown.
///
/// A label such as `**b**`, `` `c` ``, `[x](y)` or `<b>` must show as written in report.md
/// (GitHub, pandoc) and in report.html (Ink), not as bold, code, a link or a tag. Each character
/// that can start inline markup is escaped with a backslash (CommonMark; Ink also reads a
/// backslash as "the next character is text"); `\` and `&` are written as the character
/// references `&#92;` and `&amp;`, because Ink drops a backslash before a backslash and would
/// decode `&lt;` in a label. `|` is left to ``MarkdownTable`` (inside a table cell); a line
/// break is kept (table cells turn it into a space).
package enum MarkdownText {
    /// The characters escaped with a backslash.
    static let marks: Set<Character> = ["*", "_", "`", "[", "]", "<", ">", "~", "#", "!"]

    /// `text` with every inline mark escaped.
    package static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "&#92;"
            case "&": out += "&amp;"
            case _ where marks.contains(character): out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
