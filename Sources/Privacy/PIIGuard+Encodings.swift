/// Spaces, dashes and other characters encoded for HTML or a URL, read back before the checks.
///
/// A number copied from a web page or a link keeps its separators encoded
/// (`601&nbsp;234&nbsp;567`, `601%20234%20567`, `601&#32;234`, `601&#8209;234`); a person reading
/// the field sees the number. Percent-encoded bytes (`%20`, `%C2%A0`, `%E2%80%93`), numeric
/// character references (`&#32;`, `&#x2011;`, with or without the `;`) and the named
/// references for spaces and dashes (`&nbsp;`, `&thinsp;`, `&ndash;`, `&mdash;`, ...) are
/// decoded, twice over for text encoded twice (`&amp;nbsp;`), and the result is read in
/// normal form like any field (``normalised(_:)``).
extension PIIGuard {
    /// The field with its encodings decoded, or `nil` when it has none.
    static func encodingsDecoded(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var current: [UInt8]? = nil
        for _ in 0..<2 {
            let pass = (current ?? Array(field)).withUnsafeBufferPointer { decodedOnce($0) }
            guard let pass else { break }
            current = pass
        }
        return current
    }

    /// One pass of decoding, or `nil` when nothing was decoded.
    private static func decodedOnce(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard field.contains(0x25) || field.contains(0x26) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var changed = false
        var index = 0
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
        while end < field.count && end - start <= 10 && (field[end].isLetter || field[end].isDigit || field[end] == 0x23) { end += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: field[(start + 1)..<end]), as: UTF8.self).lowercased()
        let length = end - start + (end < field.count && field[end] == 0x3B ? 1 : 0)
        if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return (scalar, length)
        }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) { return (scalar, length) }
        guard end < field.count && field[end] == 0x3B, let scalar = namedReferences[name] else { return nil }
        return (scalar, length)
    }

    /// Named references a separator may be written with.
    private static let namedReferences: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}", "numsp": "\u{2007}",
        "puncsp": "\u{2008}", "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hyphen": "\u{2010}", "dash": "\u{2010}",
        "shy": "\u{AD}", "middot": "\u{B7}", "period": ".", "sol": "/", "lowbar": "_", "amp": "&", "zwsp": "\u{200B}",
    ]

    /// The value of a hexadecimal digit.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if byte.isDigit { return byte &- 0x30 }
        let lower = byte | 0x20
        return (0x61...0x66).contains(lower) ? lower - 0x61 + 10 : nil
    }
}
