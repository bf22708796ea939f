/// Names and addresses that free text gives in fewer words than the rest of
/// ``PIIGuard/nameOrAddressKind(in:)`` asks for: one surname after a role word
/// (`sprawca Kowalski`, `varmāka Bērziņš`), a name on a line of its own after a form of address
/// (`Pani` / `Nowak`), and a street after a word for living somewhere, without a street word
/// (`mieszka na Długiej 5`, `dzīvo Brīvības 12`, `zam. Długa 5`).
extension PIIGuard {
    /// Whether one word after a role word or a form of address reads as a surname on its own.
    ///
    /// It is capitalised, three letters or more (a full stop after it is allowed: `ojczym
    /// Nowak.`), and no listed word once in lower case, outside ASCII too (`Policja`, `Polka`,
    /// `Łotysz`, `Nieznany`, `Tak`; a first name is a name: `syn Kacper`). It does not end like a
    /// Latvian or Lithuanian locative (`tēvs Anglijā`, `tėvas Norvegijoje`; see
    /// ``locativeEndings``). In capitals it needs a surname's ending (`SPRAWCA KOWALSKI`; not
    /// `MATKA ZGŁOSIŁA`), no semicolon, question or exclamation mark stands before it
    /// (`Varmāka; Vai kādam pastāstīji?`), and a word first on its line must end that line too: a
    /// capitalised word that starts a sentence on a new line is no name (`rozmowa z panem` /
    /// `Dziewczynka płakała`).
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - word: the word after the role word.
    ///   - next: the word after it, if any.
    /// - Returns: whether the word is read as a name.
    static func isLoneName(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, next: Range<Int>?) -> Bool {
        let core = field[word.upperBound - 1] == 0x2E ? word.lowerBound..<word.upperBound - 1 : word
        guard core.count >= 3, core.count <= 40, isCapitalised(field, core), field[core].allSatisfy({ $0.isLetter || $0 >= 0x80 })
        else { return false }
        if lineBreakBefore(field, word), let next, !lineBreakBefore(field, next) { return false }
        if clauseEndBefore(field, word) { return false }
        let text = String(decoding: UnsafeBufferPointer(rebasing: field[core]), as: UTF8.self)
        let lower = Array(text.lowercased().utf8)
        guard (wordClasses[lower] ?? []).isSubset(of: .firstName),
            !locativeEndings.contains(where: { lower.count > $0.count && lower.suffix($0.count).elementsEqual($0) })
        else { return false }
        let capitals = text.unicodeScalars.dropFirst().first?.properties.isUppercase == true
        return !capitals || hasSurnameEnding(lower)
    }

    /// Whether a semicolon, a question mark or an exclamation mark stands between `word` and the
    /// word before it: a new clause starts there (`Varmāka; Vai kādam pastāstīji?`).
    private static func clauseEndBefore(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound - 1
        while index >= 0 && (TextWords.isBreak(field[index]) || field[index] == 0x3F || field[index] == 0x21) {
            if field[index] == 0x3B || field[index] == 0x3F || field[index] == 0x21 { return true }
            index -= 1
        }
        return false
    }

    /// Whether a street name and a house number follow a word for living somewhere, after at
    /// most three linking words (`mieszka na Długiej 5`, `mieszka przy Długiej 5`, `dzīvo
    /// Brīvības 12`, `gyvena Gedimino 5`, `adres zamieszkania: Długa 5`): one to three
    /// capitalised words, then a house number of at most three digits that no unit follows
    /// (`mieszka na Ukrainie 5 lat`, `dzīvo Rīgā 5 gadus` are text). `mieszka w Polsce` is read
    /// no further: `w` is no linking word.
    static func residenceAddressFollows(_ field: UnsafeBufferPointer<UInt8>, after start: TextWords) -> Bool {
        var words = start
        var skipped = 0
        while skipped < 3, let word = words.peek(), word.count <= 16, residenceLinkWords.contains(lowerCased(field, word)) {
            _ = words.next()
            skipped += 1
        }
        return addressFollows(field, after: words, shortNumber: true, notCounting: true)
    }

