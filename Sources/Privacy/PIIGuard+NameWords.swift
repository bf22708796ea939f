/// What a word is to the name and address reading of free text (a word may be several).
struct WordClass: OptionSet {
    let rawValue: UInt32
    static let name = WordClass(rawValue: 1 << 0)
    static let surname = WordClass(rawValue: 1 << 1)
    static let kinship = WordClass(rawValue: 1 << 2)
    static let connector = WordClass(rawValue: 1 << 3)
    static let particle = WordClass(rawValue: 1 << 4)
    static let firstName = WordClass(rawValue: 1 << 5)
    static let platform = WordClass(rawValue: 1 << 6)
    static let streetAfter = WordClass(rawValue: 1 << 7)
    static let streetBefore = WordClass(rawValue: 1 << 8)
    static let town = WordClass(rawValue: 1 << 9)
    static let honorific = WordClass(rawValue: 1 << 10)
    static let title = WordClass(rawValue: 1 << 11)
    static let institution = WordClass(rawValue: 1 << 12)
    static let streetAfterSpelled = WordClass(rawValue: 1 << 13)
    static let surnameAfter = WordClass(rawValue: 1 << 14)
    static let ordinary = WordClass(rawValue: 1 << 15)
    static let loneName = WordClass(rawValue: 1 << 16)
    static let residence = WordClass(rawValue: 1 << 17)
}

