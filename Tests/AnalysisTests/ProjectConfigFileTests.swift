import Foundation
import TestSupport
import Testing

@testable import Analysis

/// sitan.yaml that is not YAML, not UTF-8, or a "billion laughs" alias bomb.
@Suite struct ProjectConfigFileTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let url = Scratch.file("sitan", suffix: "yaml")
        try Data(bytes).write(to: url)
        return url.path
    }

    func refusal(_ text: String) throws -> ConfigurationFileError? {
        do { _ = try ProjectConfig.read(path: try file(Array(text.utf8))) } catch let error as ConfigurationFileError { return error }
        return nil
    }

    @Test func anAliasBombIsNotExpanded() throws {
        // Nine levels of ten aliases: 10⁹ scalars if expanded.
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        // Every value is checked for identifiers, so the bomb is refused with a clear message
        // once the walk passes its limit, instead of being expanded or walked for ever.
        let refused = try #require(try refusal(text + "disclosure: {k: 7}\n"))
        #expect(refused.description.contains("nested aliases"))
        // A few aliases, as people use them, are fine.
        let small = "a: &a [x, y]\nb: [*a, *a]\ndisclosure: {k: 7}\n"
        #expect(try ProjectConfig.read(path: try file(Array(small.utf8))).disclosureThreshold == 7)
    }

    @Test func anIdentifierIsRefusedAtItsPositionWithoutItsValue() throws {
        let path = try file(Array("disclosure: {k: 7}\nnotes:\n  - fine\n  - \(SampleCodes.pesel)\n".utf8))
        #expect {
            try ProjectConfig.read(path: path)
        } throws: { error in
            guard case let .identifierInConfiguration(at, line, column, _) = error as? AnalysisError else { return false }
            return at == path && line == 4 && column == 5 && !"\(error)".contains(SampleCodes.pesel)
                && "\(error)".hasPrefix("\(path):4:5: ")
        }
    }

    @Test func reliabilityRuleIsReadAndChecked() throws {
        let read = { (text: String) in try ProjectConfig.read(path: try self.file(Array(text.utf8))) }
        #expect(try read("disclosure: {k: 7}\n").reliability == .suppress)
        #expect(try read("reliability: flag\n").reliability == .flag)
        #expect(try read("reliability: flag\n").disclosureControl().reliability == .flag)
        #expect(try read("reliability: suppress\n").reliability == .suppress)
        #expect(throws: ConfigurationFileError.self) { try read("reliability: show\n") }
        #expect(throws: ConfigurationFileError.self) { try read("reliability: [flag]\n") }
    }

    @Test func malformedSettingsAreReportedWhereTheyAre() throws {
        let rule = try #require(try refusal("disclosure: {k: 7}\nreliability: show\n"))
        #expect(rule.description == rule.path + ":2:14: error: `reliability` must be suppress (the default) or flag")
        let key = try #require(try refusal("disclosure:\n  K: 10\n"))
        #expect(key.description == key.path + ":2:3: error: unknown key \"K\" in `disclosure` (such as {k: 5}); expected one of: k")
        let k = try #require(try refusal("disclosure: {k: 5.5}\n"))
        #expect(k.line == 1 && k.column == 17 && !k.isUnreadable)
        #expect(k.message == "`disclosure.k` (default 5) must be a whole number")
    }

    @Test func syntaxErrorsKeepTheirPosition() throws {
        let error = try #require(try refusal("disclosure:\n    k: [5\n"))
        #expect(error.line == 3 && error.column == 1 && !error.isUnreadable)
        #expect(error.description.hasPrefix(error.path + ":3:1: error: not valid YAML: "))
        #expect(!error.description.contains("\n"))
        let tab = try #require(try refusal("disclosure:\n\tk: 5\n"))
        #expect(tab.line == 2 && tab.column == 1)
    }

    @Test func bytesThatAreNotUTF8AreRefusedWhereTheyAre() throws {
        let path = try file(Array("disclosure: {k: ".utf8) + [0xFF] + Array("5}\n".utf8))
        #expect(
            throws: ConfigurationFileError(
                path: path, line: 1, column: 17, message: "the bytes here are not valid UTF-8; save the file as UTF-8")
        ) {
            try ProjectConfig.read(path: path)
        }
    }

    @Test func aMissingFileIsAnEnvironmentError() throws {
        #expect {
            try ProjectConfig.load(explicitPath: "/nonexistent/sitan.yaml", environment: [:], directory: "/")
        } throws: { error in
            (error as? ConfigurationFileError)?.isUnreadable == true
        }
    }
}
