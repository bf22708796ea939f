import Codebooks
import Foundation

/// Finds the harmonised dictionary for a codebook.
///
/// Order: `--dictionary`, `$SITAN_DICTIONARY`, a `variables.yaml` beside the codebook or in one
/// of its parent folders, `./datasets/variables.yaml`.
enum DictionaryLocator {
    static func load(explicit: String?, codebook: String) throws -> VariableDictionary {
        if let path = explicit ?? ProcessInfo.processInfo.environment["SITAN_DICTIONARY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try VariableDictionary.load(path: path)
        }
        var directory = URL(fileURLWithPath: codebook).deletingLastPathComponent().standardizedFileURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("variables.yaml").path
            if FileManager.default.fileExists(atPath: candidate) { return try VariableDictionary.load(path: candidate) }
            directory = directory.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: "datasets/variables.yaml") {
            return try VariableDictionary.load(path: "datasets/variables.yaml")
        }
        // A mistyped codebook path is the problem to report, not the dictionary it would have been beside.
        guard FileManager.default.isReadableFile(atPath: codebook) else {
            throw CodebookError(
                file: codebook, line: 0, column: 0, message: "cannot read the file (missing or not readable)", isUnreadable: true)
        }
        throw CodebookError(
            file: codebook, line: 0, column: 0,
            message: "no dictionary found (looked for variables.yaml beside the codebook and in its parent folders, "
                + "and for ./datasets/variables.yaml): pass --dictionary PATH (the harmonised variables.yaml) or set SITAN_DICTIONARY")
    }
}
