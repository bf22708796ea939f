import CSVReading
import Foundation
import FuzzSupport

/// libFuzzer target: arbitrary bytes through the CSV reader in every dialect. Any error the
/// reader throws is an answer; a crash, a trap or a hang is a finding.
///
/// The first byte chooses the encoding and delimiter; the rest is the file.
let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitan-fuzz-csv-\(getpid()).csv").path

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let encodings = TextEncoding.allCases
    let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]
    let dialect = CSVDialect(
        encoding: encodings[Int(selector) % encodings.count], delimiter: delimiters[Int(selector / 16) % delimiters.count])
    FileManager.default.createFile(atPath: file, contents: Data(bytes: data + 1, count: size - 1))
    var fields = 0
    try? CSVReader(path: file, dialect: dialect).forEachRecord { record in
        fields += record.count
        for index in 0..<record.count {
            _ = record.string(index)
            _ = record.position(of: index)
        }
    }
    return 0
}

runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 }
