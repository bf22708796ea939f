/// A date pattern such as `dd.MM.yyyy`: the order of day, month and year with any separators.
package struct DateFormat: Sendable {
    package enum Part: String, Sendable { case year, month }

    enum Token: Sendable, Equatable {
        case day, month, year
        case literal(UInt8)
    }

    let tokens: [Token]
    package let pattern: String

    package init?(_ pattern: String) {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.hasPrefix("yyyy") {
                tokens.append(.year)
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix("MM") {
                tokens.append(.month)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("dd") {
                tokens.append(.day)
                rest = rest.dropFirst(2)
            } else if let c = rest.first, c.isASCII, !c.isLetter {
                tokens.append(.literal(c.asciiValue!))
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        guard tokens.contains(.year), tokens.contains(.month), tokens.contains(.day) else { return nil }
        self.tokens = tokens
        self.pattern = pattern
    }

    /// Parses a date; day and month may have one or two digits. Nil when it does not fit or is not a real date.
    package func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var i = 0
        var year = 0, month = 0, day = 0
        for token in tokens {
            switch token {
            case let .literal(c):
                guard i < bytes.count, bytes[i] == c else { return nil }
                i += 1
            case .year:
                guard let (v, n) = digits(bytes, from: i, min: 4, max: 4) else { return nil }
                year = v
                i += n
            case .month:
                guard let (v, n) = digits(bytes, from: i, min: 1, max: 2) else { return nil }
                month = v
                i += n
            case .day:
                guard let (v, n) = digits(bytes, from: i, min: 1, max: 2) else { return nil }
                day = v
                i += n
            }
        }
        guard i == bytes.count, (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            return nil
        }
        return (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func digits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, min: Int, max: Int) -> (Int, Int)? {
        var value = 0
        var n = 0
        while n < max, start + n < bytes.count, (48...57).contains(bytes[start + n]) {
            value = value * 10 + Int(bytes[start + n] - 48)
            n += 1
        }
        return n >= min ? (value, n) : nil
    }
}
