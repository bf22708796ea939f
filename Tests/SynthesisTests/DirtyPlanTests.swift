import Foundation
import Testing

@testable import Synthesis

@Suite("Dirty files")
struct DirtyPlanTests {
    @Test("a dirty file's bad lines are exactly the planted ones", arguments: Support.allRequests)
    func exactlyThePlantedProblems(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 11, rows: 1200, dirty: true)
        let (path, summary) = try Support.generate(request)
        let text = try #require(try Support.text(path, encoding: summary.encoding))
        let schema = try Support.schema(for: request)
        #expect(Support.badLines(in: text, schema: schema) == summary.planted.map(\.line))
        let reasons = Set(summary.planted.map(\.reason))
        #expect(reasons == Set(ProblemKind.allCases.map(\.rawValue)))
        #expect(summary.planted.last?.reason == "broken_quote")
        #expect(summary.planted.last?.line == summary.rows + 1)
    }

    @Test("a clean file has no bad line", arguments: Support.allRequests)
    func cleanFilesAreClean(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 12, rows: 1200)
        let (path, summary) = try Support.generate(request)
        let text = try #require(try Support.text(path, encoding: summary.encoding))
        #expect(Support.badLines(in: text, schema: try Support.schema(for: request)).isEmpty)
        #expect(summary.planted.isEmpty)
    }

    @Test("the truth file lists the planted lines")
    func truthListsPlanted() throws {
        let request = SynthesisRequest(country: .poland, kind: .incidents, seed: 4, rows: 300, dirty: true)
        let (path, summary) = try Support.generate(request)
        let data = try Data(contentsOf: URL(fileURLWithPath: path + ".truth.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let planted = try #require(json["planted"] as? [[String: Any]])
        #expect(planted.compactMap { $0["line"] as? Int } == summary.planted.map(\.line))
        #expect(planted.compactMap { $0["reason"] as? String } == summary.planted.map(\.reason))
    }

    @Test("one problem per 100 rows in large files, and at least one of each kind in small ones")
    func share() {
        let large = DirtyPlan(totalRows: 10_000, seed: 1)
        let planted = (0..<10_000).compactMap { large.problem(forRow: $0) }
        #expect(planted.count == 100 || planted.count == 101)
        let small = DirtyPlan(totalRows: 30, seed: 1)
        let kinds = Set((0..<30).compactMap { small.problem(forRow: $0) })
        #expect(kinds == Set(ProblemKind.allCases))
    }
}
