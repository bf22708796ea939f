import Foundation
import Testing

@testable import Storage

/// Unit combinations tallied in memory from columns read once (sources mapped to survey rounds in
/// Swift), also after other groupings were tallied, equal one GROUP BY that looks the round up per row.
@Suite struct UnitTallyTests {
    /// Sources 1 and 2 of round `LV-2023`, source 3 of `LT` (no round given, no year), and rows
    /// of a source not on record; numbers stored as integers and reals, text, missing values, and
    /// a column of one value (`wave`).
    private func store() throws -> Store {
        let store = try Store(path: freshDatabasePath())
        let columns = """
            name, country, kind, year, survey, file, sha256, size_bytes, encoding, codebook, codebook_sha256, \
            sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at
            """
        try store.database.execute(
            """
            INSERT INTO sources(id, \(columns)) VALUES
                (1, 'a', 'LV', 'survey', 2023, 'LV-2023', 'f', 'h1', 0, 'utf-8', 'c', 'ch', 'v', 0, 0, 0, 't'),
                (2, 'b', 'LV', 'survey', 2023, 'LV-2023', 'f', 'h2', 0, 'utf-8', 'c', 'ch', 'v', 0, 0, 0, 't'),
                (3, 'c', 'LT', 'survey', NULL, NULL, 'f', 'h3', 0, 'utf-8', 'c', 'ch', 'v', 0, 0, 0, 't');
            ALTER TABLE survey ADD COLUMN region TEXT;
            ALTER TABLE survey ADD COLUMN score;
            ALTER TABLE survey ADD COLUMN wave;
            INSERT INTO survey(_source, _line, region, score, wave) VALUES
                (1, 2, 'north', 1, 1), (1, 3, 'south', NULL, 1), (2, 2, 'north', 1.0, 1), (2, 3, NULL, 'x', 1),
                (3, 2, 'Äst', 2.5, 1), (3, 3, 'east', 2.5, 1), (3, 4, 'north', 10, 1), (9, 2, 'north', 1, 1);
            """)
        return store
    }

    /// The combinations as one GROUP BY with the round looked up per row.
    private func direct(_ store: Store, _ columns: [Store.UnitColumn]) throws -> [[SQLValue]] {
        let expressions = columns.map { column -> String in
            switch column {
            case let .value(name): "\"\(name)\""
            case let .presence(name): "(CASE WHEN \"\(name)\" IS NULL THEN NULL ELSE 'present' END)"
            case .surveyRound: "(SELECT coalesce(s.survey, s.country || coalesce('-' || s.year, '')) FROM sources s WHERE s.id = _source)"
            }
        }
        let list = expressions.joined(separator: ", ")
        return try store.database.rows("SELECT \(list), count(*) FROM survey GROUP BY \(list)")
    }

    private func tallied(_ tally: UnitTally, _ columns: [Store.UnitColumn]) throws -> [[SQLValue]] {
        try tally.combinations(in: "survey", by: columns).map { $0.values + [.integer(Int64($0.count))] }
    }

    @Test(arguments: [
        [Store.UnitColumn.surveyRound], [.surveyRound, .value("region")], [.value("region"), .surveyRound, .presence("score")],
        [.value("score"), .value("_source")], [.presence("region")], [.value("score")], [.value("wave")],
        [.value("region"), .value("wave"), .surveyRound],
    ])
    func combinationsEqualOneGroupByWithTheRoundPerRow(columns: [Store.UnitColumn]) throws {
        let store = try store()
        #expect(try tallied(UnitTally(store: store), columns) == direct(store, columns))
        // The same after another grouping read the columns first.
        let tally = UnitTally(store: store)
        _ = try tally.combinations(in: "survey", by: [.value("score"), .surveyRound, .value("region"), .presence("score")])
        #expect(try tallied(tally, columns) == direct(store, columns))
    }

    /// A survey scan of every row makes the tally's first read on the way (the scan's own values
    /// unchanged), and the combinations stay those of the GROUP BY; a scan of some sources does not.
    @Test(arguments: [
        [Store.UnitColumn.surveyRound, .value("region")], [.value("score"), .value("_source")], [.presence("score")],
    ])
    func aScanOfEveryRowReadsTheTallyOnTheWay(columns: [Store.UnitColumn]) throws {
        let store = try store()
        let tally = UnitTally(store: store)
        var lines: [SQLValue] = []
        try store.scanSurvey([.column("_line"), .column("region")], sources: [1], tally: tally) { _ in }
        #expect(try tally.sharedRead(of: "survey") != nil)
        try store.scanSurvey([.column("_line"), .column("region")], sources: nil, tally: tally) { lines.append($0.value(0)) }
        #expect(lines == ([2, 3, 2, 3, 2, 3, 4, 2] as [Int64]).map(SQLValue.integer))
        #expect(try tally.sharedRead(of: "survey") == nil)
        #expect(try tallied(tally, columns) == direct(store, columns))
    }
}
