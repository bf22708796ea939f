import Foundation

/// The normal form the checks read: what a person sees when the field is displayed.
extension PIIGuard {
    /// The field in the form the checks read.
    ///
    /// Unicode NFKC first (fullwidth and superscript digits become ASCII, compatibility
    /// spaces become spaces). Then, character by character: format characters (Cf: U+200B
    /// zero-width space, U+FEFF, soft hyphen, bidirectional marks) and control characters
    /// other than tab and line breaks are removed, as are the other default-ignorable
    /// characters that display as nothing (Hangul fillers, variation selectors), so digits on either side join up as they
    /// do on screen; combining marks that NFKC leaves (a strike-through U+0336 or slash U+0338
    /// over `@`, a digit or a letter) are removed, so the character under them is read; a decimal digit of any script
    /// becomes its ASCII digit; any dash becomes `-`, any space `' '` and a line or paragraph
    /// separator a line feed. Every other non-ASCII punctuation or math symbol that can stand
    /// between digit groups becomes an ASCII mark the gap model reads
    /// (``isJoiningGap(_:from:to:)``): connector, other punctuation and every symbol (math,
    /// currency, modifier and other symbols: `‧` U+2027, `。` U+3002, `・`, `∙`, `€`, `°`, `★`,
    /// emoji such as `📞` and `❤`, U+FFFD and U+FFFC) become `-`, quotation marks (`’`, `„`)
    /// `'`, and brackets `(` and `)`. `§` and `¶` become a space. Fullwidth and small full stops
    /// (U+FF0E, U+FE52, U+2024), which NFKC would make a decimal point, become `-` too. Number
    /// characters that NFKC leaves alone but that read as a digit (dingbat circled digits,
    /// Ethiopic numerals) become that digit (``digitLookAlike(_:)``).
    ///
    /// - Parameter field: the field's UTF-8 bytes (invalid sequences read as U+FFFD).
    /// - Returns: the normalised UTF-8 bytes.
    /// Cyrillic and Greek letters drawn like Latin ones (`О` U+041E, `ο` U+03BF, `А` U+0410,
    /// `Α` U+0391, ...), read as those Latin letters: `LV80B\u{410}NK...` is an IBAN, and `О`
    /// standing for a zero is then read as the letter O is (``zeroLookAlikesReplaced(_:)``).
    static let latinLookAlikes: [UInt32: UInt8] = {
        let pairs: [(String, String)] = [
            ("АВЕКМНОРСТХаеорсхут", "ABEKMHOPCTXaeopcxyt"), ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικντ", "ABEZHIKMNOPTYXoikvt"),
        ]
        var table: [UInt32: UInt8] = [:]
        for (from, to) in pairs {
            for (scalar, latin) in zip(from.unicodeScalars, to.utf8) { table[scalar.value] = latin }
        }
        return table
    }()

