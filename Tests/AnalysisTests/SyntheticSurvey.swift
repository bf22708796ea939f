import Foundation
import Storage
import TestSupport

/// Small hand-made survey tables for disclosure tests.
enum SyntheticSurvey {
    /// One respondent: sex, a binary outcome (nil = missing), a weight, a stratum and a PSU.
    struct Respondent {
        var sex: String
        var y: Int?
        var weight = 1.0
        var stratum: String? = nil
        var psu: String? = nil
        var region = "north"
    }

    /// `count` respondents of one sex, `ones` of whom have y = 1; PSUs cycle through 10.
    static func group(_ sex: String, count: Int, ones: Int, weight: Double = 1, region: String = "north") -> [Respondent] {
        (0..<count).map { i in
            Respondent(
                sex: sex, y: i < ones ? 1 : 0, weight: weight + Double(i % 3), stratum: "s\(i % 2)", psu: "p\(i % 10)", region: region)
        }
    }

    /// A fresh database holding the respondents as source 1.
    static func make(_ respondents: [Respondent], unweighted: Bool = false) throws -> Store {
        let path = Scratch.file("synthetic", suffix: "sqlite").path
        let store = try Store(path: path)
        let db = store.database
        try db.execute(
            "INSERT INTO sources(id, name, country, kind, file, sha256, size_bytes, encoding, codebook, codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at) VALUES (1, 'synthetic', 'LV', 'survey', 'f.csv', 'x', 0, 'utf-8', 'cb', 'y', 'test', 0, 0, 0, 'now')"
        )
        try db.execute("ALTER TABLE survey ADD COLUMN sex TEXT")
        try db.execute("ALTER TABLE survey ADD COLUMN region TEXT")
        try db.execute("ALTER TABLE survey ADD COLUMN y INTEGER")
        try db.execute("INSERT INTO variables VALUES ('sex', 'categorical', '[\"female\",\"male\"]', '{}', '{}', 'test')")
        try db.execute("INSERT INTO variables VALUES ('region', 'categorical', '[\"north\",\"south\"]', '{}', '{}', 'test')")
        try db.execute("INSERT INTO variables VALUES ('y', 'binary', NULL, '{}', '{}', 'test')")
        let insert = try db.prepare(
            "INSERT INTO survey(_source, _line, _weight, _stratum, _psu, sex, region, y) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")
        try db.transaction {
            for (i, r) in respondents.enumerated() {
                try insert.bind([
                    .integer(Int64(i + 2)), unweighted ? .null : .real(r.weight),
                    unweighted ? .null : r.stratum.map { .text($0) } ?? .null,
                    unweighted ? .null : r.psu.map { .text($0) } ?? .null,
                    .text(r.sex), .text(r.region), r.y.map { .integer(Int64($0)) } ?? .null,
                ])
                try insert.run()
            }
        }
        return store
    }
}
