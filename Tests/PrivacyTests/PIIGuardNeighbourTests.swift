import Privacy
import TestSupport
import Testing

/// Identifiers written beside another number, and eleven digits straight-lined with any joiner.
@Suite struct PIIGuardNeighbourTests {
    let guardian = PIIGuard()

    /// A grouped phone number with another number before or after it, or two in a row.
    @Test(arguments: [
        "601 234 567 12", "dzwoniła z numeru 512 345 678 3 razy", "2019 601-234-567", "601 234 567 602 345 678",
        "2019 601 234 567", "w 2024 502 345 678 matka", "1234 601 234 567", "12 601 234 567", "5 601 234 567",
        "601 234 567 2019", "2019 22 123 45 67", "2019 1234 601 234 567", "12.03.2019 601 234 567", "601-234-567 12",
        "2612 3456 12", "7 +48 601 234 567",
        // A trunk 8 in front of a Polish mobile, or of a toll-free number and a mobile.
        "8 880 123 456", "tel. ojca 8 880 123 456", "8 885 123 456", "8 800 601 234 567", "8 800 601-234-567",
    ])
    func phoneBesideAnotherNumberIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    /// Counts, amounts, years, dates, times and codes beside each other stay data.
    @Test(arguments: [
        "12 500 zł", "3 razy", "2019 2020 2021 2022", "w latach 2019 2020 2345 zgłoszeń", "1 2 3 4 5 6 7 8 9 10 11 12",
        "5 4 3 2 1 5 4 3", "12 14 9 15 26 13 11 12", "15 10 2023 12 30", "0301 0302 0303 0304",
        "ICCS 0301 0302", "8 800 12345", "8 800 10 800", "8 800 123 456", "2023 1234", "1 234 567 zł", "12 345 zł 3 razy",
        "godz. 10 30 12 45", "800 12 12 12 2019", "sprawa nr 12 26/123/456", "sygn. akt 26/123/456 2019", "LV80 BANK 0000 4351 9500 2",
    ])
    func numbersBesideNumbersPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    /// Eleven one-digit answers that form a valid code are refused whatever single mark joins
    /// them, with or without spaces, like the space, `-`, `.`, `/` and `|` already are.
    @Test(arguments: [",", ";", ":", ", ", "; ", " : ", " , ", "-", ".", "/", " | ", "\t", "!", "?", "$", "&", "*", "#"])
    func straightLinedCodeIsFoundWithEveryJoiner(joiner: String) {
        let pesel = "44051401359"
        #expect(guardian.classify(pesel.map(String.init).joined(separator: joiner)) == .polishPESEL, "joiner \(joiner)")
        let latvian = SampleCodes.latvianOld
        #expect(guardian.classify(latvian.map(String.init).joined(separator: joiner)) != nil, "joiner \(joiner)")
    }

    /// Lists of one-digit answers that do not form a valid code stay data.
    @Test(arguments: ["1,2,3,4,5,6,7,8,9,1,0", "4,4,0,5,1,4,0,1,3,5,8", "2;2;2;2;2;2;2;2;2;2;1", "3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5"])
    func oneDigitListsPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }
}
