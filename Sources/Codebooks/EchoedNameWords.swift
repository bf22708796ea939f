/// Words that make a name read from a codebook read as a person's name or an e-mail address
/// (see ``EchoedName/isPlain(_:)``). Lower case; lists of the commonest names, not a register.
enum EchoedNameWords {
    /// The commonest first names in Poland, Latvia and Lithuania.
    static let firstNames: Set<String> = [
        "jan", "anna", "piotr", "maria", "krzysztof", "katarzyna", "andrzej", "małgorzata", "tomasz", "agnieszka", "paweł",
        "marek", "michał", "ewa", "adam", "zofia", "jakub", "julia", "kacper", "zuzanna", "łukasz", "lukasz", "barbara",
        "magdalena", "joanna", "monika", "marcin", "mateusz", "jānis", "janis", "andris", "juris", "edgars", "ilze", "inese",
        "kristīne", "kristine", "līga", "liga", "ieva", "laura", "anastasija", "jonas", "ona", "petras", "antanas", "tomas",
        "lukas", "rūta", "ruta", "jurgita", "kristina", "aistė", "aiste", "ivan", "olga", "natalia", "sergey",
    ]

    /// The commonest surnames in Poland, Latvia and Lithuania (both forms where they differ).
    static let surnames: Set<String> = [
        "nowak", "wójcik", "wojcik", "kowalczyk", "woźniak", "wozniak", "mazur", "krawczyk", "adamczyk", "dudek", "zając",
        "zajac", "wieczorek", "król", "krol", "wróbel", "wrobel", "bērziņš", "berzins", "kalniņš", "kalnins", "ozoliņš",
        "ozolins", "jansons", "ozols", "balodis", "petrovs", "pētersons", "petersons", "vītols", "vitols", "kazlauskas",
        "jankauskas", "petrauskas", "butkus", "urbonas", "navickas", "kowalska", "nowakowa",
    ]

    /// Endings of Polish, Latvian and Lithuanian surnames (on words of six or more letters).
    static let surnameEndings = [
        "ski", "ska", "cki", "cka", "dzki", "dzka", "wicz", "iņš", "iņa", "ins", "aitis", "aitė", "aite", "ienė", "iene",
        "auskas", "evičius", "evicius", "ytė", "ūtė",
    ]

    /// Ordinary words of survey codes and labels that end like a surname (`Mergaitė`, girl;
    /// `miejski`, urban).
    static let ordinaryWords: Set<String> = [
        "mergaitė", "mergaite", "mergaitės", "mergaites", "miejski", "miejska", "wiejski", "wiejska", "męski", "meski", "żeński",
        "zenski", "polski", "polska", "łotewski", "litewski", "szkolny", "mieszkanie", "dziewczynka",
    ]

    /// Mail hosts common in the three countries, written as a part of a name.
    static let mailHosts: Set<String> = [
        "gmail", "wp", "onet", "o2", "interia", "op", "poczta", "tlen", "gazeta", "inbox", "tvnet", "apollo", "one", "yahoo",
        "outlook", "hotmail", "icloud", "mail", "proton", "protonmail", "yandex", "takas", "zebra",
    ]

    /// Domain endings of those hosts.
    static let domainEndings: Set<String> = ["pl", "lv", "lt", "com", "net", "org", "eu", "me", "ru"]
}
