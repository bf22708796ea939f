import Foundation
import TestSupport
import Testing

/// Where `validate` and `ingest` find the dictionary when none is named: beside the codebook or
/// in a parent folder, never above the project root.
@Suite struct DictionaryLookupTests {
    static let ingest = SitanProcess.fixtures.appendingPathComponent("ingest")

    /// Lays out `layout` (relative paths: a codebook and its CSV, the dictionary, markers) in a
    /// fresh folder and runs `sitan validate` on the codebook from the codebook's folder.
    func validate(codebookIn folder: String, dictionaryIn dictionaryFolder: String, markers: [String]) throws -> SitanProcess.Output {
        try withTemporaryDirectory { base in
            let manager = FileManager.default
            let books = base.appendingPathComponent(folder)
            try manager.createDirectory(at: books, withIntermediateDirectories: true)
            for name in ["lv-survey.codebook.yaml", "lv-survey.csv"] {
                try manager.copyItem(at: Self.ingest.appendingPathComponent(name), to: books.appendingPathComponent(name))
            }
            let dictionary = base.appendingPathComponent(dictionaryFolder)
            try manager.createDirectory(at: dictionary, withIntermediateDirectories: true)
            try manager.copyItem(
                at: Self.ingest.appendingPathComponent("variables.yaml"), to: dictionary.appendingPathComponent("variables.yaml"))
            for marker in markers { try write("", to: marker, in: base) }
            return try SitanProcess.run(
                ["validate", "lv-survey.csv", "--codebook", "lv-survey.codebook.yaml"], in: books)
        }
    }

    @Test func aDictionaryInAParentFolderUpToTheProjectRootIsUsedAndNamed() throws {
        let result = try validate(codebookIn: "project/lv/survey", dictionaryIn: "project", markers: ["project/sitan.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let notes = result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("note: using the dictionary") }
        #expect(notes.count == 1)
        #expect(notes.first?.hasSuffix("project/variables.yaml (found in a parent folder of the codebook)") == true)
    }

    @Test func aDictionaryBesideTheCodebookIsUsedWithoutANote() throws {
        let result = try validate(codebookIn: "project/lv", dictionaryIn: "project/lv", markers: ["project/sitan.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("note: using the dictionary"))
    }

    @Test(arguments: ["project/sitan.yaml", "project/.git"])
    func aDictionaryAboveTheProjectRootIsIgnored(marker: String) throws {
        let result = try validate(codebookIn: "project/lv", dictionaryIn: "", markers: [marker])
        #expect(result.status == 65)
        #expect(result.stderr.contains("no dictionary found"))
        #expect(!result.stderr.contains("note: using the dictionary"))
    }

    @Test func aDatasetsFolderMarksTheProjectRoot() throws {
        let result = try validate(codebookIn: "project/datasets/lv", dictionaryIn: "", markers: [])
        #expect(result.status == 65)
        #expect(result.stderr.contains("no dictionary found"))
    }

    /// Without any project root up to `/`, only the codebook's own folder is searched. (Skipped
    /// when the machine's temporary folder lies inside something that looks like a project.)
    @Test(.enabled(if: !Self.temporaryFolderIsInsideAProject))
    func withoutAProjectRootOnlyTheCodebooksFolderIsSearched() throws {
        let result = try validate(codebookIn: "a/b", dictionaryIn: "a", markers: [])
        #expect(result.status == 65)
        #expect(result.stderr.contains("no dictionary found"))
    }

    static var temporaryFolderIsInsideAProject: Bool {
        var directory = FileManager.default.temporaryDirectory.standardizedFileURL
        while true {
            if ["sitan.yaml", ".git", "datasets"].contains(where: {
                FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
            }) {
                return true
            }
            let parent = directory.deletingLastPathComponent().standardizedFileURL
            if parent.path == directory.path { return false }
            directory = parent
        }
    }
}
