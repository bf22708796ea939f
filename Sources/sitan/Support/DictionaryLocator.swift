import Codebooks
import Foundation

/// Finds the harmonised dictionary for a codebook.
///
/// Order: `--dictionary`, `$SITAN_DICTIONARY`, a `variables.yaml` beside the codebook or in one
/// of its parent folders up to the project root, `./datasets/variables.yaml`.
///
/// The project root is the first folder, going up from the codebook's, that holds `sitan.yaml`,
/// `.git` or a `datasets/` folder. The search never goes above it, and when no folder up to `/`
/// is a project root only the codebook's own folder is searched: a stray `variables.yaml` in
/// `/tmp` or a home folder must not silently define the variables of a codebook below it.
enum DictionaryLocator {
    /// What marks a project root.
    static let rootMarkers = ["sitan.yaml", ".git", "datasets"]

    static func load(explicit: String?, codebook: String) throws -> VariableDictionary {
        if let path = explicit ?? ProcessInfo.processInfo.environment["SITAN_DICTIONARY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try VariableDictionary.load(path: path)
        }
        let folder = URL(fileURLWithPath: codebook).deletingLastPathComponent().standardizedFileURL
        if let found = search(from: folder) {
            if found.deletingLastPathComponent().standardizedFileURL != folder {
                DiagnosticPrinter.write("note: using the dictionary \(found.path) (found in a parent folder of the codebook)")
            }
            return try VariableDictionary.load(path: found.path)
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
            message: "no dictionary found (looked for variables.yaml beside the codebook and in its parent folders up to the "
                + "project root, and for ./datasets/variables.yaml): pass --dictionary PATH (the harmonised variables.yaml) "
                + "or set SITAN_DICTIONARY")
    }

    /// The `variables.yaml` in `folder` or one of its parents up to the project root, if any.
    static func search(from folder: URL) -> URL? {
        var candidates: [URL] = []
        var directory = folder
        while true {
            candidates.append(directory.appendingPathComponent("variables.yaml"))
            if isProjectRoot(directory) { break }
            let parent = directory.deletingLastPathComponent().standardizedFileURL
            // Reached `/` without a project root: only the codebook's own folder counts.
            guard parent.path != directory.path else {
                candidates = [candidates[0]]
                break
            }
            directory = parent
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func isProjectRoot(_ directory: URL) -> Bool {
        rootMarkers.contains { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) }
    }
}
