import Testing

@testable import Rendering

@Suite struct MarkdownTableTests {
    @Test func numericColumnsAlignRightAndNotesFormOneParagraph() {
        let table = MarkdownTable(header: ["country", "n"], rows: [["LV", "12"], ["LT", ":c"]], notes: ["One.", "Two."], numeric: [1])
        #expect(table.render() == "| country | n |\n|---|---:|\n| LV | 12 |\n| LT | :c |\n\n_One. Two._")
    }

    @Test func cellsStayInTheirColumn() {
        let table = MarkdownTable(header: ["a|b"], rows: [["two\nlines | and a bar"]])
        #expect(table.lines == ["| a\\|b |", "|---|", "| two lines \\| and a bar |"])
        #expect(table.render() == table.lines.joined(separator: "\n"))
    }

    @Test func aTableWithoutRowsRendersNothing() {
        #expect(MarkdownTable(header: ["a"], rows: [], notes: ["a note"]).render() == "")
    }
}
