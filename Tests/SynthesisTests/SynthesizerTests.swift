import Foundation
import Testing

@testable import Synthesis

@Suite("Synthesizer")
struct SynthesizerTests {
    @Test("same seed gives byte-identical data, codebook and truth", arguments: Support.allRequests)
    func sameSeedSameBytes(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 42, rows: 400, dirty: true)
        let (a, _) = try Support.generate(request)
        let (b, _) = try Support.generate(request)
        for suffix in ["", ".codebook.yaml", ".truth.json"] {
            #expect(try Support.bytes(a + suffix) == Support.bytes(b + suffix), "\(suffix) differs")
        }
    }

    @Test("different seeds give different data", arguments: Support.allRequests)
    func differentSeedsDiffer(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let (a, _) = try Support.generate(SynthesisRequest(country: country, kind: kind, seed: 1, rows: 400))
        let (b, _) = try Support.generate(SynthesisRequest(country: country, kind: kind, seed: 2, rows: 400))
        #expect(try Support.bytes(a) != Support.bytes(b))
    }

    @Test("surveys and incidents have exactly the requested rows; population 36 per year", arguments: Support.allRequests)
    func rowCounts(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 3, rows: 737)
        let (path, summary) = try Support.generate(request)
        let expected = kind == .population ? 21 * 36 : 737
        #expect(summary.rows == expected)
        let text = try #require(try Support.text(path, encoding: summary.encoding))
        let lines = Support.physicalLines(text)
        #expect(lines.count == expected + 2)  // header, rows, and the empty string after the last newline
    }

    @Test("a survey below two schools per stratum is refused with the minimum")
    func tooFewRows() throws {
        let request = SynthesisRequest(country: .poland, kind: .survey, seed: 1, rows: 50)
        #expect(throws: SynthesisError.tooFewRows(kind: "survey", country: "PL", minimum: 320)) {
            try Support.generate(request)
        }
    }

    @Test("survey truth file has the contracted keys and shares near the calibration targets")
    func truthFile() throws {
        let (path, _) = try Support.generate(SynthesisRequest(country: .latvia, kind: .survey, seed: 5, rows: 1000))
        let data = try Data(contentsOf: URL(fileURLWithPath: path + ".truth.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["country"] as? String == "LV")
        let proportions = try #require(json["proportions"] as? [String: Double])
        #expect(Set(proportions.keys).isSuperset(of: ["csa_contact_lifetime", "csa_any_lifetime", "disclosed_anyone"]))
        let contact = try #require(proportions["csa_contact_lifetime"])
        #expect(abs(contact - CountryProfile.latvia.targets.contactLifetime) < 0.01)
        #expect((json["planted"] as? [Any])?.isEmpty == true)
    }

    @Test("source name comes from the file name")
    func sourceName() {
        #expect(Synthesizer.sourceName(forPath: "/x/datasets/lv-survey.csv") == "lv-survey")
        #expect(Synthesizer.sourceName(forPath: "pl ankieta.csv") == "pl-ankieta")
    }
}
