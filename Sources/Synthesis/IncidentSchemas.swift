/// Incident files as each country's police statistics would deliver them.
///
/// Generator fields: date, article, region, age, sex, relation, online, agency, stage.
enum IncidentSchemas {
    /// The schema for `country`'s incident file.
    static func schema(
        for country: SynthesisRequest.Country, profile: CountryProfile, name: String,
        mappingPath: String
    ) -> RawSchema {
        var schema: RawSchema
        switch country {
        case .latvia: schema = latvia(profile, name)
        case .lithuania: schema = lithuania(profile, name)
        case .poland: schema = poland(profile, name)
        }
        schema.derived = [
            "  victim_age_group: {from: victim_age, bands: {\"0-4\": [0, 4], \"5-9\": [5, 9], \"10-14\": [10, 14], \"15-17\": [15, 17]}}",
            "  iccs: {from: national_article, lookup: \(CodebookWriter.quoted(mappingPath)), key: article, value: iccs}",
        ]
        return schema
    }

    static func description(_ who: String) -> String {
        "SYNTHETIC register of child sexual abuse and exploitation offences imitating \(who) statistics: "
            + "one row per recorded case with the national article, victim age and sex, perpetrator relation, "
            + "online or not, recording agency and stage. Every row is invented."
    }

    static func relations(_ labels: [String], unknown: (String, String)) -> [NativeCode] {
        let keys = ["family", "known_adult", "peer", "stranger", "online_only"]
        return zip(keys, labels).enumerated().map { NativeCode(raw: "\($0.offset + 1)", key: $0.element.0, label: $0.element.1) }
            + [NativeCode(raw: unknown.0, key: "#dk", label: unknown.1)]
    }

