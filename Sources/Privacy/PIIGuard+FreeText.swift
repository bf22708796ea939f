/// Names and street addresses written in free text.
///
/// Cheap, word-level rules that catch the forms case files use, and nothing cleverer:
///
/// - a name: a word such as `vārds`, `uzvārds`, `vardas`, `pavardė`, `imię`, `nazwisko`,
///   `name` or `surname` followed (after `:`, `-`, `i`, `un`, `ir`, `and` or another such
///   word) by two capitalised words: `vārds: Jānis Bērziņš`, `imię i nazwisko Jan Kowalski`;
/// - a name after a word for a relative, a role in the case or a form of address, in its
///   inflected forms (`matka`, `matki`, `ojczyma`, `ofiara`, `sprawca`, `varmāka`,
///   `smurtautojas`, `Pani`, `tėvo`, `brāļa`, ...; see ``PIIGuard/kinshipWords``), read the same
///   way: `matka: Anna Nowak`, `matki Anny Kowalskiej`, `matka pani Anna Kowalska`, `matka A.
///   Kowalska`, also after `był`, `bija`, `buvo`, `okazał się` (`sprawcą był Kowalski`); and two
///   capitalised words before such a word in brackets (`Anna Kowalska (matka)`);
/// - one word alone after such a word, other than an English one, when it reads as a surname
///   (`sprawca Kowalski`, `ojczym Nowak.`, `varmāka Bērziņš`, `syn Kacper`; see
///   ``PIIGuard/isLoneName(_:_:next:)``): capitalised, three letters or more, no listed word
///   (`sprawca Policja`, `matka Ukrainka`, `sprawca Nieznany`, `Matka Boża` are text), no
///   Latvian or Lithuanian locative (`tēvs Anglijā`, `tėvas Norvegijoje`), in capitals only with a
///   surname's ending (`SPRAWCA KOWALSKI`; `MATKA ZGŁOSIŁA` is text). Spaces, tabs and line breaks
///   all separate words; a word first on a new line is a name after a form of address or a role
///   word only when it ends that line too (`Pani` / `Nowak`; `rozmowa z panem` / `Dziewczynka
///   płakała` is text);
/// - a social-media profile address (`facebook.com/jonas.petraitis.75`) or a handle after a
///   network's name (`Instagram @ieva_petraityte2011`, `Skype: jonas.petraitis85`);
/// - an address: a capitalised word, a street word written after the name (`iela`, `ielā`,
///   `gatvė`, `g.`, `pr.`, `prospektas`, `prospekts`, `bulvāris`, `street`, `st.`, `al.`) and a
///   house number (`Brīvības iela 12`, `Gedimino pr. 5`, `Konstitucijos al. 7`); or a street word
///   written before the name (`ul.`, `ul`, `ulica`, `al.`, `aleja`, `os.`, `osiedle`, `pl.`), one to three capitalised
///   words and a house number (`ul. Długa 5`, `ul. Jana Pawła II 12/4`). Up to two words for a
///   number, a house or a flat may stand before the number (`nr`, `nr.`, `numer`, `m.`, `lok.`,
///   `dom`, `dz.`, `dzīvoklis`, `māja`, `namas`, `butas`, a colon, or one glued to the number:
///   `nr5`, `m.3`; `ul. Długa numer 5`, `ul. Długa m. 3`, `Gedimino g. namas 5`; after a
///   street word written before the name, only after a one-word name). A house number is a
///   word starting with a digit, at most six characters (`12`, `12a`, `12/4`, `12-4`);
/// - an address after a word for living somewhere or for an address (`mieszka`, `zam.`,
///   `adres`, `dzīvo`, `adrese`, `gyvena`, `adresas`, ...) and up to three linking words (`na`,
///   `przy`, `pie`, `:`, `zamieszkania`): one to three capitalised words and a house number of at
///   most three digits that no unit follows (`mieszka na Długiej 5`, `dzīvo Brīvības 12`,
///   `gyvena Gedimino 5`; `mieszka na Ukrainie 5 lat`, `dzīvo Rīgā 5 gadus` are text).
///
/// Capitalised means an upper-case letter then a letter of either case, so text in capitals
/// (`UL. MARSZAŁKOWSKA 10`) is read too, at the cost that `VARDS: NAV ZINAMS` (name
/// unknown, in capitals) is refused. Misses: a name without such a word before it
/// (`Jan Kowalski was ...`, `Kowalski J.`), names in lower case, a surname alone in capitals
/// without a surname's ending (`OJCZYM NOWAK`), a name first on a line that goes on after it
/// (`Pani` / `Nowak zgłosiła się`), an address whose words for living somewhere stand apart
/// from the street (`mieszka z babcią na Długiej 5`), a street in the locative without such a word
/// or a street word (`spotkanie na Długiej 5`), a birth date in running text
/// (`ur. 01.01.1985`), addresses without a house number, and words matched case-sensitively
/// outside ASCII (`VĀRDS`). False positives: a capitalised phrase after `name` or a role word
/// (`school name Riga Centre`, `Pani Dyrektor Szkoły`, `Victim Support Unit`), one capitalised
/// word after a role word that is no listed word, such as a place in a locative the rule does
/// not know (`tėvas Londone`) or a first name (`syn Kacper`, refused on purpose), and a small
/// number after a place and a word for living there with no unit (`mieszka na Ukrainie 5`);
/// all rare in survey and case data.
extension PIIGuard {
    /// What a word is to the name and address reading: its classes in ``wordClasses``, ASCII
    /// letters compared without case. One look-up per word.
    static func classes(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> WordClass {
        guard word.count <= 32 else { return [] }
        return wordClasses[field[word].map { $0.isLetter ? $0 | 0x20 : $0 }] ?? []
    }

    /// Whether free text holds a name after a name word, a kinship or role word, a name before
    /// a kinship word in brackets, a social-media handle, or a street address with a number.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func nameOrAddressKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        if profileAddressFound(in: field) { return .socialMediaHandle }
        var words = TextWords(field)
        var previous: Range<Int>? = nil
        var beforePrevious: Range<Int>? = nil
        var thirdPrevious: Range<Int>? = nil
        while var word = words.next() {
            var found = classes(field, word)
            let kinship = found.contains(.kinship)
            if kinship, let previous, let beforePrevious, let mark = markBefore(field, word),
                isNamePart(field, previous), isNamePart(field, beforePrevious),
                mark == 0x28 || mark == 0x5B
                    || ([previous, beforePrevious].allSatisfy { isPlainName(field, $0) }
                        && !(thirdPrevious.map { isNamePart(field, $0) } ?? false))
            {
                return .personName  // `Anna Kowalska (matka)`, `Jan Kowalski, ojczym dziecka`
            }
            if let name = gluedInitial(field, word), !classes(field, name).contains(.title) {
                return .personName  // `p.Kowalski`
            }
            if found.contains(.platform), handleFollows(field, after: words) { return .socialMediaHandle }
            if isBareHandle(field, word) { return .socialMediaHandle }
            if found.contains(.surnameAfter), let previous, isGenitiveSurname(field, previous) {
                return .personName  // `Bērziņa kundze`
            }
            if kinship || found.contains(.name) || found.contains(.honorific) {
                let needed = found.contains(.surname) ? 1 : 2
                let (name, last, rest) = nameFollows(
                    field, after: words, needed: needed, honorific: found.contains(.honorific), lone: found.contains(.loneName))
                if name { return .personName }
                // A name word among the words skipped would skip the same words and fail the same way,
                // so the reading goes on after them: one pass, not a pass per name word.
                if let last {
                    word = last
                    words = rest
                    found = classes(field, last)
                }
            }
            if found.contains(.streetAfter), let previous,
                isCapitalised(field, previous) || isLithuanianGenitivePlural(field, previous)
                    || (found.contains(.streetAfterSpelled) && isLetterWord(field, previous)),
                houseNumberFollows(field, words)
            {
                return .streetAddress
            }
            if let previous, isCapitalised(field, previous), gluedStreetWord(field, word, before: false) != nil {
                return .streetAddress  // `Savanorių g.15`
            }
            if let name = gluedStreetWord(field, word, before: true),
                addressFollows(field, after: words, glued: field[name].allSatisfy(\.isDigit) ? nil : name)
            {
                return .streetAddress  // `ul.Długa 5`, `ul.3 Maja 12`
            }
            if found.contains(.streetBefore)
                && addressFollows(field, after: words, lowerCase: lowerCased(field, word) == streetWordBeforeSpelled)
            {
                return .streetAddress
            }
            if found.contains(.town) && addressFollows(field, after: words, shortNumber: true) { return .streetAddress }
            if found.contains(.residence) && residenceAddressFollows(field, after: words) { return .streetAddress }
            thirdPrevious = beforePrevious
            beforePrevious = previous
            previous = word
        }
        return nil
    }

