import Foundation

/// The files of one report, in memory: `report.md` and `figures/*.svg`, by relative path.
///
/// Writing and checking are both done from this value, so `--check` compares exactly what
/// would be written.
public struct ReportFiles: Sendable, Equatable {
    /// Relative path → contents, UTF-8.
    public let files: [String: String]

    /// The relative paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// Writes every file under `directory` (created as needed, readable by the owner only:
    /// 0700 folders, 0600 files) and removes SVG files in `directory/figures` that the
    /// report no longer has.
    ///
    /// - Throws: ``ReportError/cannotWrite(path:reason:)``.
    public func write(to directory: URL) throws {
        let manager = FileManager.default
        for path in paths {
            let url = directory.appendingPathComponent(path)
            do {
                try manager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try Data(files[path]!.utf8).write(to: url, options: .atomic)
                try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            } catch {
                throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
        for path in extraFigures(in: directory) {
            let url = directory.appendingPathComponent(path)
            do { try manager.removeItem(at: url) } catch {
                throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// The relative paths under `directory` that differ from this report: missing or
    /// different files, and SVG files in `figures/` that the report does not have. Sorted.
    public func staleFiles(in directory: URL) -> [String] {
        let changed = paths.filter { path in
            let existing = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
            return existing != Data(files[path]!.utf8)
        }
        return (changed + extraFigures(in: directory)).sorted()
    }

    /// SVG files in `directory/figures` that are not part of the report.
    private func extraFigures(in directory: URL) -> [String] {
        let folder = directory.appendingPathComponent("figures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".svg") }.map { "figures/" + $0 }.filter { files[$0] == nil }.sorted()
    }
}
