/// E-mail addresses.
extension PIIGuard {
    /// Whether the field contains an e-mail address `local@domain.tld`.
    ///
    /// For every `@`: the local part is the run of characters allowed unquoted in RFC 5322
    /// (letters, digits, ``!#$%&'*+/=?^_`{|}~.-``) before it, at least one; the domain is
    /// the run of letters, digits, hyphens, dots and non-ASCII bytes (IDN) after it, with
    /// trailing dots dropped (end of a sentence). It must have at least two non-empty
    /// labels and a top-level label of two or more letters.
    ///
    /// Misses: obfuscated forms (`name [at] domain.lv`), quoted local parts, addresses at
    /// bare IP literals. False positives are unlikely: `x@y.zz` is rarely anything else.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: whether an address was found.
    static func emailAddressFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in field.indices where field[index] == 0x40 {
            if index > 0 && isLocalPartByte(field[index - 1])
                && isDomain(field, from: index + 1)
            {
                return true
            }
        }
        return false
    }

    /// Whether a byte may appear in an unquoted local part.
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        if byte.isLetter || byte.isDigit || byte >= 0x80 { return true }
        switch byte {
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x2F, 0x3D, 0x3F, 0x5E...0x60, 0x7B...0x7E:
            return true
        default:
            return false
        }
    }

    /// Whether a valid domain starts at `start`.
    private static func isDomain(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var end = start
        while end < field.count {
            let byte = field[end]
            guard byte.isLetter || byte.isDigit || byte == 0x2D || byte == 0x2E || byte >= 0x80
            else { break }
            end += 1
        }
        while end > start && field[end - 1] == 0x2E { end -= 1 }
        var labels = 0
        var labelLength = 0
        var lastLabelIsAlphabetic = true
        for index in start..<end {
            let byte = field[index]
            if byte == 0x2E {
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
                lastLabelIsAlphabetic = true
            } else {
                labelLength += 1
                lastLabelIsAlphabetic = lastLabelIsAlphabetic && (byte.isLetter || byte >= 0x80)
            }
        }
        guard labelLength >= 2 else { return false }
        return labels >= 1 && lastLabelIsAlphabetic
    }
}
