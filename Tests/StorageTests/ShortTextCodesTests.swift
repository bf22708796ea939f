import Testing

@testable import Storage

/// The open-addressing table of short-text codes gives what a Dictionary would, through growth.
@Suite struct ShortTextCodesTests {
    /// A key as ``Statement/shortTextKey(_:)`` makes it: the bytes, the length in the top byte.
    private func key(_ text: String) -> UInt64 {
        let bytes = Array(text.utf8)
        var key = UInt64(bytes.count) << 56
        for (j, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * j) }
        return key
    }

    @Test func agreesWithADictionaryThroughGrowth() {
        var table = ShortTextCodes()
        var reference: [UInt64: Int32] = [:]
        let texts = [""] + (0..<3000).map { String($0 * 7919 % 100_003) } + ["LV", "LT", "PL", "Äst", "north"]
        for (code, text) in texts.enumerated() {
            let k = key(text)
            if reference[k] == nil {
                #expect(table.code(of: k) == nil)
                table.set(Int32(code), for: k)
                reference[k] = Int32(code)
            }
        }
        #expect(table.count == reference.count)
        for (k, code) in reference { #expect(table.code(of: k) == code) }
        #expect(table.code(of: key("absent")) == nil)
        // A new code replaces the old one, and the count stays.
        table.set(-2, for: key("LV"))
        #expect(table.code(of: key("LV")) == -2)
        #expect(table.count == reference.count)
    }
}
