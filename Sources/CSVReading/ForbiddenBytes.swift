#if canImport(Glibc)
    import Glibc
#endif

/// Finds bytes a text file must not hold, chunk by chunk: a NUL byte (binary data, or UTF-16
/// text) in any encoding, and in UTF-8 a byte-order mark after the start of the file (U+FEFF
/// inside a field: two files glued together, an invisible character that would be stored).
struct ForbiddenBytes {
    /// What was found and where (the byte offset in the file).
    struct Found: Error, Equatable {
        enum Kind: Equatable { case nul, byteOrderMark }
        let kind: Kind
        let fileOffset: Int
    }

    let checksByteOrderMark: Bool
    private var consumed = 0
    private var tail: [UInt8] = []  // the last two bytes of the previous chunk (a mark may straddle chunks)

    init(encoding: TextEncoding) {
        checksByteOrderMark = encoding == .utf8
    }

    /// Scans the next chunk of the file.
    /// - Throws: ``Found`` at the first forbidden byte.
    mutating func scan(_ chunk: UnsafeRawBufferPointer) throws {
        defer {
            consumed += chunk.count
            tail = Array((tail + chunk.suffix(2)).suffix(2))
        }
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        if let nul = memchr(base, 0, chunk.count) {
            throw Found(kind: .nul, fileOffset: consumed + (UnsafeRawPointer(nul) - base))
        }
        guard checksByteOrderMark else { return }
        // The mark at offset 0 is the file's own and is allowed.
        let window = tail + chunk.prefix(2)
        for start in 0..<max(0, window.count - 2) where window[start] == 0xEF && window[start + 1] == 0xBB && window[start + 2] == 0xBF {
            throw Found(kind: .byteOrderMark, fileOffset: consumed - tail.count + start)
        }
        var from = 0
        while from < chunk.count, let hit = memchr(base + from, 0xEF, chunk.count - from) {
            let at = UnsafeRawPointer(hit) - base
            if at + 2 < chunk.count, chunk[at + 1] == 0xBB, chunk[at + 2] == 0xBF, consumed + at > 0 {
                throw Found(kind: .byteOrderMark, fileOffset: consumed + at)
            }
            from = at + 1
        }
    }
}
