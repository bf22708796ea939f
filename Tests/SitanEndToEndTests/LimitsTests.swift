import Analysis
import CSVReading
import Codebooks
import Foundation
import Testing

/// The limits table in docs/limits.md states the figures the code enforces (each is read from
/// its constant here), and the hostile corpus has a case past each of them.
@Suite struct LimitsTests {
    /// The rows of the table, keyed by the text of their first cell.
    static let rows: [String: String] = {
        let text = (try? String(contentsOf: SitanProcess.repository.appendingPathComponent("docs/limits.md"), encoding: .utf8)) ?? ""
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count >= 3 { rows[cells[0]] = cells[1] }
        }
        return rows
    }()

    func stated(_ what: String) -> String { Self.rows[what] ?? "(no row \"\(what)\" in docs/limits.md)" }

    @Test func theDocumentedFiguresAreTheEnforcedOnes() {
        #expect(stated("Largest field of a CSV or TSV file").hasPrefix("\(CSVReader.maximumFieldBytes) bytes"))
        #expect(stated("Largest row of a CSV or TSV file").hasPrefix("\(CSVReader.maximumRowBytes) bytes"))
        #expect(stated("Fields in a row or the header") == "\(CSVReader.maximumColumns)")
        let exact = FieldConverter.maximumExactInteger
        #expect(stated("Whole numbers in an integer column").hasPrefix("from -\(exact) to \(exact) (±2^53)") && exact == 1 << 53)
        #expect(stated("Size of a codebook or dictionary file").hasPrefix("\(YAMLReader.maximumBytes) bytes"))
        #expect(stated("YAML values a codebook or dictionary expands to (aliases counted each time)") == "\(YAMLReader.maximumValues)")
        #expect(stated("YAML values `sitan.yaml` expands to") == "\(ProjectConfig.maximumNodes)")
        #expect(stated("Categories of a categorical variable") == "\(Variable.maximumCategories)")
        #expect(stated("A Eurostat count or population") == "a whole number from 0 to \(Int(RateValues.maximum))")
        #expect(stated("A sampling weight used by an estimate").hasPrefix("from \(SurveyWeights.rangeText) (or 0)"))
        #expect(SurveyWeights.range == 1e-100...1e100 && SurveyWeights.rangeText == "1e-100 to 1e100")
        #expect(EchoedName.shown(String(repeating: "h", count: 5000)).count < 100)
    }

    /// Every limit has a hostile case that passes it (the cases themselves run in
    /// ``HostileInputTests``).
    @Test func everyLimitHasAHostileCase() {
        let names = Set(HostileInputTests.cases.map(\.name))
        for name in [
            "limit-columns", "limit-exact-integer", "limit-codebook-size", "limit-categories", "huge-field", "too-many-columns",
            "codebook-alias-bomb", "config-alias-bomb", "estat-counts-3e11",
        ] {
            #expect(names.contains(name), "no hostile case \(name)")
        }
    }
}
