import Privacy
import TestSupport
import Testing

/// Identifiers split by HTML tags, backslash escapes and combining marks, e-mail addresses with
/// a quoted or bracketed `@`, a comma for a dot or spaced domain, and IBANs with spaced marks
/// between groups, which an attack on the guard found loaded; and prose with the same marks,
/// which must still load.
@Suite struct PIIGuardMarkupTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        ("601<br>234<br>567", IdentifierKind.phoneNumber), ("601<wbr>234<wbr>567", .phoneNumber), ("440514<br>01359", .polishPESEL),
        ("601<b>234</b>567", .phoneNumber), ("601<i>234</i>567", .phoneNumber), ("601<p>234</p>567", .phoneNumber),
        ("601</span>234</span>567", .phoneNumber), ("601<br/>234<br/>567", .phoneNumber), ("601<br />234<br />567", .phoneNumber),
        ("tel. 601<span class=\"x\">234</span>567", .phoneNumber), ("601<BR>234<BR>567", .phoneNumber),
        ("601<!-- x -->234<!---->567", .phoneNumber),
        ("85<b>01</b>01<b>12345</b>", .polishPESEL), ("PL61<br>1090<br>1014<br>0000<br>0712<br>1981<br>2874", .bankAccount),
    ])
    func digitsSplitByTagsAreFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        "jan.kowalski<span>@</span>wp.pl", "jan.kowalski@<br>wp.pl", "jan.kowalski<br>@wp.pl", "jan.kowalski<b>@</b>wp.pl",
        "jan.kowalski@<span style=\"color:red\">wp.pl</span>", "jan.kowalski<wbr>@<wbr>wp.pl", "jan<b>.</b>kowalski@wp<br>.pl",
    ])
    func emailSplitByTagsIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        ("601\\n234\\n567", IdentifierKind.phoneNumber), ("601\\t234\\t567", .phoneNumber), ("601\\r234\\r567", .phoneNumber),
        ("601\\r\\n234\\r\\n567", .phoneNumber), ("601\\u00a0234\\u00a0567", .phoneNumber), ("601\\u00A0234\\u00A0567", .phoneNumber),
        ("601\\x20234\\x20567", .phoneNumber), ("601\\u2011234\\u2011567", .phoneNumber), ("440514\\n01359", .polishPESEL),
        ("tel. 601\\n234\\n567", .phoneNumber),
    ])
    func digitsSplitByEscapesAreFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        ("jan.kowalski@\u{336}wp.pl", IdentifierKind.emailAddress), ("jan.kowalski@\u{338}wp.pl", .emailAddress),
        ("jan.kowalski\u{336}@wp.pl", .emailAddress),
        ("j\u{336}a\u{336}n\u{336}.k\u{336}o\u{336}w\u{336}@\u{336}w\u{336}p\u{336}.p\u{336}l", .emailAddress),
        ("jan.kowalski@w\u{301}p.p\u{308}l", .emailAddress), ("jan.kowalski@wp.\u{336}pl", .emailAddress),
        ("6\u{336}0\u{336}1\u{336} 2\u{336}3\u{336}4\u{336} 5\u{336}6\u{336}7\u{336}", .phoneNumber),
        ("601 \u{336}234 \u{336}567", .phoneNumber), ("601-\u{338}234-\u{338}567", .phoneNumber),
        ("85010112345\u{20DD}", .polishPESEL),
    ])
    func combiningMarksAreStripped(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    @Test(arguments: [
        "jan.kowalski»@«wp.pl", "jan.kowalski '@' wp.pl", "jan.kowalski \"@\" wp.pl", "jan.kowalski „małpa” wp.pl",
        "jan.kowalski « at » wp.pl", "jan.kowalski \"at\" wp.pl", "jan.kowalski 'at' wp.pl", "jan.kowalski “at” wp.pl",
        "jan.kowalski ‹eta› wp.lt", "janis.berzins «pie» inbox.lv", "jan.kowalski «@» wp.pl", "jan.kowalski\"@\"wp.pl",
        "jan.kowalski (at) wp.pl", "jan.kowalski [at] wp.pl", "jan.kowalski {at} wp.pl", "jan.kowalski <at> wp.pl",
        "jan.kowalski \"(at)\" wp.pl", "jan.kowalski »[at]« wp.pl", "jan.kowalski [\"at\"] wp.pl", "jan.kowalski ( at ) wp.pl",
        "jan.kowalski „@” wp.pl", "jan.kowalski ‚at‘ wp.pl",
    ])
    func quotedOrBracketedAtIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "jan.kowalski @ wp, pl", "jan.kowalski@wp,pl", "jan kowalski @ wp . pl", "jan.kowalski@wp , pl", "jan.kowalski @wp,pl",
        "janis.berzins@inbox,lv", "jonas@gmail,com", "jan.kowalski @ wp ,pl",
    ])
    func emailWithACommaOrSpacedDotIsFound(field: String) {
        #expect(guardian.classify(field) == .emailAddress)
    }

    @Test(arguments: [
        "PL61 - 1090 - 1014 - 0000 - 0712 - 1981 - 2874", "PL61 / 1090 / 1014 / 0000 / 0712 / 1981 / 2874",
        "PL61 . 1090 . 1014 . 0000 . 0712 . 1981 . 2874", "PL61 , 1090 , 1014 , 0000 , 0712 , 1981 , 2874",
        "PL61 -- 1090 -- 1014 -- 0000 -- 0712 -- 1981 -- 2874", "LV80 - BANK - 0000 - 4351 - 9500 - 1",
        "LV80 / BANK / 0000 / 4351 / 9500 / 1", "LT12 - 1000 - 0111 - 0100 - 1000", "LT12 . 1000 . 0111 . 0100 . 1000",
        "konto: PL61 -- 1090 -- 1014 -- 0000 -- 0712 -- 1981 -- 2874.",
    ])
    func accountWithSpacedMarksIsFound(field: String) {
        #expect(guardian.classify(field) == .bankAccount)
    }

    @Test(arguments: [
        "spotkanie \"at\" school", "we met \"at\" home", "<b>sprawa</b> nr 26/123/456", "2023-01-15", "<i>2023-01-15</i>", "1 234,56",
        "<b>1 234,56</b> zł", "godz. 12:30", "godz.<br>12:30", "spotkanie <b>o</b> godz. 12:30, 2023-01-15",
        "<p>Sprawa przekazana do sądu.</p><p>Ofiara: 14 lat.</p>", "<b>Bērns</b> «at» skolā", "„Jest w szkole” – powiedziała.",
        "Mokinys «at» mokykloje, 2023-01-15", "he said 'at' school, pl", "C:\\new\\table\\2023", "line\\nbreak 12\\n34",
        "wynik 12,5 \\t 13,5", "vārds<br>ir", "wp, pl", "cena @ 5,50 zł, pl", "<a href=\"x\">link</a> 2023-01-15 12:30",
        "Kowalski <at> work", "12 - 34 - 56", "rok 2019 - 2020 - 2021", "1<sup>2</sup> + 3<sub>4</sub>", "x\u{336}y", "cafe\u{301}",
        "<br><br><br><br>", "a\\u00a0b", "Sprawa 26/123/456 <br> 2023-01-15",
        "[b]uwaga[/b] 12 lat", "[strona](http://x.pl) 2023-01-15", "\"tak\" \"nie\" 12", "`kod` 12,5", "C:\\dane\\2023\\raport",
        "A&amp;B 2023-01-15", "\"2019\" \"2020\" \"2021\"", "oceny: [5] [4] [3]",
    ])
    func proseWithMarkupStillLoads(field: String) {
        #expect(guardian.inspect(field) == nil)
    }

    @Test(arguments: [
        ("PES<br>EL", IdentifierKind.polishPESEL), ("e<b>-</b>mail", .emailAddress), ("vārds<br>uzvārds", .personName),
        ("PES<wbr>EL", .polishPESEL), ("asmens<br>kodas", .lithuanianPersonalCode), ("data<br>urodzenia", .birthDate),
    ])
    func columnNameWithTagsIsRead(name: String, kind: IdentifierKind) {
        #expect(PIIGuard.identifierColumnKind(named: name) == kind)
    }

    /// BBCode, Markdown code spans and links, CDATA, tags in a row, named references for
    /// invisible characters, escapes of `@`, three layers of encoding, quotes around digit groups.
    @Test(arguments: [
        "`601` `234` `567`", "`601``234``567`", "[601](x) [234](y) [567](z)", "[b]601[/b]234[b]567[/b]",
        "[color=red]601[/color][color=red]234[/color]567", "jan.kowalski[b]@[/b]wp.pl", "601<![CDATA[234]]>567",
        "601<b></b><b></b><b></b><b></b><b></b>234<b></b><b></b><b></b><b></b><b></b>567",
        "601&NewLine;234&NewLine;567", "601&Tab;234&Tab;567", "601&zwj;234&zwj;567", "601&ZeroWidthSpace;234&ZeroWidthSpace;567",
        "601&NoBreak;234&NoBreak;567", "jan.kowalski&amp;commat;wp.pl", "jan.kowalski%26%2364%3Bwp.pl", "jan.kowalski\\x40wp.pl",
        "jan.kowalski\\u{40}wp.pl", "jan.kowalski\\100wp.pl", "601\\040234\\040567", "jan\\.kowalski\\@wp\\.pl",
        "\"601\" \"234\" \"567\"", "jan.kowalski-at-wp-dot-pl", "jan.kowalski_at_wp_dot_pl", "jan.kowalski*at*wp*dot*pl",
        "[b]PL61[/b]109010140000071219812874",
    ])
    func bbCodeMarkdownEscapesAndNamedReferencesAreReadThrough(field: String) {
        #expect(guardian.classify(field) != nil)
    }

    @Test func threeLayersOfEncodingAreDecoded() {
        #expect(guardian.classify("601%252520234%252520567") == .phoneNumber)
        #expect(guardian.classify("jan.kowalski%252540wp.pl") == .emailAddress)
    }

    @Test(arguments: [
        "601<br>234<br>567", String(repeating: "<b>", count: 20_000) + "601 234", String(repeating: "\\u00a0", count: 20_000),
        String(repeating: "<" + String(repeating: "a", count: 50), count: 2_000), String(repeating: "a\u{336}", count: 20_000),
        String(repeating: "\"at\" ", count: 10_000), String(repeating: "1 - ", count: 20_000),
    ])
    func hostileMarkupTakesLinearTime(field: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = guardian.inspect(field) }
        #expect(elapsed < .seconds(2))
    }
}
