import Privacy
import Testing

/// Identifiers hidden by bidirectional controls are read in the order a reader sees them.
@Suite struct PIIGuardBidiTests {
    let guardian = PIIGuard()

    static let (rlo, lro, pdf, rli, lri, fsi, pdi, lre, rle, rlm) = (
        "\u{202E}", "\u{202D}", "\u{202C}", "\u{2067}", "\u{2066}", "\u{2068}", "\u{2069}", "\u{202A}", "\u{202B}", "\u{200F}"
    )

    /// Each is displayed (UAX #9) as an identifier that its written order is not.
    @Test(arguments: [
        (rlo + "765" + lro + "234" + pdf + "106", IdentifierKind.phoneNumber),
        ("zgłoszenie " + rlm + "567 234 601", .phoneNumber),
        (rli + rlo + "106" + pdi + "234567", .phoneNumber), (rli + rlo + "2106" + pdi + "34567", .phoneNumber),
        (rlo + "765" + lre + "234" + pdf + "106", .phoneNumber), (rlo + "765" + lri + "234" + pdi + "106", .phoneNumber),
        (rlo + "765" + fsi + "234" + pdi + "106", .phoneNumber), (lri + rlo + "106" + pdi + "234567", .phoneNumber),
        (rlo + "95310" + lro + "0514" + pdf + "44", .polishPESEL), (rlo + "14321" + lro + "-" + pdf + "581010", .latvianPersonalCode),
        (rli + rlo + "16LP" + pdi + "109010140000071219812874", .bankAccount),
        (rle + "567 234 601" + pdf, .phoneNumber), (rlm + "567 234 601", .phoneNumber), ("tel. " + rli + "567 234 601" + pdi, .phoneNumber),
    ])
    func identifierInDisplayOrderIsFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    /// Fields shown reversed by rules the display order once reduced: digits after an Arabic letter
    /// or ALM are Arabic numbers that `-` and `+` do not join (W2, W4), Arabic-Indic digits
    /// (AN), superscript and subscript digits (EN), a combining mark at the start (W1, not a
    /// strong letter), a stray PDI before the first strong letter (P2), a tab (L1) and a
    /// first-strong isolate whose strong letter is far away (X5c).
    static let shownByTheFullAlgorithm: [(String, IdentifierKind)] = [
        ("\u{61C}567-234-601", .phoneNumber), ("\u{61C}567+234+601", .phoneNumber), ("tel. \u{61C}567-234-601", .phoneNumber),
        ("\u{61C}56-34-12-29", .phoneNumber), ("\u{61C}01359-440514", .polishPESEL), ("\u{61C}12341-010185", .latvianPersonalCode),
        ("\u{61C}01011239-385", .lithuanianPersonalCode), ("\u{627} 567-234-601", .phoneNumber),
        ("\u{647}\u{627}\u{62A}\u{641} 678-345-512", .phoneNumber),
        ("\u{627} 01359-440514", .polishPESEL), ("LT\u{61C}1000-0100-0111-1000-12", .bankAccount),
        ("\u{61C}1000-0100-0111-1000-12 LT", .bankAccount),
        ("\u{61C}2874-1981-0712-0000-1014-1090-PL61", .bankAccount),
        ("\u{665}\u{666}\u{667} \u{662}\u{663}\u{664} \u{666}\u{660}\u{661}", .phoneNumber),
        ("\u{665}\u{666} \u{663}\u{664} \u{661}\u{662} \u{662}\u{669}", .phoneNumber),
        ("\u{660}\u{661}\u{663}\u{665}\u{669} \u{664}\u{664}\u{660}\u{665}\u{661}\u{664}", .polishPESEL),
        (
            "LV\u{668}\u{660}-BANK-\u{661}-\u{669}\u{665}\u{660}\u{660}-\u{664}\u{663}\u{665}\u{661}-\u{660}\u{660}\u{660}\u{660}",
            .bankAccount
        ),
        ("\u{6F5}\u{6F6}\u{6F7} \u{6F2}\u{6F3}\u{6F4} \u{6F6}\u{6F0}\u{6F1} \u{5D0}", .phoneNumber),
        (rlm + "\u{2075}\u{2076}\u{2077} \u{B2}\u{B3}\u{2074} \u{2076}\u{2070}\u{B9}", .phoneNumber),
        (rlm + "\u{2085}\u{2086}\u{2087} \u{2082}\u{2083}\u{2084} \u{2086}\u{2080}\u{2081}", .phoneNumber),
        ("\u{5D8}\u{5DC}\u{5E4}\u{5D5}\u{5DF} \u{2076}\u{2077}\u{2078} \u{B3}\u{2074}\u{2075} \u{2075}\u{B9}\u{B2}", .phoneNumber),
        (rlm + "\u{345}567 234 601", .phoneNumber), ("\u{345}567 234 601 \u{5D0}", .phoneNumber),
        ("\u{363}567 234 601 \u{5D0}", .phoneNumber),
        (rlm + lre + "567\t234\t601" + pdf, .phoneNumber), (rlm + lre + "01359\t440514" + pdf, .polishPESEL),
        (pdi + "567 234 601 \u{5D0}", .phoneNumber), (pdi + "01359 440514 \u{5D0}", .polishPESEL),
        (pdi + "56 34 12 29 \u{5D0}", .phoneNumber),
        (pdi + rlm + "1000 LT12 1000 0111 0100", .bankAccount), (pdi + rlm + "1 LV80 BANK 0000 4351 9500", .bankAccount),
        ("567 234 " + pdi + rlm + "601 ", .phoneNumber), ("\u{202C}567 \u{61C}234-601 \u{202C}\u{2066}", .phoneNumber),
        (fsi + "567 234 601" + String(repeating: " ", count: 300) + "\u{5D0}" + pdi, .phoneNumber),
        (fsi + "567 234 601" + String(repeating: ".", count: 300) + "\u{5D0}", .phoneNumber),
    ]

