import Privacy
import Testing

/// A 100 kB field of each repeated pattern is read in linear time: a field of many name words,
/// tags, entities, escapes or digit groups does not make the guard rescan the rest of the field
/// from each of them.
@Suite struct PIIGuardLongFieldTests {
    static let size = 100_000

    /// The pattern repeated and cut to ``size`` bytes (or characters, for non-ASCII patterns).
    static func repeated(_ pattern: String) -> String {
        String(String(repeating: pattern, count: size / pattern.utf8.count + 1).prefix(size))
    }

    static let patterns: [String] = [
        "<b>x</b> ", "<", "<a", "<!--", "&amp;", "&#", "%25", "\\", "\\u", "1<br>", "1 ", "12 34 ", "12-", "1234567890", "@", "a at ",
        "x małpa ", "a-at-", "-at-", "a_at_", "a-dot-", "a.", "a.b@c ", "Imię Nazwisko ", "Jan Kowalski ", "ala ma kota ", "imię nazwisko ",
        "Dziecko zadzwoniło wieczorem. Rozmowa dotyczyła szkoły, Pani Anna z OPS oddzwoni. ", "Ala Ma Kota ", "vārds ", "name ",
        "pavardė ", "Imię i nazwisko dziecka: nie podano. Nazwisko opiekuna: brak. ", "Name:\nSurname:\n", "name, surname, ",
        "Vārds: Uzvārds: ", "name Jan ", "nazwisko: ", "ul. ", "Aa iela ", "PL61 ", "AB12", "1O", "1\u{200B}", "1&nbsp;", "\"at\" ",
        "(", "(at", "[a] ", "tel. l ", "sprawa nr ", "1E1", "a\u{336}", "1/", "»@«", "a @ b, ", "nazwisko i ", "Imię - ",
    ]

    @Test(arguments: patterns)
    func aLongFieldOfOnePatternIsReadInLinearTime(pattern: String) {
        let field = Self.repeated(pattern)
        let elapsed = ContinuousClock().measure { _ = PIIGuard().inspect(field) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }

    @Test func longFieldsOfOneLetterStringOrDecimalAreReadInLinearTime() {
        for field in [String(repeating: "a", count: Self.size - 3) + "@wp", String(repeating: "1", count: Self.size - 3) + ",00"] {
            let elapsed = ContinuousClock().measure { _ = PIIGuard().inspect(field) }
            #expect(elapsed < .seconds(5), "\(elapsed)")
        }
    }
}
