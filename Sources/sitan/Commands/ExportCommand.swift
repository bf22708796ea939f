import ArgumentParser
import Foundation
import Storage

/// `sitan export --survey ID --format dta|sav|csv|datapackage --out DIR`: a round's harmonised microdata.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a survey round's harmonised microdata as Stata, SPSS or CSV, with design.R and design.do.",
        discussion: """
            `datapackage` writes the CSV with a Frictionless datapackage.json (Table Schema, labels, hash, provenance). \
            Microdata is for the analyst, not for publication: it passes no disclosure control, so keep it \
            where the database is kept and publish only what `estimate`, `compare` or `report` print. The file holds \
            the harmonised variables with the dictionary's variable and value labels (categories as codes 1, 2, ... \
            with labels in .dta and .sav), and the design columns id, weight, strata, psu and fpc as svydesign and \
            svyset expect; no column the PII guard refused or the codebook dropped is ever in the database. Each \
            export is recorded in the exports table (file, SHA-256, rows, time).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The survey round (e.g. LV-2023; `sitan sources` lists them).", valueName: "id")) var survey: String
    @Option(
        help: ArgumentHelp(
            "dta (Stata 14+), sav (SPSS), csv, or datapackage (CSV with a Frictionless datapackage.json).", valueName: "format"))
    var format: MicrodataExport.Format
    @Option(help: ArgumentHelp("Language of the labels: en, lv, lt or pl.", valueName: "code")) var lang = "en"
    @Option(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir")) var out: String

    func validate() throws {
        guard ["en", "lv", "lt", "pl"].contains(lang) else { throw ValidationError("--lang must be en, lv, lt or pl") }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            guard FileManager.default.fileExists(atPath: global.databasePath) else {
                throw StorageError.cannotOpen(path: global.databasePath, message: "no such file")
            }
            let export = MicrodataExport(store: try Store(path: global.databasePath), round: survey, language: lang)
            let result = try export.write(format: format, to: out)
            printOut(result.files.joined(separator: "\n") + "\n")
            global.note("\(survey): \(result.rows) rows, \(result.columns) columns; microdata, not for publication")
        }
    }
}

extension MicrodataExport.Format: ExpressibleByArgument {}
