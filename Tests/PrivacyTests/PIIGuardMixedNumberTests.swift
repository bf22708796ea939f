import Privacy
import Testing

/// Phones glued to another number, and counts, years, dates and amounts written side by side.
@Suite struct PIIGuardMixedNumberTests {
    let guardian = PIIGuard()

    /// A phone number with another number glued to it by `-` or `/` (a suffix, an extension,
    /// a year, a count).
    @Test(arguments: [
        "tel. 601-234-567-1", "601234567-12", "601234567/2", "12-601 234 567", "601 234 567-2023", "12-601-234-567",
        "29 12 34 56-12", "8-612-34567-1", "601-234-567-8", "8-601-234-567", "601 234 567/12", "2-29 123 456",
        "kontakt 601-234-567-12 (matka)",
    ])
    func phoneGluedToAnotherNumberIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    /// Numbers written side by side that are not a phone: a number before a date, a year
    /// before a count, an amount with decimals after a year.
    @Test(arguments: [
        "2 15.03.2023", "1 12.05.2021", "3 2023-07-11", "2 11-07-2016", "2 (11.07.2016)", "w 2017 38 891 osób", "2013 47 698",
        "2 735 2018", "7 08.02.2024 4", "4 02.04.2020 598", "5 2013 2018 175", "6 680 90 2019", "2015 6 773 988,00",
        "95 2011 361 188", "3 15 2023 601", "2023 2 921 004,44 04.05.2023 06.08.2023", "86 9 22.02.2015", "50 547 2010 20",
        "2 21.05.2020 6", "zgłoszenia: 6 (09.09.2018), 5 (10.09.2018)", "wiek 6 09.09.2018", "klasa 6 09.09.2018 5 uczniów",
        "6 09.09.2018 5", "2014 4 12.03.2018", "9 27.07.2018 2019", "2010 7 542 479,00", "3 18.03.2021 23 503",
        "2016 27 363 2020", "1. 12.05.2021 przesłuchanie", "2) 2023-03-15 apklausa", "klasa 3 15.03.2023", "3. 15.03.2023",
        "12 2023-03-15 4", "nr 5 31/12/2019", "2019 1 234 567,89 zł", "12 500 zł 2019", "500 12 zł 2019",
    ])
    func numbersSideBySidePass(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    /// A range of two years beside a one-digit count is no phone (a helpline's notes:
    /// `w latach 2019–2023 3 zgłoszenia`); a phone beside a year range still is.
    @Test(arguments: [
        "2019-2023 5 razy", "2017-2024 7", "w latach 2019–2023 3 zgłoszenia", "2020-2022 2", "2019 - 2023 5", "2019 – 2023 5",
        "1 2019-2023", "2 2019-2021", "2019-2023 12 razy", "3 2019 2019",
    ])
    func yearRangeBesideACountPasses(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    @Test(arguments: ["2019-2023 601 234 567", "601 234 567 2019-2023", "2023-2019 5 601 234 567"])
    func phoneBesideAYearRangeIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    /// Phones next to a date or a year are still found.
    @Test(arguments: [
        "15.03.2023 601 234 567", "601 234 567 15.03.2023", "2023-03-15 29 123 456", "2019 601 234 567",
        "601 234 567 2019", "tel. 601 234 567, 12.05.2021", "3 601 234 567",
    ])
    func phoneBesideADateOrYearIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }
}