/// The words the name and address reading of free text looks for (see
/// ``PIIGuard/nameOrAddressKind(in:)``). Lower case; ASCII letters are compared without case.
extension PIIGuard {
    /// Every listed word with its classes, for one look-up per word of a field.
    static let wordClasses: [[UInt8]: WordClass] = {
        var classes: [[UInt8]: WordClass] = [:]
        let lists: [([[UInt8]], WordClass)] = [
            (nameWords, .name), (surnameWords, .surname), (Array(kinshipWords), .kinship), (Array(nameConnectors), .connector),
            (Array(nameParticles), .particle), (Array(firstNames), .firstName), (Array(platformWords), .platform),
            (streetWordsAfter, .streetAfter), (streetWordsBefore, .streetBefore), (townWords, .town),
            (Array(honorificWords), .honorific), (givenNameWords, .honorific), (Array(titleWords), .title),
            (Array(institutionWords), .institution),
            (streetWordsAfterSpelled, .streetAfterSpelled), (streetWordsAfterWritten, .streetAfter), (surnameAfterWords, .surnameAfter),
            (Array(ordinaryWords), .ordinary), (Array(notNameWords), .ordinary),
            (Array(kinshipWords.subtracting(englishKinshipWords)), .loneName), (residenceWords, .residence),
        ]
        for (words, wordClass) in lists {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        return classes
    }()

    /// Words after which capitalised words are a person's name.
    static let nameWords: [[UInt8]] = [
        "vārds", "vards", "uzvārds", "uzvards", "vārdu", "vardas", "pavardė", "pavarde", "imię", "imie", "imiona", "nazwisko",
        "name", "surname", "firstname", "lastname", "v.", "p.", "v.p.",
    ].map { Array($0.utf8) }

    /// Name words after which one capitalised word is a name already (`nazwisko: Kowalska`).
    static let surnameWords: [[UInt8]] = ["uzvārds", "uzvards", "pavardė", "pavarde", "nazwisko", "surname", "lastname"].map {
        Array($0.utf8)
    }

    /// Words for a relative, a role in the case or a form of address, in the cases the three
    /// languages inflect them to, after which capitalised words are a person's name the same way
    /// (`matka: Anna Nowak`, `matki Anny Kowalskiej`, `tėvo Jono Petraičio`, `Pani Anna Kowalska`).
    static let kinshipWords: Set<[UInt8]> = Set(
        [
            // Polish
            "matka", "matki", "matce", "matkę", "matke", "mama", "mamy", "mamie", "ojciec", "ojca", "ojcu", "tata", "taty", "ojczym",
            "ojczyma", "ojczymowi", "macocha", "macochy", "brat", "brata", "bratu", "siostra", "siostry", "siostrze", "babcia", "babci",
            "dziadek", "dziadka", "wujek", "wujka", "ciocia", "cioci", "kuzyn", "kuzyna", "kuzynka", "opiekun", "opiekuna",
            "opiekunka", "opiekunki", "sprawca", "sprawcy", "sprawcę", "sprawce", "sprawczyni", "podejrzany", "podejrzanego",
            "syn", "syna", "córka", "corka", "córki", "corki", "konkubent", "konkubenta", "partner", "partnera", "partnerka", "ofiara",
            "ofiary", "pokrzywdzona", "pokrzywdzony", "pokrzywdzonej", "pokrzywdzonego", "sąsiad", "sasiad", "sąsiada", "sasiada",
            "sąsiadka", "sasiadka", "nauczyciel", "nauczyciela", "nauczycielka", "nauczycielki", "wychowawca", "wychowawczyni",
            "trener", "trenera", "ksiądz", "ksiadz", "księdza", "ksiedza", "dziecko", "dziecka", "pan", "pana", "pani", "panią",
            "pania", "kolega", "kolegi", "koleżanka", "kolezanka", "znajomy", "znajoma", "chłopak", "chlopak",
            // Polish instrumental and locative (`z sąsiadem Janem Kowalskim`, `o nauczycielu Janie Kowalskim`)
            "matką", "ojcem", "ojczymem", "bratem", "siostrą", "babcią", "dziadkiem", "wujkiem", "ciocią", "kuzynem",
            "kuzynką", "opiekunem", "opiekunką", "sprawcą", "synem", "córką", "partnerem", "konkubentem", "sąsiadem", "sasiadem",
            "sąsiadką", "sąsiedzie", "nauczycielem", "nauczycielką", "nauczycielu", "nauczycielce", "wychowawcą", "trenerem",
            "trenerze", "księdzem", "ksiedzem", "kolegą", "koleżanką", "znajomym", "znajomą", "chłopakiem", "panem", "panu",
            // Polish roles of the helpers around a case
            "psycholog", "psychologiem", "psycholożka", "lekarz", "lekarza", "lekarzem", "lekarka", "policjant", "policjanta",
            "policjantem", "policjantka", "kurator", "kuratora", "kuratorem", "kuratorka", "pedagog", "pedagoga", "pedagogiem",
            "terapeuta", "terapeutka", "dyrektor", "dyrektora", "dyrektorka", "wychowawcy",
            // The child in a note
            "uczeń", "ucznia", "uczennica", "uczennicy", "dziewczynka", "dziewczynki", "chłopiec", "chłopca", "nastolatka",
            "nastolatek", "skolniece", "skolnieks", "meitene", "puisis", "mokinys", "mokinė", "mergaitė", "berniukas",
            // Latvian
            "māte", "mate", "mātes", "mates", "mamma", "tēvs", "tevs", "tēva", "teva", "tētis", "tetis", "patēvs", "patevs", "patēva",
            "pamāte", "pamate", "brālis", "bralis", "brāļa", "brala", "māsa", "masa", "māsas", "vecmāmiņa", "vectēvs", "cietušais",
            "cietusais", "cietusī", "cietusi", "cietušā", "cietušās", "pedagogs", "pedagoga", "pedagoģe", "skolotājs", "skolotāja",
            "treneris", "trenera", "kaimiņš", "kaimins", "kaimiņiene", "bērns", "berns", "bērna", "berna", "kungs", "kunga", "kundze",
            "kundzes", "onkulis", "tante", "kaimiņu", "skolotāju", "tēvu", "patēvu", "brāli", "psihologs", "psihologa", "ārsts",
            "ārsta", "audžutēvs", "audžumāte", "audžuģimene", "policists", "policista", "direktors", "direktore",
            // Lithuanian
            "motina", "motinos", "motinai", "tėvas", "tevas", "tėvo", "tevo", "tėvui", "tėtis", "patėvis", "patevis", "patėvio",
            "pamotė", "pamote", "brolis", "brolio", "sesuo", "sesers", "senelė", "senelis", "senelio", "senelės", "močiutė",
            "mociute", "močiutės", "nukentėjusioji", "nukentejusioji", "nukentėjusysis", "nukentejusysis", "nukentėjusiojo",
            "nukentėjusiosios", "auka", "aukos", "kaimynas", "kaimynė", "kaimyno", "mokytojas", "mokytoja", "mokytojo", "mokytojos",
            "kunigas", "kunigo", "vaikas", "vaiko", "ponas", "pono", "ponia", "ponios", "dėdė", "dede", "teta", "įtariamasis",
            "įtariamoji", "kaimynu", "kaimyne", "mokytoju", "kunigu", "treneriu", "tėvu", "patėviu", "broliu", "globėjas", "globėja",
            "globėjo", "psichologas", "psichologė", "gydytojas", "gydytoja", "policininkas", "policininkė", "direktorius",
            "direktorė",
            // Perpetrators, spouses and witnesses (`sprawca Kowalski`, `varmāka Bērziņš`, `smurtautojas Petraitis`)
            "oprawca", "oprawcy", "oprawcą", "oprawcę", "agresor", "agresora", "agresorem", "podejrzana", "podejrzanej",
            "podejrzanym", "podejrzaną", "oskarżony", "oskarżona", "oskarżonego", "oskarżonej", "oskarżonym", "mąż", "męża", "mężem",
            "żona", "żony", "żoną", "konkubina", "konkubiny", "świadek", "świadka", "świadkiem", "varmāka", "varmākas", "varmāku",
            "vainīgais", "vainīgā", "turētais", "turamais", "likumpārkāpējs", "likumpārkāpēja", "pāridarītājs", "pāridarītāja",
            "vīrs", "vīra", "sieva", "sievas", "draugs", "drauga", "draudzene", "liecinieks", "lieciniece", "upuris", "upura",
            "smurtautojas", "smurtautoja", "smurtautojo", "smurtautojos", "smurtautoju", "kaltininkas", "kaltininko",
            "kaltinamasis", "kaltinamoji", "įtariamojo", "pažeidėjas", "pažeidėjo", "nusikaltėlis", "vyras", "vyro", "žmona",
            "žmonos", "sugyventinis", "sugyventinė", "sugyventinio", "liudytojas", "liudytoja", "draugas", "draugė",
            // Carers and the mother's genitive, found by a later attack (`niania Kowalska`, `mamos Petraitienės`)
            "niania", "niani", "nianią", "opiekunce", "audzinātāja", "audzinātājs", "audzinātājas", "audzinātāju", "aukle", "auklīte",
            "auklė", "auklės", "mamos", "mamai", "auklėtoja", "auklėtojas", "auklėtojos",
        ].map { Array($0.utf8) }
    ).union(englishKinshipWords)

    /// English role words: English capitalises the words of a heading (`Child Protection`,
    /// `Victim Support`), so one capitalised word after these is not read as a surname.
    static let englishKinshipWords: Set<[UInt8]> = Set(
        [
            "mother", "father", "stepfather", "stepmother", "brother", "sister", "victim", "teacher", "coach", "neighbour",
            "neighbor", "priest", "child", "uncle", "aunt", "suspect", "offender", "mr", "mrs", "ms", "mr.", "mrs.", "ms.",
        ].map { Array($0.utf8) })

    /// Forms of address after which one capitalised word that is not a title is a name
    /// already (`Pani Nowak`, `p. Kowalski`, `Ponia Jonaitienė`, `Mr Smith`). `ms` is left
    /// out: `MS Teams`.
    static let honorificWords: Set<[UInt8]> = Set(
        [
            "pan", "pana", "panu", "panem", "panie", "pani", "panią", "pania", "p.", "ponas", "pono", "ponui", "ponu", "ponia",
            "ponios", "poniai", "ponią", "kungs", "kunga", "kungam", "kundze", "kundzes", "kundzei", "kundzi", "mr", "mr.", "mrs",
            "mrs.", "dr", "dr.",
        ].map { Array($0.utf8) })

    /// Words for a first name, after which one capitalised word is a name already, as after a
    /// form of address (`ma na imię Zosia`, `dziewczynka o imieniu Zosia`, `vardu Ieva`,
    /// `vārds: Anna`); `imię: Nieznane` is text (see ``titleWords``).
    static let givenNameWords: [[UInt8]] = [
        "imię", "imie", "imienia", "imieniu", "imiona", "vārds", "vards", "vārdā", "vārdu", "vardas", "vardu", "vardą", "firstname",
    ].map { Array($0.utf8) }

    /// Latvian forms of address written after the surname in the genitive (`Bērziņa kundze`).
    static let surnameAfterWords: [[UInt8]] = ["kungs", "kunga", "kungam", "kundze", "kundzes", "kundzei", "kundzi"].map {
        Array($0.utf8)
    }

    /// Titles and offices that follow a form of address without being a name (`Pani Dyrektor`,
    /// `Pan Bóg`), and placeholders for a name not given (`imię: Nieznane`): skipped like a connector, so a name after them is still found
    /// (`Pani Dyrektor Anna Kowalska`).
    static let titleWords: Set<[UInt8]> = Set(
        [
            "dyrektor", "dyrektorka", "dyrektorze", "doktor", "doktorze", "profesor", "profesorze", "prof.", "prezes", "prezesie",
            "kierownik", "kierowniczka", "kierowniku", "sędzia", "sedzia", "sędzio", "prokurator", "prokuratorze", "komendant",
            "komendancie", "kurator", "kuratorko", "psycholog", "pedagog", "minister", "mecenas", "mecenasie", "redaktor",
            "inspektor", "aspirant", "sierżant", "policjant", "posterunkowy", "wójt", "burmistrz", "starosta", "bóg", "boga",
            "bogu", "jezus", "jezusa", "direktorius", "direktore", "direktoriau", "gydytojas", "gydytoja", "direktors",
            "direktore", "prezidents", "prezidentas", "doctor", "director", "officer", "judge", "boże",
            // Roles in child protection addressed by their office (`Pani Asystentka Rodziny`)
            "asystent", "asystentka", "asystentko", "asystencie", "asystentki", "pracownik", "pracowniczka",
            "opiekunko", "pielęgniarka", "dzielnicowy", "dzielnicowego", "dzielnicowemu", "proboszcz", "proboszcza",
            "katechetka", "katecheta", "logopeda", "logopedka", "położna", "wicedyrektor", "koordynator", "koordynatorka",
            "konsultant", "konsultantka", "sołtys", "naczelnik", "naczelniku", "komisarz", "komisarza", "rzecznik", "rzeczniczka",
            "dyrektorki", "asystentką", "prokuratora", "władzo", "listonosz", "woźna", "wychowawczynią", "sprzątaczka", "woźny",
            "specjalista", "specjalistka",
            "magister", "prezydent", "ministra", "przewodnicząca", "przewodniczący", "recepcjonistka", "ekspedientka", "kierowca",
            "taksówkarz", "wolontariuszka", "wolontariusz", "kuratorowa",
            "ministres", "prokurores", "konsultantes", "doktora", "profesora", "mēra", "priekšsēdētāja", "priekšsēdētājas",
            "socialinė", "auklėtoja", "pedagogė", "prokurorė", "slaugytoja", "teisėja", "teisėjas", "inspektorius", "kunige",
            "pielegniarka", "pedagożka", "komendantowi", "dyrektorowi",
            // Latvian offices in the genitive before `kundze` or `kungs` (`Direktores kundze`)
            "direktores", "direktora", "skolotājas", "ārstes", "vadītājas", "vadītāja", "audzinātājas",
            "inspektores", "inspektora", "psiholoģes", "pedagoģes", "sociālās", "tiesneses",
            "tiesneša",
            // Placeholders for a name not given
            "nieznane", "nieznany", "nieznana", "brak", "nav", "nezināms", "nezinams", "nezināma", "nežinomas", "nezinomas",
            "nežinoma", "nenurodyta", "nenurodytas", "nenorādīts", "unknown", "none", "anonim", "anonimowy", "anonimowa", "anonīms",
            "anonimas", "xxx", "zināms", "zinams",
        ].map { Array($0.utf8) })

    /// Words that start a sentence or answer a question, capitalised after a form of address or
    /// a title without being a name (`rozmowa z panią pedagog Tak`, `pani Nie wiem`).
    static let ordinaryWords: Set<[UInt8]> = Set(
        [
            "tak", "nie", "ale", "to", "potem", "wtedy", "później", "jednak", "dziś", "dzisiaj", "wczoraj", "teraz", "też", "także",
            "oraz", "czy", "gdy", "kiedy", "bo", "więc", "dlatego", "dziękuję", "dziekuje", "proszę", "prosze", "jest", "był",
            "była", "ma", "miała", "nic", "ok", "okay", "jā", "nē", "tad", "bet", "un", "ir", "paldies", "lūdzu", "šodien", "vakar",
            "taip", "ne", "tada", "dabar", "šiandien", "ačiū", "prašau", "yes", "no", "the", "and", "but", "then",
            // Question words that start a question after a label (`Varmāka; Vai kādam pastāstīji?`)
            "co", "gdzie", "dlaczego", "jak", "vai", "kas", "kur", "kad", "kāpēc", "kodėl", "kada", "ar",
        ].map { Array($0.utf8) })

    /// Capitalised words after a role word that describe the person rather than name them:
    /// nationalities, which Polish writes with a capital (`matka Ukrainka`, `ojczym Polak`,
    /// `sprawca był Polakiem`), kinds of parent (`matka Zastępcza`, `ojciec Chrzestny`), the
    /// religious `Matka Boża` and `Ojciec Święty`, placeholders for a perpetrator not known
    /// (`sprawca Niezidentyfikowany`) and kinds of person (`Sprawca: Inna osoba`).
    static let notNameWords: Set<[UInt8]> = Set(
        [
            "polak", "polka", "polakiem", "polką", "ukrainiec", "ukrainka", "ukraińcem", "ukrainką", "niemiec", "niemka", "niemcem",
            "rosjanin", "rosjanka", "rosjaninem", "białorusin", "białorusinka", "białorusinem", "litwin", "litwinka", "litwinem",
            "łotysz", "łotyszka", "łotyszem", "czeczen", "czeczenka", "gruzin", "gruzinka", "wietnamczyk", "rom", "romka", "romem",
            "cygan", "cyganka", "obcokrajowiec", "cudzoziemiec", "cudzoziemka", "chrzestny", "chrzestna", "chrzestnym", "chrzestną",
            "zastępcza", "zastępczy", "biologiczna", "biologiczny", "adopcyjna", "adopcyjny", "boża", "boska", "bożej", "boskiej",
            "święty", "świętym", "niezidentyfikowany", "niezidentyfikowana", "nieustalony", "nieustalona", "nieznajomy",
            "nieznajoma", "internet", "internetu", "internecie",
            // Kinds of person in answer labels (`Sprawca: Inna osoba`, `Varmāka: Vienaudzis`, `Smurtautojas: Kitas asmuo`)
            "inny", "inna", "inne", "osoba", "członek", "rówieśnik", "rówieśniczka", "dorosły", "dorosła", "obcy", "obca", "ktoś",
            "nikt", "rodzic", "mężczyzna", "kobieta", "dziewczyna", "nieletni", "nieletnia", "małoletni", "małoletnia", "cits",
            "cita", "citi", "vienaudzis", "vienaudze", "pieaugušais", "pieaugušā", "svešinieks", "svešiniece", "vīrietis", "sieviete",
            "kāds", "neviens", "kitas", "kita", "kiti", "asmuo", "bendraamžis", "bendraamžė", "suaugęs", "suaugusi", "nepažįstamas",
            "nepažįstama", "moteris", "kažkas", "niekas",
            // School subjects after a teacher (`nauczycielka Matematyki`)
            "matematyki", "historii", "biologii", "chemii", "fizyki", "geografii", "religii", "plastyki", "muzyki", "informatyki",
        ].map { Array($0.utf8) }
    ).union(descriptiveAdjectives)

    /// Polish adjectives that describe a person, in their forms, which a note may capitalise after
    /// a role word (`matka Ukraińska`, `sprawca Niski`, `ojciec Śląski`, `nauczycielka Polskiego`):
    /// stems ending in `k` take `i`, `a`, `ie`, `iego`, `iej`, `im`, `ą`; the others take `y`,
    /// `a`, `e`, `ego`, `ej`, `ym`, `ą`.
    static let descriptiveAdjectives: Set<[UInt8]> = {
        let softStems = [
            "polsk", "ukraińsk", "niemieck", "rosyjsk", "białorusk", "litewsk", "łotewsk", "czeczeńsk", "gruzińsk", "romsk",
            "cygańsk", "angielsk", "francusk", "włosk", "hiszpańsk", "wietnamsk", "śląsk", "kaszubsk", "góralsk", "mazowieck",
            "podkarpack", "wielk", "nisk", "wysok", "krótk", "brzydk", "miejsk", "wiejsk", "ojcowsk", "średn",
        ]
        let hardStems = [
            "młod", "star", "grub", "chud", "łys", "pijan", "agresywn", "nietrzeźw", "biologiczn", "prawn", "był", "obecn",
            "przybran", "rodzon", "samotn", "bezrobotn", "niepełnosprawn", "chor", "zdrow", "mił", "dobr", "zł", "now",
            "rud", "siw", "ciemn", "jasn", "szczupł", "matczyn",
        ]
        var forms: Set<[UInt8]> = []
        for stem in softStems { for ending in ["i", "a", "ie", "iego", "iej", "im", "ą"] { forms.insert(Array((stem + ending).utf8)) } }
        for stem in hardStems { for ending in ["y", "a", "e", "ego", "ej", "ym", "ą"] { forms.insert(Array((stem + ending).utf8)) } }
        return forms
    }()

    /// Institutions named after a role word (`kurator Sądu Rejonowego`, `policjant Komendy
    /// Miejskiej`): a capitalised word among these is not the start of a name.
    static let institutionWords: Set<[UInt8]> = Set(
        [
            "praw", "ops", "sądowa", "sądowy", "społeczna", "społeczny", "prawna", "prawny", "specjalnego", "języka", "jezyka",
            "wychowania", "młodzieżowego", "powiatowego", "powiatowe", "miejskiego", "gminnego",
            "rejonowego", "wojewódzkiego", "rodziny", "rodzin", "rodzinny", "rodzinnego", "socjalny", "socjalna", "pomocy", "sąd", "sądu",
            "sądzie", "sadu", "komenda",
            "komendy", "komendzie", "szkoła", "szkoły", "szkole", "szkola", "szkoly",
            "urząd", "urzędu", "urzedu", "urzędzie", "ośrodek", "ośrodka", "osrodka", "ośrodku", "poradnia", "poradni", "policja",
            "policji", "prokuratura", "prokuratury", "centrum", "fundacja", "fundacji", "przedszkole", "przedszkola", "mops",
            "gops", "pcpr", "zespół", "zespołu", "instytut", "instytutu", "szpital", "szpitala", "szpitalu", "kuratorium", "gminy",
            "miasta", "powiatu", "rady", "gimnazjum", "liceum", "klasa", "klasy", "skola", "skolas", "skolā", "policija", "policijas",
            "tiesa", "tiesas", "dienests",
            "dienesta", "centrs", "centra", "bāriņtiesa", "bāriņtiesas", "valsts", "pašvaldības", "mokykla", "mokyklos",
            "mokykloje", "policijos", "teismas", "teismo", "tarnyba", "tarnybos", "centras", "centro", "komisariatas",
            "komisariato", "savivaldybė", "savivaldybės", "vpk", "school", "police", "court", "department", "office", "centre",
            "center", "council", "ministry", "hospital",
        ].map { Array($0.utf8) })

    /// Words that may stand between a name word or a kinship word and the name (`matka: Anna`,
    /// `matka to Anna`, `matka nazywa się Anna`, `matka, tj. Anna`).
    static let nameConnectors: Set<[UInt8]> = Set(
        [
            ":", "-", "i", "un", "ir", "and", "&", "/", "to", "jest", "tj.", "t.j.", "czyli", "nazywa", "się", "sie", "zw.", "yra",
            "vārdā", "varda", "vardu", "is", "was", "named", "called", "był", "była", "okazał", "okazała", "bija", "buvo",
        ].map { Array($0.utf8) })

    /// Common first names of the three countries, read in lower case after a kinship or name word
    /// when a word with a surname ending follows (`matka: anna kowalska`). Words that are also
    /// ordinary words (`ona`, Polish for she) are left out.
    static let firstNames: Set<[UInt8]> = Set(
        [
            "anna", "anny", "annę", "jan", "jana", "piotr", "maria", "marii", "krzysztof", "katarzyna", "andrzej", "małgorzata",
            "tomasz", "agnieszka", "paweł", "marek", "michał", "ewa", "ewy", "adam", "zofia", "jakub", "julia", "kacper", "zuzanna",
            "łukasz", "barbara", "magdalena", "joanna", "monika", "marcin", "mateusz", "jānis", "janis", "jāņa", "andris", "juris",
            "edgars", "ilze", "inese", "kristīne", "ieva", "ievos", "laura", "jonas", "jono", "onos", "petras", "antanas", "tomas",
            "lukas", "rūta", "jurgita", "kristina", "aistė", "ivan", "olga", "dorota", "ilona", "iwona", "kasia", "basia", "zosia",
            "gosia", "kuba", "tomek", "wojtek", "natalia", "aleksandra", "weronika", "dominika", "oliwia", "amelia", "hanna",
            "emilia", "marta", "alise", "sofija", "emīlija", "elza", "kristaps", "roberts", "emilija", "austėja", "gabija",
            "matas", "nojus", "jokūbas", "ugnė", "kamilė", "gustė", "ievutė",
        ].map { Array($0.utf8) })

    /// Endings of Polish, Latvian and Lithuanian surnames and their inflected forms, read on a
    /// lower-case word after a lower-case first name.
    static let surnameEndings: [[UInt8]] = [
        "ski", "ska", "skiej", "skiego", "cki", "cka", "ckiej", "ckiego", "wicz", "czyk", "aitis", "aitė", "aitės", "aičio", "ienė",
        "ienės", "ienę", "ytė", "ytės", "iņš", "iņa", "iņam", "auskas", "evičius", "ūtė", "sons", "sone",
    ].map { Array($0.utf8) }

    /// Particles inside a name (`Anna von Kowalska`).
    static let nameParticles: Set<[UInt8]> = Set(["von", "van", "de", "da", "di", "du", "del", "der", "la", "le"].map { Array($0.utf8) })

    /// Social networks and messengers, after which a handle (`@ieva_petraityte2011`,
    /// `jonas.petraitis85`) is an identifier.
    static let platformWords: Set<[UInt8]> = Set(
        [
            "facebook", "fb", "instagram", "insta", "ig", "skype", "tiktok", "snapchat", "snap", "telegram", "twitter", "discord",
            "messenger", "viber", "whatsapp", "signal", "vk", "vkontakte", "youtube", "threads", "kik", "wechat", "linkedin",
            // Short names and inflected forms (`tg: ieva_p`, `na Instagramie ieva_p11`, `feisbukā`)
            "tg", "telegramie", "telegrame", "telegramā", "instagramie", "instagramu", "instagrame", "instagramā", "instą",
            "fejs", "fejsie", "fejsa", "fejsbuk", "facebooku", "facebooke", "facebookā", "feisbuke", "feisbukā", "messengerze",
            "snapie", "snapchacie", "tiktoku", "tiktoke", "tiktokā", "discordzie", "discorde", "whatsappie", "twitterze",
        ].map { Array($0.utf8) })

    /// Profile addresses of social networks: any of them followed by a path is a person's page.
    static let profileHosts: [[UInt8]] = [
        "facebook.com/", "fb.com/", "fb.me/", "instagram.com/", "instagr.am/", "tiktok.com/@", "twitter.com/", "x.com/", "vk.com/",
        "t.me/", "youtube.com/@", "snapchat.com/add/", "linkedin.com/in/", "threads.net/@",
    ].map { Array($0.utf8) }

    /// Street words written after the street's name.
    static let streetWordsAfter: [[UInt8]] = ["g.", "pr.", "street", "st.", "al."].map { Array($0.utf8) }

    /// Street words written out after the street's name (`Brīvības iela 12`, `gyvena Savanorių
    /// prospekte 15`).
    static let streetWordsAfterWritten: [[UInt8]] = [
        "iela", "ielā", "gatvė", "gatve", "gatvėje", "gatveje", "prospektas", "prospekte", "prospekts", "prospektā", "bulvāris",
        "bulvaris", "bulvārī", "alėja", "alėjoje",
    ].map { Array($0.utf8) }

    /// Street words in the nominative, which running text rarely puts before a number, so the
    /// name before them may be in lower case (`brīvības iela 12`, `savanorių gatvė 15`; not
    /// `ielā 2 stundas`).
    static let streetWordsAfterSpelled: [[UInt8]] = [
        "iela", "gatvė", "gatve", "prospektas", "prospekts", "bulvāris", "bulvaris", "alėja",
    ].map { Array($0.utf8) }

    /// Street words written before the street's name.
    static let streetWordsBefore: [[UInt8]] = ["ul.", "ul", "ulica", "ulicy", "ulicę", "ulicą", "al.", "aleja", "os.", "osiedle", "pl."]
        .map { Array($0.utf8) }

    /// The street word before the name that no ordinary word shares, so the name after it may be
    /// in lower case (`ul. długa 5`); `ulicy` is also the street of running text (`na ulicy było
    /// 3 chłopców`).
    static let streetWordBeforeSpelled: [UInt8] = Array("ul.".utf8)

    /// The largest towns, after which a street name and a house number of at most three digits
    /// are an address (`Rīga, Brīvības 12`, `Vilnius, Savanorių 15-3`; not `Rīga, Brīvības 2023`).
    static let townWords: [[UInt8]] = [
        "rīga", "riga", "rīgā", "daugavpils", "liepāja",
        "jelgava", "jūrmala", "vilnius", "vilniuje", "kaunas", "kaune", "klaipėda", "šiauliai", "panevėžys", "warszawa",
        "warszawie", "kraków", "krakow", "krakowie", "łódź", "wrocław", "poznań", "gdańsk", "szczecin", "lublin", "białystok",
    ].map { Array($0.utf8) }
}
