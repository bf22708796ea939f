/// Valid codes of every national scheme, built with the independent check-digit code.
public enum SampleCodes {
    public static let pesel = CheckDigits.pesel(year: 1985, month: 1, day: 1, serial: 1234)
    public static let lithuanian: String = {
        let first10 = "3850101123"
        return first10 + String(CheckDigits.lithuanian(first10))
    }()
    public static let latvianOld: String = {
        let first10 = (0..<1000).map { "0101851" + CheckDigits.four($0).suffix(3) }.first { CheckDigits.latvian($0) != 10 }!
        return first10 + String(CheckDigits.latvian(first10))
    }()
    public static let latvianNew = "32123456789"
    /// The codes verified by a check digit.
    public static let checked = [pesel, lithuanian, latvianOld]
}

/// One way of writing 11 digits that a person still reads as the code.
public struct WrittenForm: CustomStringConvertible, Sendable {
    public let name: String
    /// Whether the digits stay in the 11 or 6 + 5 grouping (the new Latvian form is flagged
    /// by shape only in that grouping).
    public let keepsOfficialGrouping: Bool
    public let write: @Sendable (String) -> String

    public var description: String { name }

    /// The form called `name`.
    public static func named(_ name: String) -> WrittenForm { all.first { $0.name == name }! }

    /// Every written form of `code`, with the bare digits: none may ever be echoed or stored.
    public static func everyForm(of code: String) -> [String] { [code] + all.map { $0.write(code) } }

    public static func split(_ code: String, at index: Int, with separator: String) -> String {
        String(code.prefix(index)) + separator + String(code.dropFirst(index))
    }

    public static func mapDigits(_ code: String, base: UInt32) -> String {
        String(String.UnicodeScalarView(code.unicodeScalars.map { Unicode.Scalar(base + $0.value - 0x30)! }))
    }

    /// The code split in two by `separator`, keeping the official grouping when split at 6.
    static func separated(_ name: String, at index: Int, by separator: String) -> WrittenForm {
        WrittenForm(name: name, keepsOfficialGrouping: true) { split($0, at: index, with: separator) }
    }