    /// Each is refused.
    @Test(arguments: shownByTheFullAlgorithm)
    func identifierShownByTheFullAlgorithmIsFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test func displayOrderResolvesWeakTypesIsolatesAndSeparators() {
        #expect(PIIGuard.displayOrder("\u{61C}567-234-601") == "601-234-567\u{61C}")
        #expect(PIIGuard.displayOrder("\u{665}\u{666}\u{667} \u{662}\u{663}\u{664}") == "\u{662}\u{663}\u{664} \u{665}\u{666}\u{667}")
        #expect(PIIGuard.displayOrder(Self.pdi + "567 234 601 \u{5D0}") == "\u{5D0} 601 234 567")
        #expect(PIIGuard.displayOrder(Self.rlm + Self.lre + "567\t234\t601" + Self.pdf) == "601\t234\t567\u{200F}")
        #expect(PIIGuard.displayOrder("\u{61C}567,234,601") == "567,234,601\u{61C}")  // CS joins Arabic numbers (W4)
        #expect(PIIGuard.displayOrder("a\u{345}b 12") == "a\u{345}b 12")
        #expect(PIIGuard.digitGroupsReversed("tel. 567-234-601, x 12 ab") == "tel. 601-234-567, x 12 ab")
        #expect(PIIGuard.digitGroupsReversed("01359 440514") == "440514 01359")
    }

    @Test func displayOrderFollowsTheBidirectionalAlgorithm() {
        let rlo = Self.rlo, lro = Self.lro, pdf = Self.pdf
        #expect(PIIGuard.displayOrder(rlo + "765" + lro + "234" + pdf + "106") == "601234567")
        #expect(PIIGuard.displayOrder(rlo + "1" + rlo + "0" + rlo + "6" + rlo + "432765") == "567234601")
        #expect(PIIGuard.displayOrder(Self.rli + rlo + "106" + Self.pdi + "234567") == "601234567")
        // The second PDF closes the override: `106` is shown where it is written.
        #expect(PIIGuard.displayOrder(rlo + "765" + lro + "234" + pdf + pdf + "106") == "234567106")
        #expect(PIIGuard.displayOrder(Self.rle + "567 234 601" + pdf) == "601 234 567")
        #expect(PIIGuard.displayOrder("abc 123") == "abc 123")
        #expect(PIIGuard.displayOrder(rlo + "cba\nabc") == "abc\nabc")
    }

    /// Text with bidirectional controls that displays no identifier stays data.
    @Test(arguments: [
        "\u{202E}abc 12", "\u{202E}abc\u{202C} 12", "\u{2067}שלום\u{2069} 2023", "\u{202B}12 500 zł\u{202C}",
        "\u{61C}2023-03-15", "תאריך 15.03.2023 12 500", "\u{665}\u{666}\u{667} \u{662}\u{663}",
        "\u{660}", "\u{627} 3 15.03.2023", "\u{5D0} 12 500 zł 2019",
    ])
    func textWithControlsAndNoIdentifierPasses(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    /// Nested controls in a long field are read in bounded time.
    @Test func longNestedFieldIsReadQuickly() {
        let field = String(repeating: Self.rlo + "12" + Self.lro + "ab" + Self.rli + "3 ", count: 10_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = guardian.inspect(field) }
        #expect(elapsed < .seconds(5))
    }
}
