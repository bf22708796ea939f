/// National child sexual offence articles, their UNODC ICCS codes, and how often and to whom
/// they happen in the synthetic incident files.
///
/// Article numbers follow the criminal codes as the author knows them (LV Krimināllikums,
/// LT Baudžiamasis kodeksas, PL Kodeks karny); datasets/README.md lists what is uncertain.
/// The mapping is at article level: parts (§, daļa) that change the ICCS class are noted in
/// the description, not split into rows.
struct Offence: Sendable {
    var country: String
    var article: String
    var iccs: String
    var description: String
    /// Relative frequency among recorded cases in the synthetic files.
    var share: Double
    var pattern: OffencePattern
}

/// Victim and context profile of an offence type.
enum OffencePattern: Sendable {
    case rape, statutory(maxAge: Int), assault, grooming, abuseMaterial, exploitation

    /// Victim ages.
    var ages: ClosedRange<Int> {
        switch self {
        case .rape: return 10...17
        case let .statutory(maxAge): return 6...maxAge
        case .assault: return 3...17
        case .grooming: return 9...15
        case .abuseMaterial: return 4...17
        case .exploitation: return 13...17
        }
    }

    /// Share of girls among victims.
    var femaleShare: Double {
        switch self {
        case .rape: return 0.88
        case .statutory: return 0.85
        case .assault: return 0.78
        case .grooming: return 0.80
        case .abuseMaterial: return 0.70
        case .exploitation: return 0.85
        }
    }

    /// Share of cases committed online or with ICT.
    var onlineShare: Double {
        switch self {
        case .rape: return 0.05
        case .statutory: return 0.20
        case .assault: return 0.08
        case .grooming: return 0.97
        case .abuseMaterial: return 0.85
        case .exploitation: return 0.30
        }
    }

    /// Perpetrator relation weights: family, known adult, peer, stranger, online only.
    var relations: [Double] {
        switch self {
        case .rape: return [0.25, 0.35, 0.25, 0.15, 0]
        case .statutory: return [0.15, 0.35, 0.35, 0.05, 0.10]
        case .assault: return [0.35, 0.35, 0.15, 0.15, 0]
        case .grooming: return [0, 0.05, 0.05, 0.10, 0.80]
        case .abuseMaterial: return [0.10, 0.15, 0.15, 0.10, 0.50]
        case .exploitation: return [0.05, 0.45, 0.10, 0.40, 0]
        }
    }
}

enum OffenceCatalogue {
    /// Every mapped article of `country` ("LV", "LT", "PL").
    static func offences(of country: String) -> [Offence] { all.filter { $0.country == country } }

