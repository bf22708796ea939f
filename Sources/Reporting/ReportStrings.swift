/// The fixed text of the report in one language: headings, column labels, footnotes and the
/// sentence patterns of the generated findings.
///
/// Every language has every key (a test checks it against English). Patterns hold named
/// placeholders such as `{k}` or `{country}`, filled by ``format(_:_:)``; sentences are
/// written so that the inserted names need no grammatical case (a colon or parentheses
/// introduce them), which keeps Latvian, Lithuanian and Polish correct.
package struct ReportStrings: Sendable {
    /// The language.
    package let language: ReportLanguage
    /// Key → text.
    package let table: [String: String]

    /// The strings of one language.
    package init(_ language: ReportLanguage) {
        self.language = language
        switch language {
        case .en: table = Self.allEnglish
        case .lv: table = Self.latvian.merging(Self.placesLatvian) { _, place in place }
        case .lt: table = Self.lithuanian.merging(Self.placesLithuanian) { _, place in place }
        case .pl: table = Self.polish.merging(Self.placesPolish) { _, place in place }
        }
    }

    /// The text of `key` (English if the language lacks it, the key itself if English does).
    package subscript(_ key: String) -> String {
        table[key] ?? Self.allEnglish[key] ?? key
    }

    /// The pattern `key` with its placeholders replaced, in the order given.
    package func format(_ key: String, _ values: [String: String]) -> String {
        values.keys.sorted().reduce(self[key]) { text, name in
            text.replacingOccurrences(of: "{\(name)}", with: values[name]!)
        }
    }

    /// Every key, from the English table.
    package static var keys: [String] { allEnglish.keys.sorted() }

    /// Every English string.
    static let allEnglish = english.merging(placesEnglish) { _, place in place }

    /// The tables of every language.
    package static func table(_ language: ReportLanguage) -> [String: String] { ReportStrings(language).table }
}
