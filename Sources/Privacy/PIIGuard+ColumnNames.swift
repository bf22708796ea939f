import Foundation

/// Column names that announce a direct identifier: names, addresses, dates of birth.
extension PIIGuard {
    /// Words (case and diacritics folded) that make a column a person's name.
    static let nameColumnWords: Set<String> = [
        "vards", "uzvards", "vardas", "pavarde", "imie", "imiona", "nazwisko", "name", "surname", "firstname", "lastname",
        "fullname", "forename",
    ]
    /// Words that make a column a street address.
    static let addressColumnWords: Set<String> = ["adrese", "adresas", "adres", "address", "iela", "gatve", "ulica", "street"]
    /// Phrases (consecutive words) that make a column a date of birth.
    static let birthDatePhrases: [[String]] = [
        ["dzimsanas", "datums"], ["dzimsanas", "diena"], ["gimimo", "data"], ["data", "urodzenia"], ["date", "of", "birth"],
        ["birth", "date"], ["dob"], ["birthdate"], ["birthday"],
    ]

    /// Whether a column's name says it holds a direct identifier.
    ///
    /// The name is folded (case and diacritics: `Pavardė` is `pavarde`) and split into words
    /// at anything that is not a letter or digit, so `vārds_uzvārds`, `Imię`, `date of birth`
    /// and `gimimo_data` are all found, but `data_badania` (survey date) and `dzimšanas_gads`
    /// (year of birth, a quasi-identifier that surveys need) are not. A name column is one with
    /// a word such as `vārds`, `vardas`, `imię`, `nazwisko` or `name`; an address column one
    /// with `adrese`, `adresas`, `adres`, `address`, `iela`, `gatvė`, `ulica` or `street`.
    ///
    /// - Parameter name: the column's header.
    /// - Returns: ``IdentifierKind/personName``, ``IdentifierKind/streetAddress``,
    ///   ``IdentifierKind/birthDate``, or `nil`.
    public static func identifierColumnKind(named name: String) -> IdentifierKind? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        for phrase in birthDatePhrases where words.count >= phrase.count {
            for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
                return .birthDate
            }
        }
        if words.contains(where: nameColumnWords.contains) { return .personName }
        if words.contains(where: addressColumnWords.contains) { return .streetAddress }
        return nil
    }
}
