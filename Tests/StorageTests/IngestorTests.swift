import Codebooks
import Foundation
import TestSupport
import Testing

@testable import Storage

/// Ingest's provenance: the file's hash is computed in the CSV pass, and equals a separate
/// read's.
@Suite struct IngestorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ingest")

    /// Copies the fixture survey to a fresh folder, its rows repeated `copies` times (a file of
    /// several read chunks when large), and returns the CSV's path and its codebook.
    func survey(copies: Int, extra: String = "", last: String = "") throws -> (path: String, codebook: Codebook) {
        let folder = Scratch.folder("sitan-ingestor")
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("lv-survey.csv")))
        let headerEnd = try #require(bytes.firstIndex(of: 0x0A)) + 1
        var body = Array(bytes[headerEnd...])
        if body.last != 0x0A { body.append(0x0A) }
        body += Array(extra.utf8)
        let path = folder.appendingPathComponent("lv-survey.csv").path
        try Data(bytes[..<headerEnd] + Array([[UInt8]](repeating: body, count: copies).joined()) + Array(last.utf8)).write(
            to: URL(fileURLWithPath: path))
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

    /// The codebook's `methods:` is stored with the source and read back as it was written; a
    /// codebook without one stores nothing.
    @Test func surveyMethodsAreKeptWithTheSource() throws {
        var (path, codebook) = try survey(copies: 1)
        let store = try Store(path: ":memory:")
        _ = try Ingestor(store: store, codebook: codebook, options: IngestOptions()).ingest(file: path)
        #expect(try store.sources().map(\.methods) == [nil])
        var methods = SurveyMethods()
        (methods.fieldworkStart, methods.pupilResponseRate, methods.weighting) = ("2019-03-01", 87.5, "raked to sex × age")
        methods.questions = ["csa_contact_lifetime": "Vai kāds jebkad ...?"]
        methods.design = LocalizedText(languages: ["en": "two-stage", "lv": "divpakāpju"])
        codebook.methods = methods
        codebook.source.name = "with-methods"
        var replace = IngestOptions()
        replace.replace = true
        _ = try Ingestor(store: store, codebook: codebook, options: replace).ingest(file: path)
        #expect(try store.sources().map(\.methods) == [methods])
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

    /// The rows, rejects and provenance a database holds (the time of loading left out).
    func contents(_ store: Store) throws -> [[SQLValue]] {
        let columns =
            "id, name, country, kind, year, description, synthetic, file, sha256, size_bytes, encoding, codebook, "
            + "codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, safe_columns"
        return try store.database.rows("SELECT rowid, * FROM survey ORDER BY rowid")
            + store.database.rows("SELECT rowid, * FROM rejects ORDER BY rowid")
            + store.database.rows("SELECT \(columns) FROM sources ORDER BY id")
    }

    @Test func writingOnASecondThreadGivesTheSameDatabase() throws {
        // Many batches, with a quarantined row (too few fields) in every copy of the rows.
        let (path, codebook) = try survey(copies: 400, extra: "999;1\n")
        var stores: [Store] = []
        for parallel in [false, true] {
            var options = IngestOptions()
            options.parallel = parallel
            let store = try Store(path: ":memory:")
            let report = try Ingestor(store: store, codebook: codebook, options: options).ingest(file: path)
            #expect(report.rowsRejected >= 400 && report.rowsRead == report.rowsLoaded + report.rowsRejected)
            stores.append(store)
        }
        let (single, parallel) = (try contents(stores[0]), try contents(stores[1]))
        #expect(single.count > 400 * 10)
        #expect(single == parallel)
    }

    @Test(arguments: [false, true])
    func anIdentifierLateInTheFileLeavesNothingWritten(parallel: Bool) throws {
        let (path, codebook) = try survey(copies: 400, last: "9999;1;R;101;1;12;R;03.04.2024;2;2;mail janis.berzins@example.com\n")
        let rows = try Data(contentsOf: URL(fileURLWithPath: path)).filter { $0 == 0x0A }.count  // the last line
        var options = IngestOptions()
        options.parallel = parallel
        let store = try Store(path: ":memory:")
        #expect {
            try Ingestor(store: store, codebook: codebook, options: options).ingest(file: path)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("\(path):\(rows):") && !text.contains("janis") && !text.contains("example.com")
        }
        #expect(
            try store.database.rows(
                "SELECT (SELECT count(*) FROM survey) + (SELECT count(*) FROM rejects) + (SELECT count(*) FROM sources)") == [[.integer(0)]]
        )
    }
}
