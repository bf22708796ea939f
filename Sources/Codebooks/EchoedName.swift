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
        let spaced = String(name.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return PIIGuard().classify(name) == nil && PIIGuard().classify(spaced) == nil
    }

    package static func shown(_ name: String) -> String {
        let kept = String(
            name.prefix(maximumCharacters).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
        return name.count > maximumCharacters ? kept + "… (\(name.count) characters)" : kept
    }
}
