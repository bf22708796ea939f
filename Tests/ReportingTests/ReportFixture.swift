import Analysis
import Disclosure
import Foundation
import Storage
import TestSupport

/// A small fixed survey database for the report tests: three countries, two strata of six
/// PSUs each, ten pupils per PSU, values from a fixed linear congruential generator.
///
/// Contact abuse is rare in Lithuania, so some cells fall below k = 5 and must be suppressed;
/// a few rows are rejected, so that the rejects table is exercised. No incident data: the
/// rates section reports that it is unavailable.
enum ReportFixture {
    static let countries: [(code: String, contact: Double, any: Double)] = [
        ("LV", 0.08, 0.20), ("LT", 0.015, 0.18), ("PL", 0.07, 0.22),
    ]
    static let binaries = ["csa_any_lifetime", "csa_contact_lifetime", "online_solicitation", "disclosed_anyone", "reported_police"]

    /// A fresh database file with the fixture.
    static func make() throws -> Store {
        let path = Scratch.file("report", suffix: "sqlite").path
        let store = try Store(path: path)
        let db = store.database
        try db.execute(
            "ALTER TABLE survey ADD COLUMN country TEXT; ALTER TABLE survey ADD COLUMN sex TEXT; ALTER TABLE survey ADD COLUMN age_group TEXT;"
                + binaries.map { "ALTER TABLE survey ADD COLUMN \($0) INTEGER;" }.joined())
        try insertVariables(db)
        var random = LCG(seed: 20_250_101)
        for (index, country) in countries.enumerated() {
            let id = index + 1
            try db.execute(
                """
                INSERT INTO sources(id, name, country, kind, year, synthetic, file, sha256, size_bytes, encoding, codebook,
                codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at)
                VALUES (\(id), '\(country.code.lowercased())-fixture', '\(country.code)', 'survey', 2020, 1,
                '\(country.code.lowercased()).csv', '\(String(repeating: String(id), count: 64))', 0, 'utf-8', 'cb.yaml',
                'cb', 'test', 123, 120, 3, 'fixed')
                """)
            try insertRespondents(db, source: id, country: country, random: &random)
            for line in 1...3 {
                let reason = line == 3 ? "unknown code in column \"sex\"" : "out of range [11, 17] in column \"age\""
                try db.execute("INSERT INTO rejects VALUES (\(id), \(200 + line), 3, 'age', '\(reason)')")
            }
        }
        return store
    }

    private static func insertRespondents(
        _ db: Database, source: Int, country: (code: String, contact: Double, any: Double), random: inout LCG
    ) throws {
        let ages = ["11-13", "14-15", "16-17"]
        for line in 0..<120 {
            let stratum = line / 60, psu = line / 10
            let sex = random.next() < 0.5 ? "male" : "female"
            let lift = sex == "female" ? 1.6 : 0.6
            let contact = random.next() < country.contact * lift ? 1 : 0
            let anyAbuse = contact == 1 || random.next() < country.any * lift ? 1 : 0
            let online = random.next() < 0.12 ? 1 : 0
            let told = anyAbuse == 1 ? (random.next() < 0.55 ? "1" : "0") : "NULL"
            let police = anyAbuse == 1 ? (random.next() < 0.3 ? "1" : "0") : "NULL"
            let sexValue = line % 37 == 5 ? "NULL" : "'\(sex)'"
            // Many distinct weights, as raked weights have: a design with only a few weight
            // classes has its counts by class audited as published (they could be solved for).
            let weight = 50 + 10 * Double(stratum) + Double(psu % 3) + Double(line % 23) / 100
            try db.execute(
                """
                INSERT INTO survey(_source, _line, _id, _weight, _stratum, _psu, country, sex, age_group,
                csa_any_lifetime, csa_contact_lifetime, online_solicitation, disclosed_anyone, reported_police)
                VALUES (\(source), \(line + 2), '\(line)', \(weight), '\(stratum)', '\(psu)', '\(country.code)', \(sexValue),
                '\(ages[line % 3])', \(anyAbuse), \(contact), \(online), \(told), \(police))
                """)
        }
    }

    private static func insertVariables(_ db: Database) throws {
        let labels: [(String, String, String?, String, String)] = [
            (
                "country", "categorical", "[\"LV\",\"LT\",\"PL\"]",
                #"{"en":"Country","lv":"Valsts","lt":"Šalis","pl":"Kraj"}"#,
                #"{"LT":{"en":"Lithuania","lv":"Lietuva","lt":"Lietuva","pl":"Litwa"},"LV":{"en":"Latvia","lv":"Latvija","lt":"Latvija","pl":"Łotwa"},"PL":{"en":"Poland","lv":"Polija","lt":"Lenkija","pl":"Polska"}}"#
            ),
            (
                "sex", "categorical", "[\"male\",\"female\"]", #"{"en":"Sex","lv":"Dzimums","lt":"Lytis","pl":"Płeć"}"#,
                #"{"female":{"en":"Female","lv":"Meitenes","lt":"Mergaitės","pl":"Dziewczęta"},"male":{"en":"Male","lv":"Zēni","lt":"Berniukai","pl":"Chłopcy"}}"#
            ),
            (
                "age_group", "categorical", "[\"11-13\",\"14-15\",\"16-17\"]",
                #"{"en":"Age group","lv":"Vecuma grupa","lt":"Amžiaus grupė","pl":"Grupa wieku"}"#, "{}"
            ),
            (
                "csa_any_lifetime", "binary", nil,
                #"{"en":"Any sexual abuse, lifetime","lv":"Jebkāda seksuāla vardarbība","lt":"Bet kokia seksualinė prievarta","pl":"Jakiekolwiek wykorzystanie seksualne"}"#,
                "{}"
            ),
            (
                "csa_contact_lifetime", "binary", nil,
                #"{"en":"Contact sexual abuse, lifetime","lv":"Kontakta vardarbība","lt":"Kontaktinė prievarta","pl":"Wykorzystanie z kontaktem"}"#,
                "{}"
            ),
            (
                "online_solicitation", "binary", nil,
                #"{"en":"Online solicitation","lv":"Pavedināšana tiešsaistē","lt":"Viliojimas internete","pl":"Grooming"}"#, "{}"
            ),
            (
                "disclosed_anyone", "binary", nil,
                #"{"en":"Told anyone","lv":"Pastāstīja kādam","lt":"Kam nors papasakojo","pl":"Powiedział komuś"}"#, "{}"
            ),
            (
                "reported_police", "binary", nil,
                #"{"en":"Reported to the police","lv":"Ziņoja policijai","lt":"Pranešė policijai","pl":"Zgłosił na policję"}"#, "{}"
            ),
        ]
        let statement = try db.prepare("INSERT INTO variables VALUES (?, ?, ?, ?, ?, 'test')")
        for (name, type, categories, names, categoryLabels) in labels {
            try statement.bind([.text(name), .text(type), categories.map(SQLValue.text) ?? .null, .text(names), .text(categoryLabels)])
            try statement.run()
        }
    }
}

/// A fixed linear congruential generator (Numerical Recipes constants): the same sequence everywhere.
struct LCG {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in [0, 1).
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(UInt64(1) << 53)
    }
}
