/// The gaps that join digit groups into one run, shared by the personal-code and phone checks.
///
/// One model for every identifier written as digits: a run is digit groups separated by short
/// gaps, read in normal form (see ``PIIGuard/normalised(_:)``, which turns every Unicode space
/// into a space and every other dash, connector, other-punctuation and math-symbol character,
/// such as `‧` U+2027, `。` U+3002 or `·` U+00B7, into `-`). A gap joins the groups on either
/// side when it is
///
/// up to eight characters, each whitespace (space, tab, line break) or a grouping mark:
/// `-` `.` `/` `\` `_` `|` `'` `"` `` ` `` `(` `)` `*` `~` `+` `=` `#`, so `601/234/567`, `601_234_567`,
/// `"601" "234" "567"`, `` `601` `234` `567` ``,
/// `601 . 234 . 567`, `601.234 567`, `601'234'567`, `601+234+567`, `601 -- 234 -- 567`,
/// `601....234....567` and `010190/12349` are runs, and so is a number padded with spaces or
/// split over two lines. The other ASCII symbols `$ ^ % & < > ? ! @ [ ] { }` join too when
/// the gap has no whitespace (`29$12$34$56`, `601%234%567`; not `25% 12% 34% 56%`, a list of
/// shares); every non-ASCII symbol or punctuation mark is already `-` in normal form
/// (`29📞12📞34📞56`, `150310❤21237`). A `+` right after whitespace and before the digits starts an
/// international number (`26123456 +37129123456`), so such a gap does not join.
///
/// Commas, colons and semicolons never join: they separate list items (`1,2,3`), decimals
/// (`0,734`) and clock times (`12:30`). What a run means (a phone number, a personal code, a
/// date, a decimal) is decided by each check from its digits and grouping.
extension PIIGuard {
    /// Whether a byte may stand in a gap between two digit groups.
    @inline(__always)
    static func isGapByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: true
        case 0x2D, 0x2E, 0x2F, 0x5C, 0x5F, 0x7C, 0x27, 0x22, 0x60, 0x28, 0x29, 0x2A, 0x7E, 0x2B, 0x3D, 0x23: true
        default: false
        }
    }

    /// Whether a byte is an ASCII symbol that joins digit groups only in a gap without
    /// whitespace: `$ ^ % & < > ? ! @ [ ] { }`.
    @inline(__always)
    static func isSymbolGapByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x24, 0x5E, 0x25, 0x26, 0x3C, 0x3E, 0x3F, 0x21, 0x40, 0x5B, 0x5D, 0x7B, 0x7D: true
        default: false
        }
    }

    /// Whether a byte is whitespace inside a gap.
    @inline(__always)
    static func isGapWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether the bytes `start..<end` between two digit groups join them.
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - start: one past the last digit of the first group.
    ///   - end: the first digit of the second group.
    /// - Returns: whether the gap joins the groups (see the extension's discussion).
    static func isJoiningGap(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let length = end - start
        guard length > 0, length <= 8 else { return false }
        var symbol = false
        var whitespace = false
        for index in start..<end {
            let byte = field[index]
            if isSymbolGapByte(byte) {
                symbol = true
            } else if isGapByte(byte) {
                whitespace = whitespace || isGapWhitespace(byte)
            } else {
                return false
            }
        }
        // `25% 12% 34% 56%` is a list of shares; `29$12$34$56` is a number.
        if symbol && whitespace { return false }
        let plusLeads = field[end - 1] == 0x2B && length >= 2 && isGapWhitespace(field[end - 2])
        return !plusLeads
    }

    /// The first digit after a joining gap that starts at `start`, or `nil` when no digit
    /// follows such a gap.
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - start: where the gap starts (one past a digit group).
    /// - Returns: the index of the next group's first digit, or `nil`.
    static func nextGroupStart(_ field: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
        var index = start
        while index < field.count && index - start < 8 && (isGapByte(field[index]) || isSymbolGapByte(field[index])) { index += 1 }
        guard index < field.count, field[index].isDigit, isJoiningGap(field, from: start, to: index) else { return nil }
        return index
    }
}
