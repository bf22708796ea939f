import Disclosure
import TestSupport
import Testing

@testable import Rendering

@Suite struct OutputTableTests {
    /// A published table with a confidential count, a derived share and its interval.
    static func published() throws -> PublishedTable {
        let columns = [
            CountTable.Column("country", role: .key), CountTable.Column("n", role: .count),
            CountTable.Column("share", role: .derived(from: [1]), decimals: 1),
        ]
        let rows = [
            CountTable.Row([.text("LV"), .count(3), .number(0.3)]),
            CountTable.Row([.text("LT, north"), .count(40), .number(0.123456789012345)]),
            CountTable.Row([.text("PL \"x\""), .count(0), .number(0.000012345)]),
        ]
        return try DisclosureControl(k: 5).publish(CountTable(title: "t", columns: columns, rows: rows))
    }

    @Test func csvIsRectangularWithMarksInTheirOwnColumnsAndFullPrecision() throws {
        let table = OutputTable(published: try Self.published(), keyColumns: ["country"], notes: ["a note"])
        let output = table.render(.csv)
        let records = try CSVParsing.records(output.body)
        #expect(records[0] == ["country", "n", "n_flag", "share", "share_flag"])
        #expect(records.allSatisfy { $0.count == records[0].count })
        #expect(records[1] == ["LV", "", "confidential", "", "confidential"])
        #expect(records[2] == ["LT, north", "40", "", "0.123456789012345", ""])
        #expect(records[3] == ["PL \"x\"", "0", "", "1.2345e-05", ""])
        #expect(Double(records[3][3]) == 0.000012345)
        #expect(output.notes == ["a note"] && !output.body.contains("a note") && !output.body.contains("#"))
    }

    @Test func peopleSeeRoundedNumbersMarksAndNotes() throws {
        let table = OutputTable(published: try Self.published(), keyColumns: ["country"], notes: ["a note"])
        let text = table.render(.table)
        #expect(text.notes.isEmpty)
        #expect(text.body.contains("LT, north  40  0.1") && text.body.contains("LV         :c  :c"))
        #expect(text.body.hasSuffix("Note: a note\n") && !text.body.contains("0.12345"))
        let markdown = table.render(.markdown).body
        #expect(markdown.hasPrefix("**t**\n\n| country | n | share |\n|---|---|---|\n| LV | :c | :c |"))
        #expect(markdown.contains("| PL \"x\" | 0 | 0.0 |") && markdown.hasSuffix("\n_a note_\n"))
    }

    @Test func machineOnlyColumnsStayOutOfTablesForPeople() {
        let table = OutputTable(
            columns: [OutputColumn("name"), OutputColumn("flags", machineOnly: true)],
            rows: [[.text("a|b"), .text("unreliable;cv")]])
        #expect(!table.render(.table).body.contains("flags") && !table.render(.markdown).body.contains("unreliable"))
        #expect(table.render(.markdown).body.contains("| a\\|b |"))
        #expect(table.render(.csv).body == "name,flags\na|b,unreliable;cv\n")
        #expect(table.render(.json).body == "[{\"name\": \"a|b\", \"flags\": \"unreliable;cv\"}]\n")
    }

    @Test func plainCellsAreTypedForPrograms() throws {
        let table = OutputTable(
            columns: ["text", "int", "real", "bool", "null", "json"],
            rows: [[.text(" padded\nline"), .integer(7), .real(0.1), .bool(true), .null, .json("[\"a\", \"b\"]", display: "a, b")]])
        let records = try CSVParsing.records(table.render(.csv).body)
        #expect(records[1] == [" padded\nline", "7", "0.1", "true", "", "a, b"])
        let json = table.render(.json).body
        #expect(
            json
                == "[{\"text\": \" padded\\nline\", \"int\": 7, \"real\": 0.1, \"bool\": true, \"null\": null, \"json\": [\"a\", \"b\"]}]\n"
        )
        #expect(table.render(.table).body.contains("yes"))
    }

    @Test func stackedTablesShareTheirNotes() throws {
        let one = OutputTable(published: try Self.published(), keyColumns: ["country"], notes: ["n1"])
        let text = OutputTable.stacked([one, one], notes: ["n1", "n2"], as: .table)
        #expect(text.components(separatedBy: "Note: n1").count == 2 && text.hasSuffix("Note: n1\nNote: n2\n"))
    }

    @Test func jsonScalars() {
        #expect(JSONText.string("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\u0001\"")
        #expect(JSONText.number(3) == "3" && JSONText.number(0.5) == "0.5" && JSONText.number(.nan) == nil)
        #expect(JSONText.number(1e20) == "1e+20" && JSONText.integer(2.6) == "3" && JSONText.integer(nil) == nil)
    }

    @Test func oneRuleForFlags() {
        #expect(
            DisclosureMark.flags(mark: .confidential, reliabilityReasons: ["cv"], dataFlags: ["estimated"]) == [
                "confidential", "estimated",
            ])
        #expect(DisclosureMark.flags(mark: .unreliable, reliabilityReasons: ["cv"]) == ["unreliable", "cv"])
        #expect(DisclosureMark.flags(mark: .lowReliability, reliabilityReasons: ["df"]) == ["low_reliability", "df"])
        #expect(DisclosureMark.flags(mark: nil, reliabilityReasons: ["cv"], dataFlags: ["provisional"]) == ["provisional"])
        #expect(DisclosureMark.mostSevere([nil, .lowReliability, .unreliable]) == .unreliable)
        #expect(!DisclosureMark.lowReliability.hidesValue && DisclosureMark.unreliable.hidesValue)
    }
}
