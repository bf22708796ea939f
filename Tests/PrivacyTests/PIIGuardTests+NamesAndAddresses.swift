import Privacy
import TestSupport
import Testing

/// Names and street addresses in free text, and columns named for direct identifiers.
@Suite struct PIIGuardNameAndAddressTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "vārds: Jānis Bērziņš", "Vārds, uzvārds: Anna Kalniņa", "imię i nazwisko: Jan Kowalski", "Name: John Smith",
        "vardas Ona Petraitienė", "pavardė - Jonas Jonaitis", "nazwisko Ćwik Łukasz",
        // After a word for a relative or a role.
        "matka: Anna Nowak", "ojciec Jan Kowalski", "mama — Ieva Bērziņa", "tėvas Jonas Jonaitis", "matka - Anna Nowak",
        "ojczym Piotr Zieliński", "matka - Anna Nowak, ojczym Piotr Zieliński", "Māte: Ilze Kalniņa", "motina Ona Petraitienė",
    ])
    func nameAfterANameWordIsFound(field: String) {
        #expect(guardian.classify(field) == .personName)
    }

    @Test(arguments: [
        "ul Długa 5 m 3", "Konstitucijos al. 7",
        "Brīvības iela 12", "dzīvo Brīvības ielā 12-4", "Gedimino pr. 5", "Savanorių g. 15-3", "ul. Długa 5",
        "ul. Jana Pawła II 12/4", "ulica Marszałkowska 10a", "UL. MARSZAŁKOWSKA 10", "BRĪVĪBAS IELA 5-12", "Gedimino pr. 9",
        "al. Jerozolimskie 44", "Brīvības gatve 214",
    ])
    func streetAddressWithAHouseNumberIsFound(field: String) {
        #expect(guardian.classify(field) == .streetAddress)
    }

    @Test(arguments: [
        "vārds nav zināms", "name of the school", "imię nieznane", "iela", "ul. Długa", "Rīga, 2023", "5 g. cukraus",
        "Kauno apskritis", "perduota teismui", "Vilniaus apskritis", "name: unknown", "prasība 12 iela",
        "ICCS 0201 pl. 3", "name: n/a",
        "matka zgłosiła sprawę", "ojciec nie żyje", "mama i tata", "tėvas išvyko", "māte zvanīja 2 reizes", "brat w szkole",
    ])
    func ordinaryTextPasses(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    @Test(arguments: [
        ("vārds", IdentifierKind.personName), ("Pavardė", .personName), ("imię", .personName), ("Nazwisko", .personName),
        ("first_name", .personName), ("vārds_uzvārds", .personName), ("dzimšanas datums", .birthDate),
        ("gimimo_data", .birthDate), ("data urodzenia", .birthDate), ("date_of_birth", .birthDate), ("DOB", .birthDate),
        ("adrese", .streetAddress), ("ulica", .streetAddress), ("Adresas", .streetAddress),
        ("VARDS", .personName), ("Vardas ir pavardė", .personName), ("Imię i nazwisko", .personName), ("D.O.B.", .birthDate),
        ("data_ur", .birthDate), ("dzim_datums", .birthDate), ("Gimimo data", .birthDate), ("PESEL", .polishPESEL),
        ("asmens_kodas", .lithuanianPersonalCode), ("AK", .lithuanianPersonalCode), ("Personas kods", .latvianPersonalCode),
        ("pers.kods", .latvianPersonalCode), ("e-mail", .emailAddress), ("E-pasts", .emailAddress), ("el_paštas", .emailAddress),
    ])
    func identifierColumnsAreRecognisedByName(name: String, kind: IdentifierKind) {
        #expect(PIIGuard.identifierColumnKind(named: name) == kind)
    }

    @Test(arguments: [
        "data_badania", "dzimšanas_gads", "apdzīvotā_vieta", "užregistravimo_data", "svars", "nr_ankiety", "namespace",
        "nukentėjusiojo_amžius", "pastabos", "województwo", "telefon_własny", "kods", "data_zdarzenia", "dzimums", "gimimo_metai",
        "mailing", "kodas",
    ])
    func ordinaryColumnsAreNotIdentifierColumns(name: String) {
        #expect(PIIGuard.identifierColumnKind(named: name) == nil)
    }

    @Test func onlyHeadersOfIdentifierColumnWordsAloneMayBeShown() {
        for name in ["PESEL", "imię_i_nazwisko", "Imię i nazwisko", "data urodzenia", "e-mail", "adres", "date of birth"] {
            #expect(PIIGuard.isOnlyIdentifierColumnWords(name), "\(name)")
        }
        for name in ["nazwisko KOWALSKI", "adres ul Długa 5", "imię Jan", "Pesel_dziecka", "dzimšanas datums 1985", ""] {
            #expect(!PIIGuard.isOnlyIdentifierColumnWords(name), "\(name)")
        }
    }

    @Test func theFreeTextCheckCanBeSwitchedOff() {
        let relaxed = PIIGuard(checks: IdentifierChecks.all.subtracting(.namesAndAddresses))
        #expect(relaxed.classify("Brīvības iela 12") == nil)
        #expect(relaxed.classify(SampleCodes.pesel) == .polishPESEL)
    }
}
