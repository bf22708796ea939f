import Analysis
import Codebooks
import Disclosure
import Foundation
import Storage
import Synthesis
import TestSupport
import Testing

/// Over many synthetic surveys, sitan's 95% confidence intervals must contain the true
/// population share about 95% of the time: the whole path from `sitan synth` through
/// ingest and `estimate` (logit intervals, design df) is exercised, and the truth comes from the
/// generator's truth file, not from sitan.
@Suite struct CoverageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = 1...60

    struct Tally {
        var covered = 0
        var total = 0
        var suppressed = 0
        var share: Double { Double(covered) / Double(max(total, 1)) }
    }

    /// Synthesises one survey, ingests it into a fresh in-memory database and checks every truth value.
    func replicate(country: SynthesisRequest.Country, rows: Int, seed: UInt64, into tallies: inout [String: Tally]) throws {
        let directory = Scratch.folder("sitan-coverage")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("s.csv").path
        let summary = try Synthesizer.write(SynthesisRequest(country: country, kind: .survey, seed: seed, rows: rows), to: file)
        let dictionary = try VariableDictionary.load(path: Self.repository.appendingPathComponent("datasets/variables.yaml").path)
        let store = try Store(path: ":memory:")
        let codebook = try Codebook.load(path: summary.codebookPath, dictionary: dictionary)
        _ = try Ingestor(store: store, codebook: codebook, options: IngestOptions()).ingest(file: file)
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary.truthPath))) as? [String: Any]
        let proportions = try #require(truth?["proportions"] as? [String: Double])
        let analysis = SurveyAnalysis(store: store, disclosure: try DisclosureControl(k: 5))
        for (variable, value) in proportions {
            let row = try #require(try analysis.estimate(EstimateRequest(variable: variable)).rows.first)
            guard let low = row.ciLow?.value, let high = row.ciHigh?.value, !row.suppressed else {
                tallies[variable, default: Tally()].suppressed += 1
                continue
            }
            tallies[variable, default: Tally()].total += 1
            if low <= value && value <= high { tallies[variable, default: Tally()].covered += 1 }
        }
    }

    @Test func ninetyFivePercentIntervalsCoverTheTruth() throws {
        var tallies: [String: Tally] = [:]
        for seed in Self.seeds {
            for (country, rows) in [(SynthesisRequest.Country.latvia, 1200), (.lithuania, 1600), (.poland, 2400)] {
                try replicate(country: country, rows: rows, seed: UInt64(seed), into: &tallies)
            }
        }
        let pooled = tallies.values.reduce(into: Tally()) {
            $0.covered += $1.covered
            $0.total += $1.total
            $0.suppressed += $1.suppressed
        }
        for (variable, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            print(
                "coverage \(variable): \(tally.covered)/\(tally.total) = \(String(format: "%.3f", tally.share)) (suppressed \(tally.suppressed))"
            )
        }
        print("coverage pooled: \(pooled.covered)/\(pooled.total) = \(String(format: "%.4f", pooled.share))")
        #expect(pooled.total >= 1500)
        #expect(pooled.share >= 0.93 && pooled.share <= 0.97, "pooled coverage \(pooled.share)")
        #expect(pooled.suppressed * 20 < pooled.total, "too many suppressed estimates to judge coverage")
    }
}