    /// `needed` capitalised words (or initials, `A.`) after optional connectors, name words and
    /// kinship words (`matka pani Anna`, `matka to Anna`), with particles between them
    /// (`Anna von Kowalska`); also the last word skipped, if any, and the words after it.
    ///
    /// After a form of address (`honorific`, or one skipped), one capitalised word is enough
    /// (`Pani Nowak`); titles are skipped (`Pani Dyrektor Kowalska`), and a first capitalised
    /// word that names an institution or a town is not a name (`kurator Sądu Rejonowego`).
    /// After a role word that may stand before a surname alone (`lone`), one word that reads as
    /// one is enough (`sprawca Kowalski`; see ``isLoneName(_:_:next:)``).
    private static func nameFollows(
        _ field: UnsafeBufferPointer<UInt8>, after start: TextWords, needed: Int, honorific: Bool, lone: Bool
    ) -> (found: Bool, lastSkipped: Range<Int>?, rest: TextWords) {
        var words = start
        var lastSkipped: Range<Int>? = nil
        var rest = start
        var capitalised = 0
        var addressed = honorific
        var lone = lone
        while let word = words.next() {
            let found = classes(field, word)
            if capitalised == 0 && !found.isDisjoint(with: [.connector, .name, .kinship, .title]) {
                // A title in lower case is a description (`z panią pedagog`), not a form of address,
                // and two capitalised words are needed after it (`Rozmowa z panią pedagog Rozmowa z dzieckiem`).
                addressed = found.contains(.honorific) || (addressed && (!found.contains(.title) || isCapitalised(field, word)))
                lone = lone && (!found.contains(.title) || isCapitalised(field, word))
                lastSkipped = word
                rest = words
                continue
            }
            if capitalised == 0 && !found.isDisjoint(with: [.institution, .town, .ordinary]) { return (false, lastSkipped, rest) }
            if capitalised == 0 && addressed && isNamePart(field, word)
                && (!lineBreakBefore(field, word) || isLoneName(field, word, next: words.peek()))
            {
                return (true, lastSkipped, rest)  // `Pani Nowak`, `Pani` / `Nowak` on a line of its own
            }
            if capitalised == 0 && lone && isLoneName(field, word, next: words.peek()) { return (true, lastSkipped, rest) }
            if capitalised > 0 && found.contains(.particle) { continue }
            if capitalised == 0 && needed == 2 && found.contains(.firstName), let next = words.peek(),
                hasSurnameEnding(field, next)
            {
                return (true, lastSkipped, rest)  // `matka: anna kowalska`
            }
            guard isNamePart(field, word) else { return (false, lastSkipped, rest) }
            capitalised += 1
            if capitalised == needed { return (true, lastSkipped, rest) }
        }
        return (false, lastSkipped, rest)
    }

