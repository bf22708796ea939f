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
    /// do on screen; combining marks after a digit are removed; a decimal digit of any script
    /// becomes its ASCII digit; any dash becomes `-`, any space `' '` and a line or paragraph
    /// separator a line feed.
    ///
    /// - Parameter field: the field's UTF-8 bytes (invalid sequences read as U+FFFD).
    /// - Returns: the normalised UTF-8 bytes.
    static func normalised(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let compatible = String(decoding: field, as: UTF8.self).precomposedStringWithCompatibilityMapping
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        for scalar in compatible.unicodeScalars {
            if scalar.isASCII && !(scalar.value < 0x20 || scalar.value == 0x7F) {
                out.append(UInt8(scalar.value))
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
            case .nonspacingMark, .enclosingMark, .spacingMark:
                if out.last?.isDigit != true { out.append(contentsOf: String(scalar).utf8) }
            case .decimalNumber:
                guard let value = scalar.properties.numericValue, (0...9).contains(value) else {
                    out.append(contentsOf: String(scalar).utf8)
                    continue
                }
                out.append(0x30 + UInt8(value))
            case .dashPunctuation: out.append(0x2D)
            case .spaceSeparator: out.append(0x20)
            case .lineSeparator, .paragraphSeparator: out.append(0x0A)
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// The ASCII separator a look-alike stands for: minus signs, middle dots and bullets are
    /// `-` (not `.`, which would make `850101·12345` a decimal number), the blank braille
    /// pattern a space; `nil` for anything else.
    private static func lookAlikeSeparator(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x2212, 0x2043, 0x02D7, 0x2796, 0x00B7, 0x2022, 0x2219, 0x22C5, 0x30FB: 0x2D
        case 0x2800: 0x20
        default: nil
        }
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
