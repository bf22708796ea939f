/// Text in the order a reader sees it: the Unicode Bidirectional Algorithm (UAX #9).
///
/// A right-to-left override (U+202E), embedding (U+202B) or isolate (U+2067, U+2068), a
/// right-to-left mark (U+200F, U+061C), a Hebrew or Arabic letter or an Arabic-Indic digit
/// changes the order in which the characters around it are shown, so
/// `\u{202E}765\u{202D}234\u{202C}106` is seen as 601234567 and `\u{61C}567-234-601` as
/// 601-234-567. ``displayOrder(_:)`` follows UAX #9 (``BidiParagraph``) with the character
/// types of ``bidiClass(of:)``; the bracket-pair rule (N0) is left out, which is one reason the
/// guard reads such text in several orders, not in this one only (see ``normalised(_:)``).
extension PIIGuard {
    /// Whether a character may make the display order differ from the written one: a
    /// right-to-left letter or mark, an Arabic number (AN), an Extended Arabic-Indic digit,
    /// or a bidirectional control.
    static func affectsDisplayOrder(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        if (0x06F0...0x06F9).contains(scalar.value) { return true }
        switch bidiClass(of: scalar) {
        case .r, .al, .an, .lre, .lro, .rle, .rlo, .pdf, .lri, .rli, .fsi, .pdi: return true
        default: return false
        }
    }

    /// The text as displayed, paragraph by paragraph, with the bidirectional controls removed.
    package static func displayOrder(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var paragraph: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if bidiClass(of: scalar) == .b {
                out.append(contentsOf: BidiParagraph(paragraph).visual())
                out.append(scalar)
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(scalar)
            }
        }
        out.append(contentsOf: BidiParagraph(paragraph).visual())
        return String(out)
    }

    /// The text with the groups of each run of digit groups in reverse order, each group's
    /// digits kept in theirs: `567-234-601` becomes `601-234-567`, `01359 440514` becomes
    /// `440514 01359`.
    ///
    /// That is how a right-to-left context shows numbers whose separators do not join them
    /// (UAX #9 rules W2, W4–W6: after an Arabic letter, digits are Arabic numbers and `-` no
    /// longer joins them), whatever the finer points of the algorithm decide. A run is digits
    /// (of any script, superscripts included) with anything but letters, digits and line
    /// breaks between them. Linear in the text.
    package static func digitGroupsReversed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var tokens: [Range<Int>] = []  // alternating groups and gaps, starting and ending with a group
        var gapStart: Int? = nil
        var index = 0
        while index <= scalars.count {
            if index < scalars.count && isDigitForReading(scalars[index]) {
                var end = index
                while end < scalars.count && isDigitForReading(scalars[end]) { end += 1 }
                if let start = gapStart { tokens.append(start..<index) }
                tokens.append(index..<end)
                gapStart = end
                index = end
                continue
            }
            let breaks = index == scalars.count || isLetterOrLineBreak(scalars[index])
            if breaks {
                for token in tokens.reversed() { out.append(contentsOf: scalars[token]) }
                tokens.removeAll(keepingCapacity: true)
                if let start = gapStart { out.append(contentsOf: scalars[start..<index]) }
                gapStart = nil
            }
            if index < scalars.count && gapStart == nil { out.append(scalars[index]) }
            index += 1
        }
        return String(String.UnicodeScalarView(out))
    }

    /// Whether a character ends a run of digit groups: a letter or a paragraph separator.
    private static func isLetterOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return byte.isLetter || byte == 0x0A || byte == 0x0D || (0x1C...0x1E).contains(byte)
        }
        return scalar.properties.isAlphabetic || bidiClass(of: scalar) == .b
    }

    /// A digit of any script, or a superscript, subscript or other number character for 0–9.
    private static func isDigitForReading(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        guard scalar.properties.numericType != nil, let value = scalar.properties.numericValue else { return false }
        return value >= 0 && value <= 9 && value == value.rounded()
    }
}