    /// Whether a word is capitalised (see ``isCapitalised(_:_:)``) or an initial: one capital
    /// letter and a full stop (`A.`), or one capital letter before an apostrophe or a hyphen
    /// (the `O` of `O'Brien`).
    private static func isNamePart(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        if isCapitalised(field, word) { return true }
        let first = field[word.lowerBound]
        guard (0x41...0x5A).contains(first) else { return false }
        if word.count == 2 { return field[word.lowerBound + 1] == 0x2E }
        guard word.count == 1, word.upperBound < field.count else { return false }
        return field[word.upperBound] == 0x27 || field[word.upperBound] == 0x2D
    }

    /// Whether a word of five or more bytes ends like a surname (see ``surnameEndings``).
    private static func hasSurnameEnding(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        hasSurnameEnding(field[word])
    }

    /// Whether bytes of five or more end like a surname (see ``surnameEndings``).
    static func hasSurnameEnding<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard bytes.count >= 5 else { return false }
        return surnameEndings.contains { ending in ending.count < bytes.count && bytes.suffix(ending.count).elementsEqual(ending) }
    }

    /// Whether a line break stands between `word` and the word before it (a capitalised word
    /// on a new line starts a sentence).
    static func lineBreakBefore(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound - 1
        while index >= 0 && TextWords.isBreak(field[index]) {
            if field[index] == 0x0A || field[index] == 0x0D { return true }
            index -= 1
        }
        return false
    }

    /// The last byte before `word` other than a space when it is `(`, `[`, `,` or `-`.
    private static func markBefore(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt8? {
        var index = word.lowerBound - 1
        while index >= 0 && field[index] == 0x20 { index -= 1 }
        guard index >= 0, [0x28, 0x5B, 0x2C, 0x2D].contains(field[index]) else { return nil }
        return field[index]
    }

    /// Whether a capitalised word may be part of a name before a role word after a comma or a
    /// dash: no listed word but a first name (`Sąd Rejonowy, kurator`, `Rīga, māte`, `Dziecko, matka`). Two such
    /// words after a third capitalised one are an institution's name (`Ośrodek Pomocy
    /// Społecznej, pedagog`).
    private static func isPlainName(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        classes(field, word).subtracting([.firstName, .particle]).isEmpty
    }

    /// The name part of `p.` glued to a capitalised word (`p.Kowalski`).
    private static func gluedInitial(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int>? {
        guard word.count >= 4, field[word.lowerBound] | 0x20 == 0x70, field[word.lowerBound + 1] == 0x2E else { return nil }
        let rest = word.lowerBound + 2..<word.upperBound
        return isCapitalised(field, rest) ? rest : nil
    }

    /// Whether a word is capitalised and ends like a Latvian surname in the genitive, before
    /// `kungs` or `kundze` (`Bērziņa`, `Bērziņas`, `Balodes`; not `Cienījamā`).
    private static func isGenitiveSurname(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 4, isCapitalised(field, word), classes(field, word).isDisjoint(with: [.institution, .town, .title]) else {
            return false
        }
        let bytes = field[word]
        return bytes.last == 0x61 || bytes.suffix(2).elementsEqual([0x61, 0x73]) || bytes.suffix(2).elementsEqual([0x65, 0x73])
    }

    /// Whether a word of letters ends in `ų`, as Lithuanian street names in lower case do
    /// (`savanorių g. 15`).
    private static func isLithuanianGenitivePlural(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        isLetterWord(field, word) && field[word].suffix(2).elementsEqual([0xC5, 0xB3])
    }

    /// Whether a word is made of letters only, three bytes or more (`brīvības`).
    private static func isLetterWord(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count >= 3 && field[word].allSatisfy { $0.isLetter || $0 >= 0x80 }
    }

    /// A word's bytes with ASCII letters in lower case.
    static func lowerCased(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> [UInt8] {
        field[word].map { $0.isLetter ? $0 | 0x20 : $0 }
    }

    /// A street abbreviation glued to what follows it: with `before`, `ul.`, `al.`, `os.` or
    /// `pl.` glued to the street's name (`ul.Długa`; in lower case after `ul.` only), and the
    /// name's part of the word is returned; otherwise `g.`, `pr.` or `al.` glued to a house
    /// number (`g.15`, `pr.9-3`), and the number's part is returned.
    private static func gluedStreetWord(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, before: Bool) -> Range<Int>? {
        guard let dot = field[word].firstIndex(of: 0x2E), dot + 1 < word.upperBound else { return nil }
        let abbreviation = lowerCased(field, word.lowerBound..<dot + 1)
        let rest = dot + 1..<word.upperBound
        if before {
            guard ["ul.", "al.", "os.", "pl."].contains(where: { Array($0.utf8) == abbreviation }) else { return nil }
            let day = rest.count <= 2 && field[rest].allSatisfy(\.isDigit)
            return isCapitalised(field, rest) || (abbreviation == streetWordBeforeSpelled && (isLetterWord(field, rest) || day))
                ? rest : nil
        }
        guard ["g.", "pr.", "al."].contains(where: { Array($0.utf8) == abbreviation }), isHouseNumber(field, rest) else { return nil }
        return rest
    }

    /// One to three capitalised words, then a house number (with `shortNumber`, one of at most
    /// three digits before anything else, so that a year is not one). With `lowerCase`, the
    /// first word may be in lower case (`ul. długa 5`); a `glued` name counts as the first word
    /// (`ul.Długa 5`); a day of at most two digits may come first (`ul. 3 Maja 5`). With
    /// `notCounting`, a number followed by a unit is a count, not a house number
    /// (`mieszka na Ukrainie 5 lat`; see ``unitWords``).
    static func addressFollows(
        _ field: UnsafeBufferPointer<UInt8>, after start: TextWords, shortNumber: Bool = false, lowerCase: Bool = false,
        glued: Range<Int>? = nil, notCounting: Bool = false
    ) -> Bool {
        var words = start
        var capitalised = glued == nil ? 0 : 1
        var day = false
        var signs = 0
        while let word = words.next() {
            // Only right after a one-word street name: `ul. Długa, Szkoła nr 5` is a school's number.
            if capitalised == 1 && signs < 2 && isNumberSign(field, word) {
                signs += 1  // `ul. Długa nr 5`, `ul. Długa numer 5`, `ul. Długa m. 3`
                continue
            }
            if capitalised == 1 && isSignedHouseNumber(field, word) { return true }  // `ul. Długa nr5`
            if capitalised > 0 && isHouseNumber(field, word) {
                if shortNumber && field[word].prefix(while: \.isDigit).count > 3 { return false }
                return !notCounting || !countFollows(field, words)
            }
            if capitalised == 0 && !day && word.count <= 2 && field[word].allSatisfy(\.isDigit) {
                day = true
                continue
            }
            let first = capitalised == 0 && lowerCase && isLetterWord(field, word)
            guard isCapitalised(field, word) || first || (capitalised > 0 && isRomanNumeral(field, word)), capitalised < 3 else {
                return false
            }
            capitalised += 1
        }
        return false
    }

    /// Whether a word starts with an upper-case letter followed by a letter of either case
    /// (`Jānis`, and in capitals `MARSZAŁKOWSKA`).
    static func isCapitalised(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 2 else { return false }
        var scalars = String(decoding: UnsafeBufferPointer(rebasing: field[word]), as: UTF8.self).unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next() else { return false }
        return first.properties.isUppercase && (second.properties.isLowercase || second.properties.isUppercase)
    }

    /// Whether a house number comes next, after at most two words for a number, a house or a
    /// flat if written (`Brīvības ielā Nr. 12`, `Gedimino g. namas 5`; see ``numberSignWords``).
    private static func houseNumberFollows(_ field: UnsafeBufferPointer<UInt8>, _ start: TextWords) -> Bool {
        var words = start
        var signs = 0
        while let next = words.next() {
            if signs < 2 && isNumberSign(field, next) {
                signs += 1
                continue
            }
            return isHouseNumber(field, next) || isSignedHouseNumber(field, next)
        }
        return false
    }

    /// Whether a word stands for a number, a house or a flat before a house number (`nr`, `Nr.`,
    /// `numer`, `m.`, `lok.`, `dz.`, `namas`, `butas`; see ``numberSignWords``).
    private static func isNumberSign(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 12 && numberSignWords.contains(lowerCased(field, word))
    }

    /// Whether a word is a house number: a digit first, at most six characters.
    static func isHouseNumber(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 6 && field[word.lowerBound].isDigit
    }

    /// Whether a word is a Roman numeral such as the II of `Jana Pawła II`.
    private static func isRomanNumeral(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 4 && field[word].allSatisfy { [0x49, 0x56, 0x58].contains($0) }
    }
}
