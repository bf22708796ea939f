import Foundation
import Testing

/// The committed data sets and `sitan synth --dirty` files, through the real ingest.
@Suite struct DatasetsIngestTests {
    let datasets = SitanProcess.repository.appendingPathComponent("datasets")

    @Test func everyCommittedFileIngestsWithZeroRejects() throws {
        let db = temporaryDirectory().appendingPathComponent("d.sqlite").path
        let codebooks = try FileManager.default.contentsOfDirectory(atPath: datasets.path).filter { $0.hasSuffix(".codebook.yaml") }
            .sorted()
        #expect(codebooks.count == 10)
        for codebook in codebooks {
            let file = datasets.appendingPathComponent(String(codebook.dropLast(".codebook.yaml".count))).path
            let result = try SitanProcess.run([
                "ingest", "--db", db, file, "--codebook", datasets.appendingPathComponent(codebook).path, "--strict",
            ])
            #expect(result.status == 0, "\(codebook): \(result.stderr)")
            #expect(result.stdout.contains(" 0 rejected"), "\(result.stdout)")
        }
        let sources = try SitanProcess.run(["sources", "--db", db, "--format", "json"]).stdout
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(sources.utf8)) as? [[String: Any]])
        #expect(parsed.count == 10 && parsed.allSatisfy { $0["synthetic"] as? Bool == true })
    }

    @Test(arguments: ["LV", "LT", "PL"])
    func dirtyFileRejectsAreExactlyThePlantedRows(country: String) throws {
        let directory = temporaryDirectory()
        let file = directory.appendingPathComponent("\(country.lowercased())-dirty.csv").path
        let rows = country == "PL" ? 640 : 400
        let synth = try SitanProcess.run([
            "synth", "--country", country, "--kind", "survey", "--seed", "11", "--rows", "\(rows)", "--out", file, "--dirty",
        ])
        #expect(synth.status == 0, "\(synth.stderr)")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file + ".truth.json"))) as? [String: Any]
        let planted = try #require(truth?["planted"] as? [[String: Any]])
        #expect(planted.count >= 5)
        let db = directory.appendingPathComponent("d.sqlite").path
        let dictionary = datasets.appendingPathComponent("variables.yaml").path
        let ingest = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", file + ".codebook.yaml", "--dictionary", dictionary])
        #expect(
            ingest.status == 0 && ingest.stdout.contains("\(rows) rows read, \(rows - planted.count) loaded, \(planted.count) rejected"),
            "\(ingest.stdout)")
        let rejects = try SitanProcess.run(["rejects", "--db", db, "--format", "json"]).stdout
        let found = try #require(try JSONSerialization.jsonObject(with: Data(rejects.utf8)) as? [[String: Any]])
        let expectedReason = [
            "out_of_range": "out of range", "unknown_code": "unknown code", "bad_date": "not a valid date",
            "wrong_field_count": "expected", "broken_quote": "malformed quoted field",
        ]
        #expect(found.map { $0["line"] as? Int } == planted.map { $0["line"] as? Int })
        for (reject, plant) in zip(found, planted) {
            let reason = try #require(expectedReason[plant["reason"] as? String ?? ""])
            #expect((reject["reason"] as? String ?? "").hasPrefix(reason), "line \(reject["line"] ?? ""): \(reject["reason"] ?? "")")
            if let column = plant["column"] as? String, plant["reason"] as? String != "broken_quote" {
                #expect(reject["field"] as? String == column)
            }
        }
    }
}
