import Privacy
import TestSupport
import Testing

/// Numbers with unusual or long separators, encoded spaces and dashes, single digits, country
/// codes without a plus, e-mail addresses written with spaces; and case numbers in free text
/// that are not identifiers.
@Suite struct PIIGuardSeparatorRunTests {
    let guardian = PIIGuard()

    /// Separators a person reads through: marks, runs of marks longer than three characters,
    /// spaces and dashes encoded for HTML or a URL, and Unicode spaces and dashes.
    static let separators = [
        "+", "=", "#", "*", "|", " -- ", "....", " - - ", "&nbsp;", "%20", "&#32;", "&#8209;", "&#x2011;", "&ndash;", "%E2%80%93",
        "\u{2011}", "\u{2013}", "\u{2014}", " \u{2013} ", "\u{00A0}", "\u{202F}", "\u{2009}",
        // Symbols and modifier letters of U+00C0–U+02FF (some are in Windows-1250).
        "×", "÷", "ˇ", "˘", "˙", "˛", "˝", "ʼ", "ˆ", "˜", "ː", "ǀ",
    ]

    /// Phone numbers of Poland, Latvia and Lithuania, their groups joined by one space.
    static let phones = ["601 234 567", "26 123 456", "67 123 456", "8 612 34567", "+370 612 34567", "+371 26 123 456", "0048 601 234 567"]

    @Test(arguments: separators)
    func phoneWithAnySeparatorIsFound(separator: String) {
        for phone in Self.phones {
            let written = phone.replacingOccurrences(of: " ", with: separator)
            #expect(guardian.classify(written) == .phoneNumber, "\(phone) joined by \(separator)")
            #expect(guardian.classify("tel. " + written + " (matka)") == .phoneNumber, "\(phone) joined by \(separator) in text")
        }
    }

    @Test(arguments: separators)
    func personalCodeWithAnySeparatorIsFound(separator: String) {
        for code in SampleCodes.checked {
            let kind = guardian.classify(code)
            let sixFive = WrittenForm.split(code, at: 6, with: separator)
            let dated = [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)].joined(
                separator: separator)
            #expect(guardian.classify(sixFive) == kind, "code \(SampleCodes.checked.firstIndex(of: code)!) split 6 + 5 by \(separator)")
            #expect(
                guardian.classify("kods " + dated) == kind,
                "code \(SampleCodes.checked.firstIndex(of: code)!) split 2-2-2-5 by \(separator)")
        }
    }

    @Test(arguments: [
        "6 0 1 2 3 4 5 6 7", "6-0-1-2-3-4-5-6-7", "tel. 6 0 1 2 3 4 5 6 7", "2 6 1 2 3 4 5 6", "8 6 1 2 3 4 5 6 7", "6.1.2.3.4.5.6.7",
        "4 8 6 0 1 2 3 4 5 6 7", "48221234567", "tel. 48221234567", "48123456789", "0048 601 234 567", "0048221234567", "+48(601)234567",
        "+48 (22) 123 45 67", "+371(26)123456", "00371 26 123 456", "+370(612)34567", "00370 612 34567", "601 -- 234 -- 567",
        "601....234....567", "601 - - 234 - - 567", "601&nbsp;234&nbsp;567", "601%20234%20567", "601&#32;234&#32;567",
        "601&#8209;234&#8209;567", "601\u{2011}234\u{2011}567", "601&nbsp;234\u{2011}567", "tel.\u{00A0}601&#32;234\u{2009}567",
        "601&amp;nbsp;234&amp;nbsp;567",
    ])
    func phoneWrittenOddlyIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        "jan kowalski @ gmail com", "jan.kowalski @ gmail . com", "jan kowalski at gmail dot com", "janis berzins @ inbox lv",
        "jonas.jonaitis @ gmail . com", "janis.berzins at inbox dot lv", "jonas at gmail dot lt", "pisz: jan @ wp pl, dzięki",
        "jānis bērziņš @ inbox lv",
    ])
    func emailWrittenWithSpacesForDotsIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "sprawa nr 26/123/456", "Sprawa nr 26/123/456 w toku", "sygn. 26/123/456", "sygn. akt 26/123/456", "bylos Nr. 26/123/456",
        "lietas Nr. 26/123/456", "kriminālprocess Nr. 11220742052", "kriminālprocesā Nr.11220742052",
        "Kriminālprocesa nr. 11220742052 izbeigts", "kriminalprocess Nr 11220742052", "1+2+3", "2+2=4", "x=40 cm", "#1 #2 #3",
        "10 -- 20 -- 30", "2019 -- 2023", "lata 2019....2023", "str. 12 .... 45", "50% 20% 30%", "A&amp;B 2023",
        "oceny 5 4 3 2 1", "6 7 8 9 10 11 12 13 14", "1 2 3 4 5 6 7 8 9", "odpowiedzi 1 3 2 4 5 3 2 1 4", "48 osób",
        "spotkanie @ domu", "spotkanie @ domu w sobotę",
    ])
    func caseNumberOrOrdinaryTextPasses(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test func aPersonalCodeOrAPhoneAfterACaseWordIsStillFound() {
        #expect(guardian.classify("kriminālprocess Nr. " + SampleCodes.latvianOld) == .latvianPersonalCode)
        #expect(guardian.classify("kriminālprocess Nr. " + SampleCodes.latvianNew) == .latvianPersonalCodeWithoutBirthDate)
        #expect(guardian.classify("Nr. " + SampleCodes.pesel) == .polishPESEL)
        #expect(guardian.classify("sprawa nr " + SampleCodes.pesel) == .polishPESEL)
        #expect(guardian.classify("bylos Nr. " + SampleCodes.lithuanian) == .lithuanianPersonalCode)
        #expect(guardian.classify("Nr. 11220742052") == .polishPESEL, "without the Latvian case word it is a valid PESEL")
        #expect(guardian.classify("nr 601/234/567") == .phoneNumber, "nr alone also starts a phone number")
        #expect(guardian.classify("tel. nr 26/123/456") == .phoneNumber)
        #expect(guardian.classify("sprawa nr 26/123/456 tel. 601 234 567") == .phoneNumber)
        #expect(guardian.classify("sprawa nr 26 123 456") == .phoneNumber, "a case number is written with slashes")
    }

    /// A field of many encoding layers (`%252525…`, with a non-ASCII letter so that it takes the
    /// slow path) is decoded twice, not once per layer: it used to take quadratic time, and an
    /// ingest of a long such field did not finish. A phone under two layers is still found.
    @Test func manyLayersOfEncodingAreDecodedTwiceOnly() {
        let layers = "ż%" + String(repeating: "25", count: 200_000)
        _ = guardian.inspect(layers)
        #expect(guardian.classify("ż 601%2520234%2520567") == .phoneNumber)
    }
}
