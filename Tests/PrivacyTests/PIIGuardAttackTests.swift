import Privacy
import TestSupport
import Testing

/// Readings an attack on the guard found missing, and ordinary values it used to refuse.
@Suite struct PIIGuardAttackTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "LT 12 1000 0111 0100 1000", "PL 61 1090 1014 0000 0712 1981 2874", "PL 61109010140000071219812874", "LT 121000011101001000",
        "LV 80 BANK 0000 4351 9500 1", "LV 80BANK0000435195001", "IBAN PL 61 1090 1014 0000 0712 1981 2874",
        "PL 6110 9010 1400 0007 1219 8128 74", "przelew na PL 61 1090 1014 0000 0712 1981 2874 dnia 15.10.2023",
        "LT12\n1000 0111 0100 1000", "PL61 1090 1014\r\n0000 0712 1981 2874", "PL61/1090/1014/0000/0712/1981/2874",
        "LT12/1000/0111/0100/1000", "PL61_1090_1014_0000_0712_1981_2874", "IBANLV80BANK0000435195001", "LT121000011101001000EUR",
        "LV80 B\u{0410}NK 0000 4351 9500 1", "LV80B\u{0391}NK0000435195001", "LV8OBANKOOOO435195OO1",
        "L T 1 2 1 0 0 0 0 1 1 1 0 1 0 0 1 0 0 0", "P L61 1090 1014 0000 0712 1981 2874",
    ])
    func bankAccountWrittenAnyWayIsFound(field: String) {
        #expect(guardian.classify(field) == .bankAccount)
    }

    @Test(arguments: [
        "48601234567", "0 601 234 567", "tel. 0 601 234 567", "0601234567", "0601 234 567", "0 601-234-567", "tel. kom. 0-601-234-567",
        "Dzwoniła matka, prosi o kontakt: 0 601 234 567 po 16:00", "(0-22) 123-45-67", "0 22 123 45 67", "022 123 45 67",
        "(0 22) 123 45 67", "(022) 1234567", "0-22 123 45 67", "mob.t. 2612 34 56", "2612 34 56", "6\u{03BF}1 234 567",
        "6\u{041E}1 234 567", "6\u{043E}1 234 567", "6O1 2\u{0417}3 567",
    ])
    func phoneWithTrunkZeroOrLookAlikeDigitsIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        ("85\u{041E}1\u{041E}112345", IdentifierKind.polishPESEL), ("85\u{039F}1\u{039F}112345", .polishPESEL),
        ("385\u{041E}1\u{041E}11239", .lithuanianPersonalCode), ("\u{041E}1\u{041E}185-1\u{041E}\u{041E}\u{041E}4", .latvianPersonalCode),
    ])
    func personalCodeWithLookAlikeZerosIsFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        "jan.kowalski małpa wp kropka pl", "imię.nazwisko małpa wp kropka pl", "jankowalski małpa gmail kropka com",
        "janis.berzins et inbox.lv", "jonas.jonaitis eta gmail.com", "janis.berzins et inbox punkts lv",
        "jonas.jonaitis eta gmail taškas com", "jan.kowalski@@wp.pl", "jan.kowalski@ @wp.pl", "jan.kowalski[@]wp.pl",
        "jan.kowalski (@) wp.pl", "jan.kowalski(a)gmail.com", "jan.kowalski [a] wp.pl", "jan.kowalski małpka wp.pl",
        "jan.kowalski&#064;gmail.com", "jan.kowalski&#x0040;wp.pl", "jan.kowalski&#64wp.pl", "jan.kowalski&amp;#64;wp.pl",
        "jan.kowalski%2540gmail.com", "jan.kowalski%40wp%2Epl", "jan.kowalski\\u0040gmail.com", "jan.kowalski=40gmail.com",
        "jan.kowalski/at/gmail.com", "jan.kowalski_at_gmail.com", "jan.kowalski -at- gmail.com", "jan.kowalski*at*gmail.com",
        "jan.kowalski \u{24D0} wp.pl",
    ])
    func emailWrittenInWordsOrEncodedIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "20231015", "20190315", "29062023", "data 20231015", "20231015 r.", "data zdarzenia: 20220601", "IMG-20231015-WA0012.jpg",
        "VID-20231015-WA0003.mp4", "IMG_20231015_WA0012", "WA0012 20231015", "raport_2023-10-15_20231016", "7 8 9 10 11 12 13",
        "wiek ofiar: 7 8 9 10 11 12 13", "6 7 8 9 10 11 12 13 14", "6-7-8-9-10-11-12-13-14", "78910111213", "2 3 4 5 6 7 8 9",
        "kl. 2 3 4 5 6 7 8 9", "2 2 2 3 4 5 6 7", "rodzeństwo: 2 5 7 9 11 13", "6/7/8/9/10/11/12", "pokoje 601 602 603",
        "uuid c9a6e1f0-2612-3456-a1b2-c3d4e5f60718", "we met at home.", "et cetera 2023", "Jan (a) Ewa", "x=40 cm",
    ])
    func ordinaryValueIsNotAnIdentifier(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test func aPESELOfTheEighteenHundredsIsNotAccepted() {
        // 78 91 01 11213: month 91 would be November 1878.
        #expect(guardian.classify("78910111213") == nil)
        #expect(guardian.classify(CheckDigits.pesel(year: 1850, month: 3, day: 15, serial: 1234)) == nil)
        #expect(guardian.classify(CheckDigits.pesel(year: 1950, month: 3, day: 15, serial: 1234)) == .polishPESEL)
    }
}
