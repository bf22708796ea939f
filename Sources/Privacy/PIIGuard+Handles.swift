/// Social-media profile addresses and handles in free text (see
/// ``PIIGuard/nameOrAddressKind(in:)``).
extension PIIGuard {
    /// A handle after a network's name and optional connectors: a word starting with `@` and
    /// at least two more characters, or a word starting with a letter, of four or more
    /// characters, with a `.` or `_` inside or a digit (`jonas.petraitis85`, `ieva_2011`).
    static func handleFollows(_ field: UnsafeBufferPointer<UInt8>, after start: TextWords) -> Bool {
        var words = start
        while let word = words.next() {
            let found = classes(field, word)
            if found.contains(.connector) { continue }
            if found.contains(.firstName) { return true }  // `instagram: ieva`
            let bytes = field[word]
            if bytes.first == 0x40 { return word.count >= 3 && bytes.dropFirst().first.map { $0.isLetter || $0.isDigit } == true }
            guard word.count >= 4, bytes.first?.isLetter == true else { return false }
            let inner = bytes.dropLast()
            return inner.contains { $0 == 0x2E || $0 == 0x5F } || bytes.contains { $0.isDigit }
        }
        return false
    }

    /// Whether a word is a handle on its own: `@`, a letter and at least two more characters
    /// (`@ieva_2010`, `@ievute`). An e-mail address has its `@` inside a word.
    static func isBareHandle(_ field: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 4, field[word.lowerBound] == 0x40 else { return false }
        let next = field[word.lowerBound + 1]
        return next.isLetter || next >= 0x80
    }

    /// Whether the field holds a profile address (`facebook.com/jonas.petraitis.75`,
    /// `instagram.com/ieva_p`): one of ``profileHosts``, ASCII letters compared without case,
    /// followed by at least two characters of a path.
    static func profileAddressFound(in field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard field.count >= 8 else { return false }
        for start in field.indices where field[start] == 0x2F {
            for host in profileHosts {
                let slash = host.lastIndex(of: 0x2F)!
                let begin = start - slash
                guard begin >= 0, begin + host.count + 2 <= field.count else { continue }
                if begin > 0 && (field[begin - 1].isLetter || field[begin - 1].isDigit) { continue }
                let matched = host.indices.allSatisfy { offset in
                    let byte = field[begin + offset]
                    return byte == host[offset] || (byte.isLetter && byte | 0x20 == host[offset])
                }
                let next = field[begin + host.count]
                if matched && (next.isLetter || next.isDigit || next == 0x2E || next == 0x5F) { return true }
            }
        }
        return false
    }
}
