/// International bank account numbers (IBAN, ISO 13616).
///
/// An IBAN is a country code of two letters, two check digits and a national account number of
/// letters and digits, `LV80BANK0000435195001`, usually printed in groups of four
/// (`PL61 1090 1014 0000 0712 1981 2874`). The guard reads it in any case and with any spacing:
/// one or two punctuation marks or symbols between characters (`-`, `.`, `/`, `_`, `,`, `$`, `--`,
/// `❤`, any non-ASCII one being `-` in normal form), up to three spaces, tabs and line
/// breaks (`PL 61 1090 ...`, `L T 1 2 ...`), or marks with such spaces on either side
/// (`PL61 - 1090 - ...`, `PL61 -- 1090 -- ...`), glued to a word before (`IBANLV80...`) or letters
/// after (`...1000EUR`). Cyrillic and Greek letters drawn like Latin ones are read as those
/// (see ``normalised(_:)``). It is an account number when
///
/// - the country code is one of the IBAN registry's, and the number has that country's exact
///   length (LV 21, LT 20, PL 28, ...), not followed by another digit; and
/// - the ISO 13616 check holds: with the first four characters moved to the end and letters
///   read as 10–35, the number is 1 modulo 97.
///
/// The check leaves about one random string of the right shape in 97 (a code written `LV12`
/// and 17 more letters and digits); the registry's lengths and the two letters, two digits
/// start make such a string rare outside bank details. Misses: an account number without its
/// country code (a bare Polish NRB of 26 digits), or with its characters reordered.
extension PIIGuard {
    /// Whether the field contains an IBAN (see the extension's discussion).
    ///
    /// - Parameter field: the field's bytes, in normal form.
    /// - Returns: whether an account number was found.
    static func bankAccountFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard field.count >= 15 else { return false }
        for index in 0..<(field.count - 14) where field[index].isLetter {
            // Inside a word (`IBANLV80...`) the code must be glued to its check digits; at the
            // start of a word it may be spaced out (`PL 61 ...`, `L T 1 2 ...`).
            let glued = index > 0 && field[index - 1].isLetter
            if index > 0 && field[index - 1].isDigit { continue }
            if glued && !(field[index + 1].isLetter && field[index + 2].isDigit && field[index + 3].isDigit) { continue }
            if isBankAccount(field, from: index) { return true }
        }
        return false
    }

    /// Whether the letters and digits from `start` (separators skipped) are an IBAN: two
    /// letters of a registry country, two digits, that country's length in all, not followed
    /// by another digit, passing the ISO 13616 check. A letter O where a digit must be (the
    /// check digits) is read as a zero; when the check fails, it is tried again with every O
    /// after the check digits read as a zero (`LV8OBANKOOOO435195OO1`).
    private static func isBankAccount(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var characters = SIMD64<UInt8>()
        var letterOs: UInt64 = 0
        var count = 0
        var index = start
        var length = 34
        while index < field.count && count < length {
            var byte = field[index]
            if byte.isLetter || byte.isDigit {
                if (count == 2 || count == 3) && byte | 0x20 == 0x6F { byte = 0x30 }
                if byte | 0x20 == 0x6F { letterOs |= 1 << UInt64(count) }
                guard count >= 2 || byte.isLetter, count < 2 || count > 3 || byte.isDigit else { return false }
                characters[count] = byte.isDigit ? byte &- 0x30 : (byte | 0x20) &- 0x61 &+ 10
                count += 1
                index += 1
                if count == 2 {
                    guard let registered = ibanLength(field[start], byte) else { return false }
                    length = registered
                }
            } else if count > 0, let next = characterAfterSeparator(field, from: index) {
                index = next
            } else {
                break
            }
        }
        guard count == length else { return false }
        if index < field.count && field[index].isDigit { return false }
        if passesCheck(characters, length: length) { return true }
        guard letterOs != 0 else { return false }
        for offset in 4..<length where letterOs & (1 << UInt64(offset)) != 0 { characters[offset] = 0 }
        return passesCheck(characters, length: length)
    }

    /// The ISO 13616 check: the national part first, then the country code and check digits,
    /// letters read as 10–35, is 1 modulo 97.
    private static func passesCheck(_ characters: SIMD64<UInt8>, length: Int) -> Bool {
        var remainder = 0
        for offset in 0..<length {
            let value = Int(characters[(offset + 4) % length])
            remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value
            remainder %= 97
        }
        return remainder == 1
    }

    /// The index of the next letter or digit after a separator inside an IBAN (up to three
    /// spaces, tabs and line breaks, one or two ASCII punctuation marks or symbols, `-` `.` `/`
    /// `_` `,` `$` `--` ..., or marks with up to three of those spaces on either side:
    /// `PL61 - 1090`, `PL61 -- 1090`), or `nil`.
    private static func characterAfterSeparator(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = skipWhitespace(field, from: start)
        let marks = index
        while index < field.count && index - marks < 2 && isMark(field[index]) { index += 1 }
        if index > marks { index = skipWhitespace(field, from: index) }
        guard index > start, index < field.count, field[index].isLetter || field[index].isDigit else { return nil }
        return index
    }

    /// The index after up to three spaces, tabs and line breaks from `start`.
    @inline(__always)
    private static func skipWhitespace(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < field.count && index - start < 3 && (field[index] == 0x20 || (field[index] &- 0x09) < 5) { index += 1 }
        return index
    }

    /// Whether a byte is an ASCII punctuation mark or symbol.
    @inline(__always)
    private static func isMark(_ byte: UInt8) -> Bool { (byte &- 0x21) < 0x5E && !byte.isLetter && !byte.isDigit }

    /// The IBAN length of the country whose code is the two letters, or `nil` when it has none.
    private static func ibanLength(_ first: UInt8, _ second: UInt8) -> Int? {
        ibanLengths[(UInt16(first & 0xDF) << 8) | UInt16(second & 0xDF)]
    }

    /// The IBAN registry's countries and the length of their account numbers.
    private static let ibanLengths: [UInt16: Int] = {
        let registry =
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 "
            + "FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 "
            + "LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SD18 "
            + "SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20"
        var lengths: [UInt16: Int] = [:]
        for entry in registry.split(separator: " ") {
            let bytes = Array(entry.utf8)
            lengths[(UInt16(bytes[0]) << 8) | UInt16(bytes[1])] = Int(bytes[2] &- 0x30) * 10 + Int(bytes[3] &- 0x30)
        }
        return lengths
    }()
}
