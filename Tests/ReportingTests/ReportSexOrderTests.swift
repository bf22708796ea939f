import Foundation
import Testing

@testable import Reporting

/// The sexes in the dictionary's order (male, then female) in every table and key finding of
/// the fixture's report, in every language.
@Suite struct ReportSexOrderTests {
    /// The fixture's sex labels in each language.
    static let labels: [ReportLanguage: (male: String, female: String)] = [
        .en: ("Male", "Female"), .lv: ("Zēni", "Meitenes"), .lt: ("Berniukai", "Mergaitės"), .pl: ("Chłopcy", "Dziewczęta"),
    ]

    /// The Markdown tables of a report, each as its rows of cells (the header first, the
    /// alignment row left out).
    static func tables(_ markdown: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                if !current.isEmpty { tables.append(current) }
                current = []
                continue
            }
            if line.hasPrefix("|---") { continue }
            current.append(line.dropFirst().dropLast().split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return current.isEmpty ? tables : tables + [current]
    }

    /// Whether `male` comes before `female` wherever both are in the table: in the header, and
    /// among the rows of each group (rows with the same first cell, such as a country).
    static func inOrder(_ table: [[String]], male: String, female: String) -> Bool {
        if let header = table.first, let m = header.firstIndex(of: male), let f = header.firstIndex(of: female), f < m {
            return false
        }
        let rows = Array(table.dropFirst().enumerated())
        for group in Set(rows.map { $0.element.first ?? "" }) {
            let members = rows.filter { ($0.element.first ?? "") == group }
            if let m = members.first(where: { $0.element.contains(male) })?.offset,
                let f = members.first(where: { $0.element.contains(female) })?.offset, f < m
            {
                return false
            }
        }
        return true
    }

    @Test("male before female in every table and finding", arguments: ReportLanguage.allCases)
    func sexesInTheDictionarysOrder(_ language: ReportLanguage) throws {
        let markdown = try #require(try ReportGeneratorTests.report(language).files["report.md"])
        let (male, female) = try #require(Self.labels[language])
        let withBoth = Self.tables(markdown).filter { table in
            table.contains { $0.contains(male) } && table.contains { $0.contains(female) }
        }
        #expect(withBoth.count >= 3, "the sample and the prevalence tables by sex")
        for table in withBoth {
            #expect(Self.inOrder(table, male: male, female: female), "\(table.first ?? [])")
        }
        // A finding naming both sexes (in lower case inside the sentence) names the male first.
        for line in markdown.split(separator: "\n") where line.hasPrefix("- ") {
            if let m = line.range(of: male.lowercased()), let f = line.range(of: female.lowercased()) {
                #expect(m.lowerBound < f.lowerBound, "\(line)")
            }
        }
    }

    @Test func theCheckFindsAFemaleFirstTable() {
        let table = [["Country", "Female", "Male"], ["Latvia", "1", "2"]]
        #expect(!Self.inOrder(table, male: "Male", female: "Female"))
        let rows = [["Country", "Sex", "n"], ["Latvia", "Female", "3"], ["Latvia", "Male", "4"], ["Poland", "Male", "5"]]
        #expect(!Self.inOrder(rows, male: "Male", female: "Female"))
        #expect(
            Self.inOrder(
                [["Country", "Sex"], ["Latvia", "Male"], ["Latvia", "Female"], ["Poland", "Female"]], male: "Male", female: "Female"))
    }
}
