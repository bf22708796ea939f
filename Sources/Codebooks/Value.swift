/// A harmonised value as stored: SQL NULL, an integer, a real or text.
package enum Value: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    package var isNull: Bool { self == .null }

    package var doubleValue: Double? {
        switch self {
        case let .integer(v): return Double(v)
        case let .real(v): return v
        default: return nil
        }
    }
}
