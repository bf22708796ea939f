import Disclosure
import Foundation
import Storage
import TestSupport
import Testing

@testable import Analysis

/// Every estimate passes DisclosureControl; small counts and everything derived are hidden.
@Suite struct EstimateDisclosureTests {
    func publish(_ store: Store, _ request: EstimateRequest, k: Int = 5) throws -> PublishedEstimate {
        try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: k)).estimate(request)
    }

    @Test(arguments: 1...4)
    func smallOutcomeCountsSuppressTheRow(_ ones: Int) throws {
        let store = try SyntheticSurvey.make(
            SyntheticSurvey.group("female", count: 400, ones: 120) + SyntheticSurvey.group("male", count: 400, ones: ones))
        let published = try publish(store, EstimateRequest(variable: "y", by: ["sex"]))
        let rows = published.rows
        #expect(rows.map { $0.group.map(\.label) } == [["female"], ["male"]])
        let male = rows[1]
        #expect(male.suppressed && male.flags == ["confidential"])
        for (key, cell) in male.numberCells where key != "n" && key != "weighted_n" && key != "df" {
            #expect(cell?.value == nil && cell?.mark == .confidential, "\(key) leaked")
        }
        // Complementary: the overall estimate publishes the total of 1s, so the female count
        // would give the male count by subtraction.
        #expect(rows[0].suppressed && rows[0].estimate?.value == nil)
        #expect(!published.table.rows.flatMap { $0 }.contains { $0.text == "\(ones)" })
    }

    /// A small number of 0s is as identifying as a small number of 1s.
    @Test func smallComplementIsSuppressedToo() throws {
        let store = try SyntheticSurvey.make(SyntheticSurvey.group("female", count: 200, ones: 198))
        let row = try publish(store, EstimateRequest(variable: "y")).rows[0]
        #expect(row.suppressed && row.estimate?.value == nil && row.nOutcome?.value == nil)
    }

    @Test func thresholdComesFromTheConfiguration() throws {
        let store = try SyntheticSurvey.make(
            SyntheticSurvey.group("female", count: 400, ones: 120) + SyntheticSurvey.group("male", count: 400, ones: 7))
        let k5 = try publish(store, EstimateRequest(variable: "y", by: ["sex"]))
        let k10 = try publish(store, EstimateRequest(variable: "y", by: ["sex"]), k: 10)
        #expect(k5.rows[1].nOutcome?.value == 7)
        #expect(k10.rows[1].suppressed && k10.table.footnote.contains("1 to 9"))
    }

    @Test func smallGroupsAreUnreliableByNCHS() throws {
        let store = try SyntheticSurvey.make(
            SyntheticSurvey.group("female", count: 400, ones: 120) + SyntheticSurvey.group("male", count: 25, ones: 10), unweighted: true)
        let male = try publish(store, EstimateRequest(variable: "y", by: ["sex"])).rows[1]
        #expect(male.suppressed && male.mark == .unreliable)
        #expect(male.flags == ["unreliable", "nchs_sample_size_below_30"])
        #expect(male.estimate?.value == nil && male.ciLow?.value == nil)
    }

    @Test func categoricalSharesProtectTheGroupTotal() throws {
        var people = SyntheticSurvey.group("female", count: 300, ones: 100, region: "north")
        people += SyntheticSurvey.group("female", count: 3, ones: 1, region: "south")
        let store = try SyntheticSurvey.make(people)
        let rows = try publish(store, EstimateRequest(variable: "region")).rows
        #expect(rows.map(\.category) == ["north", "south"])
        // south (3) is confidential; north must be hidden too, or n − north gives south away.
        #expect(rows.allSatisfy { $0.suppressed })
        #expect(rows.allSatisfy { $0.nOutcome?.value == nil })
    }

    @Test func publishedValuesAreTheComputedOnes() throws {
        let store = try FixtureDatabase.make(data: "strat", design: "strat_cluster")
        let request = EstimateRequest(variable: "yes", by: ["stypec"])
        let published = try publish(store, request)
        let computed = try EstimateAgreementTests.compute(store, request)
        for (row, e) in zip(published.rows, computed.table.estimates) where !row.suppressed {
            #expect(row.estimate?.value == e.estimate && row.se?.value == e.standardError)
            #expect(row.n?.value == Double(e.n) && row.nOutcome?.value == Double(e.nOutcome))
        }
        #expect(published.method.ci == "logit" && published.method.variance == "taylor-with-replacement")
    }
}

@Suite struct ProjectConfigTests {
    func write(_ text: String) throws -> (directory: String, file: String) {
        let directory = Scratch.folder("config")
        let file = directory.appendingPathComponent("sitan.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (directory.path, file.path)
    }

    @Test func defaultsToFive() throws {
        let config = try ProjectConfig.load(explicitPath: nil, environment: [:], directory: "/nonexistent")
        #expect(config == .defaults && config.disclosureThreshold == 5)
    }

    @Test func readsSitanYamlInTheCurrentDirectory() throws {
        let (directory, _) = try write("disclosure:\n  k: 10\n")
        #expect(try ProjectConfig.load(explicitPath: nil, environment: [:], directory: directory).disclosureThreshold == 10)
    }

    @Test func explicitPathAndEnvironmentWin() throws {
        let (directory, _) = try write("disclosure: {k: 10}\n")
        let (_, other) = try write("disclosure: {k: 7}\n")
        #expect(
            try ProjectConfig.load(explicitPath: nil, environment: ["SITAN_CONFIG": other], directory: directory).disclosureThreshold == 7)
        #expect(try ProjectConfig.load(explicitPath: other, environment: [:], directory: directory).disclosureThreshold == 7)
    }

    @Test func thresholdBelowThreeIsRefused() throws {
        let (_, file) = try write("disclosure: {k: 2}\n")
        let error = try #require(throws: ConfigurationFileError.self) { try ProjectConfig.read(path: file) }
        #expect(error.line == 1 && error.column == 17 && error.message.contains("disclosure.k = 2 is below the minimum of 3"))
    }

    @Test func misspeltSettingsAreRefused() throws {
        let (_, file) = try write("disclosure: {K: 10}\n")
        #expect(throws: ConfigurationFileError.self) { try ProjectConfig.read(path: file) }
        let (_, fraction) = try write("disclosure: {k: 5.5}\n")
        #expect(throws: ConfigurationFileError.self) { try ProjectConfig.read(path: fraction) }
    }
}
