import Codebooks
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary bytes as a codebook (first byte even) or as the harmonised
/// dictionary (odd), read against the hostile corpus's dictionary. An error is an answer; a
/// crash, a trap, a hang, unbounded memory (an alias bomb expanded) or a diagnostic of more
/// than one line is a finding.
let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitan-fuzz-codebook-\(getpid()).yaml").path
let dictionaryPath = ProcessInfo.processInfo.environment["SITAN_FUZZ_DICTIONARY"] ?? "Tests/Fixtures/hostile/variables.yaml"
let dictionary = try! VariableDictionary.load(path: dictionaryPath)

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    FileManager.default.createFile(atPath: file, contents: Data(bytes: data + 1, count: size - 1))
    do {
        if data[0] % 2 == 0 {
            _ = try Codebook.load(path: file, dictionary: dictionary)
        } else {
            _ = try VariableDictionary.load(path: file)
        }
    } catch let error as CodebookError {
        precondition(!error.description.contains("\n"), "multi-line diagnostic")
    } catch {}
    return 0
}

runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 }
