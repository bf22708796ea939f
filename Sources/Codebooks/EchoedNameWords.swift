/// Words that make a code-like text read as a person's name, a street address or an e-mail
/// address (see ``EchoedName/isPlain(_:)``). Lower-case ASCII, since only such texts get this
/// far; lists of the commonest names, not a register: a text outside them is still hidden
/// when it has capitals or letters outside ASCII.
enum EchoedNameWords {
    /// The commonest first names in Poland, Latvia and Lithuania, without diacritics, and a
    /// few inflected forms of the short ones whose stem is too short to match.
    static let firstNames: Set<String> = [
        "jan", "anna", "piotr", "maria", "krzysztof", "katarzyna", "andrzej", "malgorzata", "tomasz", "agnieszka", "pawel",
        "marek", "michal", "ewa", "ewy", "ewie", "adam", "zofia", "jakub", "julia", "kacper", "zuzanna", "lukasz", "barbara",
        "magdalena", "joanna", "monika", "marcin", "mateusz", "janis", "andris", "juris", "edgars", "ilze", "inese", "kristine",
        "liga", "ieva", "laura", "anastasija", "jonas", "ona", "onos", "onai", "petras", "antanas", "tomas", "lukas", "ruta",
        "jurgita", "kristina", "aiste", "ivan", "olga", "natalia", "sergey", "janina", "stanislaw", "jozef", "grzegorz",
        "dorota", "ilona", "iwona", "wojciech", "bartosz", "bartlomiej", "szymon", "aleksandra", "aleksander", "dominika",
        "weronika", "justyna", "beata", "renata", "elzbieta", "teresa", "krystyna", "halina", "danuta", "jadwiga",
        "dariusz", "mariusz", "jaroslaw", "przemyslaw", "mindaugas", "vytautas", "kestutis", "arvydas", "darius", "egidijus",
        "rimantas", "gintaras", "audrius", "algirdas", "gintare", "rasa", "egle", "ausra", "vilma", "daiva", "jurate", "zivile",
        "kristaps", "kristap", "zigmars", "zigmar", "artur", "aivar", "raimond", "krisjanis", "roberts", "robert", "arturs", "aivars",
        "raimonds", "guntis", "baiba", "liene",
        "zane", "dace", "laima", "sandra", "santa", "linda", "anete", "evija", "agnese",
    ]

    /// Diminutives and short names, and surnames too short or too common a word start to be
    /// stems (see ``nameStems``): matched whole only (`kasia`, not `kasik`).
    static let wholeNames: Set<String> = [
        "ola", "ala", "ela", "ula", "iza", "asia", "ania", "anka", "anki", "ance", "kasia", "basia", "gosia", "goska",
        "zosia", "marysia", "magda", "jas", "jasio", "stas", "krzys", "kuba", "tomek", "wojtek", "bartek", "jacek", "franek",
        "antek", "kamil", "ada", "zuza", "julka", "ignas", "jonukas", "jonelis", "petriukas", "onute", "juozukas", "janka",
        "duda", "liepa", "ints", "aija", "marta", "maris", "valdis",
    ]

    /// Common surnames of Poland, Latvia and Lithuania, without diacritics, that no ending in
    /// ``surnameEndings`` catches.
    static let surnames: Set<String> = [
        "nowak", "wojcik", "kowalczyk", "wozniak", "mazur", "krawczyk", "adamczyk", "dudek", "zajac", "wieczorek", "krol",
        "wrobel", "pawlak", "walczak", "sikora", "baran", "michalak", "szewczyk", "pietrzak", "stepien", "jansons", "jansone",
        "ozols", "ozola", "balodis", "balode", "petrovs", "petrova", "petersons", "petersone", "vitols", "vitola", "vanags",
        "vanaga", "eglitis", "eglite", "sprogis", "butkus", "urbonas", "navickas", "savickas", "rimkus", "vaitkus", "mockus",
        "kowalska", "nowakowa",
    ]

