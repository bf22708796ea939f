import Foundation
import Testing

@testable import Synthesis

/// Structural checks of the codebook text. A YAML parser (Yams) is not available to this
/// module; the lead's integration test parses every committed codebook with the real loader.
@Suite("Codebook writer")
struct CodebookWriterTests {
    @Test("top-level sections and documented keys only", arguments: Support.allRequests)
    func sections(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 1, rows: 400)
        let (path, _) = try Support.generate(request)
        let yaml = try String(contentsOfFile: path + ".codebook.yaml", encoding: .utf8)
        let topLevel = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
            .map { String($0.prefix { $0 != ":" }) }
        let allowed: Set = ["source", "file", "design", "columns", "derived", "drop", "safe", "variables", "methods"]
        #expect(Set(topLevel).isSubset(of: allowed))
        #expect(topLevel.prefix(3) == ["source", "file", kind == .survey ? "design" : "columns"])
        #expect(!yaml.contains("\t"))
        #expect(yaml.contains("  synthetic: true"))
        #expect(yaml.contains("  country: \(country.rawValue)\n  kind: \(kind.rawValue)\n"))
        for key in ["encoding", "delimiter", "quote", "decimal", "date_format", "missing"] {
            #expect(yaml.contains("\n  \(key): "), "file.\(key) missing")
        }
    }

    @Test("every raw column is mapped, a design column, or dropped — exactly once", arguments: Support.allRequests)
    func everyColumnAccountedFor(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let request = SynthesisRequest(country: country, kind: kind, seed: 1, rows: 400)
        let schema = try Support.schema(for: request)
        let yaml = CodebookWriter.yaml(for: schema)
        let lines = yaml.split(separator: "\n").map(String.init)
        for column in schema.columns {
            let mapped = lines.filter { $0.hasPrefix("  \(column.name): {variable: ") }.count
            let design = lines.filter { $0.hasPrefix("  ") && $0.hasSuffix(": \(column.name)") }.count
            let dropped = lines.filter { $0.hasPrefix("drop: [") && $0.contains(column.name) }.count
            #expect(mapped + design + dropped == 1, "column \(column.name)")
        }
    }

    @Test("code lists are quoted keys mapped to values or null")
    func codeListSyntax() {
        let rule = ColumnRule.codes(variable: "sex", codeList([("1", "male", "zēns"), ("9", "#refused", "atteicās")]))
        #expect(CodebookWriter.mapping(rule) == "{variable: sex, codes: {\"1\": male, \"9\": null}}")
        #expect(
            CodebookWriter.mapping(.integer(variable: "age", range: 11...17))
                == "{variable: age, type: integer, range: [11, 17]}")
        #expect(
            CodebookWriter.mapping(.date(variable: "year", extract: "year"))
                == "{variable: year, type: date, extract: year}")
    }

    @Test("the offence mapping has a row for every article the incident files use")
    func offenceMappingCoversIncidents() {
        let csv = Synthesizer.offenceMappingCSV()
        #expect(csv.hasPrefix("country,article,iccs,description\n"))
        for offence in OffenceCatalogue.all {
            #expect(csv.contains("\n\(offence.country),\(offence.article),\(offence.iccs),"))
            #expect(offence.iccs.hasPrefix("030"))
        }
    }
}
