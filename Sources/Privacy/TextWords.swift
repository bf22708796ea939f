/// The words of a field: runs of bytes between spaces, tabs, line breaks, commas,
/// semicolons, hyphens, brackets, quotes, equals signs (`sprawca=Kowalski`) and asterisks
/// (Markdown's `**Jan Kowalski**`). A
/// colon ends a word and is a word of its own.
struct TextWords {
    private let field: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ field: UnsafeBufferPointer<UInt8>) { self.field = field }

    /// The next word, without consuming it.
    func peek() -> Range<Int>? {
        var copy = self
        return copy.next()
    }

    mutating func next() -> Range<Int>? {
        while position < field.count && Self.isBreak(field[position]) { position += 1 }
        guard position < field.count else { return nil }
        let start = position
        if field[position] == 0x3A {
            position += 1
            return start..<position
        }
        while position < field.count && !Self.isBreak(field[position]) && field[position] != 0x3A { position += 1 }
        return start..<position
    }

    static func isBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x3B, 0x28, 0x29, 0x22, 0x27, 0x2D, 0x5B, 0x5D, 0x2A, 0x3D: true
        default: false
        }
    }
}
