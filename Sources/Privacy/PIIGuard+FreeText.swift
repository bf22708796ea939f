/// Names and street addresses written in free text.
///
/// Cheap, word-level rules that catch the forms case files use, and nothing cleverer:
///
/// - a name: a word such as `vārds`, `uzvārds`, `vardas`, `pavardė`, `imię`, `nazwisko`,
///   `name` or `surname` followed (after `:`, `-`, `i`, `un`, `ir`, `and` or another such
///   word) by two capitalised words: `vārds: Jānis Bērziņš`, `imię i nazwisko Jan Kowalski`;
/// - a name after a word for a relative or a role in the case (`matka`, `ojciec`, `ojczym`,
///   `māte`, `tēvs`, `motina`, `tėvas`, ...; see ``PIIGuard/kinshipWords``), read the same way:
///   `matka: Anna Nowak`, `mama — Ieva Bērziņa`; `matka zgłosiła sprawę` is text;
/// - an address: a capitalised word, a street word written after the name (`iela`, `ielā`,
///   `gatvė`, `g.`, `pr.`, `prospektas`, `prospekts`, `bulvāris`, `street`, `st.`, `al.`) and a
///   house number (`Brīvības iela 12`, `Gedimino pr. 5`, `Konstitucijos al. 7`); or a street word
///   written before the name (`ul.`, `ul`, `ulica`, `al.`, `aleja`, `os.`, `osiedle`, `pl.`), one to three capitalised
///   words and a house number (`ul. Długa 5`, `ul. Jana Pawła II 12/4`). A house number is a
///   word starting with a digit, at most six characters (`12`, `12a`, `12/4`, `12-4`).
///
/// Capitalised means an upper-case letter then a letter of either case, so text in capitals
/// (`UL. MARSZAŁKOWSKA 10`) is read too, at the cost that `VARDS: NAV ZINAMS` (name
/// unknown, in capitals) is refused. Misses: a name without such a word before it
/// (`Jan Kowalski was ...`), names in lower case, a birth date in running text
/// (`ur. 01.01.1985`), addresses without a house number or a street word, and words
/// matched case-sensitively outside ASCII (`VĀRDS`). False positives: a capitalised phrase
/// after `name` (`school name Riga Centre`), which is rare in survey and case data.
extension PIIGuard {
    /// Words after which capitalised words are a person's name.
    static let nameWords: [[UInt8]] = [
        "vārds", "vards", "uzvārds", "uzvards", "vārdu", "vardas", "pavardė", "pavarde", "imię", "imie", "imiona", "nazwisko",
        "name", "surname", "firstname", "lastname",
    ].map { Array($0.utf8) }
    /// Words for a relative or a role in a case, after which capitalised words are a person's
    /// name the same way (`matka: Anna Nowak`, `ojciec Jan Kowalski`, `tėvas Jonas Jonaitis`).
    static let kinshipWords: Set<[UInt8]> = Set(
        [
            "matka", "mama", "ojciec", "tata", "ojczym", "macocha", "brat", "siostra", "babcia", "dziadek", "wujek", "ciocia",
            "opiekun", "opiekunka", "sprawca", "sprawczyni", "syn", "córka", "corka", "konkubent", "partner", "māte", "mate", "mamma",
            "tēvs", "tevs", "tētis", "tetis", "patēvs", "patevs", "pamāte", "pamate", "brālis", "bralis", "māsa", "masa", "vecmāmiņa",
            "vectēvs", "motina", "tėvas", "tevas", "tėtis", "patėvis", "patevis", "pamotė", "pamote", "brolis", "sesuo", "senelė",
            "senelis", "mother", "father", "stepfather", "stepmother", "brother", "sister",
        ].map { Array($0.utf8) })

    /// Whether a word is one of ``kinshipWords``, ASCII letters compared case-insensitively.
    private static func isKinshipWord(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 3, word.count <= 12, !field[word.lowerBound].isDigit else { return false }
        return kinshipWords.contains(field[word].map { $0.isLetter ? $0 | 0x20 : $0 })
    }

    /// Words that may stand between a name word and the name.
    static let nameConnectors: [[UInt8]] = [":", "-", "i", "un", "ir", "and", "&", "/"].map { Array($0.utf8) }
    /// Street words written after the street's name.
    static let streetWordsAfter: [[UInt8]] = [
        "iela", "ielā", "gatvė", "gatve", "g.", "pr.", "prospektas", "prospekts", "bulvāris", "bulvaris", "street", "st.", "al.",
    ].map { Array($0.utf8) }
    /// Street words written before the street's name.
    static let streetWordsBefore: [[UInt8]] = ["ul.", "ul", "ulica", "al.", "aleja", "os.", "osiedle", "pl."].map { Array($0.utf8) }

