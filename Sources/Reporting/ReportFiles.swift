import Foundation

/// The files of one report, in memory: `report.md`, `report.html` and `figures/*.svg`, by relative path.
///
/// Writing and checking are both done from this value, so `--check` compares exactly what
/// would be written.
package struct ReportFiles: Sendable, Equatable {
    /// Relative path → contents, UTF-8.
    package let files: [String: String]

    /// The relative paths, sorted.
    package var paths: [String] { files.keys.sorted() }

    /// Writes every file under `directory` (created as needed, readable by the owner only:
    /// 0700 folders, 0600 files) and removes SVG files in `directory/figures` that the
    /// report no longer has.
    ///
    /// A folder that is missing or holds only a report (`report.md`, `report.html`,
    /// `report.docx`, `figures/*.svg`) is
    /// replaced in one step: the report is written into a hidden sibling folder that then
    /// takes its place, so a process killed at any moment leaves the previous report or the
    /// complete new one. A folder that holds other files too (or is the working directory) is
    /// written in place, file by file, as it cannot be swapped without moving those files.
    ///
    /// - Throws: ``ReportError/cannotWrite(path:reason:)``.
    package func write(to target: URL) throws {
        try Self.checkFolder(target)
        let folder = target.standardizedFileURL.resolvingSymlinksInPath()
        guard FolderSwap.holdsOnlyAReport(folder) else { return try writeFiles(to: folder) }
        let staging: URL
        do {
            try FileManager.default.createDirectory(
                at: folder.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            staging = try FolderSwap.staging(for: folder)
        } catch {
            throw ReportError.cannotWrite(path: folder.path, reason: Self.reason(error))
        }
        do {
            try writeFiles(to: staging)
            try FolderSwap.replace(folder, with: staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            if let error = error as? ReportError { throw error }
            throw ReportError.cannotWrite(path: folder.path, reason: Self.reason(error))
        }
    }

    /// Writes the files into `directory` and removes the figures the report no longer has.
    private func writeFiles(to directory: URL) throws {
        let manager = FileManager.default
        for path in paths {
            let url = directory.appendingPathComponent(path)
            do {
                try Self.checkFolder(url.deletingLastPathComponent())
                try manager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try Data(files[path]!.utf8).write(to: url, options: .atomic)
                try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            } catch let error as ReportError {
                throw error
            } catch {
                throw ReportError.cannotWrite(path: url.path, reason: Self.reason(error))
            }
        }
        for path in extraFigures(in: directory) {
            let url = directory.appendingPathComponent(path)
            do { try manager.removeItem(at: url) } catch {
                throw ReportError.cannotWrite(path: url.path, reason: Self.reason(error))
            }
        }
    }

    /// Refuses a report folder (or a folder on its path) that exists as a file: writing would
    /// fail half-way with Foundation's "error 512".
    private static func checkFolder(_ folder: URL) throws {
        var ancestor = folder.standardizedFileURL
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw ReportError.cannotWrite(
                        path: folder.path,
                        reason: "\(ancestor.path) is a file, not a folder; give --out a folder (it is created when missing)")
                }
                return
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
    }

    /// The system's reason for a failed write (permission denied, no space left on device...),
    /// without Foundation's domain and code.
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        for candidate in [underlying, error as NSError].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return "the file system refused the write (check the folder's permissions and free space)"
    }

    /// The relative paths under `directory` that differ from this report: missing or
    /// different files, and SVG files in `figures/` that the report does not have. Sorted.
    package func staleFiles(in directory: URL) -> [String] {
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
