import Privacy

/// A name read from an input file (a header, a column) as a message may show it.
///
/// A header name can be a megabyte long or hold line breaks; a diagnostic is one line. The
/// name is cut to ``maximumCharacters`` and its control characters are replaced by `?`; the
/// length of what was cut is said instead of shown.
package enum EchoedName {
    /// The most characters of a name a message shows.
    package static let maximumCharacters = 60

    /// The most characters of a header that a message shows as a plain name.
    package static let maximumPlainCharacters = 40

    /// How a message names the header at `index` (from 0): `column "name"` when the name is plain
    /// (one word of letters of any script, ASCII digits and `_`, parts joined by single hyphens;
    /// at most one part capitalised, at most four digits, at most ``maximumPlainCharacters``
    /// characters, no space, `.`, `@`, `:` or `/`, nothing the identifier guard refuses, also
    /// with its `-` and `_` read as spaces), else `header #N` only. Headers are data too: a file
    /// with a missing header row has a record in it, and a header the guard does not read as an
    /// identifier may still be one (`Jan Kowalski`, `ul Długa 5`, `jan.kowalski na wp.pl`).
    package static func column(_ name: String, at index: Int) -> String {
        isPlain(name) ? "column \"\(name)\"" : "header #\(index + 1)"
    }

    /// How a message quotes a text read from a codebook or a dictionary (a key, a variable, a
    /// category, an encoding): `"text"` when it is plain (see ``isPlain(_:)``), else a note that
    /// it is not shown; the message gives the text's file, line and column instead. Codebooks
    /// are typed by people who also have the data open, and a mistyped key may be a name.
    package static func quoted(_ text: String) -> String {
        isPlain(text) ? "\"\(text)\"" : "(text not shown)"
    }

    /// Whether a header may be shown as it is (see ``column(_:at:)``).
    package static func isPlain(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= maximumPlainCharacters else { return false }
        var digits = 0
        var previous: Character = " "
        for character in name {
            if character.isNumber {
                guard character.isASCII else { return false }
                digits += 1
            } else if character == "-" {
                // Between parts only: not first, last or doubled.
                guard previous != "-" else { return false }
            } else if !(character.isLetter || character == "_") {
                return false
            }
            previous = character
        }
        guard previous != "-" && digits <= 4 else { return false }
        // `Jan_Kowalski`, `Jānis-Bērziņš`: more than one capitalised part reads as a name.
        let parts = name.split { $0 == "-" || $0 == "_" }
        guard parts.count(where: { $0.first?.isUppercase == true }) <= 1 else { return false }
        // Glued capitals (`JanKowalski`, `ANowak`, `JanKOWALSKI`) are several parts too.
        let letters = Array(name)
        for index in letters.indices.dropFirst() where letters[index].isUppercase {
            let before = letters[index - 1]
            let upperThenLower = before.isUppercase && index + 1 < letters.count && letters[index + 1].isLowercase && index >= 2
            if before.isLowercase || upperThenLower || (before.isUppercase && index == 1 && letters.count > 2 && letters[2].isLowercase) {
                return false
            }
        }
        // A word then a house number (`Długa_5`, `Gedimino_pr_5`) reads as an address, and a word
        // for `@` between parts (`jan_kowalski_at_wp_pl`) as an e-mail.
        let atWords: Set<String> = ["at", "pie", "malpa", "małpa", "eta"]
        if parts.count >= 2, parts.contains(where: { atWords.contains($0.lowercased()) }) { return false }
        for index in parts.indices.dropFirst() where parts[index].allSatisfy(\.isNumber) {
            let word = parts[index - 1]
            if word.allSatisfy(\.isLetter) && ((word.count >= 2 && word.first?.isUppercase == true) || parts.count >= 3) { return false }
        }
        if parts.contains(where: { readsAsPersonName($0, among: parts.count) }) || readsAsEmailAddress(parts) { return false }
        if readsAsAddress(parts) { return false }
        let spaced = String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return PIIGuard().classify(name) == nil && PIIGuard().classify(spaced) == nil
    }

    /// Whether a part reads as a person's name in any casing: a common surname of Poland,
    /// Latvia or Lithuania (`Nowak`, `kowalski`), a surname ending (`-ski`, `-cka`, `-iņš`,
    /// `-aitis`, `-ienė`, ...) on a word of six or more letters, or, beside another part, a
    /// common first name (`jan_kowalski`). Variable names such as `miejski` are hidden too; the
    /// message then gives the file, line and column.
    private static func readsAsPersonName(_ part: Substring, among count: Int) -> Bool {
        let word = part.lowercased()
        guard word.allSatisfy(\.isLetter) else { return false }
        if EchoedNameWords.surnames.contains(word) || (count >= 2 && EchoedNameWords.firstNames.contains(word)) { return true }
        guard !EchoedNameWords.ordinaryWords.contains(word) else { return false }
        return word.count >= 6 && EchoedNameWords.surnameEndings.contains { word.hasSuffix($0) }
    }

    /// Whether the parts end in a mail host and a domain ending (`jan_kowalski_gmail_com`,
    /// `jankowalski_wp_pl`): an e-mail address with its `@` and dots written as `_`.
    private static func readsAsEmailAddress(_ parts: [Substring]) -> Bool {
        guard parts.count >= 3 else { return false }
        let host = parts[parts.count - 2].lowercased()
        let ending = parts[parts.count - 1].lowercased()
        return EchoedNameWords.mailHosts.contains(host) && EchoedNameWords.domainEndings.contains(ending)
    }

    /// Whether a word stands beside a house number (`Długa_5a`, `5_Długa`, `dluga_5a`) or is
    /// glued to one (`Długa5`): a street address. A house number is one to three digits, with
    /// a letter after them or not; a word of two letters or fewer (`q`, `j21a`) is a question
    /// number, and a lower-case word before plain digits (`wave_2`, `csa_2019`) a variable.
    private static func readsAsAddress(_ parts: [Substring]) -> Bool {
        func houseNumber(_ part: Substring) -> (Bool, lettered: Bool) {
            let digits = part.prefix(while: \.isNumber)
            let rest = part.dropFirst(digits.count)
            let ok = (1...3).contains(digits.count) && rest.count <= 1 && rest.allSatisfy(\.isLetter)
            return (ok, !rest.isEmpty)
        }
        func isWord(_ part: Substring) -> Bool { part.count >= 3 && part.allSatisfy(\.isLetter) }
        for part in parts {
            let letters = part.prefix(while: \.isLetter)
            let number = part.dropFirst(letters.count)
            if letters.count >= 3 && letters.first?.isUppercase == true && !number.isEmpty && houseNumber(number).0 { return true }
        }
        for index in parts.indices.dropFirst() {
            let (before, after) = (parts[index - 1], parts[index])
            let number = houseNumber(after)
            if isWord(before) && number.0 && (before.first?.isUppercase == true || number.lettered) { return true }
            if houseNumber(before).0 && isWord(after) && after.first?.isUppercase == true { return true }
        }
        return false
    }

    package static func shown(_ name: String) -> String {
        let kept = String(
            name.prefix(maximumCharacters).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
        return name.count > maximumCharacters ? kept + "… (\(name.count) characters)" : kept
    }
}
