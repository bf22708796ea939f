/// The survey files as each partner delivers them: native headers, code lists and dialects.
///
/// Generator fields (the `field` of each column): id, school, stratum, weight, date, region,
/// setting, sex, age, the eleven indicators named after their harmonised variables, notes.
enum SurveySchemas {
    /// Native words for one country's answer codes.
    struct Answers {
        var yes: (String, String)
        var no: (String, String)
        var dontKnow: (String, String)
        var refused: (String, String)
        /// "Not applicable" code; nil when the partner leaves the cell blank.
        var notApplicable: (String, String)?
    }

    /// The schema for `country`'s survey file.
    static func schema(for country: SynthesisRequest.Country, profile: CountryProfile, name: String) -> RawSchema {
        switch country {
        case .latvia: return latvia(profile, name)
        case .lithuania: return lithuania(profile, name)
        case .poland: return poland(profile, name)
        }
    }

    /// Who the conditional items (perpetrator, disclosure and help) are asked of: pupils with
    /// any lifetime abuse, as the generator's skip pattern has it.
    static let askedIf = "csa_any_lifetime == 1"

    /// Yes/no item with don't-know and refused (and not-applicable for conditional items).
    static func item(_ name: String, _ variable: String, _ a: Answers, conditional: Bool = false) -> RawColumn {
        var triples = [(a.yes.0, "1", a.yes.1), (a.no.0, "0", a.no.1)]
        if conditional, let na = a.notApplicable { triples.append((na.0, "#na", na.1)) }
        triples += [(a.dontKnow.0, "#dk", a.dontKnow.1), (a.refused.0, "#refused", a.refused.1)]
        return RawColumn(
            name: name, field: variable, rule: .codes(variable: variable, codeList(triples)), askedIf: conditional ? askedIf : nil)
    }

    /// The eleven indicator columns, named `<prefix>21a` … `<prefix>28`.
    static func items(_ p: String, _ a: Answers, perpetrator: [String]) -> [RawColumn] {
        let perpetratorCodes =
            zip(1...5, ["family", "known_adult", "peer", "stranger", "online_only"]).map {
                ("\($0.0)", $0.1, perpetrator[$0.0 - 1])
            } + (a.notApplicable.map { [($0.0, "#na", $0.1)] } ?? [])
            + [(a.dontKnow.0, "#dk", a.dontKnow.1), (a.refused.0, "#refused", a.refused.1)]
        return [
            item("\(p)21a", "csa_contact_lifetime", a), item("\(p)21b", "csa_contact_past_year", a),
            item("\(p)22a", "csa_noncontact_lifetime", a), item("\(p)22b", "csa_noncontact_past_year", a),
            item("\(p)23", "online_solicitation", a), item("\(p)24", "image_based_abuse", a),
            RawColumn(
                name: "\(p)25", field: "perpetrator_relation",
                rule: .codes(variable: "perpetrator_relation", codeList(perpetratorCodes)), askedIf: askedIf),
            item("\(p)26a", "disclosed_anyone", a, conditional: true),
            item("\(p)26b", "disclosed_parent", a, conditional: true),
            item("\(p)27", "reported_police", a, conditional: true),
            item("\(p)28", "received_help", a, conditional: true),
        ]
    }

    /// Region codes with native names.
    static func regions(_ profile: CountryProfile) -> [NativeCode] {
        profile.regions.map { NativeCode(raw: $0.code, key: $0.slug, label: $0.name) }
    }

    /// Derived variables shared by the three surveys.
    static let derived = [
        "  age_group: {from: age, bands: {\"11-13\": [11, 13], \"14-15\": [14, 15], \"16-17\": [16, 17]}}",
        "  csa_any_lifetime: {any_of: [csa_contact_lifetime, csa_noncontact_lifetime]}",
    ]

    static func description(_ country: String, _ year: Int) -> String {
        "SYNTHETIC school survey of pupils aged 11–17 imitating a \(country) national self-report study "
            + "of sexual abuse (\(year)): strata region x urban/rural, schools drawn with probability "
            + "proportional to size, about 20 pupils per school. Every row is invented."
    }

