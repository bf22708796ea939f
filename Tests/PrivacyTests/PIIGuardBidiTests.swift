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
    @Test(arguments: ["\u{202E}abc 12", "\u{202E}abc\u{202C} 12", "\u{2067}שלום\u{2069} 2023", "\u{202B}12 500 zł\u{202C}"])
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
