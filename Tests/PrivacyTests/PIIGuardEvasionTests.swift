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
    ])
    func phoneAfterAClockTimeOrInDisguiseIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: ["jan.kowalski＠gmail.com", "jan.kowalski@gmail\u{200B}.com", "key,jan.kowalski@gmail.com,LV"])
    func disguisedEmailAddressIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "0.44051401359", "-0,85010112345", "229,8278", "0,000123456789012", "1 234 567", "1 234 567,89", "12 345 678",
        "1.234.567,89", "116 111", "116111", "tel. 116 111", "2019-2023", "2019 – 2023", "lata 2015-2019 i 2020-2023",
        "15.10.2023", "2023-10-15T12:30:00", "2023-10-15 12:30:00", "PL61 1090 1014 0000 0712 1981 2874",
        "LT12 1000 0111 0100 1000", "LV80 BANK 0000 4351 9500 1", "LV80BANK0000435195001", "Nr 2019/2023", "151-1", "1M0006",
        "94,0500", "12.01.2024", "Rīga, Brīvības 2023", "art. 200 § 1 kk", "１２,５",
    ])
    func ordinaryNumbersPass(field: String) {
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
