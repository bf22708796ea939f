/// A harmonised value as stored: SQL NULL, an integer, a real or text.
public enum Value: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var isNull: Bool { self == .null }

    public var doubleValue: Double? {
        switch self {
        case let .integer(v): return Double(v)
        case let .real(v): return v
        default: return nil
        }
    }
}
