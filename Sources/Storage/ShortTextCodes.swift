/// Codes of short texts by their ``Statement/shortTextKey(_:)`` keys: an open-addressing table
/// with a multiplicative hash, for the lookups made once per row of a scan (a stratum, a PSU, a
/// category), where a `Dictionary`'s seeded SipHash of the key costs more than the rest of the
/// row's work.
///
/// Only for keys made by `shortTextKey` (their top byte is a length of at most 7, so the all-ones
/// pattern marks an empty slot); the codes are whatever the caller assigns.
package struct ShortTextCodes {
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var codes: [Int32]
    /// log2 of the number of slots.
    private var bits: Int
    /// The number of keys held.
    package private(set) var count = 0

    /// An empty table.
    package init() {
        bits = 4
        keys = [UInt64](repeating: Self.empty, count: 1 << 4)
        codes = [Int32](repeating: 0, count: 1 << 4)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The code of a key, nil when it has none.
    @inline(__always)
    package func code(of key: UInt64) -> Int32? {
        let mask = (1 << bits) - 1
        var s = Self.slot(key, bits: bits)
        while true {
            let held = keys[s]
            if held == key { return codes[s] }
            if held == Self.empty { return nil }
            s = (s + 1) & mask
        }
    }

    /// Gives a key a code (replacing the one it had).
    package mutating func set(_ code: Int32, for key: UInt64) {
        precondition(key != Self.empty, "not a short text key")
        if 2 * (count + 1) > keys.count { grow() }
        let mask = (1 << bits) - 1
        var s = Self.slot(key, bits: bits)
        while keys[s] != Self.empty && keys[s] != key { s = (s + 1) & mask }
        if keys[s] == Self.empty { count += 1 }
        keys[s] = key
        codes[s] = code
    }

    private mutating func grow() {
        let (oldKeys, oldCodes) = (keys, codes)
        bits += 1
        keys = [UInt64](repeating: Self.empty, count: 1 << bits)
        codes = [Int32](repeating: 0, count: 1 << bits)
        count = 0
        for (key, code) in zip(oldKeys, oldCodes) where key != Self.empty { set(code, for: key) }
    }
}
