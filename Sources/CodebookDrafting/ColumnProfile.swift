import Privacy

/// What a draft needs to know about one raw column: its distinct values (up to a limit), its
/// numeric range, and whether the PII guard would refuse it. Values that look like identifiers
/// are never kept.
struct ColumnProfile {
    let name: String
    /// The column's place in the header, from 0.
    let index: Int
    let limit: Int
    private(set) var values: [String] = []
    private(set) var tooMany = false
    private(set) var empty = 0
    private(set) var minimum: Double?
    private(set) var maximum: Double?
    private(set) var allNumbers = true
    private(set) var allIntegers = true
    /// The first identifier the guard found, with the line it was on.
    private(set) var identifier: (kind: IdentifierKind, line: Int)?
    private var seen: Set<String> = []

    init(name: String, index: Int, limit: Int, guardian: PIIGuard) {
        self.name = name
        self.index = index
        self.limit = limit
        // Headers are data too: a header the guard refuses is an identifier on line 1.
        if let kind = guardian.classify(name) ?? PIIGuard.identifierColumnKind(named: name) { identifier = (kind, 1) }
    }

    mutating func add(_ value: String, line: Int, guardian: PIIGuard, decimalComma: Bool) {
        guard !value.isEmpty else {
            empty += 1
            return
        }
        if identifier == nil, case let .identifier(kind)? = guardian.inspect(value) { identifier = (kind, line) }
        let numeric = Double(decimalComma ? value.replacingOccurrences(of: ",", with: ".") : value)
        if let numeric, numeric.isFinite {
            minimum = min(minimum ?? numeric, numeric)
            maximum = max(maximum ?? numeric, numeric)
            if numeric != numeric.rounded() { allIntegers = false }
        } else {
            allNumbers = false
            allIntegers = false
        }
        guard !tooMany, identifier == nil, !seen.contains(value) else { return }
        if seen.count == limit {
            tooMany = true
            values = []
        } else {
            seen.insert(value)
            values.append(value)
        }
    }

    /// The distinct values, sorted (numbers numerically), nil when there are more than the limit
    /// or the column holds an identifier.
    var distinct: [String]? {
        guard !tooMany, identifier == nil else { return nil }
        return values.sorted { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
    }
}
