import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A character encoding in which partners deliver files, with the codebook's name for it.
package enum SynthesisEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 preceded by the byte-order mark EF BB BF (what Excel writes for "CSV UTF-8").
    case utf8BOM = "utf-8-bom"
    /// Baltic Windows code page (Latvian and Lithuanian letters).
    case windows1257 = "windows-1257"
    /// Central European Windows code page (Polish letters).
    case windows1250 = "windows-1250"
    /// ISO Latin-2 (Polish letters; differs from windows-1250 for ą, ś, ź, Ą, Ś, Ź).
    case iso88592 = "iso-8859-2"

    /// The value of `file.encoding` in a codebook (a BOM is allowed under `utf-8`).
    package var codebookName: String { self == .utf8BOM ? "utf-8" : rawValue }

    /// The name iconv knows this encoding by.
    package var iconvName: String {
        switch self {
        case .utf8, .utf8BOM: return "UTF-8"
        case .windows1257: return "WINDOWS-1257"
        case .windows1250: return "WINDOWS-1250"
        case .iso88592: return "ISO-8859-2"
        }
    }
}

/// Encodes text into one of the ``SynthesisEncoding``s.
///
/// Single-byte code pages use a table built once by decoding bytes 0x80–0xFF with iconv, so
/// encoding a line is a dictionary lookup per non-ASCII character.
struct TextEncoder: Sendable {
    let encoding: SynthesisEncoding
    private let table: [Unicode.Scalar: UInt8]

    /// - Throws: ``SynthesisError/encodingUnavailable(_:)`` when iconv lacks the code page.
    init(_ encoding: SynthesisEncoding) throws {
        self.encoding = encoding
        switch encoding {
        case .utf8, .utf8BOM: table = [:]
        default: table = try TextEncoder.upperHalf(of: encoding)
        }
    }

    /// Bytes written before the first line (the BOM for ``SynthesisEncoding/utf8BOM``).
    var preamble: [UInt8] { encoding == .utf8BOM ? [0xEF, 0xBB, 0xBF] : [] }

    /// Appends the encoding of `text` to `bytes`.
    ///
    /// - Throws: ``SynthesisError/unencodable(_:_:)`` for a character the code page lacks.
    func append(_ text: String, to bytes: inout [UInt8]) throws {
        if table.isEmpty {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if let byte = table[scalar] {
                bytes.append(byte)
            } else {
                throw SynthesisError.unencodable(String(scalar), encoding.rawValue)
            }
        }
    }

    /// Maps every character of bytes 0x80–0xFF of a code page to its byte.
    private static func upperHalf(of encoding: SynthesisEncoding) throws -> [Unicode.Scalar: UInt8] {
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0xFF) {
            guard let text = try Iconv.decode([byte], from: encoding.iconvName),
                let scalar = text.unicodeScalars.first
            else { continue }  // an undefined position in the code page
            table[scalar] = byte
        }
        return table
    }
}

/// A thin wrapper over the C library's iconv, used to build tables and in tests.
package enum Iconv {
    /// Decodes `bytes` from the iconv encoding `name` into a String.
    ///
    /// - Returns: the text, or nil when the bytes are invalid in that encoding.
    /// - Throws: ``SynthesisError/encodingUnavailable(_:)`` when iconv does not know `name`.
    package static func decode(_ bytes: [UInt8], from name: String) throws -> String? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { throw SynthesisError.encodingUnavailable(name) }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress
                var outPtr = outBuf.baseAddress
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if rc == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let produced else { return nil }
        let utf8 = output[0..<produced].map { UInt8(bitPattern: $0) }
        return String(decoding: utf8, as: UTF8.self)
    }
}
