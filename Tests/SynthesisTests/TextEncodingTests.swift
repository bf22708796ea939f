import Foundation
import Testing

@testable import Synthesis

@Suite("Text encodings")
struct TextEncodingTests {
    @Test("each native file decodes with iconv to exactly its UTF-8 twin", arguments: Support.allRequests)
    func roundTrip(country: SynthesisRequest.Country, kind: SynthesisRequest.Kind) throws {
        let native = SynthesisRequest(country: country, kind: kind, seed: 9, rows: 500, dirty: true)
        var twin = native
        twin.encoding = .utf8
        let (nativePath, summary) = try Support.generate(native)
        let (twinPath, _) = try Support.generate(twin)
        let decoded = try #require(try Support.text(nativePath, encoding: summary.encoding))
        let expected = String(decoding: try Support.bytes(twinPath), as: UTF8.self)
        #expect(decoded == expected)
        let hasNativeLetters = decoded.unicodeScalars.contains { !$0.isASCII }
        #expect(hasNativeLetters, "expected native letters in \(country) \(kind)")
    }

    @Test("the set covers a BOM, a Baltic and a Central European code page, and both delimiters")
    func dialectsAcrossTheSet() throws {
        var encodings = Set<SynthesisEncoding>()
        var delimiters = Set<Character>()
        for (country, kind) in Support.allRequests {
            let schema = try Support.schema(for: SynthesisRequest(country: country, kind: kind, seed: 1, rows: 400))
            encodings.insert(schema.dialect.encoding)
            delimiters.insert(schema.dialect.delimiter)
        }
        #expect(encodings.isSuperset(of: [.utf8BOM, .windows1257, .windows1250, .iso88592]))
        #expect(delimiters == [";", ","])
    }

    @Test("known code points: ł ś ā ž in their code pages")
    func knownBytes() throws {
        var bytes: [UInt8] = []
        try TextEncoder(.windows1250).append("łś", to: &bytes)
        try TextEncoder(.iso88592).append("łś", to: &bytes)
        try TextEncoder(.windows1257).append("āž", to: &bytes)
        #expect(bytes == [0xB3, 0x9C, 0xB3, 0xB6, 0xE2, 0xFE])
    }

    @Test("a UTF-8 BOM file starts with EF BB BF")
    func bom() throws {
        let (path, summary) = try Support.generate(SynthesisRequest(country: .lithuania, kind: .survey, seed: 1, rows: 400))
        #expect(summary.encoding == .utf8BOM)
        #expect(try Support.bytes(path).prefix(3) == [0xEF, 0xBB, 0xBF])
    }

    @Test("a character missing from the code page is an error, not a silent '?'")
    func unencodable() throws {
        #expect(throws: SynthesisError.self) {
            var bytes: [UInt8] = []
            try TextEncoder(.windows1257).append("Ж", to: &bytes)
        }
    }
}
