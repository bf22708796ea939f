/// The bidirectional character types of UAX #9 (Bidi_Class), for the display order.
///
/// The table is the Unicode Character Database's, reduced to what can move or hide the
/// digits, letters and marks of an identifier: every digit and number sign it lists as EN or
/// AN (ASCII, superscript and subscript digits, digits with a full stop, fullwidth and
/// mathematical digits, the Extended Arabic-Indic digits; Arabic-Indic digits, the Arabic
/// number signs and separators), the separators and terminators around numbers, the
/// whitespace and the controls. Hebrew, NKo, Samaritan and the other right-to-left scripts
/// are R, Arabic, Syriac and Thaana AL; combining marks are NSM; format characters and C0
/// and C1 controls BN; any other letter or digit is L, and anything else ON.
extension PIIGuard {
    /// A Bidi_Class value (UAX #9, table 4).
    enum BidiClass: UInt8 {
        case l, r, al, en, es, et, an, cs, nsm, bn, b, s, ws, on
        case lre, lro, rle, rlo, pdf, lri, rli, fsi, pdi

        /// Whether this is an isolate initiator or a PDI.
        var isIsolateControl: Bool { self == .lri || self == .rli || self == .fsi || self == .pdi }
    }

    /// The bidirectional type of a character.
    static func bidiClass(of scalar: Unicode.Scalar) -> BidiClass {
        let value = scalar.value
        if value < 0x80 { return asciiBidiClass(UInt8(value)) }
        if let known = listedBidiClass(value) { return known }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return .nsm
        case .format, .control: return .bn
        case .spaceSeparator: return .ws
        case .lineSeparator: return .ws
        case .paragraphSeparator: return .b
        default: break
        }
        if let script = rightToLeftClass(value) { return script }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark, .decimalNumber,
            .letterNumber:
            return .l
        default: return .on
        }
    }

    private static func asciiBidiClass(_ byte: UInt8) -> BidiClass {
        switch byte {
        case 0x30...0x39: .en
        case 0x41...0x5A, 0x61...0x7A: .l
        case 0x2B, 0x2D: .es
        case 0x23...0x25: .et
        case 0x2C, 0x2E, 0x2F, 0x3A: .cs
        case 0x09, 0x0B, 0x1F: .s
        case 0x0A, 0x0D, 0x1C...0x1E: .b
        case 0x0C, 0x20: .ws
        case 0x00...0x08, 0x0E...0x1B, 0x7F: .bn
        default: .on
        }
    }

    /// The characters whose type their general category and script do not give.
    private static func listedBidiClass(_ value: UInt32) -> BidiClass? {
        switch value {
        case 0x85: .b
        case 0xA0, 0x060C, 0x202F, 0x2044, 0xFE50, 0xFE52, 0xFE55, 0xFF0C, 0xFF0E, 0xFF0F, 0xFF1A: .cs
        case 0xA2...0xA5, 0xB0, 0xB1, 0x058F, 0x0609, 0x060A, 0x066A, 0x09F2, 0x09F3, 0x0AF1, 0x0BF9, 0x0E3F, 0x17DB, 0x2030...0x2034,
            0x20A0...0x20CF, 0x2213, 0xFE5F, 0xFE69, 0xFE6A, 0xFF03...0xFF05, 0xFFE0, 0xFFE1, 0xFFE5, 0xFFE6:
            .et
        case 0xB2, 0xB3, 0xB9, 0x06F0...0x06F9, 0x2070, 0x2074...0x2079, 0x2080...0x2089, 0x2488...0x249B, 0xFF10...0xFF19,
            0x102E1...0x102FB, 0x1D7CE...0x1D7FF, 0x1F100...0x1F10A, 0x1FBF0...0x1FBF9:
            .en
        case 0x207A, 0x207B, 0x208A, 0x208B, 0x2212, 0xFB29, 0xFE62, 0xFE63, 0xFF0B, 0xFF0D: .es
        case 0x0600...0x0605, 0x0660...0x0669, 0x066B, 0x066C, 0x06DD, 0x0890, 0x0891, 0x08E2, 0x10D30...0x10D39, 0x10E60...0x10E7E: .an
        case 0x200E: .l
        case 0x200F: .r
        case 0x061C: .al
        case 0x202A: .lre
        case 0x202B: .rle
        case 0x202C: .pdf
        case 0x202D: .lro
        case 0x202E: .rlo
        case 0x2066: .lri
        case 0x2067: .rli
        case 0x2068: .fsi
        case 0x2069: .pdi
        case 0x2028, 0x1680, 0x2000...0x200A, 0x205F, 0x3000: .ws
        case 0x2029: .b
        default: nil
        }
    }

    /// R or AL for a letter of a right-to-left script, `nil` for any other character.
    private static func rightToLeftClass(_ value: UInt32) -> BidiClass? {
        switch value {
        case 0x0600...0x07BF, 0x0860...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE, 0x10D00...0x10D3F, 0x10EC0...0x10EFF,
            0x10F30...0x10F6F, 0x1EC70...0x1ECBF, 0x1ED00...0x1ED4F, 0x1EE00...0x1EEFF:
            .al
        case 0x0590...0x05FF, 0x07C0...0x085F, 0xFB1D...0xFB4F, 0x10800...0x10FFF, 0x1E800...0x1EFFF: .r
        default: nil
        }
    }
}
