import ArgumentParser
import Diagnostics
import Foundation
import Synthesis

extension SynthesisRequest.Country: ExpressibleByArgument {}
extension SynthesisRequest.Kind: ExpressibleByArgument {}

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a realistic SYNTHETIC raw file, its codebook and (for surveys) the true population values.",
        discussion: """
            Writes FILE as the country's partner would deliver it (native headers, codes, encoding and delimiter), \
            FILE.codebook.yaml (a codebook that reads it) and FILE.truth.json (for surveys: {"country", "proportions": \
            {variable: true share}}; for --dirty files also the planted problems). The same seed gives byte-identical files. \
            Incident codebooks look up offence-mapping.csv beside FILE; it is written there when missing.
            """)

    @Option(help: "LV, LT or PL.") var country: SynthesisRequest.Country
    @Option(help: "survey, incidents or population.") var kind: SynthesisRequest.Kind
    @Option(help: "The seed of the random generator.") var seed: UInt64
    @Option(help: "The number of data rows.") var rows: Int
    @Option(help: ArgumentHelp("The raw file to write.", valueName: "file")) var out: String
    @Option(help: "For surveys: the year of the round (default: the country's own round, LV 2019, LT 2019, PL 2018).")
    var year: Int?
    @Flag(help: "Plant a documented share of bad rows (listed in FILE.truth.json).") var dirty = false
    @Flag(help: "Print nothing on stderr.") var quiet = false

    func validate() throws {
        guard rows > 0 else { throw ValidationError("--rows must be positive") }
        if let year {
            guard kind == .survey else { throw ValidationError("--year is for surveys (--kind survey)") }
            guard (2000...2100).contains(year) else { throw ValidationError("--year must be between 2000 and 2100") }
        }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            let directory = (out as NSString).deletingLastPathComponent
            let mapping = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent("offence-mapping.csv")
            if kind == .incidents && !FileManager.default.fileExists(atPath: mapping) {
                try Synthesizer.offenceMappingCSV().write(toFile: mapping, atomically: true, encoding: .utf8)
            }
            let request = SynthesisRequest(country: country, kind: kind, seed: seed, rows: rows, dirty: dirty, surveyYear: year)
            let summary: SynthesisSummary
            do {
                summary = try Synthesizer.write(request, to: out)
            } catch let error as SynthesisError {
                if case .tooFewRows = error { throw ValidationError(error.diagnostic.message) }
                throw error
            }
            printOut(
                "\(summary.dataPath): \(summary.rows) rows (\(summary.encoding.codebookName), delimiter \"\(summary.delimiter)\"), "
                    + "codebook \(summary.codebookPath)" + (kind == .survey || dirty ? ", truth \(summary.truthPath)" : "") + "\n")
            if dirty && !quiet { DiagnosticPrinter.write("planted \(summary.planted.count) bad rows (see \(summary.truthPath))") }
        }
    }
}
