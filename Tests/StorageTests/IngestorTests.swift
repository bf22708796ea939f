import Codebooks
import Foundation
import Testing

@testable import Storage

/// Ingest's provenance: the file's hash is computed in the CSV pass, and equals a separate
/// read's.
@Suite struct IngestorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ingest")

    /// Copies the fixture survey to a fresh folder, its rows repeated `copies` times (a file of
    /// several read chunks when large), and returns the CSV's path and its codebook.
    func survey(copies: Int) throws -> (path: String, codebook: Codebook) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitan-ingestor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("lv-survey.csv")))
        let headerEnd = try #require(bytes.firstIndex(of: 0x0A)) + 1
        var body = Array(bytes[headerEnd...])
        if body.last != 0x0A { body.append(0x0A) }
        let path = folder.appendingPathComponent("lv-survey.csv").path
        try Data(bytes[..<headerEnd] + Array([[UInt8]](repeating: body, count: copies).joined())).write(to: URL(fileURLWithPath: path))
        let dictionary = try VariableDictionary.load(path: Self.fixtures.appendingPathComponent("variables.yaml").path)
        let codebook = try Codebook.load(
            path: Self.fixtures.appendingPathComponent("lv-survey.codebook.yaml").path, dictionary: dictionary)
        return (path, codebook)
    }

    @Test(arguments: [1, 2500])
    func theStoredHashIsTheFilesHash(copies: Int) throws {
        let (path, codebook) = try survey(copies: copies)
        let store = try Store(path: ":memory:")
        let report = try Ingestor(store: store, codebook: codebook, options: IngestOptions()).ingest(file: path)
        #expect(report.rowsRead == report.rowsLoaded + report.rowsRejected && report.rowsLoaded > 0)
        let stored = try store.database.rows("SELECT sha256 FROM sources").map { $0[0].string }
        #expect(stored == [try SHA256.hex(ofFile: path)])
        if copies > 1 {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size > 1 << 20, "the file spans more than one read chunk")
        }
    }

    @Test func theSameFileAgainIsRefusedAfterItIsRead() throws {
        let (path, codebook) = try survey(copies: 1)
        let store = try Store(path: ":memory:")
        _ = try Ingestor(store: store, codebook: codebook, options: IngestOptions()).ingest(file: path)
        #expect {
            try Ingestor(store: store, codebook: codebook, options: IngestOptions()).ingest(file: path)
        } throws: { error in
            guard case .alreadyLoaded = error as? StorageError else { return false }
            return true
        }
        #expect(try store.database.rows("SELECT count(*) FROM sources") == [[.integer(1)]])
        var replace = IngestOptions()
        replace.replace = true
        let again = try Ingestor(store: store, codebook: codebook, options: replace).ingest(file: path)
        #expect(again.replaced)
        #expect(
            try store.database.rows("SELECT count(*), min(sha256) FROM sources") == [[.integer(1), .text(try SHA256.hex(ofFile: path))]])
    }
}
