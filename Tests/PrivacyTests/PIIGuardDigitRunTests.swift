import Privacy
import TestSupport
import Testing

/// One model for identifiers written as digits: groups joined by any short gap of spaces and
/// grouping marks, in normal form, for phone numbers and personal codes alike.
@Suite struct PIIGuardDigitRunTests {
    let guardian = PIIGuard()

    /// Every separator a person may type between the groups of a number.
    static let separators = [
        " ", "-", "/", "_", "'", "\\", "|", "*", "~", " . ", ". ", " / ", " - ", "\u{2027}", "\u{3002}", "\u{00B7}", "\u{2013}",
        "\u{2014}", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2019}", "\u{30FB}", "\u{FF0E}", "\u{FF0F}", "\u{2212}", "\u{2022}",
        "\u{3000}",
    ]

    @Test(arguments: separators)
    func phoneIsFoundWithEverySeparator(separator: String) {
        for groups in [["601", "234", "567"], ["26", "123", "456"], ["+370", "612", "34567"], ["+48", "601", "234", "567"]] {
            let written = groups.joined(separator: separator)
            #expect(guardian.classify(written) == .phoneNumber, "\(groups[0]) with separator \(separator.unicodeScalars.map(\.value))")
            #expect(guardian.classify("tel. " + written + ", vakarā") == .phoneNumber)
        }
    }

    @Test(arguments: separators)
    func personalCodeIsFoundWithEverySeparator(separator: String) {
        for code in SampleCodes.checked {
            let expected = guardian.classify(code)
            #expect(guardian.classify(WrittenForm.split(code, at: 6, with: separator)) == expected)
            let pairs = [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)]
            #expect(guardian.classify("nr " + pairs.joined(separator: separator)) == expected)
        }
    }

    @Test func everyDigitSpacedIsFound() {
        for code in SampleCodes.checked {
            let spaced = code.map(String.init).joined(separator: " ")
            #expect(guardian.classify("kodas " + spaced) == guardian.classify(code))
        }
    }

    @Test(arguments: [
        "６０１２３４５６７", "６０１ ２３４ ５６７", "＋３７１ ２９１２３４５６", "tel. 601/234/567", "zadzwonił z nr 601-234-567",
        "tālr. 26 123 456", "tel. +370 612 34567", "w 2020 601234567", "sprawa 2019. 601234567", "601'234'567",
        "601 . 234 . 567", "601.234 567", "601_234_567", "(601) 234 567", "+48 (601) 234-567",
        // Decided: four dotted pairs are a Latvian number (`29.12.34.56`), even when they could be an IPv4 address.
        "62.21.99.94",
    ])
    func phoneInCaseNotesIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    /// Case numbers, dates, times, amounts, codes and addresses that share the shapes.
    @Test(arguments: [
        "sprawa nr 2019/03/1234", "lieta 11/2020", "lieta Nr. 11/2020/123", "sygn. akt II K 123/19", "01.02.2019", "2019-02-01",
        "01/02/2019", "01. 02. 2019", "1 234,56", "0,734", "11-13", "1/2/3", "0301", "03011", "ICCS 0301.1", "192.168.1.1",
        "212.77.1.101", "212.77.100.101", "10.0.0.1", "v1.2.3", "2.6.32", "12:30", "14.30-15.45", "1'234'567", "12.345.678",
        "1.234.567,89", "2019/2020", "nr 123/2019", "wyrok z 12.03.2019, sygn. II K 123/19", "2912.3456", "0.29123456",
        "1 29123456,5", "kwota 1 234 567,89 zł", "art. 200 § 1 kk", "§ 12 pkt 3", "01.02.2019 14:30", "2019–2023",
        "ankieta 1/2/3/4/5/6/7/8", "godz. 18.30-19.30", "2023.10.25", "„12 345”", "12·5", "3 z 5 punktów", "1 000 000",
    ])
    func numbersThatShareTheShapesPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test(arguments: [
        "jan.kowalski@ex-ample", "jan.kowalski(at)onet.pl", "jan.kowalski [at] onet [dot] pl", "jan.kowalski＠onet.pl",
        "pisz: ona@wirtualna-polska, dzięki",
    ])
    func obfuscatedEmailIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: ["x@y-1", "a-@b", "spotkanie @ sali-3", "@-ab"])
    func atBesideAHyphenIsNotAnAddress(field: String) {
        #expect(guardian.inspect(field) == nil)
    }
}
