import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary folders and files for tests.
///
/// Everything is made inside one folder per test process, `sitan-tests-PID` in the system's
/// temporary folder, which is removed when the process exits; the folders of test processes
/// that died without exiting (a crash, a kill) are removed by the next run. A test therefore
/// never leaves anything behind, and no test pays for removing its files one by one.
public enum Scratch {
    static let prefix = "sitan-tests-"

    /// This process's folder, made (and its removal at exit arranged) on first use.
    public static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        removeAbandoned(in: base)
        let url = base.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A fresh, empty folder whose name starts with `name`.
    public static func folder(_ name: String) -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh path for a file (not created) whose name starts with `name` and ends with `.suffix`.
    public static func file(_ name: String, suffix: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString).\(suffix)")
    }

    /// Removes the folders left by test processes that no longer run.
    static func removeAbandoned(in base: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
    }
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) rethrows -> T {
    let url = Scratch.folder("scoped")
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}
