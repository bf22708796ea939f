import Privacy

/// A name read from an input file (a header, a column) as a message may show it.
///
/// A header name can be a megabyte long or hold line breaks; a diagnostic is one line. The
/// name is cut to ``maximumCharacters`` and its control characters are replaced by `?`; the
/// length of what was cut is said instead of shown.
package enum EchoedName {
    /// The most characters of a name a message shows.
    package static let maximumCharacters = 60

    /// How a message names the header at `index` (from 0): `column "name"` when the name is plain
    /// (letters, digits, `_`, `-`, `.` and spaces, at most four digits, no longer than
    /// ``maximumCharacters``, nothing the identifier guard refuses), else `header #N` only.
    /// Headers are data too: a file with a missing header row has a record in it.
    package static func column(_ name: String, at index: Int) -> String {
        isPlain(name) ? "column \"\(name)\"" : "header #\(index + 1)"
    }

    /// Whether a header may be shown as it is (see ``column(_:at:)``).
    package static func isPlain(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= maximumCharacters else { return false }
        var digits = 0
        for character in name {
            if character.isNumber {
                guard character.isASCII else { return false }
                digits += 1
            } else if !(character.isLetter || character == "_" || character == "-" || character == "." || character == " ") {
                return false
            }
        }
        return digits <= 4 && PIIGuard().classify(name) == nil
    }

    package static func shown(_ name: String) -> String {
        let kept = String(
            name.prefix(maximumCharacters).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
        return name.count > maximumCharacters ? kept + "… (\(name.count) characters)" : kept
    }
}
