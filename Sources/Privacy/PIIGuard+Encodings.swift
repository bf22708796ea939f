/// Spaces, dashes and other characters encoded for HTML, a URL or a program's string, and HTML
/// tags, read back before the checks.
///
/// A number copied from a web page, a link or an export keeps its separators encoded
/// (`601&nbsp;234&nbsp;567`, `601%20234%20567`, `601&#32;234`, `601&#8209;234`, `601\n234`) or
/// marked up (`601<br>234<br>567`); a person reading the field sees the number.
/// Percent-encoded bytes (`%20`, `%C2%A0`, `%E2%80%93`), numeric character references (`&#32;`,
/// `&#x2011;`, with or without the `;`), the named references for spaces and dashes (`&nbsp;`,
/// `&thinsp;`, `&ndash;`, `&mdash;`, ...) and backslash escapes (`\n`, `\t`, `\r`, `\u00a0`,
/// `\u{a0}`, `\xa0`) are decoded, and every HTML tag (`<br>`, `<wbr>`, `</span>`, `<br />`, a
/// tag with attributes) is read as a space, twice over for text encoded twice (`&amp;nbsp;`,
/// `&lt;br&gt;`); the result is read in normal form like any field (``normalised(_:)``).
extension PIIGuard {
    /// The field with its encodings decoded, or `nil` when it has none.
    static func encodingsDecoded(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var current: [UInt8]? = nil
        for _ in 0..<3 {
            let pass = (current ?? Array(field)).withUnsafeBufferPointer { decodedOnce($0) }
            guard let pass else { break }
            current = pass
        }
        return current
    }