    /// The codebook's `methods` section: what the generator does, said as a partner would
    /// describe fieldwork, sample and weights, in English, Latvian, Lithuanian and Polish, every
    /// text marked as describing synthetic data.
    static func methods(_ year: Int, items prefix: String) -> [String] {
        let texts: [(key: String, [String])] = [
            (
                "sampling_frame",
                [
                    "an invented register of schools teaching pupils aged 11–17",
                    "izdomāts to skolu saraksts, kurās mācās 11–17 gadus veci skolēni",
                    "išgalvotas mokyklų, kuriose mokosi 11–17 metų mokiniai, sąrašas",
                    "zmyślony wykaz szkół, w których uczą się uczniowie w wieku 11–17 lat",
                ]
            ),
            (
                "design",
                [
                    "strata region x urban/rural; schools drawn with probability proportional to size; about 20 pupils per school",
                    "slāņi: reģions x pilsēta/lauki; skolas izlozētas ar varbūtību, kas proporcionāla lielumam; ap 20 skolēniem katrā skolā",
                    "sluoksniai: regionas x miestas/kaimas; mokyklos atrinktos su tikimybe, proporcinga dydžiui; apie 20 mokinių mokykloje",
                    "warstwy: region x miasto/wieś; szkoły losowane z prawdopodobieństwem proporcjonalnym do wielkości; około 20 uczniów w szkole",
                ]
            ),
            (
                "weighting",
                [
                    "inverse of each pupil's selection probability; no non-response adjustment or calibration",
                    "katra skolēna iekļaušanas varbūtības apgrieztā vērtība; bez korekcijas par neatbildēšanu un bez kalibrēšanas",
                    "atvirkštinė kiekvieno mokinio atrankos tikimybė; be koregavimo dėl neatsakymų ir be kalibravimo",
                    "odwrotność prawdopodobieństwa wylosowania ucznia; bez korekty braków odpowiedzi i bez kalibracji",
                ]
            ),
            (
                "instrument",
                [
                    "self-completed school questionnaire; items \(prefix)21a–\(prefix)28",
                    "skolā pašu skolēnu aizpildīta anketa; jautājumi \(prefix)21a–\(prefix)28",
                    "mokykloje mokinių pačių pildomas klausimynas; klausimai \(prefix)21a–\(prefix)28",
                    "ankieta wypełniana samodzielnie w szkole; pytania \(prefix)21a–\(prefix)28",
                ]
            ),
        ]
        let questions: [(variable: String, item: String, [String])] = [
            (
                "csa_contact_lifetime", "21a",
                [
                    "Has anyone ever touched you sexually, or made you touch them, when you did not want it?",
                    "Vai kāds jebkad ir seksuāli pieskāries tev vai licis tev pieskarties sev, kad tu to negribēji?",
                    "Ar kas nors kada nors tave lietė seksualiai arba vertė tave liesti jo ar jos kūną, kai tu to nenorėjai?",
                    "Czy ktoś kiedykolwiek dotykał cię w sposób seksualny lub zmuszał cię do dotykania jego/jej ciała, gdy tego nie chciałeś/chciałaś?",
                ]
            ),
            (
                "csa_contact_past_year", "21b",
                [
                    "In the past 12 months, has anyone touched you sexually when you did not want it?",
                    "Vai pēdējo 12 mēnešu laikā kāds tev ir seksuāli pieskāries, kad tu to negribēji?",
                    "Ar per pastaruosius 12 mėnesių kas nors tave lietė seksualiai, kai tu to nenorėjai?",
                    "Czy w ciągu ostatnich 12 miesięcy ktoś dotykał cię w sposób seksualny, gdy tego nie chciałeś/chciałaś?",
                ]
            ),
            (
                "csa_noncontact_lifetime", "22a",
                [
                    "Has anyone ever exposed themselves to you or made you watch sexual acts or images?",
                    "Vai kāds jebkad tev ir atsedzis savus dzimumorgānus vai licis skatīties seksuālas darbības vai attēlus?",
                    "Ar kas nors kada nors tau rodė savo lytinius organus arba vertė žiūrėti seksualius veiksmus ar vaizdus?",
                    "Czy ktoś kiedykolwiek obnażał się przed tobą lub zmuszał cię do oglądania czynności lub obrazów seksualnych?",
                ]
            ),
            (
                "csa_noncontact_past_year", "22b",
                [
                    "In the past 12 months, has anyone exposed themselves to you or shown you sexual images?",
                    "Vai pēdējo 12 mēnešu laikā kāds tev ir atsedzis savus dzimumorgānus vai rādījis seksuālus attēlus?",
                    "Ar per pastaruosius 12 mėnesių kas nors tau rodė savo lytinius organus ar seksualius vaizdus?",
                    "Czy w ciągu ostatnich 12 miesięcy ktoś obnażał się przed tobą lub pokazywał ci obrazy seksualne?",
                ]
            ),
            (
                "online_solicitation", "23",
                [
                    "Has an adult ever asked you online for sexual talk, pictures or a meeting?",
                    "Vai pieaugušais jebkad internetā tev ir lūdzis seksuālas sarunas, attēlus vai tikšanos?",
                    "Ar suaugęs asmuo kada nors internete tavęs prašė seksualaus pokalbio, nuotraukų ar susitikimo?",
                    "Czy dorosły kiedykolwiek prosił cię w internecie o rozmowę o seksie, zdjęcia lub spotkanie?",
                ]
            ),
            (
                "image_based_abuse", "24",
                [
                    "Has anyone ever shared or threatened to share sexual pictures of you?",
                    "Vai kāds jebkad ir izplatījis vai draudējis izplatīt tavus seksuāla rakstura attēlus?",
                    "Ar kas nors kada nors platino arba grasino platinti seksualaus pobūdžio tavo nuotraukas?",
                    "Czy ktoś kiedykolwiek udostępnił lub groził udostępnieniem twoich zdjęć o charakterze seksualnym?",
                ]
            ),
        ]
        var lines = ["  fieldwork_start: \"\(year)-03-01\"", "  fieldwork_end: \"\(year)-11-30\""]
        for (key, translations) in texts.prefix(2) { lines += localized(key, translations, indent: "  ") }
        lines += ["  response_rate_schools: 100   # the generator simulates no non-response", "  response_rate_pupils: 100"]
        for (key, translations) in texts.dropFirst(2) { lines += localized(key, translations, indent: "  ") }
        lines.append("  questions:")
        for (variable, item, translations) in questions {
            let words = ["item", "jautājums", "klausimas", "pytanie"]
            lines += localized(variable, translations.indices.map { "\(words[$0]) \(prefix)\(item): " + translations[$0] }, indent: "    ")
        }
        return lines
    }

