/// What a word is to the name and address reading of free text (a word may be several).
struct WordClass: OptionSet {
    let rawValue: UInt16
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
            // Latvian
            "māte", "mate", "mātes", "mates", "mamma", "tēvs", "tevs", "tēva", "teva", "tētis", "tetis", "patēvs", "patevs", "patēva",
            "pamāte", "pamate", "brālis", "bralis", "brāļa", "brala", "māsa", "masa", "māsas", "vecmāmiņa", "vectēvs", "cietušais",
            "cietusais", "cietusī", "cietusi", "cietušā", "cietušās", "pedagogs", "pedagoga", "pedagoģe", "skolotājs", "skolotāja",
            "treneris", "trenera", "kaimiņš", "kaimins", "kaimiņiene", "bērns", "berns", "bērna", "berna", "kungs", "kunga", "kundze",
            "kundzes", "onkulis", "tante",
            // Lithuanian
            "motina", "motinos", "motinai", "tėvas", "tevas", "tėvo", "tevo", "tėvui", "tėtis", "patėvis", "patevis", "patėvio",
            "pamotė", "pamote", "brolis", "brolio", "sesuo", "sesers", "senelė", "senelis", "senelio", "senelės", "močiutė",
            "mociute", "močiutės", "nukentėjusioji", "nukentejusioji", "nukentėjusysis", "nukentejusysis", "nukentėjusiojo",
            "nukentėjusiosios", "auka", "aukos", "kaimynas", "kaimynė", "kaimyno", "mokytojas", "mokytoja", "mokytojo", "mokytojos",
            "kunigas", "kunigo", "vaikas", "vaiko", "ponas", "pono", "ponia", "ponios", "dėdė", "dede", "teta", "įtariamasis",
            "įtariamoji",
            // English
            "mother", "father", "stepfather", "stepmother", "brother", "sister", "victim", "teacher", "coach", "neighbour",
            "neighbor", "priest", "child", "uncle", "aunt", "suspect", "offender", "mr", "mrs", "ms", "mr.", "mrs.", "ms.",
        ].map { Array($0.utf8) })

    /// Words that may stand between a name word or a kinship word and the name (`matka: Anna`,
    /// `matka to Anna`, `matka nazywa się Anna`, `matka, tj. Anna`).
    static let nameConnectors: Set<[UInt8]> = Set(
        [
            ":", "-", "i", "un", "ir", "and", "&", "/", "to", "jest", "tj.", "t.j.", "czyli", "nazywa", "się", "sie", "zw.", "yra",
            "vārdā", "varda", "vardu", "is", "was", "named", "called",
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
            "lukas", "rūta", "jurgita", "kristina", "aistė", "ivan", "olga",
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
        ].map { Array($0.utf8) })

    /// Profile addresses of social networks: any of them followed by a path is a person's page.
    static let profileHosts: [[UInt8]] = [
        "facebook.com/", "fb.com/", "fb.me/", "instagram.com/", "instagr.am/", "tiktok.com/@", "twitter.com/", "x.com/", "vk.com/",
        "t.me/", "youtube.com/@", "snapchat.com/add/", "linkedin.com/in/", "threads.net/@",
    ].map { Array($0.utf8) }

    /// Street words written after the street's name.
    static let streetWordsAfter: [[UInt8]] = [
        "iela", "ielā", "gatvė", "gatve", "gatvėje", "gatveje", "g.", "pr.", "prospektas", "prospekts", "bulvāris", "bulvaris",
        "street", "st.", "al.",
    ].map { Array($0.utf8) }

    /// Street words written before the street's name.
    static let streetWordsBefore: [[UInt8]] = ["ul.", "ul", "ulica", "ulicy", "al.", "aleja", "os.", "osiedle", "pl."].map {
        Array($0.utf8)
    }

    /// The largest towns, after which a street name and a house number of at most three digits
    /// are an address (`Rīga, Brīvības 12`, `Vilnius, Savanorių 15-3`; not `Rīga, Brīvības 2023`).
    static let townWords: [[UInt8]] = [
        "rīga", "riga", "rīgā", "daugavpils", "liepāja",
        "jelgava", "jūrmala", "vilnius", "vilniuje", "kaunas", "kaune", "klaipėda", "šiauliai", "panevėžys", "warszawa",
        "warszawie", "kraków", "krakow", "krakowie", "łódź", "wrocław", "poznań", "gdańsk", "szczecin", "lublin", "białystok",
    ].map { Array($0.utf8) }
}
