import Foundation
import Testing

@testable import CSVReading

#if canImport(Glibc)
    import Glibc
#endif

/// The code-page bytes converted as iconv converts them in one call (the reference), nil where
/// iconv refuses them.
private func iconvDecoded(_ bytes: [UInt8], from name: String) -> [UInt8]? {
    let converter = iconv_open("UTF-8", name)
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 4)
    var inLeft = input.count
    var outLeft = output.count
    let result = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            var inPointer = inBuffer.baseAddress
            var outPointer = outBuffer.baseAddress
            return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        }
    }
    guard result != -1 else { return nil }
    return output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
}

@Suite struct TranscoderTests {
    /// Every byte of every single-byte code page, between two letters, against iconv's own
    /// conversion of the same three bytes: the same UTF-8, or the same refusal at the byte.
    @Test(arguments: [TextEncoding.windows1250, .windows1257, .iso88592, .iso885913])
    func everyByteConvertsAsIconvConvertsTheWholeText(_ encoding: TextEncoding) throws {
        let controlsRefused = encoding == .iso88592 || encoding == .iso885913
        var refused = 0
        for byte in UInt8(1)...UInt8(255) {
            let bytes: [UInt8] = [0x41, byte, 0x42]
            let transcoder = try Transcoder(encoding: encoding)
            var output: [UInt8] = []
            var refusedAt: Int? = nil
            do {
                try bytes.withUnsafeBytes { try transcoder.convert($0, into: &output, final: true) }
            } catch let invalid as Transcoder.InvalidByte {
                refusedAt = invalid.fileOffset
            }
            if controlsRefused && (0x80...0x9F).contains(byte) {
                #expect(refusedAt == 1, "byte \(byte) in \(encoding)")
            } else if let expected = iconvDecoded(bytes, from: encoding.iconvName) {
                #expect(refusedAt == nil && output == expected, "byte \(byte) in \(encoding)")
            } else {
                refused += 1
                #expect(refusedAt == 1, "byte \(byte) in \(encoding)")
            }
        }
        // Windows-1250 leaves 0x81, 0x83, 0x88, 0x90 and 0x98 undefined.
        if encoding == .windows1250 { #expect(refused == 5) }
    }

    /// Offsets of refused bytes count the bytes of earlier chunks.
    @Test func refusedByteOffsetCountsEarlierChunks() throws {
        let transcoder = try Transcoder(encoding: .windows1250)
        var output: [UInt8] = []
        try [UInt8]("abc".utf8).withUnsafeBytes { try transcoder.convert($0, into: &output, final: false) }
        #expect(output == Array("abc".utf8))
        #expect {
            try [UInt8]([0x61, 0xB9, 0x81]).withUnsafeBytes { try transcoder.convert($0, into: &output, final: true) }
        } throws: { ($0 as? Transcoder.InvalidByte)?.fileOffset == 5 }
    }
}
