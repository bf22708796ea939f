import Codebooks
import Testing

/// A header is shown in a message only when it is a plain name.
@Suite struct EchoedNameTests {
    @Test(arguments: [
        "q1", "wiek_ofiary", "Data_badania", "PESEL", "csa_2019", "J21a", "region-2023", "klasa-szkoła", "vārds", "Возраст_жертвы",
        String(repeating: "a", count: 40), "csa_contact_lifetime", "vecums", "j21a", "piezimes", "wave_2", "q_12a", "Mergaitė", "miejski",
    ])
    func plainHeaderIsShown(name: String) {
        #expect(EchoedName.quoted(name) == "\"\(name)\"")
        #expect(EchoedName.column(name, at: 6) == "column \"\(name)\"")
    }

    @Test(arguments: [
        "jan.kowalski małpa wp kropka pl", "(0-22) 123-45-67", "LT 12 1000 0111 0100 1000", "jan.kowalski[@]wp.pl", "q 12345",
        "Wiek (lata)", "", String(repeating: "a", count: 41), "klasa.szkoła", "jan.kowalski na wp.pl", "jan.kowalski-małpa-wp.pl",
        "janis berzins pie inbox.lv", "a  b", " q1", "q1 ", "q1-", "a--b", "a:b", "a/b", "a@b",
        // A header of more than one word, or one the name, address and e-mail rules read as such.
        "Data badania", "Jan Kowalski", "Jānis Bērziņš", "ul Długa 5", "jan kowalski at gmail", "Jan_Kowalski", "Jonas-Jonaitis",
        "jan-kowalski-at-wp-dot-pl",
        // Glued capitals, a word then a house number, a word for `@` between parts.
        "JanKowalski", "JānisBērziņš", "JanKOWALSKI", "ANowak", "Gedimino_pr_5", "Savanorių_g_15", "Długa_5",
        "kowalski_jan_ul_dluga_5", "jan_kowalski_at_wp_pl", "jan-kowalski-at-wp-pl",
        // Names in any casing, an address glued or with a lettered house number, e-mail pieces.
        "jan_kowalski", "JAN_KOWALSKI", "Kowalski", "Nowak", "kowalski", "Bērziņš", "anna_nowak", "Długa5", "Długa_5a", "5_Długa",
        "dluga_5a", "jan_kowalski_wp_pl", "jankowalski_wp_pl", "jan_kowalski_gmail_com", "ona_petraitiene",
    ])
    func otherHeaderIsNamedByPosition(name: String) {
        #expect(EchoedName.quoted(name) == "(text not shown)")
        #expect(EchoedName.column(name, at: 6) == "header #7")
    }
}
