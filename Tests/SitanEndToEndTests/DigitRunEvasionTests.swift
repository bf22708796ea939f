import Foundation
import TestSupport
import Testing

/// Phone numbers and e-mail addresses written with any separator or in disguise, one per
/// file: each is refused at its line and column with exit code 65 and never echoed or stored.
@Suite struct DigitRunEvasionTests {
    /// The evasions, one a line (`#` starts a comment).
    static let evasions: [String] = {
        let path = SitanProcess.repository.appendingPathComponent("Tests/Fixtures/hostile/digit-run-evasions.txt").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }()

    @Test func thereAreEnoughEvasions() {
        #expect(Self.evasions.count >= 20)
    }

    @Test func everyEvasionIsRefusedAtItsPositionAndNeverEchoedOrStored() throws {
        let matrix = IdentifierMatrixTests()
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("d.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        for (index, value) in Self.evasions.enumerated() {
            let caseDirectory = directory.appendingPathComponent("case\(index)")
            try FileManager.default.createDirectory(at: caseDirectory, withIntermediateDirectories: true)
            let result = try matrix.run(.surveyField, value: value, in: caseDirectory, db: db)
            #expect(result.status == 65, "evasion \(index + 1): \(result.stderr)")
            #expect(result.stderr.hasPrefix(caseDirectory.path + "/data.csv:3:"), "evasion \(index + 1): \(result.stderr)")
            #expect(result.stderr.contains("looks like"), "evasion \(index + 1)")
            let digits = String(value.filter(\.isASCII).filter(\.isNumber))
            for text in [value, digits] where text.count >= 6 {
                #expect(!result.stdout.contains(text) && !result.stderr.contains(text), "evasion \(index + 1) was echoed")
            }
        }
        let stored = try Data(contentsOf: URL(fileURLWithPath: db))
        for value in Self.evasions {
            #expect(stored.range(of: Data(value.utf8)) == nil, "an evasion is in the database file")
        }
    }
}
