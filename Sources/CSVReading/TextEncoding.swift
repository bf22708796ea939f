/// A character encoding that partners' CSV files come in.
///
/// UTF-8 may start with a byte-order mark, which is removed. The single-byte code pages are the
/// ones used for Latvian and Lithuanian (Windows-1257, ISO-8859-13) and Polish (Windows-1250,
/// ISO-8859-2). Everything is converted to UTF-8 before parsing.
package enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1257 = "windows-1257"
    case windows1250 = "windows-1250"
    case iso88592 = "iso-8859-2"
    case iso885913 = "iso-8859-13"

    /// Parses the names people write in codebooks (`UTF8`, `cp1257`, `latin-2`, ...).
    package init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8", "utf-8-sig": self = .utf8
        case "windows-1257", "cp1257", "win1257", "windows1257": self = .windows1257
        case "windows-1250", "cp1250", "win1250", "windows1250": self = .windows1250
        case "iso-8859-2", "iso8859-2", "latin-2", "latin2": self = .iso88592
        case "iso-8859-13", "iso8859-13", "latin-7", "latin7": self = .iso885913
        default: return nil
        }
    }

    /// The name iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .windows1257: return "WINDOWS-1257"
        case .windows1250: return "WINDOWS-1250"
        case .iso88592: return "ISO-8859-2"
        case .iso885913: return "ISO-8859-13"
        }
    }

    /// The languages whose letters the encoding carries, for messages.
    package var languages: String {
        switch self {
        case .utf8: return "any language"
        case .windows1257, .iso885913: return "Latvian or Lithuanian"
        case .windows1250, .iso88592: return "Polish"
        }
    }
}