    static func normalised(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text = String(decoding: field, as: UTF8.self)
        // Full stops that NFKC would make an ASCII `.` are grouping marks, not decimal points: a
        // person does not type a weight with a fullwidth dot.
        if text.unicodeScalars.contains(where: { wideFullStops.contains($0.value) }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { wideFullStops.contains($0.value) ? "\u{2027}" : $0 }))
        }
        // Bidirectional controls, marks, right-to-left letters and Arabic numbers change the order a
        // reader sees: `\u{202E}765432106\u{202C}` is seen as 601234567, and so are
        // `\u{202E}765\u{202D}234\u{202C}106` and `\u{61C}567-234-601` (601-234-567). No one reading
        // is trusted: the text is checked as displayed (``displayOrder(_:)``), with the groups of
        // each run of digits in reverse order (``digitGroupsReversed(_:)``, which is how a
        // right-to-left context shows them whatever the finer rules decide), with each override
        // run simply reversed (when there is one), and as written; letters between the readings
        // keep them from joining into one number. Each reading is linear in the text.
        if text.unicodeScalars.contains(where: affectsDisplayOrder) {
            let reversed = text.unicodeScalars.contains("\u{202E}") ? overridesReversed(text) + "\nqqqqqqqqqqqq\n" : ""
            text = displayOrder(text) + "\nqqqqqqqqqqqq\n" + digitGroupsReversed(text) + "\nqqqqqqqqqqqq\n" + reversed + text
        }
        // A circled a (`ⓐ`, `Ⓐ`) stands for `@`; NFKC would make it a plain letter.
        if text.unicodeScalars.contains(where: { $0 == "\u{24D0}" || $0 == "\u{24B6}" }) {
            text = text.replacingOccurrences(of: "\u{24D0}", with: "@").replacingOccurrences(of: "\u{24B6}", with: "@")
        }
        let compatible = text.precomposedStringWithCompatibilityMapping
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        for scalar in compatible.unicodeScalars {
            if scalar.isASCII && !(scalar.value < 0x20 || scalar.value == 0x7F) {
                out.append(UInt8(scalar.value))
                continue
            }
            if let latin = latinLookAlikes[scalar.value] {
                out.append(latin)
                continue
            }
            if (scalar == "\u{0417}" || scalar == "\u{0437}") && out.last?.isDigit == true {
                out.append(0x33)  // Cyrillic Ze after a digit reads as 3
                continue
            }
            if let separator = lookAlikeSeparator(scalar) {
                out.append(separator)
                continue
            }
            if scalar.properties.isDefaultIgnorableCodePoint && scalar.properties.generalCategory != .control { continue }
            switch scalar.properties.generalCategory {
            case .format: continue
            case .control:
                if scalar == "\t" || scalar == "\n" || scalar == "\r" { out.append(UInt8(scalar.value)) }
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            case .decimalNumber:
                guard let value = scalar.properties.numericValue, (0...9).contains(value) else {
                    out.append(contentsOf: String(scalar).utf8)
                    continue
                }
                out.append(0x30 + UInt8(value))
            case .otherNumber:
                guard let digit = Self.digitLookAlike(scalar) else {
                    out.append(contentsOf: String(scalar).utf8)
                    continue
                }
                out.append(digit)
            case .dashPunctuation, .connectorPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol,
                .otherSymbol:
                out.append(Self.isSectionMark(scalar) ? 0x20 : 0x2D)
            case .initialPunctuation, .finalPunctuation: out.append(0x27)
            case .openPunctuation: out.append(0x28)
            case .closePunctuation: out.append(0x29)
            case .spaceSeparator: out.append(0x20)
            case .lineSeparator, .paragraphSeparator: out.append(0x0A)
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// The text as displayed when it has right-to-left overrides (U+202E): the characters from
    /// each override to its pop (U+202C) or the end of the line are shown in reverse order.
    /// A reading beside ``displayOrder(_:)`` that assumes nothing about nesting; the marks
    /// themselves are removed later.
    static func overridesReversed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var overriding = false
        for scalar in text.unicodeScalars {
            let ends = scalar == "\u{202E}" || scalar == "\u{202C}" || scalar == "\n" || scalar == "\r"
            if overriding && ends {
                out.append(contentsOf: run.reversed())
                run.removeAll()
                overriding = false
            }
            if scalar == "\u{202E}" {
                overriding = true
            } else if overriding {
                run.append(scalar)
            } else {
                out.append(scalar)
            }
        }
        out.append(contentsOf: run.reversed())
        return String(out)
    }

    /// The ASCII separator a look-alike stands for: minus signs, middle dots and bullets are
    /// `-` (not `.`, which would make `850101·12345` a decimal number), and so are the click
    /// letters drawn as bars (`ǀ` U+01C0–U+01C3) and the modifier letters and marks
    /// (U+02B9–U+02FF: `ʼ`, `ˆ`, `ˇ`, `ː`, which Unicode calls letters), the blank braille
    /// pattern a space, low quotation marks (`„`, `‚`) the quote `'` like other quotation marks;
    /// `nil` for anything else.
    private static func lookAlikeSeparator(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x2212, 0x2043, 0x2796, 0x00B7, 0x2022, 0x2219, 0x22C5, 0x30FB, 0x01C0...0x01C3, 0x02B9...0x02FF: 0x2D
        case 0x2800: 0x20
        case 0x201A, 0x201E, 0x2E42: 0x27  // low quotation marks open a quote, though Unicode calls them open punctuation
        default: nil
        }
    }

    /// The ASCII digit a number character with no NFKC form stands for (dingbat circled digits
    /// `❶`–`❿`, `➀`–`➓`, double-circled `⓵`–`⓾`, Ethiopic `፩`–`፱`, ...): its value when it is
    /// 0–9, and `0` for the ten that ends a dingbat set of ten (`❿`, `➉`, `➓`, `⓾`), which is
    /// where a keypad has its zero; `nil` for other numbers (`½`, Ethiopic ten and above).
    private static func digitLookAlike(_ scalar: Unicode.Scalar) -> UInt8? {
        guard let value = scalar.properties.numericValue else { return nil }
        if value == 10 && (0x2776...0x2793).contains(scalar.value) || scalar.value == 0x24FE { return 0x30 }
        guard value >= 0 && value <= 9 && value == value.rounded() else { return nil }
        return 0x30 + UInt8(value)
    }

    /// The fullwidth, small and one-dot-leader full stops (U+FF0E, U+FE52, U+2024).
    private static let wideFullStops: Set<UInt32> = [0xFF0E, 0xFE52, 0x2024]

    /// Whether a character is a section or paragraph sign (`§`, `¶`): a word of legal text,
    /// not a mark inside a number.
    private static func isSectionMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xA7 || scalar.value == 0xB6
    }

    /// The field with each letter that stands for a digit replaced by it, or `nil` when it has
    /// none.
    ///
    /// A run of such letters stands for digits when a digit is on one side of it and no letter
    /// on the other (`6O1 234 567`, `85O1O1`, `2O19`, `851OOO4`); a letter inside a word (`No1`,
    /// `do 2019`) is a letter. The letter O (or o) is a zero anywhere; `l` and `I` are a one
    /// and `S` a five only in a field with a phone word (`tel.`, `tālr.`, `telefon`, `mob.`:
    /// `tel. 60l 234 567`, `mob. 601 234 S67`), where a number is expected.
    static func zeroLookAlikesReplaced(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var replaced: [UInt8]? = nil
        var hasPhoneWord: Bool? = nil
        var index = 0
        while index < field.count {
            guard digitLookAlike(field[index]) != nil else {
                index += 1
                continue
            }
            var end = index
            var onlyZeros = true
            while end < field.count, let digit = digitLookAlike(field[end]) {
                onlyZeros = onlyZeros && digit == 0x30
                end += 1
            }
            let left: UInt8 = index > 0 ? field[index - 1] : 0x20
            let right: UInt8 = end < field.count ? field[end] : 0x20
            if (left.isDigit && !right.isLetter) || (right.isDigit && !left.isLetter) {
                if !onlyZeros && hasPhoneWord == nil { hasPhoneWord = phoneWordFound(in: field) }
                if onlyZeros || hasPhoneWord == true {
                    if replaced == nil { replaced = Array(field) }
                    for position in index..<end { replaced?[position] = digitLookAlike(field[position]) ?? 0x30 }
                }
            }
            index = end
        }
        return replaced
    }

    /// The digit a letter may stand for in a number (see ``zeroLookAlikesReplaced(_:)``).
    @inline(__always)
    private static func digitLookAlike(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x4F, 0x6F: 0x30  // O o
        case 0x6C, 0x49: 0x31  // l I
        case 0x53: 0x35  // S
        default: nil
        }
    }

    /// Whether the field has a word that announces a phone number.
    private static func phoneWordFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        String(decoding: field, as: UTF8.self).range(
            of: "(^|[^\\p{L}])(tel|tālr|talr|mob)", options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Whether the field holds a control character other than tab and line breaks (C0, DEL
    /// or C1), which is quarantined rather than stored.
    static func controlCharacterFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in field {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            if byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }
}
