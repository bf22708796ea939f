/// A text a codebook gives once (`design: "two-stage"`) or per language
/// (`design: {en: two-stage, lv: divpakāpju}`): the report shows the text of its own language.
package struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// The languages a text may be given in.
    package static let languageCodes = ["en", "lv", "lt", "pl"]

    /// The text given without a language, nil when it is given per language.
    package var plain: String?
    /// The texts by language code (`en`, `lv`, `lt`, `pl`); empty for a plain text.
    package var languages: [String: String]

    /// A text given once, for every language.
    package init(_ text: String) {
        plain = text
        languages = [:]
    }

    package init(stringLiteral value: String) { self.init(value) }

    /// A text given per language.
    package init(languages: [String: String]) {
        plain = nil
        self.languages = languages
    }

    /// The text for a report in `language`.
    ///
    /// - Returns: the text in that language; otherwise the plain text; otherwise English, then
    ///   the first language given in the order en, lv, lt, pl. `fallback` is the code of the
    ///   language shown when the text was given per language but not in `language`, nil
    ///   otherwise.
    package func text(in language: String) -> (text: String, fallback: String?) {
        if let text = languages[language] { return (text, nil) }
        if let plain { return (plain, nil) }
        let code = Self.languageCodes.first { languages[$0] != nil } ?? languages.keys.sorted().first ?? language
        return (languages[code] ?? "", code)
    }

    /// Stored as a JSON string (a plain text, as before texts had languages) or an object of languages.
    package init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.init(text)
        } else {
            self.init(languages: try container.decode([String: String].self))
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let plain { try container.encode(plain) } else { try container.encode(languages) }
    }
}
