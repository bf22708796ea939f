import Foundation

/// Guesses the encoding of a sample of bytes, for error messages.
///
/// Valid UTF-8 with multi-byte sequences is UTF-8. Otherwise each single-byte code page decodes
/// the sample and the one that yields the most Latvian, Lithuanian or Polish letters wins.
package enum EncodingGuess {
    private static let balticLetters = Set("āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ")
    private static let polishLetters = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")

    /// The likely encoding of `sample`, or nil when it is plain ASCII or nothing fits.
    package static func likelyEncoding(of sample: [UInt8]) -> TextEncoding? {
        guard sample.contains(where: { $0 >= 0x80 }) else { return nil }
        if UTF8Validation.validPrefix(sample, from: 0).1 == nil { return .utf8 }
        var best: (TextEncoding, Int)? = nil
        for candidate in [TextEncoding.windows1257, .windows1250, .iso88592, .iso885913] {
            guard let text = decode(sample, as: candidate) else { continue }
            let letters = candidate.languages == "Polish" ? polishLetters : balticLetters
            let score = text.reduce(0) { $0 + (letters.contains($1) ? 1 : 0) }
            if score > (best?.1 ?? 0) { best = (candidate, score) }
        }
        return best?.0
    }

    /// Whether a file's first bytes are UTF-16 text: a UTF-16 byte-order mark, or two ASCII
    /// characters each with a zero byte after it (little-endian) or before it (big-endian).
    static func isUTF16(_ start: [UInt8]) -> Bool {
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return true }
        guard start.count >= 4 else { return false }
        let ascii = { (byte: UInt8) in byte > 0 && byte < 0x80 }
        return (ascii(start[0]) && start[1] == 0 && ascii(start[2]) && start[3] == 0)
            || (start[0] == 0 && ascii(start[1]) && start[2] == 0 && ascii(start[3]))
    }

    /// Whether a sample is UTF-8 with at least one multi-byte sequence (so not single-byte text).
    static func isMultibyteUTF8(_ sample: [UInt8]) -> Bool {
        var bytes = sample
        // A sample cut mid-sequence is still UTF-8: drop an incomplete tail.
        while let last = bytes.last, last >= 0x80, UTF8Validation.validPrefix(bytes, from: 0).1 != nil,
            bytes.count > sample.count - 4
        {
            bytes.removeLast()
        }
        return bytes.contains(where: { $0 >= 0x80 }) && UTF8Validation.validPrefix(bytes, from: 0).1 == nil
    }

    private static func decode(_ sample: [UInt8], as encoding: TextEncoding) -> String? {
        guard let transcoder = try? Transcoder(encoding: encoding) else { return nil }
        var out: [UInt8] = []
        let ok: Bool = sample.withUnsafeBytes { raw in
            (try? transcoder.convert(raw, into: &out, final: true)) != nil
        }
        return ok ? String(decoding: out, as: UTF8.self) : nil
    }
}
