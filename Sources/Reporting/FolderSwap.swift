import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a folder with a complete new version in one step, so that a process killed at any
/// moment leaves either the previous folder or the new one, never a mix.
///
/// The new version is built in a hidden sibling (`.NAME.sitan-PID`, on the same file system)
/// and then exchanged with the folder by `renameat2(RENAME_EXCHANGE)`. Where the kernel or file system cannot
/// exchange, the folder is moved aside and the new one renamed into place: a kill between the
/// two renames leaves no folder (and the previous one beside it, hidden).
enum FolderSwap {
    /// A hidden sibling of `folder` to build its new version in; siblings left by killed runs
    /// are removed first.
    static func staging(for folder: URL) throws -> URL {
        let parent = folder.deletingLastPathComponent()
        let prefix = "." + folder.lastPathComponent + ".sitan-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        let staging = parent.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return staging
    }

    /// True when `folder` is missing, or holds only `report.md`, `report.html`, `report.docx`
    /// (which `make report` adds with pandoc) and `figures/` with SVG files, and is not the
    /// working directory: a folder that may be swapped as a whole.
    static func holdsOnlyAReport(_ folder: URL) -> Bool {
        let manager = FileManager.default
        guard folder.path != URL(fileURLWithPath: manager.currentDirectoryPath).resolvingSymlinksInPath().path else { return false }
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return !manager.fileExists(atPath: folder.path) }
        let figures =
            names.contains("figures") ? try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent("figures").path) : []
        return Set(names).isSubset(of: ["report.md", "report.html", "report.docx", "figures"])
            && (figures?.allSatisfy { $0.hasSuffix(".svg") } ?? false)
    }

    /// Puts `staging` in the place of `folder` and removes the previous version.
    static func replace(_ folder: URL, with staging: URL) throws {
        guard FileManager.default.fileExists(atPath: folder.path) else {
            guard rename(staging.path, folder.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return
        }
        if let exchange, exchange(AT_FDCWD, staging.path, AT_FDCWD, folder.path, 2 /* RENAME_EXCHANGE */) == 0 {
            try? FileManager.default.removeItem(at: staging)  // now the previous version
            return
        }
        let aside = staging.path + "-previous"
        guard rename(folder.path, aside) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard rename(staging.path, folder.path) == 0 else {
            let code = errno
            _ = rename(aside, folder.path)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Linux's `renameat2`, looked up at run time (the C library's headers hide it from Swift).
    private static let exchange: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(
            symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
    }()
}