    /// Whether the words after a number make it a count (`5 lat`, `3 gadus`, `2 metus`) rather
    /// than a house number; `m.` is a count (Lithuanian years) unless a number follows it, as a
    /// flat's does (`Długiej 5 m. 3`).
    static func countFollows(_ field: UnsafeBufferPointer<UInt8>, _ start: TextWords) -> Bool {
        var words = start
        guard let next = words.next(), next.count <= 16 else { return false }
        let lower = lowerCased(field, next)
        guard unitWords.contains(lower) else { return false }
        guard lower == Array("m.".utf8) else { return true }
        return !(words.next().map { isHouseNumber(field, $0) } ?? false)
    }

    /// Whether a word is a house number glued to a word for a number or a flat (`nr5`, `Nr.12`,
    /// `m.3`, `dz.3`): the sign, then a digit, at most six characters after the sign.
    static func isSignedHouseNumber(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count <= 12, let digit = field[word].firstIndex(where: \.isDigit), digit > word.lowerBound,
            word.upperBound - digit <= 6
        else { return false }
        return numberSignWords.contains(lowerCased(field, word.lowerBound..<digit))
    }

    /// Words for a number, a house or a flat between a street's name and its number
    /// (`ul. Długa numer 5`, `ul. Długa nr. 5`, `ul. Długa m. 3`, `Brīvības iela dz. 3`,
    /// `Gedimino g. namas 5`), and a colon (`ul. Długa nr: 5`).
    static let numberSignWords: Set<[UInt8]> = Set(
        [
            "nr", "nr.", "numer", "no", "no.", "m", "m.", "lok", "lok.", "lokal", "lokalu", "mieszk.", "mieszkanie", "mieszkania",
            "dom", "domu", "dz", "dz.", "dzīv.", "dzīvoklis", "dzīvokļa", "māja", "mājas", "namas", "namo", "butas", "buto", "but.",
            "house", "flat", "apt.", ":",
        ].map { Array($0.utf8) })

    /// Words for living somewhere or for an address, after which a street name and a house
    /// number are an address without a street word (`mieszka na Długiej 5`).
    static let residenceWords: [[UInt8]] = [
        "mieszka", "mieszkał", "mieszkała", "mieszkają", "mieszkali", "zamieszkały", "zamieszkała", "zamieszkali", "zamieszkuje",
        "zam.", "zameldowany", "zameldowana", "przebywa", "adres", "dzīvo", "dzīvoja", "dzīv.", "dzīvesvieta", "adrese", "gyvena",
        "gyveno", "gyv.", "gyvenantis", "gyvenanti", "adresas", "lives", "lived", "resides", "address",
    ].map { Array($0.utf8) }

    /// Words between a word for living somewhere and the street's name (`mieszka na`, `mieszka
    /// przy`, `dzīvo pie`, `adres zamieszkania:`); `w` and `z` are not among them (`mieszka w
    /// Polsce`, `mieszka z Anną`).
    static let residenceLinkWords: Set<[UInt8]> = Set(
        [
            ":", "-", "na", "przy", "pie", "at", "on", "zamieszkania", "zameldowania", "pobytu", "stałego", "vieta", "vietas",
            "gyvenamoji", "gyvenamosios", "deklarētā", "faktiskā",
        ].map { Array($0.utf8) })

    /// Units after a number that make it a count, not a house number (`mieszka na Ukrainie 5
    /// lat`, `dzīvo Rīgā 5 gadus`, `gyvena Vilniuje 2 metus`).
    static let unitWords: Set<[UInt8]> = Set(
        [
            "lat", "lata", "rok", "roku", "lato", "miesięcy", "miesiące", "miesiąc", "mies.", "m-cy", "tyg.", "tygodni", "tygodnie",
            "dni", "dzień", "godz.", "godzin", "r.", "km", "osób", "osoby", "dzieci", "razy", "raz", "gadus", "gadi", "gadiem", "g.",
            "mēnešus", "mēneši", "mēn.", "nedēļas", "dienas", "cilvēki", "bērni", "reizes", "metus", "metai", "metų", "m.", "mėn.",
            "mėnesius", "mėnesių", "savaites", "vaikai", "kartus", "years", "year", "months", "weeks", "days", "miles", "people",
            "children", "times",
        ].map { Array($0.utf8) })

    /// Endings of Latvian and Lithuanian locatives (`Anglijā`, `Rīgā`, `Norvegijoje`,
    /// `Vilniuje`), which name a place, not a person, after a role word.
    static let locativeEndings: [[UInt8]] = ["ā", "ē", "ī", "ū", "oje", "ėje", "uje", "yje", "ije"].map { Array($0.utf8) }
}