    /// One pass of decoding, or `nil` when nothing was decoded.
    private static func decodedOnce(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard field.contains(where: { $0 == 0x25 || $0 == 0x26 || $0 == 0x3C || $0 == 0x5C || $0 == 0x5B }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var changed = false
        var index = 0
        // Where the last tag ended in `out`: tags in a row (`<b></b><b></b>`) are one space.
        var afterTag = -1
        while index < field.count {
            let byte = field[index]
            if byte == 0x25, index + 2 < field.count, let high = hexValue(field[index + 1]), let low = hexValue(field[index + 2]) {
                out.append(high << 4 | low)
                index += 3
                changed = true
            } else if byte == 0x26, let (scalar, length) = characterReference(field, at: index) {
                out.append(contentsOf: String(scalar).utf8)
                index += length
                changed = true
            } else if byte == 0x3C, let length = cdataLength(field, at: index) ?? tagLength(field, at: index) {
                if afterTag != out.count { out.append(0x20) }
                afterTag = out.count
                index += length
                changed = true
            } else if byte == 0x5B, let length = bbCodeTagLength(field, at: index) {
                if afterTag != out.count { out.append(0x20) }
                afterTag = out.count
                index += length
                changed = true
            } else if byte == 0x5B, let (text, length) = markdownLink(field, at: index) {
                out.append(0x20)
                out.append(contentsOf: field[text])
                out.append(0x20)
                index += length
                changed = true
            } else if byte == 0x5C, let (scalar, length) = backslashEscape(field, at: index) {
                out.append(contentsOf: String(scalar).utf8)
                index += length
                changed = true
            } else {
                out.append(byte)
                index += 1
            }
        }
        return changed ? out : nil
    }

    /// The character a reference at `start` (`&#32;`, `&#x2011;`, `&nbsp;`) stands for, and
    /// the reference's length.
    private static func characterReference(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < field.count && end - start <= 16 && (field[end].isLetter || field[end].isDigit || field[end] == 0x23) { end += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: field[(start + 1)..<end]), as: UTF8.self).lowercased()
        let length = end - start + (end < field.count && field[end] == 0x3B ? 1 : 0)
        if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return (scalar, length)
        }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) { return (scalar, length) }
        guard end < field.count && field[end] == 0x3B, let scalar = namedReferences[name] else { return nil }
        return (scalar, length)
    }

    /// The length of an HTML tag at `start` (`<br>`, `<br/>`, `<br />`, `</span>`,
    /// `<span class="x">`), or `nil` when none starts there.
    ///
    /// A tag is `<`, an optional `/`, a letter (or `!`, a comment `<!-- -->`), then up to 100
    /// bytes other than `<` and `>`, and `>`. The bracketed words for `@` and `.` (`<at>`, `<a>`, `<dot>`) are not tags: the e-mail
    /// check reads them. Bounded, so a field of many `<` is still read in linear time.
    private static func tagLength(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        if index < field.count && field[index] == 0x2F { index += 1 }
        guard index < field.count, field[index].isLetter || field[index] == 0x21 else { return nil }
        let nameStart = index
        while index < field.count && (field[index].isLetter || field[index].isDigit) { index += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: field[nameStart..<index]), as: UTF8.self).lowercased()
        while index < field.count && index - start <= 100 && field[index] != 0x3C && field[index] != 0x3E { index += 1 }
        guard index < field.count, field[index] == 0x3E else { return nil }
        if index == nameStart + name.utf8.count && atOrDotWords.contains(name) { return nil }
        return index + 1 - start
    }

    /// The length of a CDATA opening `<![CDATA[` at `start`, or `nil` (`601<![CDATA[234]]>567`
    /// shows 601 234 567; the closing `]]>` is a gap of symbols).
    private static func cdataLength(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let opening = Array("<![CDATA[".utf8)
        guard start + opening.count <= field.count, field[start..<start + opening.count].elementsEqual(opening) else { return nil }
        return opening.count
    }

    /// The length of a BBCode tag at `start` (`[b]`, `[/b]`, `[color=red]`, `[/color]`): `[`,
    /// an optional `/`, one to ten letters, an optional `=` and up to 30 bytes other than
    /// brackets, and `]`; `nil` when none starts there. The bracketed words for `@` and `.`
    /// (`[at]`, `[a]`, `[dot]`) are not tags: the e-mail check reads them.
    private static func bbCodeTagLength(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        if index < field.count && field[index] == 0x2F { index += 1 }
        let nameStart = index
        while index < field.count && index - nameStart < 10 && field[index].isLetter { index += 1 }
        guard index > nameStart, index < field.count else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: field[nameStart..<index]), as: UTF8.self).lowercased()
        if field[index] == 0x3D {
            let valueStart = index
            while index < field.count && index - valueStart <= 30 && field[index] != 0x5B && field[index] != 0x5D { index += 1 }
        }
        guard index < field.count, field[index] == 0x5D else { return nil }
        if field[start + 1] != 0x2F && atOrDotWords.contains(name) { return nil }
        return index + 1 - start
    }

    /// A Markdown link at `start`, `[text](target)`: the range of its text and its length, or
    /// `nil`. The text and the target are at most 100 bytes each, without brackets.
    private static func markdownLink(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> (Range<Int>, Int)? {
        var index = start + 1
        while index < field.count && index - start <= 100 && field[index] != 0x5B && field[index] != 0x5D { index += 1 }
        guard index + 1 < field.count, field[index] == 0x5D, field[index + 1] == 0x28 else { return nil }
        let text = (start + 1)..<index
        index += 2
        let targetStart = index
        while index < field.count && index - targetStart <= 100 && field[index] != 0x28 && field[index] != 0x29 { index += 1 }
        guard index < field.count, field[index] == 0x29 else { return nil }
        return (text, index + 1 - start)
    }

    /// Words that stand for `@` or `.` in brackets, which are not tags.
    private static let atOrDotWords: Set<String> = ["a", "at", "et", "eta", "pie", "dot", "kropka", "punkts", "taskas"]

    /// The character a backslash escape at `start` stands for (`\n`, `\t`, `\r`, `\f` and `\v`
    /// a space; `\u00a0`, `\u{a0}`, `\xa0` the character; `\\`, `\"` and `\'` the second
    /// character), and the escape's length; `nil` when no escape starts there.
    private static func backslashEscape(_ field: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        guard start + 1 < field.count else { return nil }
        switch field[start + 1] {
        case 0x6E, 0x74, 0x72, 0x66, 0x76: return (" ", 2)
        case 0x5C, 0x22, 0x27, 0x2E, 0x40: return (Unicode.Scalar(field[start + 1]), 2)
        case 0x30, 0x31:
            // An octal escape of printable ASCII (`\100` is `@`, `\040` a space); not `\2023` in a path.
            guard start + 3 < field.count, (1...3).allSatisfy({ (0x30...0x37).contains(field[start + $0]) }) else { return nil }
            let value = (1...3).reduce(0) { $0 * 8 + Int(field[start + $1] - 0x30) }
            return (0x20...0x7E).contains(value) ? (Unicode.Scalar(UInt8(value)), 4) : nil
        case 0x75 where start + 2 < field.count && field[start + 2] == 0x7B:
            var end = start + 3
            while end < field.count && end - start < 10 && hexValue(field[end]) != nil { end += 1 }
            guard end > start + 3, end < field.count, field[end] == 0x7D else { return nil }
            return hexScalar(field, start + 3, end).map { ($0, end + 1 - start) }
        case 0x75: return hexScalar(field, start + 2, start + 6).map { ($0, 6) }
        case 0x78: return hexScalar(field, start + 2, start + 4).map { ($0, 4) }
        default: return nil
        }
    }

    /// The character whose code is the hexadecimal digits `start..<end`, or `nil`.
    private static func hexScalar(_ field: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        guard end <= field.count else { return nil }
        var value: UInt32 = 0
        for index in start..<end {
            guard let digit = hexValue(field[index]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return Unicode.Scalar(value)
    }

    /// Named references a separator may be written with.
    private static let namedReferences: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}", "numsp": "\u{2007}",
        "puncsp": "\u{2008}", "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hyphen": "\u{2010}", "dash": "\u{2010}",
        "shy": "\u{AD}", "middot": "\u{B7}", "period": ".", "sol": "/", "lowbar": "_", "amp": "&", "zwsp": "\u{200B}",
        "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "laquo": "\u{AB}", "raquo": "\u{BB}", "bdquo": "\u{201E}",
        "newline": "\n", "tab": "\t", "zwj": "\u{200D}", "zwnj": "\u{200C}", "zerowidthspace": "\u{200B}", "nobreak": "\u{2060}",
        "wj": "\u{2060}", "commat": "@", "bsol": "\\", "verbar": "|", "ast": "*", "plus": "+", "equals": "=", "num": "#",
    ]

    /// The value of a hexadecimal digit.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if byte.isDigit { return byte &- 0x30 }
        let lower = byte | 0x20
        return (0x61...0x66).contains(lower) ? lower - 0x61 + 10 : nil
    }
}
