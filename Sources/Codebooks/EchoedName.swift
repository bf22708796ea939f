import Privacy

/// The one rule for text read from an input (a header, a codebook key or code, a dictionary
/// variable, a data value) that a message may quote.
///
/// A message quotes such a text only when it is code-like (see ``isPlain(_:)``): lower-case
/// ASCII words of letters and digits joined by `_` or `-`, a short number, or a code of one or
/// two letters or digits, and even then not when a part reads as a person's name, a street
/// address or an e-mail address. Anything else is described by its position (`header #3`,
/// `code 2 of 5`, or the file, line and column that the message gives). Headers and codebooks
/// are typed by people who also have the data open: a header may be a data row (a file with
/// its header row missing), a mistyped key or a category may be a name, and a name the
/// identifier guard does not read (`Pawlak`, `Kowalskiej`, `matki_Anny`) is still a name.
package enum EchoedName {
    /// The most characters of a name a message shows.
    package static let maximumCharacters = 60

    /// The most characters of a text that a message shows as a plain name.
    package static let maximumPlainCharacters = 40

    /// How a message names the header at `index` (from 0): `column "name"` when the name is
    /// plain (see ``isPlain(_:)``), else `header #N` only.
    package static func column(_ name: String, at index: Int) -> String {
        isPlain(name) ? "column \"\(name)\"" : "header #\(index + 1)"
    }

    /// How a message quotes a text read from a codebook or a dictionary (a key, a variable, a
    /// category, an encoding): `"text"` when it is plain (see ``isPlain(_:)``), else `otherwise`;
    /// the message gives the text's file, line and column.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - otherwise: what the message says instead, a description by position where there is one.
    package static func quoted(_ text: String, otherwise: String = "(text not shown)") -> String {
        isPlain(text) ? "\"\(text)\"" : otherwise
    }

    /// How a message names a variable of the dictionary or the codebook: `variable "name"`
    /// when the name is plain, else `a variable` and the position the message gives.
    package static func variable(_ name: String) -> String {
        isPlain(name) ? "variable \"\(name)\"" : "a variable (name not shown)"
    }

    /// How a message names a codebook column key: `column "key"` when it is plain, else
    /// `the column at this position` (the message gives the key's file, line and column).
    package static func key(_ key: String) -> String {
        isPlain(key) ? "column \"\(key)\"" : "a column (name not shown)"
    }

    /// How a message quotes a command-line argument (a variable, an option's value, a source):
    /// `"text"` when it is plain or plain parts joined by `=` or `,` (`sex=nosuch`,
    /// `country,year`), else `(as typed; not shown)`. A person may type a name, an e-mail
    /// address or a phone number where a variable belongs, and terminal logs keep messages.
    package static func argument(_ text: String) -> String {
        let parts = text.split(separator: /[=,]/, omittingEmptySubsequences: false)
        let plain = !parts.isEmpty && parts.allSatisfy { isPlain(String($0)) } && isPlain(text.replacing(/[=,]/, with: "_"))
        return plain ? "\"\(text)\"" : "(as typed; not shown)"
    }

    /// A text as a message shows it without quotes (a variable's name in `gives age a value`):
    /// the text when it is plain, else `otherwise`.
    package static func plain(_ text: String, otherwise: String = "(name not shown)") -> String {
        isPlain(text) ? text : otherwise
    }

    /// A list of texts for a message (categories, codes): the plain ones, at most `limit`, then
    /// how many are not shown: `male, female and 2 more not shown`.
    ///
    /// - Parameters:
    ///   - texts: the texts, in the order to show them.
    ///   - quoting: whether each shown text is put in double quotes.
    ///   - limit: the most texts shown.
    package static func listed(_ texts: [String], quoting: Bool = false, limit: Int = 20) -> String {
        let plain = texts.filter(isPlain)
        let shown = plain.prefix(limit).map { quoting ? "\"\($0)\"" : $0 }
        let hidden = texts.count - shown.count
        guard hidden > 0 else { return shown.joined(separator: ", ") }
        let rest = "\(hidden) \(shown.isEmpty ? "" : "more ")not shown"
        return shown.isEmpty ? rest : shown.joined(separator: ", ") + " and " + rest
    }

    /// Whether a text may be shown as it is: code-like, and not read as a name.
    ///
    /// Code-like is one of: a number of at most four digits (`2`, `-9`, `12.5`); a code of one
    /// or two ASCII letters or digits (`M`, `DK`, `K1`); or lower-case letters (ASCII and those
    /// of Latvian, Lithuanian and Polish) and digits in parts joined by single `_` or `-` (`q1`,
    /// `wiek_ofiary`, `csa_2019`, `płeć`), at most four digits and ``maximumPlainCharacters``
    /// characters. Capitals and other scripts are never shown (`Pawlak`, `Mergaitė`, `Svars`):
    /// no list tells a surname from a word. The checks below read the letters without their
    /// diacritics (`bērziņam` as `berzinam`).
    /// A code-like text is still hidden when a part is a common first name or a form of one
    /// (`jan`, `anny`, `jonas`), a common surname or a form of one (`nowakowi`, `pawlak`), a word
    /// with a surname ending (`kowalskiej`, `petraicio`, `berzinam`), a word beside or glued to
    /// a house number (`dluga_5`, `dluga5a`; survey words such as `wave_2` excepted), a word for
    /// `@` or a mail host and domain ending (`jan_kowalski_at_wp_pl`, `jan_gmail_com`), or when
    /// the identifier guard refuses it.
    package static func isPlain(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumPlainCharacters else { return false }
        if isShortNumber(text) || isShortCode(text) { return true }
        guard let folded = lowerCaseCode(text) else { return false }
        let parts = folded.split { $0 == "-" || $0 == "_" }
        if parts.contains(where: readsAsPersonName) || readsAsEmailAddress(parts) || readsAsAddress(parts) { return false }
        let spaced = String(text.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return PIIGuard().classify(text) == nil && PIIGuard().classify(spaced) == nil
    }

    /// A number of at most four digits, with a sign and a decimal point or comma (`-9`, `12,5`).
    private static func isShortNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let digits = body.count { $0.isASCII && $0.isNumber }
        let marks = body.count { $0 == "." || $0 == "," }
        return digits >= 1 && digits <= 4 && marks <= 1 && digits + marks == body.count && body.first?.isNumber == true
            && body.last?.isNumber == true
    }

    /// A code of one or two ASCII letters or digits (`M`, `DK`, `k2`).
    private static func isShortCode(_ text: String) -> Bool {
        text.count <= 2 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The text with the lower-case letters of Latvian, Lithuanian and Polish made ASCII
    /// (`płeć` is `plec`, `bērziņam` is `berzinam`) when it is lower-case letters of those
    /// languages and ASCII digits in parts joined by single `_` or `-`, a letter first, at most
    /// four digits; else nil.
    private static func lowerCaseCode(_ text: String) -> String? {
        var folded = ""
        var digits = 0
        var previous: Character = "_"
        for character in text {
            switch character {
            case "a"..."z": folded.append(character)
            case "0"..."9":
                guard previous != "_" || !folded.isEmpty else { return nil }
                digits += 1
                folded.append(character)
            case "_", "-":
                guard previous != "_" && previous != "-" else { return nil }
                folded.append(character)
            default:
                guard let ascii = EchoedNameWords.foldedLetters[character] else { return nil }
                folded.append(ascii)
            }
            previous = character
        }
        guard previous != "_" && previous != "-", digits <= 4, folded.first?.isLetter == true else { return nil }
        return folded
    }

    /// Whether a part reads as a person's name: a common first name or surname of Poland,
    /// Latvia or Lithuania or an inflected form of one (a stem of at least three letters and at
    /// most three letters more: `anny`, `jono`, `nowakowi`), or a word of six or more letters
    /// with a surname ending, inflected ones too (`kowalskiej`, `petraitienes`, `berzinam`);
    /// ordinary words that end like a surname (`miejski`) excepted. Digits after the letters
    /// (`ania2011`, `jonas7`) are a handle's and do not hide the name.
    private static func readsAsPersonName(_ part: Substring) -> Bool {
        // A handle's digits glued to the name (`ania2011`) leave the name.
        let word = String(part.prefix(while: \.isLetter))
        guard !word.isEmpty, part.dropFirst(word.count).allSatisfy(\.isNumber) else { return false }
        if EchoedNameWords.firstNames.contains(word) || EchoedNameWords.surnames.contains(word)
            || EchoedNameWords.wholeNames.contains(word)
        {
            return true
        }
        guard !EchoedNameWords.ordinaryWords.contains(word) else { return false }
        if EchoedNameWords.nameStems.contains(where: { word.count <= $0.count + 3 && word.hasPrefix($0) }) { return true }
        return word.count >= 6 && EchoedNameWords.surnameEndings.contains { word.hasSuffix($0) }
    }

    /// Whether the parts hold a word for `@` or end in a mail host and a domain ending
    /// (`jan_kowalski_at_wp_pl`, `jankowalski_wp_pl`): an e-mail address with its `@` and dots
    /// written as `_`.
    private static func readsAsEmailAddress(_ parts: [Substring]) -> Bool {
        if parts.count >= 2, parts.contains(where: { EchoedNameWords.atWords.contains(String($0)) }) { return true }
        guard parts.count >= 2 else { return false }
        let host = String(parts[parts.count - 2])
        let ending = String(parts[parts.count - 1])
        return EchoedNameWords.mailHosts.contains(host) && EchoedNameWords.domainEndings.contains(ending)
    }

    /// Whether a word of four or more letters stands beside a house number (`dluga_5a`,
    /// `5_dluga`) or is glued to one (`dluga5`): a street address. A house number is one to
    /// three digits with a letter after them or not; survey words (`wave_2`, `item5`,
    /// `klasa_6`) and words of three letters or fewer (`q_5`, `j21a`) are not street names.
    private static func readsAsAddress(_ parts: [Substring]) -> Bool {
        func houseNumber(_ part: Substring) -> Bool {
            let digits = part.prefix(while: \.isNumber)
            let rest = part.dropFirst(digits.count)
            return (1...3).contains(digits.count) && rest.count <= 1 && rest.allSatisfy(\.isLetter)
        }
        func streetName(_ part: Substring) -> Bool {
            part.count >= 4 && part.allSatisfy(\.isLetter) && !EchoedNameWords.surveyWords.contains(String(part))
        }
        for part in parts {
            let letters = part.prefix(while: \.isLetter)
            let number = part.dropFirst(letters.count)
            if streetName(letters) && !number.isEmpty && houseNumber(number) { return true }
        }
        for index in parts.indices.dropFirst() {
            let (before, after) = (parts[index - 1], parts[index])
            if streetName(before) && houseNumber(after) { return true }
            if houseNumber(before) && streetName(after) { return true }
        }
        return false
    }

    /// A name cut to ``maximumCharacters`` with its control characters replaced by `?`.
    package static func shown(_ name: String) -> String {
        let kept = String(
            name.prefix(maximumCharacters).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
        return name.count > maximumCharacters ? kept + "… (\(name.count) characters)" : kept
    }
}
