import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An ingest that fills the disk: a clear message, exit 1, the database as it was and no
/// journal left behind. Needs a small file system: a tmpfs, which only root can mount.
@Suite struct FullDiskTests {
    /// Mounts an 800 KiB tmpfs; nil when that is not allowed (not root, or in a sandbox).
    static func mountSmallDisk() -> URL? {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return nil }
        let folder = temporaryDirectory()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=800k", "tmpfs", folder.path]
        mount.standardError = FileHandle.nullDevice
        guard (try? mount.run()) != nil else { return nil }
        mount.waitUntilExit()
        return mount.terminationStatus == 0 ? folder : nil
    }

    /// The mounted disk, once per run; nil where mounting is refused (the test is then skipped).
    static let smallDisk = mountSmallDisk()

    @Test(.enabled(if: smallDisk != nil, "mounting a small tmpfs needs root and a system that allows it"))
    func aFullDiskRollsBackAndLeavesNoJournal() throws {
        let disk = try #require(Self.smallDisk)
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [disk.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        let hostile = HostileInputTests.folder
        let db = disk.appendingPathComponent("full.sqlite").path
        let base = try SitanProcess.run(
            ["ingest", "--db", db, "base.csv", "--codebook", "base.codebook.yaml", "--dictionary", "variables.yaml"], in: hostile)
        #expect(base.status == 0, "\(base.stderr)")
        let before = try HostileInputTests.state(db)
        let rows = (1000..<40_000).map { "\($0),1.5,1,12,1,Riga\($0)\n" }.joined()
        let big = try write("id,w,sex,age,q1,town\n" + rows, to: "big.csv", in: temporaryDirectory())
        let full = try SitanProcess.run(
            ["ingest", "--db", db, big, "--codebook", "survey.codebook.yaml", "--dictionary", "variables.yaml"], in: hostile)
        #expect(full.status == 1 && full.stderr.contains("the disk is full") && !full.stderr.contains("SQLite"), "\(full.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["full.sqlite"], "a journal was left behind")
        #expect(try HostileInputTests.state(db) == before)
    }
}
