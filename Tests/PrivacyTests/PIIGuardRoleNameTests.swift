import Privacy
import Testing

/// Names after kinship and role words in their inflected forms, after forms of address, with
/// initials or words between, glued to the role word, and social-media profiles and handles.
@Suite struct PIIGuardRoleNameTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        // Kinship and role words in other grammatical cases.
        "matki Anny Kowalskiej", "ojczyma Jana Kowalskiego", "brāļa Jāņa Bērziņa", "motinos Onos Petraitienės", "tėvo Jono Petraičio",
        "sprawcy Jana Kowalskiego",
        // Roles and forms of address.
        "ofiara Anna Kowalska", "pokrzywdzona Anna Kowalska", "nukentėjusioji Ona Petraitienė", "cietušais Jānis Bērziņš",
        "auka Ona Petraitienė", "kaimynas Jonas Petraitis", "sąsiad Jan Kowalski", "nauczyciel Jan Kowalski", "mokytojas Jonas Petraitis",
        "mokytoja Ona Jonaitienė", "pedagogs Jānis Bērziņš", "treneris Jonas Petraitis", "ksiądz Jan Kowalski", "kunigas Jonas Petraitis",
        "dziecko: Jan Kowalski", "vaikas Jonas Petraitis", "bērns Jānis Bērziņš", "Kreipėsi močiutė Ona Petraitienė",
        "Pan Jan Kowalski", "Pani Anna Kowalska", "ponia Ona Petraitienė", "kungs Jānis Bērziņš",
        // Glued, odd spacing, a word in between, initials, particles, a name before the role.
        "matka:Anna Kowalska", "matka–Anna Kowalska", "matka:\nAnna Kowalska", "matka Anna\tKowalska", "matka pani Anna Kowalska",
        "ojciec pan Jan Kowalski", "matka to Anna Kowalska", "matka nazywa się Anna Kowalska", "matka, tj. Anna Kowalska",
        "nazwisko matki: Kowalska", "v. p. Ona Petraitienė", "matka Anna von Kowalska", "patėvis Jonas O'Brien",
        "ofiary: Anna K., Ewa N.", "matka A. Kowalska", "patėvis J. Petraitis", "Anna Kowalska (matka)",
        // A lower-case first name and a word with a surname ending.
        "matka: anna kowalska", "ojczym jan kowalski", "motina ieva petraitienė",
    ])
    func nameAfterARoleIsFound(field: String) {
        #expect(guardian.classify(field) == .personName)
    }

    @Test(arguments: ["Savanorių gatvėje 15", "Rīga, Brīvības 12", "Vilnius, Savanorių 15-3", "Kaunas, Laisvės al. 12"])
    func addressAfterATownOrWithAnInflectedStreetWordIsFound(field: String) {
        #expect(guardian.classify(field) == .streetAddress)
    }

    @Test(arguments: [
        "Susirašinėjo per facebook.com/jonas.petraitis.75", "facebook.com/jonas.petraitis.75", "Instagram @ieva_petraityte2011",
        "Skype: jonas.petraitis85", "https://www.instagram.com/ieva_p/", "tiktok.com/@ieva.p", "FB: jonas_petraitis",
    ])
    func socialMediaHandleIsFound(field: String) {
        #expect(guardian.classify(field) == .socialMediaHandle)
    }

    @Test(arguments: [
        // Clean notes of a Lithuanian police extract, and ordinary text with the new words.
        "Vaikų linija 116 111 informuota", "Kreiptasi 2023-10-15 14:35 val.", "BK 150 str. 1 d.; ikiteisminis tyrimas Nr. 01-1-12345-23",
        "Nukentėjusiajai 12 m., 2 epizodai 2023 m.", "Žala 1 234,56 Eur", "Perduota Vaiko teisių apsaugos tarnybai",
        "Motina pranešė mokyklai 2023-03-02", "Įtariamasis – patėvis, 45 m.", "Pokalbiai per socialinį tinklą, 3 mėn.",
        "Skambino 3 kartus, paskutinį kartą 2023-11-02 18:20", "Byla sujungta su Nr. 2023/0457",
        "Apklausa vaiko draugiškame kambaryje 2023-05-12", "Vilniaus apskr. VPK, 2 skyrius", "ofiara zgłosiła się sama",
        "pani dyrektor szkoły", "kontakt przez Facebook i Instagram", "Instagram, 2 mies.", "Skype: 3 rozmowy", "matka: b.d.",
        "sąsiad zauważył", "nauczyciel wychowawca", "matka anna zgłosiła sprawę", "matka ona mówi polska", "dziecko 12 lat", "vaikas 12 m.",
        "facebook.com", "www.policja.pl/pol/kontakt",
    ])
    func ordinaryTextPasses(field: String) {
        #expect(guardian.classify(field) == nil)
    }
}
