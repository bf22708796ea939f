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
    /// Up to three spaces, tabs or line breaks on either side of the `@` (`jan @ gmail.com`, a
    /// line break or CR LF inside a quoted field) and a single space next to a dot of the
    /// domain (`jan@gmail .com`) are read through. An address whose domain has lost its
    /// ending (`jan.kowalski@onet`, `jan.kowalski@ex-ample`, a mail provider's name) is found
    /// when written without spaces: a local part, `@` and a word of two or more letters (with
    /// hyphens between letters) not followed by more of a domain.
    /// Misses: words without brackets (`jan at gmail dot com`), quoted local parts, addresses at
    /// bare IP literals. False positives are unlikely: `x@y.zz` is rarely anything else, and a
    /// word glued to `@` and another word (`C@rl`) is refused too.
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - bareHosts: whether a domain of one word counts (not for text rewritten from `(at)`,
    ///     where `Vilnius (at) Gedimino` is an address of a place).
    /// - Returns: whether an address was found.
    static func emailAddressFound(in field: UnsafeBufferPointer<UInt8>, bareHosts: Bool = true) -> Bool {
        for index in field.indices where field[index] == 0x40 {
            var before = index - 1
            while before >= 0 && index - before <= 3 && isGapWhitespace(field[before]) { before -= 1 }
            var after = index + 1
            while after < field.count && after - index <= 3 && isGapWhitespace(field[after]) { after += 1 }
            guard before >= 0 && isLocalPartByte(field[before]) else { continue }
            if isDomain(field, from: after) { return true }
            if bareHosts && before == index - 1 && after == index + 1 && isBareHost(field, from: after) { return true }
        }
        return false
    }

    /// Whether a word of two or more letters (hyphens between letters allowed: `ex-ample`)
    /// starts at `start` and no more of a domain follows
    /// (the end of the field, a space or punctuation; a dot only at the end of a sentence).
    /// `localhost` names a machine, not a mailbox.
    private static func isBareHost(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var end = start
        while end < field.count {
            let byte = field[end]
            if byte.isLetter || byte >= 0x80 {
                end += 1
            } else if byte == 0x2D && end > start && end + 1 < field.count
                && (field[end + 1].isLetter || field[end + 1] >= 0x80)
            {
                end += 1  // a hyphen between letters (`ex-ample`)
            } else {
                break
            }
        }
        guard end - start >= 2 else { return false }
        let localhost = Array("localhost".utf8)
        if end - start == localhost.count && zip(field[start..<end], localhost).allSatisfy({ $0 | 0x20 == $1 }) { return false }
        guard end < field.count else { return true }
        let next = field[end]
        if next.isDigit || next == 0x2D || next == 0x5F || next == 0x40 { return false }
        return next != 0x2E || end + 1 == field.count || !(field[end + 1].isLetter || field[end + 1].isDigit)
    }

    /// Whether the field contains an address written with `[at]`, `(at)`, `{at}` or `<at>` (any
    /// case, spaces allowed around it; also the Polish `małpa`, Latvian `et` and Lithuanian
    /// `eta`) and perhaps `[dot]` or `[.]` (also `kropka`, `punkts`, `taškas`): those are read as
    /// `@` and `.` and the result is checked as above. The `@` encoded for the web (`%40`,
    /// `&#64;`, `&#x40;`, `&commat;`) is read as `@` too, and so is the word `at` (or `małpa`)
    /// between spaces when a domain with a common ending follows it
    /// (`jan.kowalski at wp.pl`; not `we met at home`).
    static func obfuscatedEmailAddressFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = String(decoding: field, as: UTF8.self)
        let encoded = encodedAts.contains { text.range(of: $0, options: .caseInsensitive) != nil }
        let atWord =
            atWords.contains { text.range(of: $0, options: .caseInsensitive) != nil } || text.contains("#")
            || bracketedA.contains { text.range(of: $0, options: .caseInsensitive) != nil }
        guard encoded || atWord || text.contains("@") else { return false }
        if text.contains("DOT") {
            // `jan.kowalskiATwpDOTpl`: the words in capitals glued between lower-case ones.
            text = text.replacingOccurrences(
                of: "(?<=[\\p{Ll}\\p{N}])AT(?=[\\p{Ll}\\p{N}-]{1,64}DOT(\(commonEndings))\\b)", with: "@", options: .regularExpression)
            text = text.replacingOccurrences(of: "(?<=[\\p{Ll}\\p{N}])DOT(?=(\(commonEndings))\\b)", with: ".", options: .regularExpression)
        }
        for (pattern, replacement) in encodings where encoded {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: [.regularExpression, .caseInsensitive])
        }
        // `@@`, `@ @`: one `@` typed twice.
        text = text.replacingOccurrences(of: "@[ \\t]*@", with: "@", options: .regularExpression)
        // `@ gmail com`, `@wp,pl`, `@ wp , pl`: a space or a comma for the dot before a common ending.
        text = text.replacingOccurrences(
            of: "(@[ \\t]{0,3}[\\p{L}\\p{N}-]{1,64})([ \\t]{0,3},[ \\t]{0,3}|[ \\t]{1,3})(?=(\(commonEndings))\\b)", with: "$1.",
            options: [.regularExpression, .caseInsensitive])
        // `'@'`, `"at"`, `« at »`, `„małpa”`, `"(at)"`: an `@` or its word in quotes (any quotation
        // mark or guillemet is `'` in normal form), with or without brackets inside.
        text = text.replacingOccurrences(
            of: "[ \\t]*[\"'][ \\t]*[(\\[{<]?[ \\t]*(@|\(atWords.joined(separator: "|")))[ \\t]*[)\\]}>]?[ \\t]*[\"'][ \\t]*", with: "@",
            options: [.regularExpression, .caseInsensitive])
        if atWord {
            // The word for a dot between spaces, or between `-`, `_`, `*` or `/`, before a common ending
            // (`wp kropka pl`, `wp-dot-pl`).
            let dots = "dot|kropka|punkts|taškas|taskas"
            text = text.replacingOccurrences(
                of: "(?<=[\\p{L}\\p{N}])([ \\t]+(\(dots))[ \\t]+|[-_*/](\(dots))[-_*/])(?=(\(commonEndings))\\b)", with: ".",
                options: [.regularExpression, .caseInsensitive])
            let words = "at|małpą|małpa|malpą|malpa|małpka|malpka|eta|et|pie"
            text = text.replacingOccurrences(
                of: "(?<=\\S)([ \\t]+[\"']?(\(words))[\"']?[ \\t]+|[ \\t]*[/_*\"'-](\(words))[/_*\"'-][ \\t]*"
                    + "|(?<=\\p{L})(małpą|małpa|malpą|malpa)|#)(?=[\\p{L}\\p{N}-]{1,64}(\\.[\\p{L}\\p{N}-]{1,64}){0,4}\\.(\(commonEndings))\\b)",
                with: "@", options: [.regularExpression, .caseInsensitive])
        }
        for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")] {
            for (words, replacement) in [(atWords + ["@", "a"], "@"), (dotWords, ".")] {
                text = text.replacingOccurrences(
                    of: "\\s*\\\(open)\\s*[\"']?\\s*(\(words.joined(separator: "|")))\\s*[\"']?\\s*\\\(close)\\s*", with: replacement,
                    options: [.regularExpression, .caseInsensitive])
            }
        }
        var bytes = Array(text.utf8)
        return bytes.contains(0x40)
            && bytes.withUnsafeMutableBufferPointer { emailAddressFound(in: UnsafeBufferPointer($0), bareHosts: false) }
    }

    /// Signs that the `@` (or a dot) is encoded for a URL, in HTML, as a `\\u` escape or in
    /// quoted-printable.
    private static let encodedAts = ["%40", "%2540", "&#", "&amp;#", "&commat;", "\\u0040", "=40"]
    /// How each encoding is read back: `%40` and `%2540` (encoded twice), `&#64;`, `&#064;`,
    /// `&#x40;`, `&#x0040;` (the `;` may be missing; `&amp;#64;` encoded twice), `&commat;`,
    /// `\\u0040`, quoted-printable `=40`, and `%2E` for a dot.
    private static let encodings: [(String, String)] = [
        ("%(25)?40", "@"), ("&(amp;)?#0*64;?", "@"), ("&(amp;)?#x0*40;?", "@"), ("&commat;", "@"), ("\\\\u0040", "@"),
        ("=40", "@"), ("%(25)?2e", "."),
    ]
    /// The domain endings after which the word `at` is read as `@`.
    private static let commonEndings = "pl|lv|lt|ee|eu|com|net|org|info|de|uk|ru|io|me"

    /// Whether the field has the word `at` between spaces (or between two of `/`, `_`, `*`,
    /// `-`), a word starting `mal` or `mał`, or the word `et` or one starting `eta`:
    /// worth reading with ``obfuscatedEmailAddressFound(in:)`` for an `@` written as a word.
    /// (A `%` or `&` that may encode an `@` is routed there by the caller's first pass.)
    static func mayHaveWrittenAt(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        if field.contains(0x23) { return true }  // `#` for `@`
        for index in field.indices where index + 3 < field.count {
            // `małp` or `malp` glued to anything (`jan.kowalskimałpawp.pl`), `DOT` in capitals,
            // `"at"` in quotes, the Latvian `pie` between spaces.
            // An escape that may be an `@`: `\x40`, `\u0040`, `\u{40}`, `\100`, `\@`, `&commat;`,
            // `&amp;commat;`, `%26%2364%3B`.
            let next = field[index + 1]
            switch field[index] {
            case 0x5C where next == 0x78 || next == 0x75 || next == 0x31 || next == 0x40: return true
            case 0x26 where next | 0x20 == 0x63 || next | 0x20 == 0x61: return true
            case 0x25 where next == 0x32 || next == 0x34: return true
            default: break
            }
            let first = field[index] | 0x20, second = field[index + 1] | 0x20
            if first == 0x6D && second == 0x61 && field.count - index >= 5
                && ((field[index + 2] == 0xC5 && field[index + 4] | 0x20 == 0x70)
                    || field[index + 2] | 0x20 == 0x6C && field[index + 3] | 0x20 == 0x70)
            {
                return true
            }
            if field[index] == 0x44 && field[index + 1] == 0x4F && field[index + 2] == 0x54 { return true }
            if (field[index] == 0x22 || field[index] == 0x27) && second == 0x61 && field[index + 2] | 0x20 == 0x74 { return true }
            if field[index] == 0x20 && second == 0x70 && field[index + 2] | 0x20 == 0x69 && field[index + 3] | 0x20 == 0x65
                && (index + 4 == field.count || field[index + 4] == 0x20)
            {
                return true
            }
        }
        for index in field.indices where index + 3 < field.count {
            let lead = field[index]
            guard lead == 0x20 || lead == 0x2F || lead == 0x5F || lead == 0x2A || lead == 0x2D else { continue }
            let first = field[index + 1] | 0x20, second = field[index + 2] | 0x20, third = field[index + 3]
            if first == 0x61 && second == 0x74 && (third == lead || third == 0x09) { return true }
            guard lead == 0x20 else { continue }
            if first == 0x6D && second == 0x61 && (third | 0x20 == 0x6C || third == 0xC5) { return true }
            if first == 0x65 && second == 0x74 && (third == 0x20 || third | 0x20 == 0x61) { return true }
        }
        return false
    }

    /// Words written in brackets for `@`: English, Polish (`małpa`), Latvian (`et`) and
    /// Lithuanian (`eta`).
    private static let atWords = ["at", "małpą", "małpa", "malpą", "malpa", "małpka", "malpka", "eta", "et", "pie"]
    /// The `@` and the letter a in brackets (`[@]`, `(a)`), read as `@` like the words.
    private static let bracketedA = ["(a)", "[a]", "{a}", "<a>", "(@)", "[@]", "{@}", "<@>"]
    /// Words (and a bare dot) written in brackets for `.`: English, Polish, Latvian, Lithuanian.
    private static let dotWords = ["dot", "kropka", "punkts", "taškas", "taskas", "\\."]

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
            // A space next to a dot (`gmail .com`, `gmail. com`) is read through.
            let spaceByDot =
                byte == 0x20 && end > start
                && (field[end - 1] == 0x2E || (end + 1 < field.count && field[end + 1] == 0x2E))
            guard byte.isLetter || byte.isDigit || byte == 0x2D || byte == 0x2E || byte >= 0x80 || spaceByDot
            else { break }
            end += 1
        }
        while end > start && (field[end - 1] == 0x2E || field[end - 1] == 0x20) { end -= 1 }
        var labels = 0
        var labelLength = 0
        var lastLabelIsAlphabetic = true
        for index in start..<end where field[index] != 0x20 {
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
