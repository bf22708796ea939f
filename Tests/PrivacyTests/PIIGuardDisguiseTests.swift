import Privacy
import TestSupport
import Testing

/// Identifiers in amounts, between symbols, in digit look-alikes and in words that an attack on
/// the guard found loaded, and case and registration numbers it used to refuse.
@Suite struct PIIGuardDisguiseTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "601234567,00", "48601234567,00", "0601234567,00", "29123456,00", "26123456,5", "601234567.00", "-601234567,00",
        " 29123456,00 ", "29123456.5", "2,9123456E7", "6,01234567e8",
    ])
    func phoneWrittenAsAnAmountIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: ["1,0231545672E10", "1.0231545672E10", "8,5010112345E10", "8.5010112345E10", "8,5010112345E+10", "-8,5010112345e10"])
    func personalCodeInScientificNotationIsFound(field: String) {
        #expect(guardian.classify(field) == .polishPESEL)
    }

    @Test(arguments: [
        "0,734", "12345,50", "1234567,89", "12345678,00", "45000000,00", "2,5E3", "1,5E-3", "3,2e2", "0.29123456", "100000000.5",
        "25% 12% 34% 56%", "wzrost: 25% 12% 34% 56%", "**** 4/5", "★★★★★ 2019",
    ])
    func amountOrShareIsNotAnIdentifier(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test(arguments: [
        "29$12$34$56", "29^12^34^56", "29%12%34%56", "29&12&34&56", "29<12<34<56", "29>12>34>56", "29?12?34?56", "29!12!34!56",
        "29@12@34@56", "29°12°34°56", "29[12]34[56]", "29{12}34{56}", "29\u{1F4DE}12\u{1F4DE}34\u{1F4DE}56", "29★12★34★56",
        "29\u{FFFD}12\u{FFFD}34\u{FFFD}56", "29\u{FFFC}12\u{FFFC}34\u{FFFC}56", "601€234€567", "601\u{2764}\u{FE0F}234\u{2764}\u{FE0F}567",
        "601❤234❤567.csv", "tel. 601 ✆ 234 ✆ 567",
    ])
    func phoneWithSymbolsBetweenGroupsIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        ("150310❤21237", IdentifierKind.latvianPersonalCode), ("850101$12345", .polishPESEL), ("85❤01❤01❤12345", .polishPESEL),
        ("85\u{FFFD}01\u{FFFD}01\u{FFFD}12345", .polishPESEL), ("LV80$BANK$0000435195001", .bankAccount),
        ("LT12❤1000011101001000", .bankAccount), ("PL61,1090,1014,0000,0712,1981,2874", .bankAccount),
        ("PL61$1090$1014$0000$0712$1981$2874", .bankAccount), ("LT12\u{1F4DE}1000\u{1F4DE}0111\u{1F4DE}0100\u{1F4DE}1000", .bankAccount),
    ])
    func codeOrAccountWithSymbolsBetweenGroupsIsFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        ("❷❾❶❷❸❹❺❻", IdentifierKind.phoneNumber), ("➏➉➀ ➁➂➃ ➄➅➆", .phoneNumber), ("⓺⓾⓵ ⓶⓷⓸ ⓹⓺⓻", .phoneNumber),
        ("➅➓➊ ➋➌➍ ➎➏➐", .phoneNumber), ("፪፱፩፪፫፬፭፮", .phoneNumber), ("❽❺❿❶❿❶❶❷❸❹❺", .polishPESEL),
        ("tel. 6❿1 2❸4 567", .phoneNumber),
    ])
    func digitLookAlikeWithoutACompatibleFormIsRead(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    /// A right-to-left override shows reversed digits in their reading order.
    @Test func reversedDigitsAfterARightToLeftOverrideAreReadAsShown() {
        #expect(guardian.classify("\u{202E}765432106\u{202C}") == .phoneNumber)
        #expect(guardian.classify("tel. \u{202E}765 432 106\u{202C} wieczorem") == .phoneNumber)
        #expect(guardian.classify("\u{202E}765432106") == .phoneNumber)
        #expect(guardian.classify("\u{202E}" + String(SampleCodes.pesel.reversed()) + "\u{202C}") == .polishPESEL)
        #expect(guardian.classify("\u{202E}lp.pw@ikslawok.naj\u{202C}") == .emailAddress)
        #expect(guardian.inspect("abc \u{202E}def\u{202C} 12") == nil)
    }

    @Test(arguments: [
        "ikiteisminis tyrimas Nr. 01-1-12345-23", "IT Nr. 02-9-00612-22", "byla Nr. 01-1-12345-23", "Ikiteisminio tyrimo Nr. 02-9-00612-22",
        "reģ. Nr. 40003074764", "reģ.nr. 40003074764", "vienotais reģistrācijas Nr. 40003074764", "SIA X, reg. nr. 40003074764",
        "KP Nr. 11220742052", "kp nr. 11220742052", "sygn. akt II K 601/234/23", "Sygn. akt III Ka 601/234/23",
    ])
    func caseOrRegistrationNumberAfterItsWordIsNotAnIdentifier(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test(arguments: [
        ("reģ. Nr. \(SampleCodes.pesel)", IdentifierKind.polishPESEL), ("reģ. Nr. \(SampleCodes.lithuanian)", .lithuanianPersonalCode),
        ("reģ.nr. 150310-21237", .latvianPersonalCode), ("IT Nr. \(SampleCodes.pesel)", .polishPESEL),
        ("KP Nr. 150310-21237", .latvianPersonalCode), ("sygn. akt II K \(SampleCodes.pesel)", .polishPESEL),
        ("IT Nr. 601-234-567", .phoneNumber), ("byla Nr. 01-1-12345-23, tel. 601 234 567", .phoneNumber),
        ("40003074764", .lithuanianPersonalCode), ("it 01-1-12345-23", .phoneNumber),
    ])
    func identifierAfterACaseOrRegistrationWordIsStillFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        "tel. 60l 234 567", "tel. 60I 234 567", "tālr. 601 234 S67", "telefon 60l234567", "mob. 6O1 2l4 S67", "Tel: 29l2345S",
    ])
    func phoneWithLettersForDigitsAfterAPhoneWordIsFound(field: String) {
        #expect(guardian.classify(field) == .phoneNumber)
    }

    @Test(arguments: [
        "jan.kowalski-małpa-wp.pl", "jan.kowalskimałpawp.pl", "jan.kowalski małpą wp.pl", "jan.kowalski \"at\" wp.pl",
        "jan.kowalski 'at' gmail.com", "jan.kowalski#wp.pl", "jan.kowalskiATwpDOTpl", "jankowalskiATgmailDOTcom",
        "jan.kowalski a\u{0442} wp.pl", "jan.kowalski a\u{03C4} wp.pl", "janis.berzins pie inbox.lv", "janis berzins pie inbox.lv",
        "jan.kowalski_małpa_wp.pl",
    ])
    func emailWithTheAtWrittenOtherwiseIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "#1 priorytet", "pozycja #12 na liście", "strādā pie skolas", "pie mājas 12", "małpa w zoo", "normalny dzień", "AT&T DOT",
        "tel. klasa IS 2019", "pie inbox", "MALPA",
    ])
    func wordOrSymbolWithoutAnAddressIsNotAnIdentifier(field: String) {
        #expect(guardian.inspect(field) == nil)
    }
}
