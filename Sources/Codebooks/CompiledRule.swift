#if canImport(Glibc)
    import Glibc
#endif

/// A column rule prepared for the per-row path: no dictionary lookups, no String hashing.
struct CompiledRule {
    enum Kind {
        case codes(CodeTable)
        case integer
        case number(integerTarget: Bool)
        case date(extract: DateFormat.Part?)
        case text(categories: Set<String>?)
    }

    let kind: Kind
    let slot: Int
    let range: ClosedRange<Double>?
    let binary: Bool

    init(rule: ColumnRule, variable: Variable, slot: Int) {
        self.slot = slot
        range = rule.range
        binary = variable.type == .binary
        if let codes = rule.codes {
            kind = .codes(CodeTable(codes))
            return
        }
        switch rule.rawType ?? .text {
        case .integer: kind = .integer
        case .number: kind = .number(integerTarget: variable.type == .integer)
        case .date: kind = .date(extract: rule.extract)
        case .text: kind = .text(categories: variable.type == .categorical ? variable.categories.map(Set.init) : nil)
        }
    }
}

/// Raw codes compared byte by byte: code lists are short, so a linear scan beats hashing.
struct CodeTable {
    let keys: [[UInt8]]
    let values: [Value]

    init(_ codes: [String: Value]) {
        let sorted = codes.sorted { $0.key < $1.key }
        keys = sorted.map { Array($0.key.utf8) }
        values = sorted.map(\.value)
    }

    @inline(__always)
    func lookup(_ field: UnsafeBufferPointer<UInt8>) -> Value? {
        for index in 0..<keys.count {
            let matched = keys[index].withUnsafeBufferPointer { key in
                key.count == field.count && (key.count == 0 || memcmp(key.baseAddress!, field.baseAddress!, key.count) == 0)
            }
            if matched { return values[index] }
        }
        return nil
    }
}
