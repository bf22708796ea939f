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

    /// Eleven one-digit answers with mixed or doubled marks, spaces, tabs or line breaks
    /// around them, quotes, brackets or keys are refused when they form a valid code.
    @Test(arguments: [
        "4,4;0,5;1,4;0,1;3,5;9", "4  ,  4  ,  0  ,  5  ,  1  ,  4  ,  0  ,  1  ,  3  ,  5  ,  9",
        "4\t,\t4\t,\t0\t,\t5\t,\t1\t,\t4\t,\t0\t,\t1\t,\t3\t,\t5\t,\t9", "4,  4,  0,  5, 1, 4, 0, 1, 3, 5, 9",
        "4;\n4;\n0;\n5;\n1;\n4;\n0;\n1;\n3;\n5;\n9", "4,\r\n4,\r\n0,\r\n5,\r\n1,\r\n4,\r\n0,\r\n1,\r\n3,\r\n5,\r\n9",
        "[4],[4],[0],[5],[1],[4],[0],[1],[3],[5],[9]", "4,,4,,0,,5,,1,,4,,0,,1,,3,,5,,9", "4, ,4, ,0, ,5, ,1, ,4, ,0, ,1, ,3, ,5, ,9",
        "4,4,0,5,1,4 0,1,3,5,9", "4 a 4 a 0 a 5 a 1 a 4 a 0 a 1 a 3 a 5 a 9",
        "3;\n8;\n5;\n0;\n1;\n0;\n1;\n1;\n2;\n3;\n9", "0;\n1;\n0;\n1;\n8;\n5;\n1;\n2;\n3;\n4;\n1",
        "[[4],[4],[0],[5],[1],[4],[0],[1],[3],[5],[9]]", #""4","4","0","5","1","4","0","1","3","5","9""#,
        "'4';'4';'0';'5';'1';'4';'0';'1';'3';'5';'9'", #"{"q0":4,"q1":4,"q2":0,"q3":5,"q4":1,"q5":4,"q6":0,"q7":1,"q8":3,"q9":5,"q10":9}"#,
        "q0=4 q1=4 q2=0 q3=5 q4=1 q5=4 q6=0 q7=1 q8=3 q9=5 q10=9", "4, 4, 0, 5, 1,\n4, 0, 1, 3, 5, 9", "4;4;0;5;1;4;;0;1;3;5;9",
        "4., 4., 0., 5., 1., 4., 0., 1., 3., 5., 9.", "odpowiedzi: 4 / 4 ; 0 , 5 - 1 | 4 : 0 , 1 ; 3 / 5 ; 9",
    ])
    func spacedOutCodeIsFound(field: String) {
        #expect(guardian.classify(field) != nil)
    }

    /// Straight-lined answers that are no valid code, or more than eleven of them with mixed
    /// marks, stay data.
    @Test(arguments: [
        "4,4;0,5;1,4;0,1;3,5;8", "[3],[3],[3],[3],[3],[3],[3],[3],[3],[3],[3]",
        #"{"q0":5,"q1":5,"q2":5,"q3":5,"q4":5,"q5":5,"q6":5,"q7":5,"q8":5,"q9":5,"q10":5}"#,
        "1;\n2;\n3;\n4;\n5;\n1;\n2;\n3;\n4;\n5;\n1", "q0=2 q1=3 q2=2 q3=4 q4=1 q5=5 q6=2 q7=2 q8=3 q9=4 q10=1",
        "klasa 4, 4 uczniów, 0 nieobecnych, 5 ocen, 1 uwaga",
    ])
    func straightLinedAnswersPass(field: String) {
        #expect(guardian.inspect(field) == nil)
    }
}