    /// A text as a mapping of languages (en, lv, lt, pl), each marked as synthetic in its language.
    private static func localized(_ key: String, _ texts: [String], indent: String) -> [String] {
        let marks = ["SYNTHETIC data: ", "SINTĒTISKI dati: ", "SINTETINIAI duomenys: ", "Dane SYNTETYCZNE: "]
        let codes = ["en", "lv", "lt", "pl"]
        return [indent + key + ":"]
            + texts.indices.map { i in indent + "  " + codes[i] + ": " + CodebookWriter.quoted(marks[i] + texts[i]) }
    }

    static func latvia(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let a = Answers(
            yes: ("1", "jā"), no: ("2", "nē"), dontKnow: ("8", "nezinu"),
            refused: ("9", "atsakos atbildēt"), notApplicable: ("7", "neattiecas"))
        let columns =
            [
                RawColumn(name: "anketa_nr", field: "id", rule: .design(.id), note: "anketas numurs"),
                RawColumn(name: "skola", field: "school", rule: .design(.psu), note: "skolas kods izlasē"),
                RawColumn(name: "stratums", field: "stratum", rule: .design(.strata), note: "reģions-apdzīvotība"),
                RawColumn(name: "svars", field: "weight", rule: .design(.weight), note: "izlases svars"),
                RawColumn(name: "aptaujas_datums", field: "date", rule: .date(variable: "year", extract: "year")),
                RawColumn(name: "regions", field: "region", rule: .codes(variable: "region", regions(profile))),
                RawColumn(
                    name: "apdzīvotā_vieta", field: "setting",
                    rule: .codes(
                        variable: "setting",
                        codeList([("1", "urban", "pilsēta"), ("2", "rural", "lauki")]))),
                RawColumn(
                    name: "dzimums", field: "sex",
                    rule: .codes(
                        variable: "sex",
                        codeList(
                            [("1", "male", "zēns"), ("2", "female", "meitene"), ("9", "#refused", "atteicās atbildēt")]))),
                RawColumn(name: "vecums", field: "age", rule: .integer(variable: "age", range: 11...17)),
            ]
            + items(
                "j", a,
                perpetrator: [
                    "ģimenes loceklis", "pazīstams pieaugušais", "vienaudzis",
                    "svešinieks", "tikai tiešsaistes kontakts",
                ])
            + [RawColumn(name: "piezīmes", field: "notes", rule: .dropped, note: "intervētāja piezīmes")]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "LV", kind: "survey", year: profile.surveyYear,
                description: description("Latvian", profile.surveyYear)),
            dialect: FileDialect(encoding: .windows1257, delimiter: ";", decimal: ",", lineEnding: "\r\n"),
            columns: columns, derived: derived, methods: methods(profile.surveyYear, items: "j"),
            faults: FaultTargets(
                rangeColumn: "vecums", outOfRangeValue: "47", codeColumn: "dzimums",
                unknownCode: "3", dateColumn: "aptaujas_datums"))
    }

    static func lithuania(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let a = Answers(
            yes: ("1", "taip"), no: ("0", "ne"), dontKnow: ("8", "nežinau"),
            refused: ("9", "atsisakė atsakyti"), notApplicable: nil)
        let columns =
            [
                RawColumn(name: "anketos_nr", field: "id", rule: .design(.id), note: "anketos numeris"),
                RawColumn(name: "mokykla", field: "school", rule: .design(.psu), note: "mokyklos kodas imtyje"),
                RawColumn(name: "sluoksnis", field: "stratum", rule: .design(.strata), note: "apskritis-vietovė"),
                RawColumn(name: "svoris", field: "weight", rule: .design(.weight), note: "imties svoris"),
                RawColumn(name: "apklausos_data", field: "date", rule: .date(variable: "year", extract: "year")),
                RawColumn(name: "apskritis", field: "region", rule: .codes(variable: "region", regions(profile))),
                RawColumn(
                    name: "vietovė", field: "setting",
                    rule: .codes(
                        variable: "setting",
                        codeList([("1", "urban", "miestas"), ("2", "rural", "kaimas")]))),
                RawColumn(
                    name: "lytis", field: "sex",
                    rule: .codes(
                        variable: "sex",
                        codeList(
                            [("1", "male", "berniukas"), ("2", "female", "mergaitė"), ("9", "#refused", "atsisakė atsakyti")]))),
                RawColumn(name: "amžius", field: "age", rule: .integer(variable: "age", range: 11...17)),
            ]
            + items(
                "k", a,
                perpetrator: [
                    "šeimos narys", "pažįstamas suaugęs", "bendraamžis",
                    "nepažįstamas asmuo", "pažintis tik internetu",
                ])
            + [RawColumn(name: "pastabos", field: "notes", rule: .dropped, note: "apklausėjo pastabos")]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "LT", kind: "survey", year: profile.surveyYear,
                description: description("Lithuanian", profile.surveyYear)),
            dialect: FileDialect(encoding: .utf8BOM, delimiter: ",", decimal: ",", lineEnding: "\n"),
            columns: columns, derived: derived, methods: methods(profile.surveyYear, items: "k"),
            faults: FaultTargets(
                rangeColumn: "amžius", outOfRangeValue: "47", codeColumn: "lytis",
                unknownCode: "3", dateColumn: "apklausos_data"))
    }

    static func poland(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let a = Answers(
            yes: ("1", "tak"), no: ("2", "nie"), dontKnow: ("8", "nie wiem"),
            refused: ("9", "odmowa odpowiedzi"), notApplicable: nil)
        let columns =
            [
                RawColumn(name: "nr_ankiety", field: "id", rule: .design(.id), note: "numer ankiety"),
                RawColumn(name: "szkoła", field: "school", rule: .design(.psu), note: "kod szkoły w próbie"),
                RawColumn(name: "warstwa", field: "stratum", rule: .design(.strata), note: "województwo-klasa miejscowości"),
                RawColumn(name: "waga", field: "weight", rule: .design(.weight), note: "waga analityczna"),
                RawColumn(name: "data_badania", field: "date", rule: .date(variable: "year", extract: "year")),
                RawColumn(name: "województwo", field: "region", rule: .codes(variable: "region", regions(profile))),
                RawColumn(
                    name: "klasa_miejscowości", field: "setting",
                    rule: .codes(
                        variable: "setting",
                        codeList([("1", "urban", "miasto"), ("2", "rural", "wieś")]))),
                RawColumn(
                    name: "płeć", field: "sex",
                    rule: .codes(
                        variable: "sex",
                        codeList(
                            [("1", "female", "dziewczynka"), ("2", "male", "chłopiec"), ("9", "#refused", "odmowa odpowiedzi")]))),
                RawColumn(name: "wiek", field: "age", rule: .integer(variable: "age", range: 11...17)),
            ]
            + items(
                "p", a,
                perpetrator: [
                    "członek rodziny", "znajomy dorosły", "rówieśnik",
                    "osoba obca", "osoba poznana tylko w internecie",
                ])
            + [RawColumn(name: "uwagi", field: "notes", rule: .dropped, note: "uwagi ankietera")]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "PL", kind: "survey", year: profile.surveyYear,
                description: description("Polish", profile.surveyYear)),
            dialect: FileDialect(encoding: .windows1250, delimiter: ";", decimal: ",", lineEnding: "\r\n"),
            columns: columns, derived: derived, methods: methods(profile.surveyYear, items: "p"),
            faults: FaultTargets(
                rangeColumn: "wiek", outOfRangeValue: "47", codeColumn: "płeć",
                unknownCode: "3", dateColumn: "data_badania"))
    }
}
