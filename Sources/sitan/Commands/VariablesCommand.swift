import ArgumentParser
import Rendering
import Storage

struct VariablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variables", abstract: "Show the harmonised variables in the database, with their types and labels.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @Option(help: "The language of the label column in table output: en, lv, lt or pl.") var lang = "en"

    func validate() throws {
        guard ["en", "lv", "lt", "pl"].contains(lang) else { throw ValidationError("--lang must be en, lv, lt or pl (got \(lang))") }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            let variables = try Store(readOnlyPath: global.databasePath).variables()
            let table = OutputTable(
                columns: ["name", "type", "categories", "label", "labels", "origin"],
                rows: variables.map { v in
                    let categories =
                        v.categories.map {
                            OutputCell.json(
                                "[" + $0.map(JSONText.string).joined(separator: ", ") + "]", display: $0.joined(separator: ", "))
                        } ?? .null
                    let labels =
                        "{"
                        + v.labels.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)): \(JSONText.string($0.value))" }.joined(
                            separator: ", ") + "}"
                    return [
                        .text(v.name), .text(v.type.rawValue), categories, .text(v.labels[lang] ?? v.labels["en"] ?? v.name),
                        .json(labels, display: labels), .text(v.origin),
                    ]
                })
            try output.emit(table.render(output.resolved))
        }
    }
}
