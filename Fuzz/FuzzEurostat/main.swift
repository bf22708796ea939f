import Foundation
import FuzzSupport
import Storage

/// libFuzzer target: arbitrary bytes as a Eurostat bulk TSV, through the whole ingest (reader,
/// layout, cells, guard, inserts) into an in-memory database, rolled back after each input.
/// An error is an answer; a crash, a trap, a hang, or rows read that are not rows loaded plus
/// rows rejected is a finding.
let file = FileManager.default.temporaryDirectory.appendingPathComponent("estat_fuzz_\(getpid()).tsv").path
nonisolated(unsafe) let store = try! Store(path: ":memory:")

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size))
    guard let report = try? EurostatIngestor(store: store, options: IngestOptions(dryRun: true)).ingest(file: file) else { return 0 }
    precondition(report.rowsRead == report.rowsLoaded + report.rowsRejected, "rows read ≠ loaded + rejected")
    return 0
}

runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 }
