import Foundation
import Storage
import TestSupport
import Testing

@testable import Analysis

/// A fresh database holding the rates fixtures (Fixtures/rates_*.csv, written by
/// rates_make_expected.R) as `sitan ingest` stores them: incidents from one register, children
/// from a national population file, Eurostat-style population (children for LV, TOTAL for all)
/// and Eurostat-style counts (unit NR, with a missing value and flags).
enum RateFixture {
    static let folder = Fixtures.analysis

    /// case → key → value from rates_expected.csv (NA as NaN).
    static let expected = Fixtures.expected(folder.appendingPathComponent("rates_expected.csv"))

    static func make() throws -> Store {
        let path = Scratch.file("rates", suffix: "sqlite").path
        let store = try Store(path: path)
        let db = store.database
        let sources = [
            (1, "fixture-incidents", "incidents", "incidents.codebook.yaml"),
            (2, "fixture-population", "population", "population.codebook.yaml"),
            (3, "eurostat-demo_pjan", "population", "(built-in eurostat-tsv-1)"),
            (4, "eurostat-crim_off_cat", "counts", "(built-in eurostat-tsv-1)"),
        ]
        for (id, name, kind, codebook) in sources {
            try db.execute(
                """
                INSERT INTO sources(id, name, country, kind, file, sha256, size_bytes, encoding, codebook, codebook_sha256,
                sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at)
                VALUES (\(id), '\(name)', 'EU', '\(kind)', '\(name).csv', 'h\(id)', 0, 'utf-8', '\(codebook)', 'c', 'test', 0, 0, 0, 'now')
                """)
        }
        try db.execute(
            """
            INSERT INTO variables VALUES ('victim_sex', 'categorical', '["male","female"]', '{"en":"Victim sex"}', '{}', 'test');
            INSERT INTO variables VALUES ('online', 'binary', NULL, '{"en":"Online"}', '{}', 'test');
            """)
        try load("rates_incidents.csv", into: "incidents", store: store, source: { _ in 1 }, integers: ["year", "online"])
        try load(
            "rates_population.csv", into: "population", store: store, source: { $0["source"] == "national" ? 2 : 3 },
            integers: ["year", "age"], reals: ["population"], skip: ["source"])
        try load("rates_counts.csv", into: "counts", store: store, source: { _ in 4 }, integers: ["year"], reals: ["count"])
        return store
    }

    /// Inserts a CSV's rows (empty fields as NULL) into a table, adding its columns.
    private static func load(
        _ file: String, into table: String, store: Store, source: ([String: String]) -> Int64,
        integers: Set<String> = [], reals: Set<String> = [], skip: Set<String> = []
    ) throws {
        let (header, rows) = Fixtures.rows(folder.appendingPathComponent(file))
        let columns = header.filter { !skip.contains($0) }
        for column in columns {
            let type = integers.contains(column) ? "INTEGER" : reals.contains(column) ? "REAL" : "TEXT"
            try store.database.execute("ALTER TABLE \(table) ADD COLUMN \"\(column)\" \(type)")
        }
        let marks = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        let names = (["_source", "_line"] + columns.map { "\"\($0)\"" }).joined(separator: ", ")
        let statement = try store.database.prepare("INSERT INTO \(table)(\(names)) VALUES (\(marks))")
        try store.database.transaction {
            for (line, row) in rows.enumerated() {
                let record = Dictionary(uniqueKeysWithValues: zip(header, row))
                var values: [SQLValue] = [.integer(source(record)), .integer(Int64(line + 2))]
                for column in columns {
                    let raw = record[column] ?? ""
                    if raw.isEmpty {
                        values.append(.null)
                    } else if integers.contains(column) {
                        values.append(.integer(Int64(raw)!))
                    } else if reals.contains(column) {
                        values.append(.real(Double(raw)!))
                    } else {
                        values.append(.text(raw))
                    }
                }
                try statement.bind(values)
                try statement.run()
            }
        }
    }
}

/// Relative agreement with R (the Rates module reproduces poisson.test and glm to ~1e-10).
func agree(_ value: Double?, _ expected: Double?, _ what: String, tolerance: Double = 1e-8) {
    guard let value, let expected else {
        Issue.record("\(what): missing value (sitan \(String(describing: value)), R \(String(describing: expected)))")
        return
    }
    let scale = max(abs(expected), 1e-300)
    #expect(abs(value - expected) / scale <= tolerance, "\(what): sitan \(value), R \(expected)")
}

/// The fixture database loads as intended.
@Suite struct RateFixtureTests {
    @Test func fixtureLoads() throws {
        let store = try RateFixture.make()
        #expect(try store.database.scalar("SELECT count(*) FROM incidents") == 911)
        #expect(try store.database.scalar("SELECT count(*) FROM counts WHERE count IS NULL") == 1)
        #expect(RateFixture.expected["incidents_0301_country_year"]?["PL|2020|count"] == 112)
    }
}