    static func latvia(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let columns = [
            RawColumn(name: "reģistrēšanas_datums", field: "date", rule: .date(variable: "year", extract: "year")),
            RawColumn(name: "pants", field: "article", rule: .text(variable: "national_article"), note: "Krimināllikuma pants"),
            RawColumn(name: "regions", field: "region", rule: .codes(variable: "region", SurveySchemas.regions(profile))),
            RawColumn(name: "cietušā_vecums", field: "age", rule: .integer(variable: "victim_age", range: 0...17)),
            RawColumn(
                name: "cietušā_dzimums", field: "sex",
                rule: .codes(
                    variable: "victim_sex",
                    codeList(
                        [("V", "male", "vīrietis"), ("S", "female", "sieviete"), ("N", "#dk", "nav zināms")]))),
            RawColumn(
                name: "saistība", field: "relation",
                rule: .codes(
                    variable: "perpetrator_relation",
                    relations(
                        ["ģimenes loceklis", "pazīstams pieaugušais", "vienaudzis", "svešinieks", "tikai tiešsaistē"],
                        unknown: ("9", "nav zināms")))),
            RawColumn(
                name: "tiešsaistē", field: "online",
                rule: .codes(
                    variable: "online",
                    codeList(
                        [("jā", "1", "jā"), ("nē", "0", "nē")]))),
            RawColumn(
                name: "iestāde", field: "agency",
                rule: .codes(
                    variable: "recording_agency",
                    codeList(
                        [
                            ("VP", "police", "Valsts policija"), ("PROK", "prosecution", "Prokuratūra"),
                            ("VRS", "border_guard", "Valsts robežsardze"), ("CITA", "other", "cita iestāde"),
                        ]))),
            RawColumn(
                name: "stadija", field: "stage",
                rule: .codes(
                    variable: "stage",
                    codeList(
                        [
                            ("1", "recorded", "reģistrēts"), ("2", "prosecuted", "nodots kriminālvajāšanai"),
                            ("3", "convicted", "notiesāts"),
                        ]))),
        ]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "LV", kind: "incidents", year: nil,
                description: description("Latvian State Police")),
            dialect: FileDialect(encoding: .utf8BOM, delimiter: ",", decimal: ".", lineEnding: "\n"),
            columns: columns,
            faults: FaultTargets(
                rangeColumn: "cietušā_vecums", outOfRangeValue: "117",
                codeColumn: "cietušā_dzimums", unknownCode: "X", dateColumn: "reģistrēšanas_datums"))
    }

    static func lithuania(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let regions = profile.regions.map { NativeCode(raw: $0.name, key: $0.slug, label: $0.slug) }
        let columns = [
            RawColumn(name: "užregistravimo_data", field: "date", rule: .date(variable: "year", extract: "year")),
            RawColumn(name: "straipsnis", field: "article", rule: .text(variable: "national_article"), note: "BK straipsnis"),
            RawColumn(name: "apskritis", field: "region", rule: .codes(variable: "region", regions)),
            RawColumn(name: "nukentėjusiojo_amžius", field: "age", rule: .integer(variable: "victim_age", range: 0...17)),
            RawColumn(
                name: "nukentėjusiojo_lytis", field: "sex",
                rule: .codes(
                    variable: "victim_sex",
                    codeList(
                        [("V", "male", "vyras"), ("M", "female", "moteris"), ("N", "#dk", "nenustatyta")]))),
            RawColumn(
                name: "ryšys_su_kaltininku", field: "relation",
                rule: .codes(
                    variable: "perpetrator_relation",
                    relations(
                        ["šeimos narys", "pažįstamas suaugęs", "bendraamžis", "nepažįstamas asmuo", "tik internetu"],
                        unknown: ("9", "nenustatyta")))),
            RawColumn(
                name: "internetu", field: "online",
                rule: .codes(
                    variable: "online",
                    codeList(
                        [("1", "1", "taip"), ("0", "0", "ne")]))),
            RawColumn(
                name: "institucija", field: "agency",
                rule: .codes(
                    variable: "recording_agency",
                    codeList(
                        [
                            ("PD", "police", "policija"), ("PR", "prosecution", "prokuratūra"),
                            ("VSAT", "border_guard", "Valstybės sienos apsaugos tarnyba"), ("KT", "other", "kita"),
                        ]))),
            RawColumn(
                name: "etapas", field: "stage",
                rule: .codes(
                    variable: "stage",
                    codeList(
                        [
                            ("užregistruota", "recorded", "užregistruota"), ("perduota teismui", "prosecuted", "perduota teismui"),
                            ("nuteista", "convicted", "nuteista"),
                        ]))),
        ]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "LT", kind: "incidents", year: nil,
                description: description("Lithuanian police (Informatics and Communications Department)")),
            dialect: FileDialect(encoding: .windows1257, delimiter: ";", decimal: ".", lineEnding: "\r\n"),
            columns: columns,
            faults: FaultTargets(
                rangeColumn: "nukentėjusiojo_amžius", outOfRangeValue: "117",
                codeColumn: "nukentėjusiojo_lytis", unknownCode: "X", dateColumn: "užregistravimo_data"))
    }

    static func poland(_ profile: CountryProfile, _ name: String) -> RawSchema {
        let columns = [
            RawColumn(name: "data_wszczęcia", field: "date", rule: .date(variable: "year", extract: "year")),
            RawColumn(name: "artykuł", field: "article", rule: .text(variable: "national_article"), note: "artykuł Kodeksu karnego"),
            RawColumn(name: "województwo", field: "region", rule: .codes(variable: "region", SurveySchemas.regions(profile))),
            RawColumn(name: "wiek_pokrzywdzonego", field: "age", rule: .integer(variable: "victim_age", range: 0...17)),
            RawColumn(
                name: "płeć_pokrzywdzonego", field: "sex",
                rule: .codes(
                    variable: "victim_sex",
                    codeList(
                        [("M", "male", "mężczyzna"), ("K", "female", "kobieta"), ("N", "#dk", "nieustalona")]))),
            RawColumn(
                name: "relacja_sprawcy", field: "relation",
                rule: .codes(
                    variable: "perpetrator_relation",
                    relations(
                        ["członek rodziny", "znajomy dorosły", "rówieśnik", "osoba obca", "tylko przez internet"],
                        unknown: ("9", "nieustalona")))),
            RawColumn(
                name: "internet", field: "online",
                rule: .codes(
                    variable: "online",
                    codeList(
                        [("T", "1", "tak"), ("N", "0", "nie")]))),
            RawColumn(
                name: "jednostka", field: "agency",
                rule: .codes(
                    variable: "recording_agency",
                    codeList(
                        [
                            ("Policja", "police", "Policja"), ("Prokuratura", "prosecution", "Prokuratura"),
                            ("Straż Graniczna", "border_guard", "Straż Graniczna"),
                            ("Żandarmeria Wojskowa", "other", "Żandarmeria Wojskowa"),
                        ]))),
            RawColumn(
                name: "etap", field: "stage",
                rule: .codes(
                    variable: "stage",
                    codeList(
                        [
                            ("1", "recorded", "przestępstwo stwierdzone"), ("2", "prosecuted", "akt oskarżenia"),
                            ("3", "convicted", "prawomocne skazanie"),
                        ]))),
        ]
        return RawSchema(
            source: SourceInfo(
                name: name, country: "PL", kind: "incidents", year: nil,
                description: description("Polish Police (KSIP)")),
            dialect: FileDialect(encoding: .iso88592, delimiter: ";", decimal: ".", lineEnding: "\r\n"),
            columns: columns,
            faults: FaultTargets(
                rangeColumn: "wiek_pokrzywdzonego", outOfRangeValue: "117",
                codeColumn: "płeć_pokrzywdzonego", unknownCode: "X", dateColumn: "data_wszczęcia"))
    }
}
