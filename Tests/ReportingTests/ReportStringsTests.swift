import Foundation
import Testing

@testable import Reporting

/// Every language has every key, with the same placeholders as English.
@Suite struct ReportStringsTests {
    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test("every language has every key", arguments: ReportLanguage.allCases)
    func everyKey(_ language: ReportLanguage) {
        let table = ReportStrings.table(language)
        let english = ReportStrings.table(.en)
        #expect(
            Set(table.keys) == Set(english.keys),
            "\(language.rawValue): missing \(Set(english.keys).subtracting(table.keys).sorted()), extra \(Set(table.keys).subtracting(english.keys).sorted())"
        )
        for key in english.keys.sorted() {
            guard let text = table[key] else { continue }
            #expect(!text.isEmpty, "\(language.rawValue).\(key) is empty")
            #expect(Self.placeholders(text) == Self.placeholders(english[key]!), "\(language.rawValue).\(key) placeholders differ")
        }
    }

    @Test func everyHeadingOfTheTemplateExists() {
        for key in ReportBuilder.sectionKeys { #expect(ReportStrings.table(.en)["h." + key] != nil) }
    }

    @Test func numbersUseTheLanguagesDecimalSeparator() {
        #expect(NumberStyle(language: .en).percent(0.1234) == "12.3")
        #expect(NumberStyle(language: .lv).percent(0.1234) == "12,3")
        #expect(NumberStyle(language: .pl).fixed(-0.00001, 2) == "0,00")
        #expect(SVGWriter.number(-0.01) == "0")
        #expect(SVGWriter.number(12.25) == "12.2" || SVGWriter.number(12.25) == "12.3")
    }

    @Test func anchorsFollowGitHub() {
        #expect(
            ReportBuilder.anchor("6. Incident statistics and rates per 100 000 children")
                == "6-incident-statistics-and-rates-per-100-000-children")
        // A no-break space is dropped, as GitHub drops it, so `100 000` with U+202F gives `100000`.
        #expect(
            ReportBuilder.anchor("6. Reģistrētie gadījumi un koeficienti uz 100\u{202F}000 bērniem")
                == "6-reģistrētie-gadījumi-un-koeficienti-uz-100000-bērniem")
        #expect(ReportBuilder.anchor("4. Rozpowszechnienie według kraju, płci") == "4-rozpowszechnienie-według-kraju-płci")
    }

    /// The terms the native reviewers chose, the same in the fixed text and in the dictionary's
    /// labels: Latvian "vardarbības veicējs" (not "varmāka", nor "saikne" for the relation),
    /// Polish "intymnych zdjęć lub nagrań" (not "wizerunek").
    @Test func reviewedTermsAreUsedEverywhere() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dictionary = try String(contentsOf: root.appendingPathComponent("datasets/variables.yaml"), encoding: .utf8)
        for text in ReportStrings.table(.lv).values + [dictionary] {
            #expect(!text.lowercased().contains("varmāk") && !text.lowercased().contains("saikne"), "\(text.prefix(80))")
        }
        for text in ReportStrings.table(.pl).values + [dictionary] { #expect(!text.lowercased().contains("wizerun"), "\(text.prefix(80))") }
        #expect(dictionary.contains("lv: \"Vardarbības veicēja saistība ar bērnu\""))
        #expect(dictionary.contains("pl: \"Wykorzystywanie seksualne z użyciem intymnych zdjęć lub nagrań\""))
        #expect(ReportStrings(.lv)["h.perpetratorSurvey"].hasPrefix("Vardarbības veicēja saistība ar bērnu"))
    }
}
