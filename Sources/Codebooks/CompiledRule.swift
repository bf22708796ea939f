import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A column rule prepared for the per-row path: trivially copyable (no reference counting),
/// no dictionary lookups, no String hashing. Code lists live in the mapper's shared `CodeStore`.
struct CompiledRule {
    enum Kind {
        case codes(first: Int, count: Int)
        case integer
        case number(integerTarget: Bool)
        case date(extract: DateFormat.Part?)
        case text(categories: Int?)  // index into the mapper's category sets
        case iccs  // an ICCS code: Eurostat's `ICCS` prefix is dropped, so ICCS0301 and 0301 are one offence
    }

    let kind: Kind
    let slot: Int
    let hasRange: Bool
    let low: Double
    let high: Double
    let binary: Bool

    init(kind: Kind, slot: Int, range: ClosedRange<Double>?, binary: Bool) {
        self.kind = kind
        self.slot = slot
        hasRange = range != nil
        low = range?.lowerBound ?? 0
        high = range?.upperBound ?? 0
        self.binary = binary
    }
}

/// Every code list of a codebook in flat arrays, compared byte by byte: code lists are short,
/// so a linear scan beats hashing, and flat storage needs no reference counting per field.
struct CodeStore {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = [0]
    private(set) var values: [Value] = []

    /// Adds a code list and returns its first index and count. A code beyond ASCII is added in
    /// each of its spellings (``spellings(_:)``), so that a file saved decomposed matches it.
    mutating func add(_ codes: [String: Value]) -> (Int, Int) {
        let first = values.count
        for (code, value) in codes.sorted(by: { $0.key < $1.key }) {
            for spelling in Self.spellings(code) {
                bytes.append(contentsOf: spelling.utf8)
                starts.append(bytes.count)
                values.append(value)
            }
        }
        return (first, values.count - first)
    }

    /// A code as written, composed (NFC) and decomposed (NFD), each once: the forms in which
    /// files write the same text (macOS saves names decomposed; most software composed).
    static func spellings(_ code: String) -> [String] {
        var out: [String] = []
        for form in [code, code.precomposedStringWithCanonicalMapping, code.decomposedStringWithCanonicalMapping]
        where !out.contains(where: { Array($0.utf8) == Array(form.utf8) }) {
            out.append(form)
        }
        return out
    }

    @inline(__always)
    func lookup(_ field: UnsafeBufferPointer<UInt8>, first: Int, count: Int) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            for index in first..<(first + count) {
                let start = starts[index]
                let length = starts[index + 1] - start
                if length == field.count && (length == 0 || memcmp(all.baseAddress! + start, field.baseAddress!, length) == 0) {
                    return index
                }
            }
            return nil
        }
    }
}

extension CompiledRule {
    /// Compiles a column rule, adding its code list to `store` and its category set to `sets`.
    static func compile(_ rule: ColumnRule, variable: Variable, slot: Int, store: inout CodeStore, sets: inout [Set<String>])
        -> CompiledRule
    {
        let kind: Kind
        if let codes = rule.codes {
            let (first, count) = store.add(codes)
            kind = .codes(first: first, count: count)
        } else {
            switch rule.rawType ?? .text {
            case .integer: kind = .integer
            case .number: kind = .number(integerTarget: variable.type == .integer)
            case .date: kind = .date(extract: rule.extract)
            case .text where variable.name == "iccs":
                kind = .iccs
            case .text:
                if variable.type == .categorical, let categories = variable.categories {
                    sets.append(Set(categories))
                    kind = .text(categories: sets.count - 1)
                } else {
                    kind = .text(categories: nil)
                }
            }
        }
        return CompiledRule(kind: kind, slot: slot, range: rule.range, binary: variable.type == .binary)
    }
}
