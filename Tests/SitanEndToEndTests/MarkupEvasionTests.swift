import Foundation
import TestSupport
import Testing

/// Identifiers split by HTML tags, backslash escapes or combining marks, e-mail addresses with a
/// quoted, bracketed or comma-spaced `@` and dot, and IBANs with spaced marks, one per file: each
/// is refused at its line and column with exit code 65 and never echoed or stored, in a field,
/// a header and a codebook; prose with the same marks still loads.
@Suite struct MarkupEvasionTests {
    /// The evasions, one a line (`#` starts a comment).
    static let evasions: [String] = {
        let path = SitanProcess.repository.appendingPathComponent("Tests/Fixtures/hostile/markup-evasions.txt").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }()

    @Test func thereAreEnoughEvasions() {
        #expect(Self.evasions.count >= 35)
    }

    @Test func everyEvasionInAFieldIsRefusedAtItsPositionAndNeverEchoedOrStored() throws {
        try expectRefused(Self.evasions, in: .surveyField, at: "data.csv:3:8: ")
    }

    @Test func evasionsInAHeaderAreRefusedByPosition() throws {
        let inHeader = ["601<br>234<br>567", "jan.kowalski<span>@</span>wp.pl", "601\\n234\\n567", "jan.kowalski « at » wp.pl"]
        try expectRefused(inHeader, in: .surveyHeader, at: "data.csv:1:")
    }

    @Test func evasionsInACodebookAreRefused() throws {
        try expectRefused(
            ["601<br>234<br>567", "jan.kowalski « at » wp.pl", "PL61 -- 1090 -- 1014 -- 0000 -- 0712 -- 1981 -- 2874"], in: .codebookText,
            at: "")
    }

    @Test func proseWithMarkupQuotesAndCommasLoads() throws {
        let prose = [
            "spotkanie \"at\" school", "<b>sprawa</b> nr 26/123/456", "2023-01-15", "1 234,56", "godz. 12:30", "godz.<br>12:30",
            "<p>Sprawa przekazana do sądu.</p>", "<b>Bērns</b> «at» skolā", "Mokinys «at» mokykloje, 2023-01-15",
            "„Jest w szkole” – powiedziała.", "he said 'at' school, pl", "line\\nbreak 12\\n34", "rok 2019 - 2020 - 2021",
        ]
        let rows = prose.enumerated().map { "\($0.offset + 1),1,12,\"\($0.element.replacingOccurrences(of: "\"", with: "\"\""))\"" }
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("d.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let csv = "nr,plec,wiek,uwagi\n" + rows.joined(separator: "\n") + "\n"
        let result = try IdentifierMatrixTests().ingest(csv, codebook: IdentifierMatrixTests.survey, in: directory, db: db)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A field whose quote is never closed or has a stray quote is quarantined with its row, but
    /// an identifier in it refuses the file at the field's start, as in any other field.
    @Test(arguments: ["\"601 234 567\n", "\"601<br>234<br>567", "\"x\"jan.kowalski@wp.pl\n", "\"85010112345\r\n"])
    func identifierInAMalformedLastFieldIsRefused(tail: String) throws {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("d.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let csv = "nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13," + tail
        let result = try IdentifierMatrixTests().ingest(csv, codebook: IdentifierMatrixTests.survey, in: directory, db: db)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(directory.path + "/data.csv:3:8: "), "\(result.stderr)")
        for text in ["601 234 567", "601<br>234", "jan.kowalski", "85010112345"] {
            #expect(!result.stdout.contains(text) && !result.stderr.contains(text))
        }
    }

    /// Runs each value in `place` and checks the refusal, its position and that the value is
    /// nowhere in the output or the database.
    private func expectRefused(_ values: [String], in place: IdentifierPlace, at position: String) throws {
        let matrix = IdentifierMatrixTests()
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("d.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        for (index, value) in values.enumerated() {
            let caseDirectory = directory.appendingPathComponent("case\(index)")
            try FileManager.default.createDirectory(at: caseDirectory, withIntermediateDirectories: true)
            let result = try matrix.run(place, value: value, in: caseDirectory, db: db)
            #expect(result.status == 65, "evasion \(index + 1): \(result.stderr)")
            #expect(result.stderr.hasPrefix(caseDirectory.path + "/" + position), "evasion \(index + 1): \(result.stderr)")
            #expect(result.stderr.contains("looks like") || result.stderr.contains("identifier"), "evasion \(index + 1)")
            let digits = String(value.filter(\.isASCII).filter(\.isNumber))
            for text in [value, digits] where text.count >= 6 {
                #expect(!result.stdout.contains(text) && !result.stderr.contains(text), "evasion \(index + 1) was echoed")
            }
        }
        let stored = try Data(contentsOf: URL(fileURLWithPath: db))
        for value in values {
            #expect(stored.range(of: Data(value.utf8)) == nil, "an evasion is in the database file")
        }
    }
}
