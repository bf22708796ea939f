/// Short fields the identifier guard has already found clean, so that a value repeated on
/// many rows (a fieldwork date, a school code, a weight) is read by the guard once.
///
/// The guard's verdict depends on the field's bytes only, so a field equal byte for byte to
/// one found clean is clean: the scan is exactly as strict. Only clean verdicts are kept (a
/// finding stops the row or the file anyway). A direct-mapped table of ``slots`` entries: a
/// newer field takes an older one's slot, so memory stays fixed.
struct CleanFields {
    /// The shortest and longest fields kept: shorter ones cost the guard less than a look-up,
    /// longer ones do not fit a key.
    static let lengths = 6...16
    static let bits = 12
    static let slots = 1 << bits
    private let table = UnsafeMutablePointer<Key>.allocate(capacity: slots)

    struct Key: Equatable {
        var low: UInt64
        var high: UInt64
        /// The length, 0 for an empty slot.
        var count: Int
    }

    init() { table.initialize(repeating: Key(low: 0, high: 0, count: 0), count: Self.slots) }

    func deallocate() { table.deallocate() }

    /// The key of a field of a length in ``lengths``: its bytes, zero-padded, and its length.
    @inline(__always)
    static func key(_ field: UnsafeBufferPointer<UInt8>) -> Key {
        var key = Key(low: 0, high: 0, count: field.count)
        withUnsafeMutableBytes(of: &key.low) { low in
            withUnsafeMutableBytes(of: &key.high) { high in
                let first = min(field.count, 8)
                low.baseAddress!.copyMemory(from: field.baseAddress!, byteCount: first)
                if field.count > 8 { high.baseAddress!.copyMemory(from: field.baseAddress! + 8, byteCount: field.count - 8) }
            }
        }
        return key
    }

    @inline(__always)
    private static func slot(_ key: Key) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.count)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    @inline(__always)
    func contains(_ key: Key) -> Bool { table[Self.slot(key)] == key }

    @inline(__always)
    func insert(_ key: Key) { table[Self.slot(key)] = key }
}
