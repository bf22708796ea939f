import Foundation
import Privacy
import Testing

/// Names and addresses in fewer words than the other free-text rules ask for, found by an
/// independent attack: one surname after a role word, a word for a number or a flat between a
/// street and its number, a street after a word for living somewhere, a name on its own line;
/// and the ordinary text around them that must still pass.
@Suite struct PIIGuardLoneNameTests {
    let guardian = PIIGuard()

    @Test(arguments: [
        "sprawca Kowalski", "ojczym Nowak", "sprawcą był Kowalski", "varmāka Bērziņš", "smurtautojas Petraitis", "ojczym Nowak.",
        "sprawca okazał się Kowalski", "smurtautojas buvo Petraitis", "varmāka ir Bērziņš", "Sprawca: Kowalski", "SPRAWCA KOWALSKI",
        "oprawca Nowak bił dziecko", "patēvs Bērziņš", "kaltininkas Petraitis", "syn Kacper", "świadek Wiśniewska",
        "sprawca: Kowalski", "tėvas Petraitis", "matka: Nowak", "pedagog Kowalski",
        // A first name alone beside a role is a name too, in brackets as well: refused on purpose.
        "mama Ilona", "matka (Anna) zgłosiła",
        // A later attack: an equals sign for a space, carers, the Lithuanian genitive of "mama".
        "sprawca=Kowalski", "niania Kowalska", "audzinātāja Ozola", "auklė Petraitienė", "mamos Petraitienės",
        "sprawca\nKowalski", "Pani\nNowak", "Pani\r\nNowak", "Pani\nNowak\nzgłosiła się", "Pani\n\n  Nowak",
    ])
    func oneSurnameAfterARoleWordIsFound(field: String) {
        #expect(guardian.classify(field) == .personName)
    }

    @Test(arguments: [
        "ul. Długa numer 5", "ul. Długa nr5", "ul. Długa nr: 5", "ul. Długa m.3", "Brīvības iela dz.3", "ul. Długa m. 3",
        "ul. Długa lok. 3", "ul. Długa nr domu 5", "Brīvības iela dz. 3",
        "Brīvības ielā dzīvoklis 3", "Gedimino g. namas 5 butas 3",
        "mieszka na Długiej 5", "mieszka przy Długiej 5", "mieszka na Długiej 5 m. 3", "zam. Długa 5", "adres zamieszkania: Długa 5",
        "dzīvo Brīvības 12", "dzīvo pie Brīvības 12", "gyvena Gedimino 5", "gyvena Savanorių 15-3",
    ])
    func addressWithoutTheUsualWordsIsFound(field: String) {
        #expect(guardian.classify(field) == .streetAddress)
    }

    /// Forms that the other rules read already, kept so that the new rules do not lose them.
    @Test(arguments: [
        ("ul. Długa nr 5", IdentifierKind.streetAddress), ("ul. Długa nr. 5 m. 3", .streetAddress),
        ("mieszka przy ulicy Długiej 5", .streetAddress), ("dzīvo Brīvības ielā 12", .streetAddress),
        ("gyvena Gedimino gatvėje 5", .streetAddress), ("Pani\tNowak", .personName), ("Pani   Nowak", .personName),
        ("matka Anna\r\nKowalska", .personName), ("sprawca Kowalski J.", .personName), ("Gedimino g. Nr. 5", .streetAddress),
    ])
    func formsReadBeforeAreStillFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field) == kind)
    }

    /// Decomposed diacritics (NFD) and non-breaking spaces are brought to normal form first.
    @Test(arguments: [
        ("varmāka Bērziņš", IdentifierKind.personName), ("smurtautojas Petraitis", .personName), ("Pani\nNowak", .personName),
        ("mieszka na Długiej 5", .streetAddress), ("dzīvo Brīvības 12", .streetAddress),
    ])
    func disguisedFormsAreFound(field: String, kind: IdentifierKind) {
        #expect(guardian.classify(field.decomposedStringWithCanonicalMapping) == kind)
        #expect(guardian.classify(field.replacingOccurrences(of: " ", with: "\u{00A0}")) == kind)
    }

    /// A role word before a word that describes, places or leaves unnamed the person, a
    /// sentence that starts on the next line, a count after a place, and labels.
    @Test(arguments: [
        "sprawca nieznany", "Sprawca Nieznany", "sprawca NN", "sprawca N.N.", "sprawca Policja", "Sprawca: Policja",
        "sprawca Niezidentyfikowany", "ofiara zgłosiła się na policję", "matka Ukrainka", "ojczym Polak", "sprawca był Polakiem",
        "matka Zastępcza", "Ojciec Święty", "Matka Boża", "tēvs Anglijā", "tėvas Norvegijoje", "vaikas Lietuvoje", "māte Rīgā",
        "MATKA ZGŁOSIŁA", "matka OPS", "dyrektor SP 5", "pedagog Szkoły Podstawowej nr 5", "Child Protection",
        "cietušais nezināms", "smurtautojas nežinomas", "Vaiko teisių apsaugos tarnyba", "varmāka ir tēvs",
        "Varmāka; Vai kādam pastāstīji?", "Sprawca: Inna osoba", "Varmāka: Vienaudzis", "Smurtautojas: Kitas asmuo",
        "rozmowa z panem\nDziewczynka płakała", "rozmowa z panią\nTak", "sprawca\nPolicja przyjechała",
        "Mieszka na wsi", "Mieszka na wsi od 5 lat", "mieszka w Polsce 5 lat", "mieszka na Ukrainie 5 lat", "dzīvo Rīgā 5 gadus",
        "gyvena Vilniuje 2 metus", "mieszka z matką", "ul. nieznana", "numer sprawy 12", "nr sprawy 5", "numer sprawy nr5", "Rīga",
        "Vilnius",
        "Warszawa", "dzīvo laukos", "gyvena kaime su močiute",
    ])
    func ordinaryTextPasses(field: String) {
        #expect(guardian.classify(field) == nil)
    }

    @Test(arguments: [
        // Capitals without a surname's ending: read as text, like `MATKA ZGŁOSIŁA`.
        "OJCZYM NOWAK",
        // A name on its own line followed by more words on that line: read as a sentence.
        "Pani\nNowak zgłosiła się",
        // A surname and an initial with no role word before them.
        "Kowalski J.",
        // Words between the word for living somewhere and the street.
        "mieszka z babcią na Długiej 5",
    ])
    func knownMissesAreStillMissed(field: String) {
        withKnownIssue("not read by the word-level rules (see PIIGuard+FreeText.swift)") {
            #expect(guardian.classify(field) != nil)
        }
    }

    @Test func aLithuanianLocativeWithoutAnEndingTheRuleKnowsIsRefused() {
        // `Londone` (in London) is read as a surname: a false positive, documented.
        withKnownIssue("a place in the locative after a role word is refused unless it ends like one (-je, -ā)") {
            #expect(guardian.classify("tėvas Londone") == nil)
        }
    }
}
