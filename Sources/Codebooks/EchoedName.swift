/// A name read from an input file (a header, a column) as a message may show it.
///
/// A header name can be a megabyte long or hold line breaks; a diagnostic is one line. The
/// name is cut to ``maximumCharacters`` and its control characters are replaced by `?`; the
/// length of what was cut is said instead of shown.
package enum EchoedName {
    /// The most characters of a name a message shows.
    package static let maximumCharacters = 60

    package static func shown(_ name: String) -> String {
        let kept = String(
            name.prefix(maximumCharacters).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
        return name.count > maximumCharacters ? kept + "… (\(name.count) characters)" : kept
    }
}
