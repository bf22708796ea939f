import Codebooks
import Testing

/// A text read from an input is shown in a message only when it is code-like and not a name.
@Suite struct EchoedNameTests {
    @Test(arguments: [
        "q1", "wiek_ofiary", "csa_2019", "region-2023", String(repeating: "a", count: 40), "csa_contact_lifetime", "vecums", "j21a",
        "piezimes", "wave_2", "q_12a", "miejski", "item5", "klasa_6", "annual_income", "klasa-szkoła", "vārds", "płeć", "amžius",
        "mergaitė",
        // Ordinary survey headers of the three countries, and words that start like a name.
        "plec", "wiek", "waga", "klasa", "region", "p21a", "svars", "dzimums", "lytis", "amzius", "vecums", "basic", "liepaja",
        "marts", "valdyba", "santuoka", "religia", "miasto", "powiat", "gmina", "apskritis", "novads", "pagasts", "skola",
        "uczen", "mokinys", "klase", "kontakt", "internet", "sprawca", "przemoc", "zgloszenie", "telefon", "rok", "gads", "metai",
        // Short numbers and codes.
        "1", "2", "-9", "12,5", "99", "M", "DK", "k2",
    ])
    func plainHeaderIsShown(name: String) {
        #expect(EchoedName.quoted(name) == "\"\(name)\"")
        #expect(EchoedName.column(name, at: 6) == "column \"\(name)\"")
        #expect(EchoedName.variable(name) == "variable \"\(name)\"")
    }

    @Test(arguments: [
        "jan.kowalski małpa wp kropka pl", "(0-22) 123-45-67", "LT 12 1000 0111 0100 1000", "jan.kowalski[@]wp.pl", "q 12345",
        "Wiek (lata)", "", String(repeating: "a", count: 41), "klasa.szkoła", "jan.kowalski na wp.pl", "jan.kowalski-małpa-wp.pl",
        "janis berzins pie inbox.lv", "a  b", " q1", "q1 ", "q1-", "a--b", "a:b", "a/b", "a@b", "_q1", "12345",
        // Capitals and letters outside ASCII are never shown: no list tells a surname from a word.
        "Data_badania", "PESEL", "J21a", "Возраст_жертвы", "возраст", "Mergaitė", "Svars", "Apskritis",
        // A header of more than one word, or one the name, address and e-mail rules read as such.
        "Data badania", "Jan Kowalski", "Jānis Bērziņš", "ul Długa 5", "jan kowalski at gmail", "Jan_Kowalski", "Jonas-Jonaitis",
        "jan-kowalski-at-wp-dot-pl", "JanKowalski", "ANowak", "Gedimino_pr_5", "Długa_5", "kowalski_jan_ul_dluga_5",
        "jan_kowalski_at_wp_pl", "jan_kowalski", "JAN_KOWALSKI", "Kowalski", "Nowak", "kowalski", "Bērziņš", "anna_nowak", "Długa5",
        "dluga_5a", "5_dluga", "dluga5", "jan_kowalski_wp_pl", "jankowalski_wp_pl", "jan_kowalski_gmail_com", "ona_petraitiene",
        // Surnames and their inflected forms, kinship words with a first name, codes that are names.
        "Kowalskiej", "Lewandowskiego", "Bērziņam", "Petraičio", "Kazlauskienės", "Petraitienę", "Nowakowi", "brāļa_Jāņa",
        "matki_Anny", "sprawcy_Jana", "Pawlak", "Walczak", "Sikora", "Baran", "Savickas", "Rimkus", "Vaitkus", "Mockus", "Eglītis",
        "Vanags", "Jansone", "Ozola", "Balode", "Vaitkutė", "Anna Kowalska", "Jonas Petraitis", "Brīvības 12", "pawlak", "walczak",
        "kowalskiej", "kowalskiego", "nowakowi", "petraicio", "petraitiene", "petraitytes", "kazlauskienes", "berzinam",
        "matki_anny", "brala_jana", "sprawcy_jana", "jan", "anny", "jono", "dluga_5", "anna_kowalskiej", "jonas", "ozolam",
        // First names, diminutives and handles of the three countries in lower case.
        "dorota", "ilona", "iwona", "marysia", "wojtek", "bartek", "jasio", "jaś", "staś", "kasia", "basia", "gosia", "gośka",
        "zosia", "magda", "krzyś", "mindaugas", "vytautas", "kęstutis", "arvydas", "kristaps", "zigmārs", "krišjānis", "roberts",
        "baiba", "liene", "zane", "dace", "laima", "rasa", "egle", "eglė", "gintarė", "jonukas", "jonelis", "petriukas", "duda",
        "liepa", "ola_k", "xx_ania_xx", "ania_2011", "anka_b", "szymon_k", "ania2011", "kasia_b2", "jonas7", "doroty", "mindaugo",
        "kristapam", "zigmāram",
        // The same in lower case with their diacritics.
        "bērziņam", "petraičio", "kazlauskienės", "petraitienę", "brāļa_jāņa", "vaitkutė", "wiśniewska", "jānis",
    ])
    func otherTextIsDescribedByPosition(name: String) {
        #expect(EchoedName.quoted(name) == "(text not shown)")
        #expect(EchoedName.column(name, at: 6) == "header #7")
        #expect(EchoedName.key(name) == "a column (name not shown)")
        #expect(EchoedName.plain(name) == "(name not shown)")
    }

    @Test func aListShowsThePlainTextsAndCountsTheOthers() {
        #expect(EchoedName.listed(["male", "female"]) == "male, female")
        #expect(
            EchoedName.listed(["1", "2", "Anna Kowalska", "Jonas Petraitis", "Brīvības 12"], quoting: true)
                == "\"1\", \"2\" and 3 more not shown")
        #expect(EchoedName.listed(["Pawlak", "Kowalskiej"]) == "2 not shown")
        #expect(EchoedName.listed((1...30).map(String.init), limit: 20).hasSuffix("20 and 10 more not shown"))
    }
}
