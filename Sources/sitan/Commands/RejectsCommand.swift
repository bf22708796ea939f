import ArgumentParser
import Codebooks
import Rendering
import Storage

struct RejectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rejects",
        abstract: "List quarantined rows with line, column and reason (never the raw value).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: ArgumentHelp("A source name or file name (default: all sources).", valueName: "source")) var source: String?

    func run() throws {
        try DiagnosticPrinter.run {
            let store = try Store(readOnlyPath: global.databasePath)
            if let source, !(try store.sources()).contains(where: { $0.name == source || $0.file == source }) {
                throw ValidationError("no source or file named \(EchoedName.argument(source)) in the database; `sitan sources` lists them")
            }
            let rejects = try store.rejects(source: source)
            let table = OutputTable(
                columns: ["source", "file", "line", "column", "field", "reason"],
                rows: rejects.map { r in
                    [
                        .text(r.source), .text(r.file), .integer(r.line), .integer(r.column), r.field.map(OutputCell.text) ?? .null,
                        .text(r.reason),
                    ]
                })
            try output.emit(table.render(output.resolved))
        }
    }
}
