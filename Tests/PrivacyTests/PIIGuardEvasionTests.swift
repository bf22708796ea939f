import Privacy
import TestSupport
import Testing

/// The guard sees what a person sees: separators, invisible and look-alike characters.
@Suite struct PIIGuardEvasionTests {
    let guardian = PIIGuard()

    @Test(arguments: WrittenForm.all)
    func everyCheckedCodeIsFoundInEveryWrittenForm(form: WrittenForm) {
        for code in SampleCodes.checked {
            let expected = guardian.classify(code)
            #expect(expected != nil)
            #expect(guardian.classify(form.write(code)) == expected, "code \(SampleCodes.checked.firstIndex(of: code)!)")
        }
    }

    @Test(arguments: WrittenForm.all.filter(\.keepsOfficialGrouping))
    func newLatvianCodeIsFoundInItsOfficialGrouping(form: WrittenForm) {
        #expect(guardian.classify(form.write(SampleCodes.latvianNew)) == .latvianPersonalCodeWithoutBirthDate)
    }

    @Test(arguments: [
        "12:30 29123456", "2023-10-15 12:30 29123456", "tel. 2912\u{200B}3456", "２９１２３４５６", "zvanīt 2912\n3456",
        "tel:29123456", "tel.29123456", "nr,601234567", "kontakts:+370 612 34567", "2023-10-15 29123456", "15-10-2023 29 123 456",
        "+371.2912.3456", "+48/601/234/567", "(+48) 601-234-567", "0037129123456", "8 612 34567",
    ])
    func phoneAfterAClockTimeOrInDisguiseIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        "jan.kowalski＠gmail.com", "jan.kowalski@gmail\u{200B}.com", "key,jan.kowalski@gmail.com,LV", "jan @ gmail.com",
        "jan@gmail .com", "jan@gmail. com", "JAN.KOWALSKI@GMAIL.COM", "jānis@pasts.lv", "jan [at] gmail.com", "jan(at)gmail.com",
        "jan {AT} gmail [dot] com", "pisać: jan ( at ) wp.pl",
    ])
    func disguisedEmailAddressIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "0.44051401359", "-0,85010112345", "229,8278", "0,000123456789012", "1 234 567", "1 234 567,89", "12 345 678",
        "1.234.567,89", "116 111", "116111", "tel. 116 111", "2019-2023", "2019 – 2023", "lata 2015-2019 i 2020-2023",
        "15.10.2023", "2023-10-15T12:30:00", "2023-10-15 12:30:00", "Nr 2019/2023", "151-1", "1M0006",
        "94,0500", "12.01.2024", "Rīga, Brīvības 2023", "art. 200 § 1 kk", "１２,５",
        "116 000", "2023-10-15 12:30:45", "LV-1050", "LT-01100",
        "00-950", "Warszawa 00-950", "2023-10-15 2023-10-16", "1,2,3,4,5,6,7,8,9,10", "1 2 3 4 5 6 7 8 9 10",
        "(12) (34) (56)", "1 000 000 000", "wiek (13) lat (2023)", "spotkanie (at home)", "Rīga (LV-1050)", "kwota 1.234.567 zł",
        "18.30-19.30 2023", "LT-01100 Vilnius (at) Gedimino",
        // Year and sequence number or count, toll-free and helpline numbers.
        "2023-0457", "A-2023-0457", "LV-2023-0457", "2023_0457", "nr 2024-0001", "sprawa 2023-0457", "2023 – 1234 zgłoszeń",
        "2022 - 2345 zgłoszeń", "2023 1234", "1999-0001", "telefon zaufania 116 111 oraz 800 12 12 12", "800 12 12 12", "801 123 456",
        "+48 800 12 12 12", "Jaunimo linija 8 800 28888", "Pagalbos moterims linija 8 800 66 366",
    ])
    func ordinaryNumbersPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    /// What the readings of years, service numbers and answers leave refused.
    @Test(arguments: [
        ("2612-3456", IdentifierKind.phoneNumber), ("2612 3456", .phoneNumber), ("601 234 567", .phoneNumber),
        ("800 12 12 12, 601 234 567", .phoneNumber), ("8 5 0 1 0 1 1 2 3 4 5", .polishPESEL),
        // Eleven one-digit answers that form a valid code are a code: thousands of real PESELs use
        // two digit values (`0 2 2 2 2 0 2 2 0 2 2`, born 2002), so straight-lined answers are refused.
        ("0 2 2 2 2 0 2 2 0 2 2", .polishPESEL), ("PESEL: 0 2 2 2 2 0 2 2 0 2 2", .polishPESEL),
        ("odpowiedzi: 2 2 2 2 2 2 2 2 2 2 2", .polishPESEL), ("2-2-2-2-2-2-2-2-2-2-2", .polishPESEL),
        // An `8 800` line has its 8 apart; `880 012 345` is a Polish mobile.
        ("880 012 345", .phoneNumber), ("880012345", .phoneNumber), ("tel. 880 012 345", .phoneNumber),
        // Text after a right-to-left override is read as displayed and as written.
        ("\u{202E}601234567", .phoneNumber), ("\u{202E}44051401359", .polishPESEL),
        ("zgłoszenie \u{202E} tel. 601 234 567", .phoneNumber), ("\u{202E}765432106\u{202C}", .phoneNumber),
    ])
    func numbersNearTheseReadingsAreStillRefused(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    /// National numbers written with dots between the groups: PL 9 digits, LV 8 digits starting
    /// 2 or 6, LT 8 digits starting 6 or 9 with the trunk prefix 8.
    @Test(arguments: [
        "601.234.567", "tel. 601.234.567", "26.123.456", "29.12.34.56", "67.123.456", "612.34.567", "8.612.34567",
        "(601.234.567)", "zvanīt 26.12.34.56.",
    ])
    func dottedNationalPhoneIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test func latvianCodeWithADecimalPointOrCommaIsFound() {
        let code = SampleCodes.latvianOld
        for separator in [".", ","] {
            let dotted = code.prefix(6) + separator + code.suffix(5)
            #expect(guardian.classify(String(dotted)) == .latvianPersonalCode)
            #expect(guardian.classify(" -" + dotted) == .latvianPersonalCode)
        }
        // The same digits with a wrong check digit, or split otherwise, are a number.
        let wrong = code.prefix(6) + "." + code.dropFirst(6).prefix(4) + String((Int(String(code.last!))! + 1) % 10)
        #expect(guardian.inspect(String(wrong)) == nil)
        #expect(guardian.inspect(String(code.prefix(5) + "." + code.suffix(6))) == nil)
    }

    @Test(arguments: ["jan.kowalski@onet", "jan.kowalski@onet.", "pisz: jan_k@gmail, dzięki", "jānis@inbox", "ONA@WP"])
    func emailWithoutADomainEndingIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    /// Decimals, thousands grouped with dots, dates and `@` in prose stay data.
    @Test(arguments: [
        "2912.3456", "26.123.456,78", "1.234.567", "12.345.678", "123.456.789", "20.000.000", "600 000 000", "29 000 000",
        "25.10.2023", "2023.10.25", "123456.78901", "0.44051401359", "44051.401359", "1.2.3", "v2.6.32", "192.168.1.1",
        "spotkanie @ domu", "a@b", "5@10", "22.123.45.67", "@jan", "jan@", "Vilnius (at) Gedimino", "x@y-1", "kwota 12.345.678 zł",
    ])
    func dottedNumbersAndProseWithAnAtPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test func controlCharactersAreFoundButTabsAndLineBreaksAreText() {
        #expect(guardian.inspect("Rīga\u{0}") == .controlCharacter)
        #expect(guardian.inspect("a\u{7}b") == .controlCharacter)
        #expect(guardian.inspect("a\u{85}b") == .controlCharacter)
        #expect(guardian.inspect("\u{7F}") == .controlCharacter)
        #expect(guardian.inspect("a\tb\nc\r\nd") == nil)
        #expect(guardian.inspect("Liepāja") == nil)
        #expect(guardian.inspect("ID \u{0}" + SampleCodes.pesel) == .identifier(.polishPESEL), "an identifier wins")
    }
}
