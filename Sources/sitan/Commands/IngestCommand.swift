import ArgumentParser
import Codebooks
import Foundation
import Storage

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load raw CSV, SPSS (.sav, .zsav) or Stata (.dta) files into the database through a codebook.",
        discussion: """
            Each file is one transaction: rows that fail validation go to the quarantine (see `sitan rejects`), \
            and a file with a direct identifier (PESEL, asmens kodas, personas kods, e-mail, phone number) or a \
            column the codebook does not know is refused whole (exit 65), as is a file whose every row is rejected \
            (the message gives the commonest reasons and the likely fix). With several files, each file's fate is \
            printed and a refused file does not stop the others. Rows read = loaded + rejected, always.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The raw CSV files.", valueName: "file")) var files: [String]
    @Option(help: ArgumentHelp("The codebook (YAML) that describes the files (not needed for Eurostat bulk TSV files).", valueName: "path"))
    var codebook: String?
    @Option(
        help: ArgumentHelp(
            "The harmonised dictionary (default: variables.yaml near the codebook, or datasets/variables.yaml).", valueName: "path"))
    var dictionary: String?
    @Flag(help: "Refuse a file when any row is rejected (exit 65, nothing written).") var strict = false
    @Flag(help: "Reload a file (or source) that is already loaded, replacing it atomically.") var replace = false
    @Flag(help: "Run every check and report, but write nothing.") var dryRun = false

    func validate() throws {
        if codebook == nil, let file = files.first(where: { !EurostatIngestor.recognises(file: $0) }) {
            let shown = IngestDriver.shownName(of: file)
            throw ValidationError("\(shown) needs --codebook (only Eurostat bulk-download TSV files are read without one)")
        }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            // A dry run checks against the database it would write to (a file already loaded, a source
            // name taken, a variable defined otherwise), when there is one, and rolls back.
            let database = global.databasePath
            let store = try Store(path: dryRun && !FileManager.default.fileExists(atPath: database) ? ":memory:" : database)
            guard let codebook else {
                return try IngestDriver(global: global, codebook: nil, store: store, options: options).ingestAll(files)
            }
            let book = try Codebook.load(path: codebook, dictionary: try DictionaryLocator.load(explicit: dictionary, codebook: codebook))
            try IngestDriver(global: global, codebook: book, store: store, options: options).ingestAll(files)
        }
    }

    var options: IngestOptions {
        IngestOptions(strict: strict, replace: replace, dryRun: dryRun, sitanVersion: Sitan.version)
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Run every ingest check on a file and report; nothing is written.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The raw CSV file.", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("The codebook (YAML) that describes the file.", valueName: "path")) var codebook: String
    @Option(help: ArgumentHelp("The harmonised dictionary (default: as for ingest).", valueName: "path")) var dictionary: String?

    func run() throws {
        try DiagnosticPrinter.run {
            let book = try Codebook.load(path: codebook, dictionary: try DictionaryLocator.load(explicit: dictionary, codebook: codebook))
            let store = try Store(path: ":memory:")
            let options = IngestOptions(dryRun: true, sitanVersion: Sitan.version)
            try IngestDriver(global: global, codebook: book, store: store, options: options).ingestAll([file])
        }
    }
}
