import ArgumentParser
import Rendering
import Storage

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run read-only SQL over the database (raw access: NOT disclosure-controlled, not for publication).",
        discussion: "Statements that write, ATTACH or DETACH a database, or set a pragma, are refused.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: ArgumentHelp("One SQL statement.", valueName: "sql")) var sql: String

    func run() throws {
        try DiagnosticPrinter.run {
            let result = try Store(readOnlyPath: global.databasePath, checkingSchema: false).readOnlyQuery(sql)
            let rows: [[OutputCell]] = result.rows.map { row in
                row.map { value in
                    switch value {
                    case .null: return .null
                    case let .integer(v): return .integer(v)
                    case let .real(v): return .real(v)
                    case let .text(v): return .text(v)
                    case .blob: return .text(value.string ?? "")
                    }
                }
            }
            try output.emit(OutputTable(columns: result.columns, rows: rows).render(output.resolved))
        }
    }
}
