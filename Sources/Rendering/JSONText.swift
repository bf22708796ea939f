/// JSON scalars as text: the only place sitan encodes strings and numbers for JSON or CSV.
package enum JSONText {
    /// A JSON string literal, with control characters escaped.
    package static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number at full precision (the shortest text that reads back to the same double; whole
    /// numbers below 10^15 without a decimal point), nil for nil or non-finite values.
    package static func number(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A whole number (rounded), nil for nil or non-finite values.
    package static func integer(_ value: Double?) -> String? {
        guard let value, value.isFinite, abs(value) < 9e18 else { return nil }
        return String(Int64(value.rounded()))
    }
}