    /// Every form and evasion the guard must see through.
    public static let all: [WrittenForm] = [
        WrittenForm(name: "plain", keepsOfficialGrouping: true) { $0 },
        WrittenForm(name: "6 space 5", keepsOfficialGrouping: true) { split($0, at: 6, with: " ") },
        WrittenForm(name: "6 hyphen 5", keepsOfficialGrouping: true) { split($0, at: 6, with: "-") },
        WrittenForm(name: "6 no-break space 5", keepsOfficialGrouping: true) { split($0, at: 6, with: "\u{00A0}") },
        WrittenForm(name: "6 en dash 5", keepsOfficialGrouping: true) { split($0, at: 6, with: " \u{2013} ") },
        WrittenForm(name: "6 line break 5", keepsOfficialGrouping: true) { split($0, at: 6, with: "\n") },
        WrittenForm(name: "6 CRLF 5", keepsOfficialGrouping: true) { split($0, at: 6, with: "\r\n") },
        WrittenForm(name: "6 slash 5", keepsOfficialGrouping: true) { split($0, at: 6, with: "/") },
        WrittenForm(name: "2-2-2-5 dashes", keepsOfficialGrouping: false) { code in
            [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)].joined(separator: "-")
        },
        WrittenForm(name: "2.2.2.5 dots", keepsOfficialGrouping: false) { code in
            [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)].joined(separator: ".")
        },
        WrittenForm(name: "1 6 4 spaces", keepsOfficialGrouping: false) { code in
            [code.prefix(1), code.dropFirst(1).prefix(6), code.dropFirst(7)].joined(separator: " ")
        },
        WrittenForm(name: "zero-width space", keepsOfficialGrouping: true) { split($0, at: 5, with: "\u{200B}") },
        WrittenForm(name: "zero-width joiner", keepsOfficialGrouping: true) { split($0, at: 3, with: "\u{200D}") },
        WrittenForm(name: "byte order mark", keepsOfficialGrouping: true) { split($0, at: 8, with: "\u{FEFF}") },
        WrittenForm(name: "soft hyphen", keepsOfficialGrouping: true) { split($0, at: 4, with: "\u{00AD}") },
        WrittenForm(name: "NUL", keepsOfficialGrouping: true) { split($0, at: 5, with: "\u{0}") },
        WrittenForm(name: "escape and bell", keepsOfficialGrouping: true) { split(split($0, at: 2, with: "\u{1B}"), at: 7, with: "\u{7}") },
        WrittenForm(name: "fullwidth digits", keepsOfficialGrouping: true) { mapDigits($0, base: 0xFF10) },
        WrittenForm(name: "Arabic-Indic digits", keepsOfficialGrouping: true) { mapDigits($0, base: 0x0660) },
        WrittenForm(name: "fullwidth with zero-width", keepsOfficialGrouping: true) {
            split(mapDigits($0, base: 0xFF10), at: 6, with: "\u{200B}")
        },
        WrittenForm(name: "Devanagari digits", keepsOfficialGrouping: true) { mapDigits($0, base: 0x0966) },
        WrittenForm(name: "mathematical bold digits", keepsOfficialGrouping: true) { mapDigits($0, base: 0x1D7CE) },
        WrittenForm(name: "superscript digits", keepsOfficialGrouping: true) { code in
            let superscripts: [Character] = [
                "\u{2070}", "\u{B9}", "\u{B2}", "\u{B3}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}",
            ]
            return String(code.map { superscripts[$0.wholeNumberValue!] })
        },
        separated("6 thin space 5", at: 6, by: "\u{2009}"),
        separated("6 narrow no-break space 5", at: 6, by: "\u{202F}"),
        separated("right-to-left mark", at: 4, by: "\u{200F}"),
        separated("6 minus sign 5", at: 6, by: "\u{2212}"),
        separated("6 middle dot 5", at: 6, by: "\u{B7}"),
        separated("6 underscore 5", at: 6, by: "_"),
        separated("6 padded with spaces 5", at: 6, by: "      "),
        separated("6 apostrophe 5", at: 6, by: "'"),
        separated("6 hyphenation point 5", at: 6, by: "\u{2027}"),
        separated("6 ideographic full stop 5", at: 6, by: "\u{3002}"),
        separated("6 spaced dot 5", at: 6, by: " . "),
        WrittenForm(name: "every digit spaced", keepsOfficialGrouping: false) { $0.map(String.init).joined(separator: " ") },
        WrittenForm(name: "2/2/2/5 slashes", keepsOfficialGrouping: false) { code in
            [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)].joined(separator: "/")
        },
        WrittenForm(name: "(6) 5", keepsOfficialGrouping: true) { "(" + split($0, at: 6, with: ")") },
        separated("Hangul filler", at: 6, by: "\u{3164}"),
        separated("blank braille pattern", at: 6, by: "\u{2800}"),
        separated("variation selector", at: 3, by: "\u{FE0F}"),
        WrittenForm(name: "in a URL", keepsOfficialGrouping: true) { "https://example.pl/case?id=" + $0 + "&x=1" },
        WrittenForm(name: "in JSON", keepsOfficialGrouping: true) { "{\"id\": \"" + $0 + "\"}" },
        WrittenForm(name: "decimal-fraction trick", keepsOfficialGrouping: true) { "x1." + $0 },
        WrittenForm(name: "glued to a label", keepsOfficialGrouping: true) { "ID:" + $0 + "." },
        WrittenForm(name: "inside text", keepsOfficialGrouping: true) { "Kraków, kods " + $0 + ", 2023" },
        WrittenForm(name: "integer part of a decimal", keepsOfficialGrouping: true) { $0 + ".0" },
        // Written in reverse, shown in order: after an ALM the digits are Arabic numbers that a
        // hyphen does not join, so the two groups are displayed the other way round.
        WrittenForm(name: "ALM, 5 hyphen 6", keepsOfficialGrouping: true) { "\u{61C}" + $0.dropFirst(6) + "-" + $0.prefix(6) },
        WrittenForm(name: "Arabic-Indic 5 space 6", keepsOfficialGrouping: true) {
            mapDigits(String($0.dropFirst(6)), base: 0x0660) + " " + mapDigits(String($0.prefix(6)), base: 0x0660)
        },
    ]
}
