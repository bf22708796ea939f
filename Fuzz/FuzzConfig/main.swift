import Analysis
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary bytes as sitan.yaml. An error is an answer; a crash, a trap, a
/// hang or unbounded memory (an alias bomb expanded) is a finding.
let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitan-fuzz-config-\(getpid()).yaml").path

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size))
    do {
        let config = try ProjectConfig.read(path: file)
        precondition(config.disclosureThreshold >= 3, "a threshold below 3 was accepted")
    } catch let error as ConfigurationFileError {
        // Every syntax error has a position inside the file and a one-line message.
        precondition(!error.description.contains("\n"), "multi-line diagnostic")
    } catch {}
    return 0
}

runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 }
