import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Converts a stream of bytes in a declared encoding to UTF-8, chunk by chunk.
///
/// UTF-8 input is validated (a byte-order mark at the start is dropped) and passed through;
/// single-byte code pages go through a table of each byte's UTF-8, which iconv fills once. An
/// invalid byte stops the conversion with its offset so that the caller can name the line and
/// column; nothing is ever replaced silently.
final class Transcoder {
    /// Where conversion failed: the byte offset in the file.
    struct InvalidByte: Error { let fileOffset: Int }
    /// Where a file declared as a single-byte code page holds UTF-8 letters: the byte offset.
    struct UTF8Letter: Error { let fileOffset: Int }

    let encoding: TextEncoding
    private var table: ByteTable?
    private var pending: [UInt8] = []  // an incomplete UTF-8 sequence carried to the next chunk
    private var consumed = 0  // bytes of the file consumed so far
    private var atStart = true

    init(encoding: TextEncoding) throws {
        self.encoding = encoding
        if encoding != .utf8 { table = try ByteTable(encoding: encoding) }
    }

    /// Converts one chunk, appending UTF-8 to `output` (which is cleared first).
    func convert(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], final: Bool) throws {
        output.removeAll(keepingCapacity: true)
        if encoding == .utf8 {
            try passUTF8(input, into: &output, final: final)
        } else {
            try convertSingleByte(input, into: &output)
        }
        atStart = false
    }

    private func passUTF8(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], final: Bool) throws {
        let base = consumed - pending.count
        var bytes = pending
        bytes.append(contentsOf: input)
        pending.removeAll()
        var start = 0
        if atStart, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let (validEnd, invalidAt) = UTF8Validation.validPrefix(bytes, from: start)
        if let invalidAt, final || invalidAt < bytes.count - 3 || !UTF8Validation.isIncompleteTail(bytes, at: invalidAt) {
            throw InvalidByte(fileOffset: base + invalidAt)
        }
        output.append(contentsOf: bytes[start..<validEnd])
        pending.append(contentsOf: bytes[validEnd...])
        consumed += input.count
    }

    private func convertSingleByte(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) throws {
        guard input.count > 0, let table else { return }
        let bytes = input.assumingMemoryBound(to: UInt8.self)
        try checkSingleByteText(bytes)
        output = try [UInt8](unsafeUninitializedCapacity: input.count * ByteTable.width) { out, produced in
            produced = 0
            for (offset, byte) in bytes.enumerated() {
                if byte < 0x80 {
                    out[produced] = byte
                    produced += 1
                    continue
                }
                let length = table.lengths[Int(byte)]
                guard length > 0 else { throw InvalidByte(fileOffset: consumed + offset) }
                for k in 0..<Int(length) { out[produced + k] = table.utf8[Int(byte) * ByteTable.width + k] }
                produced += Int(length)
            }
        }
        consumed += input.count
    }
}

/// The UTF-8 of every byte of a single-byte code page, asked of iconv once per byte: the same
/// conversion iconv makes of a whole text, since each byte of these code pages is one character
/// on its own. A byte iconv refuses (one the code page leaves undefined) has length 0.
struct ByteTable {
    /// The most UTF-8 bytes one character takes here (the code pages' characters are in the
    /// Basic Multilingual Plane: at most 3).
    static let width = 4
    private(set) var utf8 = [UInt8](repeating: 0, count: 256 * width)
    private(set) var lengths = [UInt8](repeating: 0, count: 256)

    /// - Throws: ``CSVReadingError/unsupportedEncoding(_:)`` when iconv does not know the code page.
    init(encoding: TextEncoding) throws {
        let converter = iconv_open("UTF-8", encoding.iconvName)
        if converter == iconv_t(bitPattern: -1) { throw CSVReadingError.unsupportedEncoding(encoding.rawValue) }
        defer { iconv_close(converter) }
        for byte in 0...255 {
            var input = [CChar(truncatingIfNeeded: byte)]
            var output = [CChar](repeating: 0, count: Self.width)
            var inLeft = 1
            var outLeft = Self.width
            let result = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer = inBuffer.baseAddress
                    var outPointer = outBuffer.baseAddress
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            iconv(converter, nil, nil, nil, nil)  // back to the initial state after a refused byte
            guard result != -1, inLeft == 0 else { continue }
            lengths[byte] = UInt8(Self.width - outLeft)
            for k in 0..<(Self.width - outLeft) { utf8[byte * Self.width + k] = UInt8(bitPattern: output[k]) }
        }
    }
}

extension Transcoder {
    /// Refuses what iconv would convert without complaint but garble.
    ///
    /// - In ISO-8859-2 and ISO-8859-13, bytes 0x80–0x9F are C1 control characters, which no
    ///   text file means: they are what Windows-1250 or Windows-1257 use for letters and
    ///   quotes, so the file was saved in the Windows code page.
    /// - A two-byte UTF-8 sequence of a Latvian, Lithuanian or Polish letter (`ā` is C4 81)
    ///   reads in every one of these code pages as a letter none of the three languages uses
    ///   (`Ä`, `Å`, `Ă`, `Ĺ`) followed by a symbol: the file (or this part of it) is UTF-8.
    ///   The first chunk is checked as a whole before reading; this check covers the rest.
    fileprivate func checkSingleByteText(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        let controlsInvalid = encoding == .iso88592 || encoding == .iso885913
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            if controlsInvalid && b <= 0x9F { throw InvalidByte(fileOffset: consumed + i) }
            if (0xC3...0xC5).contains(b), i + 1 < n, UTF8Letters.isLetter(lead: b, continuation: bytes[i + 1]) {
                throw UTF8Letter(fileOffset: consumed + i)
            }
            i += 1
        }
    }
}

/// The Latvian, Lithuanian and Polish letters with diacritics, as two-byte UTF-8 sequences.
enum UTF8Letters {
    private static let letters = Set("āčēģīķļņšūžąęėįųćłńóśźżĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲĆŁŃÓŚŹŻ".unicodeScalars.map(\.value))

    /// Whether `lead`, `continuation` is the UTF-8 encoding of one of the letters.
    static func isLetter(lead: UInt8, continuation: UInt8) -> Bool {
        guard continuation & 0xC0 == 0x80 else { return false }
        let scalar = UInt32(lead & 0x1F) << 6 | UInt32(continuation & 0x3F)
        return letters.contains(scalar)
    }
}

/// UTF-8 validation without allocation.
enum UTF8Validation {
    /// The end of the longest valid prefix from `start`, and the offset of the first invalid byte.
    static func validPrefix(_ bytes: [UInt8], from start: Int) -> (Int, Int?) {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (i, i)
            }
            if i + length > n { return (i, i) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (i, i) }
            if b == 0xE0 && bytes[i + 1] < 0xA0 || b == 0xED && bytes[i + 1] > 0x9F
                || b == 0xF0 && bytes[i + 1] < 0x90 || b == 0xF4 && bytes[i + 1] > 0x8F
            {
                return (i, i)
            }
            i += length
        }
        return (n, nil)
    }

    /// Whether the bytes from `offset` to the end are the valid start of a sequence cut by the chunk end.
    static func isIncompleteTail(_ bytes: [UInt8], at offset: Int) -> Bool {
        let b = bytes[offset]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
        guard length > 0, offset + length > bytes.count else { return false }
        return bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
