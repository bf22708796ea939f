import CSVReading
import Codebooks
import Foundation

/// Loads a Eurostat bulk-download TSV (no codebook needed) into `counts` or `population`.
///
/// Each line of the file is one row read; it becomes one database row per period, with the
/// value (NULL for `:`) and Eurostat's flags kept in `flag`. A line whose cells are not in
/// Eurostat's form is quarantined like any rejected row.
package struct EurostatIngestor {
    package static let readerVersion = "eurostat-tsv-1"
    /// How every version of the reader is named in a source's provenance (`codebook` column):
    /// `(built-in eurostat-tsv-1)`.
    static let provenancePrefix = "(built-in eurostat"
    /// The origin recorded for the column descriptions of Eurostat files. They describe columns the
    /// built-in reader fills, not a dictionary definition: a codebook's definition replaces them.
    static let origin = "eurostat"
    let store: Store
    let options: IngestOptions

    package init(store: Store, options: IngestOptions) {
        self.store = store
        self.options = options
    }

    /// Whether the file's first line is a Eurostat TSV header.
    package static func recognises(file path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.split(separator: "\n").first.map { $0.split(separator: "\t").first?.hasSuffix("\\TIME_PERIOD") ?? false } ?? false
    }

    package func ingest(file path: String) throws -> IngestReport {
        try HeaderGuard.checkName(of: path)
        let name =
            "eurostat-"
            + ((path as NSString).lastPathComponent as NSString).deletingPathExtension.replacingOccurrences(of: "estat_", with: "")
        var report = IngestReport(file: path, source: name)
        let descriptor = try EurostatSourceDescriptor(path: path, name: name, store: store, options: options)
        try store.database.execute("BEGIN IMMEDIATE")
        do {
            report.replaced = try descriptor.clearPrevious()
            try descriptor.load(into: &report)
            try store.database.execute(options.dryRun ? "ROLLBACK" : "COMMIT")
        } catch {
            try? store.database.execute("ROLLBACK")
            throw error
        }
        return report
    }
}
