import Privacy
import Testing

/// E-mail addresses and phone numbers.
@Suite struct PIIGuardContactTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "jan.kowalski@example.pl", "a@b.lv", "write to x+tag@mail.example.com.", "ona@vilnius.lt",
        "pēteris@piemērs.lv", "a @b.lv",
    ])
    func emailAddressesAreFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: ["@home", "a@b", "a@b.c", "user@localhost", "1@2.34", "x@.lv"])
    func nonAddressesAreNotEmailAddresses(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    @Test(arguments: [
        "+371 29 123 456", "+37129123456", "+370 612 34567", "+48 600 123 456", "+48600123456",
        "+44 20 7946 0958", "00371 2912 3456", "0048 600 123 456", "29 123 456", "2912 3456",
        "6712 3456", "8 612 34567", "(8 5) 212 3456", "(22) 123-45-67", "22 123 45 67",
        "600 123 456", "600-123-456", "371 2912 3456", "29123456", "61234567", "861234567",
        "600123456", "tel. +371 29123456", "zvanīt 29123456 vakarā", "0048.601.234.567", "00371.2612.3456",
        "00370/612/34567",
    ])
    func phoneNumbersAreFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        "12,5", "0.8734", "1 234 567", "12 345 678", "2023-10-15", "15-10-2023", "25-10-2023",
        "2019-2023", "2019 2020", "123 456 789", "61 234,5", "0.29123456",
        "12345678", "39123456", "123456789", "2023-10-15 9:30", "ID29123456", "29123456kg",
        "1 234 567,89", "+12", "2023-10-15 12:30:00", "402 345 678", "0012.345", "0048.5",
    ])
    func numbersThatAreNotWrittenLikePhonesAreNotPhones(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    @Test func barePhoneCheckCanBeSwitchedOffButFormattedOnesStay() {
        let relaxed = PIIGuard(checks: IdentifierChecks.all.subtracting(.barePhoneNumbers))
        #expect(relaxed.classify("600123456") == nil)
        #expect(relaxed.classify("+48 600 123 456") == .phoneNumber)
        #expect(relaxed.classify("44051401359") == .polishPESEL)
    }

    @Test func rawBufferAndTypedBufferAgree() {
        let bytes = Array("kontakts: +371 29 123 456".utf8)
        let typed = bytes.withUnsafeBufferPointer { guardian.classify($0) }
        let raw = bytes.withUnsafeBytes { guardian.classify($0) }
        #expect(typed == .phoneNumber && raw == .phoneNumber)
    }
}