    /// Whether free text holds a name after a name word, or a street address with a number.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func nameOrAddressKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        var words = TextWords(field)
        var previous: Range<Int>? = nil
        while var word = words.next() {
            if matches(field, word, nameWords) || isKinshipWord(field, word) {
                let (found, last, rest) = nameFollows(field, after: words)
                if found { return .personName }
                // A name word among the words skipped would skip the same words and fail the same way,
                // so the reading goes on after them: one pass, not a pass per name word.
                if let last {
                    word = last
                    words = rest
                }
            }
            if matches(field, word, streetWordsAfter), let previous, isCapitalised(field, previous),
                let next = words.peek(), isHouseNumber(field, next)
            {
                return .streetAddress
            }
            if matches(field, word, streetWordsBefore) && addressFollows(field, after: words) { return .streetAddress }
            previous = word
        }
        return nil
    }

    /// Two capitalised words after optional connectors and name words; also the last connector or
    /// name word skipped, if any, and the words after it.
    private static func nameFollows(
        _ field: UnsafeBufferPointer<UInt8>, after start: TextWords
    ) -> (found: Bool, lastSkipped: Range<Int>?, rest: TextWords) {
        var words = start
        var lastSkipped: Range<Int>? = nil
        var rest = start
        var capitalised = 0
        while let word = words.next() {
            if capitalised == 0 && (matches(field, word, nameConnectors) || matches(field, word, nameWords)) {
                lastSkipped = word
                rest = words
                continue
            }
            guard isCapitalised(field, word) else { return (false, lastSkipped, rest) }
            capitalised += 1
            if capitalised == 2 { return (true, lastSkipped, rest) }
        }
        return (false, lastSkipped, rest)
    }

    /// One to three capitalised words, then a house number.
    private static func addressFollows(_ field: UnsafeBufferPointer<UInt8>, after start: TextWords) -> Bool {
        var words = start
        var capitalised = 0
        while let word = words.next() {
            if capitalised > 0 && isHouseNumber(field, word) { return true }
            guard isCapitalised(field, word) || (capitalised > 0 && isRomanNumeral(field, word)), capitalised < 3 else { return false }
            capitalised += 1
        }
        return false
    }

    /// Whether a word equals one of `list`, ASCII letters compared case-insensitively.
    private static func matches(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ list: [[UInt8]]) -> Bool {
        list.contains { candidate in
            guard candidate.count == word.count else { return false }
            for (offset, byte) in candidate.enumerated() {
                let actual = field[word.lowerBound + offset]
                if actual != byte && !(actual.isLetter && actual | 0x20 == byte) { return false }
            }
            return true
        }
    }

    /// Whether a word starts with an upper-case letter followed by a letter of either case
    /// (`Jānis`, and in capitals `MARSZAŁKOWSKA`).
    private static func isCapitalised(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 2 else { return false }
        var scalars = String(decoding: UnsafeBufferPointer(rebasing: field[word]), as: UTF8.self).unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next() else { return false }
        return first.properties.isUppercase && (second.properties.isLowercase || second.properties.isUppercase)
    }

    /// Whether a word is a house number: a digit first, at most six characters.
    private static func isHouseNumber(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 6 && field[word.lowerBound].isDigit
    }

    /// Whether a word is a Roman numeral such as the II of `Jana Pawła II`.
    private static func isRomanNumeral(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count <= 4 && field[word].allSatisfy { [0x49, 0x56, 0x58].contains($0) }
    }
}

/// The words of a field: runs of bytes between spaces, tabs, line breaks, commas,
/// semicolons, parentheses and quotes. A colon ends a word and is a word of its own.
struct TextWords {
    private let field: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ field: UnsafeBufferPointer<UInt8>) { self.field = field }

    /// The next word, without consuming it.
    func peek() -> Range<Int>? {
        var copy = self
        return copy.next()
    }

    mutating func next() -> Range<Int>? {
        while position < field.count && Self.isBreak(field[position]) { position += 1 }
        guard position < field.count else { return nil }
        let start = position
        if field[position] == 0x3A {
            position += 1
            return start..<position
        }
        while position < field.count && !Self.isBreak(field[position]) && field[position] != 0x3A { position += 1 }
        return start..<position
    }

    private static func isBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x3B, 0x28, 0x29, 0x22, 0x27: true
        default: false
        }
    }
}
