import Privacy
import Testing

/// Identifiers as a helpline worker types them in a note: a surname after a form of address, a
/// name after a role word in the instrumental or locative or after a helper's role, a handle
/// with no network or after a short or inflected network name, and addresses with the street
/// word glued or the name in lower case; and the ordinary notes around them.
@Suite struct PIIGuardWorkerNoteTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        // One surname or first name after a form of address, also after a title.
        "Pani Nowak dzwoniła", "dzwoniła Pani Kowalska z Krakowa", "rozmowa z p. Kowalskim", "p. Kowalski zgłosił",
        "Pan Kowalski zgłosił", "Ponia Jonaitienė skambino", "Ponas Petraitis skambino", "ponia Jonaitienė skambino",
        "Kundze Bērziņa zvanīja", "Bērziņa kundze zvanīja", "Bērziņas kundze zvanīja", "Mr Smith called", "Pani Ewa",
        "Pani Dyrektor Kowalska", "matka pani Nowak",
        // A first name after a word for one.
        "ma na imię Zosia", "dziewczynka o imieniu Zosia", "mergaitė vardu Ieva", "Nukentėjusiosios vardas Ieva", "vārds: Anna",
        // Role words in the instrumental and locative, and the roles of helpers.
        "z sąsiadem Janem Kowalskim", "o nauczycielu Janie Kowalskim", "rozmowa z psychologiem Anną Nowak",
        "su kaimynu Jonu Petraičiu", "psycholog Anna Nowak", "policjant Jan Kowalski", "globėjas Jonas Petraitis",
        "audžutēvs Jānis Bērziņš", "uczennica Ola Nowak", "mergaitė Ieva Petraitytė", "meitene Anna Bērziņa", "p.Kowalski zgłosił",
        "matka dorota kowalska",
        // A name before a role word after a comma or a dash.
        "Jan Kowalski, ojczym dziecka", "Jonas Petraitis – patėvis", "zgłosił Jan Kowalski, sąsiad",
    ])
    func nameAfterAFormOfAddressOrRoleIsFound(field: String) {
        #expect(guardian.classify(field) == .personName, "\(field)")
    }

    @Test(arguments: [
        "@ieva_2010", "pisała z konta @ieva_2010 na insta", "@ievute", "tg: ieva_p", "Instagram ieva_p11", "FB jonas_petraitis",
        "discord kuba#1234", "na Instagramie ieva_p11", "instagram ieva", "instagram: Ieva", "feisbukā jānis.b",
    ])
    func handleIsFound(field: String) {
        #expect(guardian.classify(field) == .socialMediaHandle, "\(field)")
    }

    @Test(arguments: [
        "ul.długa 5", "ul.Długa 5", "Gdańsk, ul.Długa 5", "ul. długa 5", "ul. 3 Maja 12", "brīvības iela 12",
        "savanorių gatvė 15", "Savanorių g.15", "ul.3 Maja 12", "savanorių g. 15", "gyvena Savanorių prospekte 15",
        "dzīvo Brīvības bulvārī 3", "ul. Długa nr 5", "ul. Długa Nr. 5", "Brīvības ielā Nr. 12",
    ])
    func addressIsFound(field: String) {
        #expect(guardian.classify(field) == .streetAddress, "\(field)")
    }

    @Test(arguments: [
        ("ul. <b>Długa</b> 5", IdentifierKind.streetAddress), ("ul.&nbsp;Długa&nbsp;5", .streetAddress),
        ("ul. Długa<br>5", .streetAddress), ("nazwisko: **Jan Kowalski**", .personName), ("Pani<br>Nowak", .personName),
        ("<p>Pani&nbsp;Nowak</p>", .personName),
    ])
    func nameOrAddressInMarkupIsFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind, "\(field)")
    }

    @Test(arguments: [
        // Forms of address and roles before what is not a name.
        "Pani Dyrektor Szkoły", "pani dyrektor zgłosiła", "Pan Bóg", "kurator Sądu Rejonowego", "policjant Komendy Miejskiej",
        "psycholog Poradni Psychologiczno-Pedagogicznej", "rozmowa z panią", "rozmowa z panią. Dziecko płakało",
        "dziecko Urzędu Miasta", "kontakt przez MS Teams", "Cienījamā kundze", "kundze Rīgā", "pani z MOPS",
        "Pan/Pani", "Czy Pan zgłosił sprawę?", "p. 3", "psycholog, 2 spotkania",
        "uczennica Gimnazjum nr 5", "dziewczynka Szkoły Podstawowej", "mergaitė Vilniuje", "uczeń Klasy 5", "dziewczynka, 12 lat",
        "imię: Nieznane", "imię: brak", "vardas: nežinomas", "Vārds: Nav", "imię i nazwisko: Anonim", "nazwisko: Nieznane",
        "sprawca nieznany", "sprawca: Nieznany", "ojczym Tak", "ul. Długa nr", "ul. nr 5 i 7",
        // Adjectives after a role word, numbers after a street and a second capitalised word, offices after a form
        // of address: found as refused by an independent attack on earlier rules.
        "matka Ukraińska, nie mówi po polsku", "sprawca Niski, ok. 40 lat", "ojciec Śląski, matka z Podkarpacia",
        "ul. Długa, Szkoła nr 5", "ul. Długa. Zgłoszenie nr 7", "ul. Marszałkowska, Komisariat nr 3",
        "Interwencja na ul. Długiej. Sprawa nr 5/2024", "ul. Długa - Pokój nr 12", "Pan Dzielnicowy", "Pani Logopeda",
        "Pan Proboszcz", "Pani Położna", "Pan Rzecznik Praw Dziecka", "Panią Asystentką Rodziny", "Ponia Auklėtoja",
        "Ponas Teisėjas", "Mēra kungs", "Doktora kungs", "nauczyciel Języka Polskiego", "Pani Kierowniczka OPS", "Pani Kurator Sądowa",
        "Pan Wolontariusz", "Ministra kungs", "pedagog Powiatowego Centrum",
        "nauczycielka Polskiego", "matka Polska",
        "ojciec Ukraiński obywatel",
        "VARDS: NAV ZINAMS", "Pani Asystentka Rodziny", "Pani Asystent zgłosiła", "Panu Komendantowi", "Panie Boże",
        "Direktores kundze zvanīja", "Skolotājas kundze zvanīja", "Pani Wychowawczyni klasy 5",
        "Rozmowa z panią pedagog Rozmowa z dzieckiem", "rozmowa z panem\nDziewczynka płakała", "Rozmowa z panią pedagog Tak",
        "pani Nie wiem", "Pan Tak", "ponia Taip", "kundze Nē",
        // Networks and `@` in ordinary notes.
        "instagram: codziennie", "Instagram, 2 mies.", "tg 5", "spotkanie @ domu", "kontakt przez Telegram i Facebook",
        "@ 5 min", "FB: tak", "Sąd Rejonowy, kurator", "Ośrodek Pomocy Społecznej, pedagog", "W Krakowie, matka zgłosiła",
        "p.Dyrektor", "p.3",
        // Streets and numbers in running text.
        "na ulicy było 3 chłopców", "spēlējās ielā 2 stundas", "ul. nr 5", "et al. 2019", "Rīga 2023", "al. 2019",
        "ul 5 razy", "g. 15 min", "vaikų 5 m.", "ul.3", "2 vaikų, 3 epizodai", "Wiek 12 lat", "dziecko 12 lat, klasa 6",
        "Kwota 1 234,56 zł",
        // Markup and encodings around ordinary words.
        "<b>Uwaga</b> dziecko 12 lat", "&lt;brak&gt; 5", "Kwota (zł) 1 234", "**Pilne** 2 rozmowy",
    ])
    func ordinaryNotePasses(field: String) {
        #expect(guardian.classify(field) == nil, "\(field)")
    }

    /// Forms found by the attack that the guard still misses (listed in docs/privacy.md, "What is
    /// still not caught").
    @Test(arguments: [
        // After a role word and an office in lower case, two capitalised words are needed.
        ("pani pedagog Kowalska", IdentifierKind.personName),
        ("P a n i  N o w a k", .personName), ("Anna Maria Kowalska, matka", .personName), ("matka ilona nowak", .personName),
        ("Brīvības 12-3, Rīga", .streetAddress), ("gedimino pr. 9", .streetAddress),
        ("dzīvo brīvības ielā 12", .streetAddress), ("ieva_p11", .socialMediaHandle), ("Instagram: ievute", .socialMediaHandle),
    ])
    func stillMissed(field: String, kind: IdentifierKind) {
        withKnownIssue("not read by the word rules") {
            #expect(guardian.classify(field) == kind, "\(field)")
        }
    }
}
