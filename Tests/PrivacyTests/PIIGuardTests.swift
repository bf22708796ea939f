import Privacy
import TestSupport
import Testing

/// National personal codes: published examples and codes built from the published rules.
@Suite struct PIIGuardTests {
    let guardian = PIIGuard()

    // MARK: - PESEL

    @Test func classicPESELExampleIsFoundAndItsNeighbourIsNot() {
        #expect(guardian.classify("44051401359") == .polishPESEL)
        #expect(guardian.classify("44051401358") == nil)
    }

    @Test(arguments: [(1900, 1, 1), (1999, 12, 31), (2004, 2, 29), (2100, 1, 1), (2299, 6, 30)])
    func constructedPESELInEveryCenturyIsFound(date: (Int, Int, Int)) {
        for serial in [0, 1234, 9999] {
            let code = CheckDigits.pesel(year: date.0, month: date.1, day: date.2, serial: serial)
            #expect(guardian.classify(code) == .polishPESEL)
            let wrong = String(code.dropLast()) + String((Int(String(code.last!))! + 1) % 10)
            #expect(guardian.classify(wrong) != .polishPESEL)
        }
    }

    @Test func peselWithImpossibleDateIsNotAPESEL() {
        for first10 in ["0502300123", "0513010123", "0500010123", "0102290123", "0593010123"] {
            let code = first10 + String(CheckDigits.pesel(first10))
            #expect(guardian.classify(code) != .polishPESEL, "built from \(first10)")
        }
    }

    @Test func peselIsFoundInsideTextAndAsTheIntegerPartOfADecimal() {
        #expect(guardian.classify("PESEL: 44051401359, Kraków") == .polishPESEL)
        #expect(guardian.classify("44051401359.0") == .polishPESEL)
        #expect(guardian.classify("0.44051401359") == nil)
        #expect(guardian.classify("440514013591") == nil)
    }

    // MARK: - Asmens kodas

    @Test func publishedLithuanianExampleIsFound() {
        #expect(guardian.classify("33309240064") == .lithuanianPersonalCode)
        // An invalid asmens kodas starting 32–39 still has the new Latvian shape.
        #expect(guardian.classify("33309240164") == .latvianPersonalCodeWithoutBirthDate)
        #expect(guardian.classify("13309240064") == nil)
    }

    @Test func constructedLithuanianCodesForEverySexAndCentury() {
        for (group, year) in [(1, 1885), (2, 1899), (3, 1950), (4, 1988), (5, 2004), (6, 2012)] {
            let first10 = "\(group)\(CheckDigits.two(year % 100))0229123"
            let isLeap = year % 4 == 0 && year % 100 != 0
            let code = first10 + String(CheckDigits.lithuanian(first10))
            #expect((guardian.classify(code) == .lithuanianPersonalCode) == isLeap, "G=\(group)")
            let datedFirst10 = "\(group)\(CheckDigits.two(year % 100))0115123"
            let dated = datedFirst10 + String(CheckDigits.lithuanian(datedFirst10))
            #expect(guardian.classify(dated) == .lithuanianPersonalCode, "G=\(group)")
        }
    }

    @Test func lithuanianSecondPassAndZeroRuleAreApplied() throws {
        let candidates = (0..<1000).map { "5120115" + CheckDigits.four($0).suffix(3) }
        let secondPass = try #require(
            candidates.first {
                CheckDigits.lithuanianFirstPass($0) == 10 && CheckDigits.lithuanian($0) != 0
            })
        let bothTen = try #require(
            candidates.first {
                CheckDigits.lithuanianFirstPass($0) == 10 && CheckDigits.lithuanian($0) == 0
            })
        for first10 in [secondPass, bothTen] {
            let control = CheckDigits.lithuanian(first10)
            #expect(guardian.classify(first10 + String(control)) == .lithuanianPersonalCode)
            #expect(guardian.classify(first10 + String((control + 1) % 10)) == nil)
        }
    }

    @Test func lithuanianCodeWithImpossibleDateOrGroupIsNotFound() {
        for first10 in ["3990230123", "3991301123", "7991001123"] {
            let code = first10 + String(CheckDigits.lithuanian(first10))
            #expect(guardian.classify(code) != .lithuanianPersonalCode, "built from \(first10)")
        }
    }

    // MARK: - Personas kods

    @Test func publishedLatvianExampleIsFoundWithAndWithoutHyphen() {
        #expect(guardian.classify("161175-19997") == .latvianPersonalCode)
        #expect(guardian.classify("16117519997") == .latvianPersonalCode)
        #expect(guardian.classify("161175-19996") == nil)
        #expect(guardian.classify("vārds 161175-19997.") == .latvianPersonalCode)
    }

    @Test func constructedLatvianCodesForEveryCenturyDigit() {
        for (first6, century) in [("290288", 0), ("010100", 1), ("311299", 1), ("150617", 2)] {
            for serial in ["000", "123", "998"] {
                let first10 = first6 + "\(century)" + serial
                let control = CheckDigits.latvian(first10)
                guard control != 10 else { continue }
                #expect(guardian.classify(first6 + "-\(century)\(serial)\(control)") == .latvianPersonalCode)
                let wrong = first6 + "-\(century)\(serial)\((control + 1) % 10)"
                #expect(guardian.classify(wrong) != .latvianPersonalCode)
            }
        }
    }

    @Test func latvianCodeWithBadDateOrCenturyIsNotFound() {
        for first10 in ["3002881123", "2902891123", "0113991123", "0101993123"] {
            let code =
                String(first10.prefix(6)) + "-" + first10.dropFirst(6)
                + String(CheckDigits.latvian(first10) % 10)
            #expect(guardian.classify(code) == nil, "built from \(first10)")
        }
    }

    @Test func latvianControlValueTenIsTreatedConservatively() throws {
        let first10 = try #require(
            (0..<1000).map { "0101991" + CheckDigits.four($0).suffix(3) }
                .first { CheckDigits.latvian($0) == 10 })
        #expect(guardian.classify(first10 + "0") == .latvianPersonalCode)
        #expect(guardian.classify(first10 + "1") == nil)
    }

    @Test func latvianNewFormIsFlaggedByShape() {
        #expect(guardian.classify("320000-00000") == .latvianPersonalCodeWithoutBirthDate)
        #expect(guardian.classify("39876512345") == .latvianPersonalCodeWithoutBirthDate)
        #expect(guardian.classify("3200000000") == nil)
        #expect(guardian.classify("312000-00000") == nil)
    }

    @Test func descriptionsNameTheKindOnly() {
        #expect(IdentifierKind.polishPESEL.description == "a valid Polish PESEL")
    }
}
