import ArgumentParser
import Rendering
import Storage

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "Show the provenance of every ingested file: hashes, codebook, counts, time.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try DiagnosticPrinter.run {
            let sources = try Store(readOnlyPath: global.databasePath).sources()
            let columns = [
                "name", "country", "kind", "year", "survey", "file", "sha256", "encoding", "codebook", "codebook_sha256", "sitan_version",
                "rows_read", "rows_loaded", "rows_rejected", "synthetic", "safe_columns", "ingested_at",
            ]
            let rows: [[OutputCell]] = sources.map { s in
                [
                    .text(s.name), .text(s.country), .text(s.kind), s.year.map(OutputCell.integer) ?? .null,
                    s.survey.map(OutputCell.text) ?? .null, .text(s.file), .text(s.sha256),
                    .text(s.encoding), .text(s.codebook), .text(s.codebookSHA256), .text(s.sitanVersion), .integer(s.rowsRead),
                    .integer(s.rowsLoaded), .integer(s.rowsRejected), .bool(s.synthetic), .json(s.safeColumns, display: s.safeColumns),
                    .text(s.ingestedAt),
                ]
            }
            var table = OutputTable(columns: columns, rows: rows)
            if output.resolved == .table {  // the terminal view: short hashes, fewer columns
                table = OutputTable(
                    columns: ["name", "country", "kind", "survey", "file", "sha256", "read", "loaded", "rejected", "ingested_at"],
                    rows: sources.map { s in
                        [
                            .text(s.name), .text(s.country), .text(s.kind), s.survey.map(OutputCell.text) ?? .null, .text(s.file),
                            .text(String(s.sha256.prefix(12))),
                            .integer(s.rowsRead), .integer(s.rowsLoaded), .integer(s.rowsRejected), .text(s.ingestedAt),
                        ]
                    })
            }
            try output.emit(table.render(output.resolved))
        }
    }
}