    /// The mapping table as CSV (UTF-8, comma, header `country,article,iccs,description`).
    static func csv() -> String {
        var lines = ["country,article,iccs,description"]
        for o in all {
            let description = "\"" + o.description.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append("\(o.country),\(o.article),\(o.iccs),\(description)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let all: [Offence] = [
        Offence(
            country: "LV", article: "159", iccs: "03011", description: "Izvarošana (rape; of a minor: parts 3-4)", share: 0.14,
            pattern: .rape),
        Offence(
            country: "LV", article: "160", iccs: "03012",
            description: "Seksuāla vardarbība (sexual violence/assault; of a minor: parts 3-4)", share: 0.18, pattern: .assault),
        Offence(
            country: "LV", article: "161", iccs: "030113",
            description:
                "Dzimumsakari vai citas seksuālas darbības ar personu, kas nav sasniegusi sešpadsmit gadu vecumu (sexual acts with a person under 16: statutory rape)",
            share: 0.22, pattern: .statutory(maxAge: 15)),
        Offence(
            country: "LV", article: "162", iccs: "03012",
            description: "Pavešana netiklībā (debauching a minor under 16: non-physical sexual acts)", share: 0.18, pattern: .assault),
        Offence(
            country: "LV", article: "162.1", iccs: "030223",
            description: "Pamudināšana iesaistīties seksuāla rakstura darbībās (enticing a minor to sexual acts; grooming)", share: 0.08,
            pattern: .grooming),
        Offence(
            country: "LV", article: "164", iccs: "030222",
            description: "Iesaistīšana prostitūcijā (involvement in prostitution; of a minor: parts 3-4)", share: 0.02,
            pattern: .exploitation),
        Offence(
            country: "LV", article: "166", iccs: "030221",
            description:
                "Pornogrāfiska priekšnesuma un materiālu aprites noteikumu pārkāpšana (pornography; child sexual abuse material: parts 2-4)",
            share: 0.18, pattern: .abuseMaterial),
        Offence(
            country: "LT", article: "149", iccs: "03011", description: "Išžaginimas (rape; of a minor or a child under 14: parts 3-4)",
            share: 0.12, pattern: .rape),
        Offence(
            country: "LT", article: "150", iccs: "03012",
            description: "Seksualinis prievartavimas (sexual assault; of a minor or a child under 14: parts 3-4)", share: 0.12,
            pattern: .assault),
        Offence(
            country: "LT", article: "151", iccs: "03012",
            description: "Privertimas lytiškai santykiauti (coercion into sexual intercourse)", share: 0.03, pattern: .assault),
        Offence(
            country: "LT", article: "151-1", iccs: "030113",
            description:
                "Lytinės aistros tenkinimas pažeidžiant mažamečio asmens laisvę apsispręsti ir (ar) neliečiamumą (sexual acts with a child under 14: statutory rape)",
            share: 0.20, pattern: .statutory(maxAge: 13)),
        Offence(
            country: "LT", article: "152", iccs: "03012", description: "Seksualinis priekabiavimas (sexual harassment)", share: 0.03,
            pattern: .assault),
        Offence(
            country: "LT", article: "153", iccs: "03012",
            description: "Mažamečio asmens tvirkinimas (corrupting a child under 14: non-physical sexual acts, including online)",
            share: 0.22, pattern: .assault),
        Offence(
            country: "LT", article: "162", iccs: "030221",
            description: "Vaiko išnaudojimas pornografijai (exploiting a child for pornography)", share: 0.10, pattern: .abuseMaterial),
        Offence(
            country: "LT", article: "307", iccs: "030222",
            description: "Pelnymasis iš kito asmens prostitucijos (profiting from prostitution; of a minor: part 2)", share: 0.02,
            pattern: .exploitation),
        Offence(
            country: "LT", article: "308", iccs: "030222",
            description: "Įtraukimas į prostituciją (involving in prostitution; a minor: part 2)", share: 0.02, pattern: .exploitation),
        Offence(
            country: "LT", article: "309", iccs: "030221",
            description: "Disponavimas pornografinio turinio dalykais (pornographic material; depicting a child: parts 2-3)", share: 0.14,
            pattern: .abuseMaterial),
        Offence(
            country: "PL", article: "197", iccs: "03011", description: "Zgwałcenie (rape; victim under 15: § 3 pkt 2)", share: 0.12,
            pattern: .rape),
        Offence(
            country: "PL", article: "198", iccs: "03012",
            description: "Wykorzystanie bezradności lub niepoczytalności (sexual abuse of a helpless person)", share: 0.02,
            pattern: .assault),
        Offence(
            country: "PL", article: "199", iccs: "03012",
            description: "Nadużycie stosunku zależności lub krytycznego położenia (abuse of dependency; of a minor: § 2-3)", share: 0.03,
            pattern: .assault),
        Offence(
            country: "PL", article: "200", iccs: "030113",
            description:
                "Obcowanie płciowe z małoletnim poniżej lat 15 (sexual acts with a minor under 15: statutory rape; § 3-5 showing pornography to a minor are mapped here too)",
            share: 0.38, pattern: .statutory(maxAge: 14)),
        Offence(
            country: "PL", article: "200a", iccs: "030223",
            description: "Nawiązanie kontaktu z małoletnim poniżej lat 15 za pomocą systemu teleinformatycznego (grooming)", share: 0.07,
            pattern: .grooming),
        Offence(
            country: "PL", article: "200b", iccs: "030229",
            description: "Propagowanie pedofilii (promoting paedophilia: other sexual exploitation of children)", share: 0.01,
            pattern: .abuseMaterial),
        Offence(
            country: "PL", article: "202", iccs: "030221",
            description: "Treści pornograficzne z udziałem małoletniego (pornography involving a minor: § 3-4c)", share: 0.32,
            pattern: .abuseMaterial),
        Offence(
            country: "PL", article: "204", iccs: "030222",
            description: "Czerpanie korzyści z prostytucji (profiting from prostitution; of a minor: § 3)", share: 0.03,
            pattern: .exploitation),
    ]
}
