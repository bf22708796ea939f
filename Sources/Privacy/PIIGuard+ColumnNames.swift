import Foundation

/// Column names that announce a direct identifier: names, addresses, dates of birth,
/// national personal codes and e-mail addresses.
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
        ["birth", "date"], ["dob"], ["d", "o", "b"], ["birthdate"], ["birthday"], ["data", "ur"], ["data", "urodz"],
        ["dzim", "datums"], ["dz", "datums"], ["gim", "data"],
    ]
    /// Phrases that make a column a national personal code or an e-mail address (the values
    /// may be masked, mistyped or truncated, so the checksum check alone would miss them).
    static let codeColumnPhrases: [(phrase: [String], kind: IdentifierKind)] = [
        (["pesel"], .polishPESEL), (["asmens", "kodas"], .lithuanianPersonalCode), (["ak"], .lithuanianPersonalCode),
        (["personas", "kods"], .latvianPersonalCode), (["pers", "kods"], .latvianPersonalCode), (["email"], .emailAddress),
        (["e", "mail"], .emailAddress), (["epasts"], .emailAddress), (["e", "pasts"], .emailAddress),
        (["el", "pastas"], .emailAddress),
    ]

    /// Whether a column's name says it holds a direct identifier.
    ///
    /// The name is folded (case and diacritics: `Pavardė` is `pavarde`) and split into words
    /// at anything that is not a letter or digit, so `vārds_uzvārds`, `Imię`, `date of birth`
    /// and `gimimo_data` are all found, but `data_badania` (survey date) and `dzimšanas_gads`
    /// (year of birth, a quasi-identifier that surveys need) are not. A name column is one with
    /// a word such as `vārds`, `vardas`, `imię`, `nazwisko` or `name`; an address column one
    /// with `adrese`, `adresas`, `adres`, `address`, `iela`, `gatvė`, `ulica` or `street`.
    /// Abbreviations count too: `D.O.B.`, `data_ur`, `dzim_datums`. A column named `PESEL`,
    /// `asmens kodas`, `AK`, `personas kods`, `e-mail` or `e-pasts` is refused for the code it
    /// names. HTML tags in a name are read through (`PES<wbr>EL`, `vārds<br>uzvārds`). Phone
    /// columns are not refused by name (`telefon` is also a survey question
    /// about owning one); their values are checked as everywhere.
    ///
    /// - Parameter name: the column's header.
    /// - Returns: ``IdentifierKind/personName``, ``IdentifierKind/streetAddress``,
    ///   ``IdentifierKind/birthDate``, the kind of code named, or `nil`.
    package static func identifierColumnKind(named name: String) -> IdentifierKind? {
        guard name.contains("<") else { return wordsKind(of: name) }
        // HTML tags are read as nothing (`PES<wbr>EL`) and as a space (`vārds<br>uzvārds`).
        let tag = "</?[A-Za-z][^<>]{0,100}>"
        return wordsKind(of: name.replacingOccurrences(of: tag, with: "", options: .regularExpression))
            ?? wordsKind(of: name.replacingOccurrences(of: tag, with: " ", options: .regularExpression))
    }

    /// Words that may join identifier column words in a header (`imię i nazwisko`, `date of birth`).
    static let columnConnectorWords: Set<String> = ["i", "un", "ir", "and", "of", "nr", "no"]

    /// Whether a header is nothing but identifier column words (`PESEL`, `imię_i_nazwisko`,
    /// `data urodzenia`), so a message may show it: a header with any other word
    /// (`nazwisko KOWALSKI`, `adres ul Długa 5`) may hold the identifier itself and is named by
    /// its position instead.
    ///
    /// - Parameter name: the header.
    /// - Returns: whether every word of the folded header is an identifier column word or a
    ///   connector, and the header is at most 40 characters.
    package static func isOnlyIdentifierColumnWords(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 40 else { return false }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            nameColumnWords.contains(word) || addressColumnWords.contains(word) || columnConnectorWords.contains(word)
                || birthDatePhrases.contains { $0.contains(word) } || codeColumnPhrases.contains { $0.phrase.contains(word) }
        }
    }

    /// The kind a column name's words announce (see ``identifierColumnKind(named:)``).
    private static func wordsKind(of name: String) -> IdentifierKind? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        if birthDatePhrases.contains(where: { contains(words, $0) }) { return .birthDate }
        if let code = codeColumnPhrases.first(where: { contains(words, $0.phrase) }) { return code.kind }
        if words.contains(where: nameColumnWords.contains) { return .personName }
        if words.contains(where: addressColumnWords.contains) { return .streetAddress }
        return nil
    }

    /// Whether `phrase` occurs as consecutive words of `words`.
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<$0 + phrase.count]) == phrase }
    }
}
