import Privacy
import TestSupport
import Testing

/// Identifiers written with list punctuation, look-alike letters, glued to words or encoded,
/// bank account numbers, and the ordinary data that shares their shapes.
@Suite struct PIIGuardPunctuationTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "601:234:567", "601,234,567", "601;234;567", "tel. 601,234,567.", "+370:612:34567", "601,23,45,67", "26,123,456",
        "tel. 601--234--567", "60 12 34 567", "601 23 45 67", "tālr. 26 123 456", "+370 612 34567", "8 612 34567",
        "kom601234567", "tel601234567", "TEL601234567", "sprawa 2019/03/1234 601 234 567", "12/2020 601 234 567",
        "II K 123-19 601 234 567", "6O1 234 567", "6o1 234 567", "tel. 6O1-234-567",
    ])
    func phoneWrittenWithListPunctuationOrDisguisedIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    /// Lists, clock times, amounts and codes with the same marks stay data.
    @Test(arguments: [
        "1,2,3,4,5,6,7,8,9", "1,2,3,4,5,6,7,8,9,10", "10:30-12:45", "20:30-22:45", "20:30:45", "2019;2020;2021", "2; 3; 4",
        "26,27,28,29", "500;600;700", "120,340,560", "1,234,567", "12,50 zł", "12 345", "sprawa 2019/03/1234 2019/03/1235",
        "1O0 osób", "do 2019 roku", "No10 2019", "ID 02M0005", "d41d8cd98f00b204e9800998ecf8427e", "x1M0006",
        "601,234", "601, 234", "2912,3456",
    ])
    func listsTimesAndAmountsPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test func personalCodeSplitAtItsDateFieldsByPunctuationIsFound() {
        let pesel = SampleCodes.pesel, lithuanian = SampleCodes.lithuanian, latvian = SampleCodes.latvianOld
        for mark in [",", ":", ";", ", ", " ; "] {
            let pairs = { (code: String) in [code.prefix(2), code.dropFirst(2).prefix(2), code.dropFirst(4).prefix(2), code.dropFirst(6)] }
            #expect(guardian.classify(pairs(pesel).joined(separator: mark)) == .polishPESEL)
            #expect(guardian.classify("nr " + pairs(latvian).joined(separator: mark)) == .latvianPersonalCode)
            let lt = [
                lithuanian.prefix(1), lithuanian.dropFirst(1).prefix(2), lithuanian.dropFirst(3).prefix(2),
                lithuanian.dropFirst(5).prefix(2), lithuanian.dropFirst(7),
            ]
            #expect(guardian.classify(lt.joined(separator: mark)) == .lithuanianPersonalCode)
            #expect(guardian.classify("kods " + pesel.prefix(6) + mark + pesel.dropFirst(6)) == .polishPESEL)
        }
        // The same digits with a wrong check digit, split elsewhere, or with mixed marks are numbers.
        let wrong = pesel.dropLast() + String((Int(String(pesel.last!))! + 1) % 10)
        #expect(
            guardian.inspect(
                [wrong.prefix(2), wrong.dropFirst(2).prefix(2), wrong.dropFirst(4).prefix(2), wrong.dropFirst(6)].joined(separator: ","))
                == nil)
        // Eleven single digits are a straight-lined code whatever joins them.
        #expect(guardian.inspect(pesel.map(String.init).joined(separator: ",")) == .identifier(.polishPESEL))
        #expect(guardian.inspect(pesel.prefix(3) + "," + pesel.dropFirst(3).prefix(3) + "," + pesel.dropFirst(6)) == nil)
        #expect(
            guardian.inspect(
                pesel.prefix(2) + "," + pesel.dropFirst(2).prefix(2) + ";" + pesel.dropFirst(4).prefix(2) + "," + pesel.dropFirst(6)) == nil
        )
    }

    @Test func personalCodeWithTheLetterOForZeroIsFound() {
        for code in SampleCodes.checked {
            let lookAlike = code.replacingOccurrences(of: "0", with: "O")
            #expect(lookAlike != code)
            #expect(guardian.classify("nr " + lookAlike) == guardian.classify(code))
        }
    }

    @Test(arguments: [
        "jan.kowalski at wp.pl", "jan.kowalski AT gmail.com", "pisz do jan małpa onet.pl", "jan.kowalski%40wp.pl",
        "jan.kowalski&#64;wp.pl", "jan.kowalski &#x40; wp.pl", "jan.kowalski&commat;wp.pl", "jan.kowalski\n@wp.pl",
        "jan.kowalski@\nwp.pl", "jan.kowalski\r\n@wp.pl", "jan.kowalski  @  wp.pl",
    ])
    func emailWithAWrittenOrEncodedAtIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "we met at home.", "Kowalski at school", "spotkanie at 10", "at home.today", "%20 of 100", "Jan & Co, 2019", "50%/40%",
        "spotkanie @\n\n\n\ndomu.pl",
    ])
    func proseWithAtOrPercentPasses(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test(arguments: [
        "LV80BANK0000435195001", "LV80 BANK 0000 4351 9500 1", "lv80bank0000435195001", "LT12 1000 0111 0100 1000",
        "LT121000011101001000", "PL61 1090 1014 0000 0712 1981 2874", "PL61109010140000071219812874",
        "konto: pl61-1090-1014-0000-0712-1981-2874.", "IBAN GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00",
    ])
    func bankAccountIsFound(field: String) {
        #expect(guardian.classify(field) == .bankAccount)
    }

    /// A wrong check, a wrong length for the country, no country code or an unknown one.
    @Test(arguments: [
        "LV80BANK0000435195002", "LV81 BANK 0000 4351 9500 1", "LT1210000111010010005", "LT12 1000 0111 0100 100",
        "XX12 1000 0111 0100 1000", "1090 1014 0000 0712 1981 2874", "LV80 BANK", "ISBN 978-83-01-12345-6",
    ])
    func bankAccountLookAlikesPass(field: String) {
        #expect(guardian.classify(field) != .bankAccount)
    }

    @Test func bankAccountCheckCanBeSwitchedOff() {
        let relaxed = PIIGuard(checks: IdentifierChecks.all.subtracting(.bankAccounts))
        #expect(relaxed.inspect("LV80BANK0000435195001") == nil)
        #expect(IdentifierKind.bankAccount.description.contains("bank account"))
    }
}