    /// Endings of Polish, Latvian and Lithuanian surnames and of their inflected forms, without
    /// diacritics (on words of six or more letters).
    static let surnameEndings = [
        "ski", "ska", "skiej", "skiego", "skiemu", "skim", "cki", "cka", "ckiej", "ckiego", "ckim", "dzki", "dzka", "wicz", "czyk",
        "czak", "owna", "ewna", "auskas", "auskiene", "auskaite", "avicius", "aityte", "ovs", "ova", "ejs", "onis", "enas", "aitis",
        "aicio", "aiciui", "aite", "aites", "aitei", "yte", "ytes", "kute", "kutes",
        "iene", "ienes", "ienei", "ieniu", "evicius", "ins", "ina", "inam", "inai", "inu", "itis", "sons", "sone",
    ]

    /// Ordinary words of survey codes and labels that end or start like a name (`miejski`,
    /// urban; `annual`).
    static let ordinaryWords: Set<String> = [
        "mergaite", "mergaites", "miejski", "miejska", "wiejski", "wiejska", "meski", "zenski", "polski", "polska", "lotewski", "litewski",
        "annual",
        "annually", "marital", "online", "offline", "margin", "mariage", "marriage", "january", "basic", "liepaja", "apskritis",
    ]

    /// Survey words that a number follows in variable names (`wave_2`, `item5`, `klasa_6`), so
    /// such a word with a number is not a street and a house number.
    static let surveyWords: Set<String> = [
        "wave", "round", "item", "items", "part", "question", "grade", "class", "klasa", "klase", "klasas", "year", "wiek", "group",
        "grupa", "block", "module", "step", "version", "code", "option", "answer", "scale", "skala", "level", "time", "visit",
        "score", "index", "type", "form", "page", "case", "test", "cycle", "phase", "stage", "site", "school", "szkola", "skola",
        "mokykla", "region", "area", "zone", "rajon", "rajons", "size", "column", "field", "line", "list", "rank", "value", "flag",
        "count", "total", "note", "dose", "week", "month", "days", "hours", "times", "cohort", "panel", "sample", "strata",
        "stratum", "weight", "psu", "unit", "units", "child", "kids", "age", "ages", "band", "cat", "category", "var",
    ]

    /// First names and surnames without their last vowel or `-as`, `-is`, `-us`, `-ys`, `-es`
    /// (`ann`, `jon`, `ozol`): a word that starts with one and has at most three letters more
    /// is read as a form of the name (`anny`, `jono`, `ozolam`).
    static let nameStems: [String] = firstNames.union(surnames).compactMap { name in
        let stem: Substring =
            ["as", "is", "us", "ys", "es"].contains(where: name.hasSuffix)
            ? name.dropLast(2) : "aeiouy".contains(name.last ?? " ") ? name.dropLast() : Substring(name)
        return stem.count >= 3 ? String(stem) : nil
    }

    /// The lower-case letters of Latvian, Lithuanian and Polish outside ASCII, and the ASCII
    /// letter each is read as.
    static let foldedLetters: [Character: Character] = [
        "ā": "a", "ą": "a", "č": "c", "ć": "c", "ē": "e", "ę": "e", "ė": "e", "ģ": "g", "ī": "i", "į": "i", "ķ": "k", "ļ": "l",
        "ł": "l", "ņ": "n", "ń": "n", "ó": "o", "š": "s", "ś": "s", "ū": "u", "ų": "u", "ž": "z", "ż": "z", "ź": "z",
    ]

    /// Words for `@` written between parts of a name (`jan_kowalski_at_wp_pl`).
    static let atWords: Set<String> = ["at", "pie", "malpa", "eta"]

    /// Mail hosts common in the three countries, written as a part of a name.
    static let mailHosts: Set<String> = [
        "gmail", "wp", "onet", "o2", "interia", "op", "poczta", "tlen", "gazeta", "inbox", "tvnet", "apollo", "one", "yahoo",
        "outlook", "hotmail", "icloud", "mail", "proton", "protonmail", "yandex", "takas", "zebra",
    ]

    /// Domain endings of those hosts.
    static let domainEndings: Set<String> = ["pl", "lv", "lt", "com", "net", "org", "eu", "me", "ru"]
}
