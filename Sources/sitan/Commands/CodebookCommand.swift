import ArgumentParser
import CodebookDrafting
import Foundation

/// `sitan codebook draft FILE`: a draft codebook to finish by hand.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook", abstract: "Help with codebooks: draft one for a new raw file.",
        subcommands: [CodebookDraftCommand.self])
}

struct CodebookDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write a draft codebook for a CSV, SPSS or Stata file: columns, values, proposed variables and codes.",
        discussion: """
            Reads the file once (CSV: encoding, delimiter and decimal mark sniffed; .sav/.zsav/.dta: by value labels) \
            and prints YAML: every column with its distinct values (up to --limit) or range, the dictionary variable its \
            name or label suggests in en/lv/lt/pl, codes matched to the variable's categories, guessed design columns \
            (marked # check), TODO where a person must decide, and a PII warning for every column the guard would \
            refuse (its values are never printed). Edit it, then `sitan validate FILE --codebook CB.yaml`.
            """)

    @Argument(help: ArgumentHelp("The raw file.", valueName: "file")) var file: String
    @Option(
        help: ArgumentHelp("The harmonised variables.yaml (default: $SITAN_DICTIONARY, then ./datasets/variables.yaml).", valueName: "path")
    )
    var dictionary: String?
    @Option(help: ArgumentHelp("Show at most this many distinct values per column.", valueName: "n")) var limit = 20

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            let variables = try DictionaryLocator.load(explicit: dictionary, codebook: file)
            printOut(try CodebookDraft(path: file, dictionary: variables, limit: limit).yaml())
        }
    }
}
