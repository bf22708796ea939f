import Foundation
import Testing

@testable import Storage

/// The typed reads analyses use: survey values computed by the database, value tallies.
@Suite struct StoreReadingTests {
    /// A survey table with a categorical column whose name needs quoting and a numeric one:
    /// source 1 has three rows, source 2 one.
    private func surveyStore() throws -> Store {
        let store = try Store(path: freshDatabasePath())
        try store.database.execute(
            """
            ALTER TABLE survey ADD COLUMN "re""gion" TEXT;
            ALTER TABLE survey ADD COLUMN score REAL;
            INSERT INTO survey(_source, _line, "re""gion", score) VALUES
                (1, 2, 'north', 1.5), (1, 3, 'south''s', NULL), (1, 4, NULL, 3), (2, 2, 'east', 4);
            """)
        return store
    }

    private func scan(_ store: Store, _ values: [SurveyValue], sources: [Int64]? = nil) throws -> [[SQLValue]] {
        var rows: [[SQLValue]] = []
        try store.scanSurvey(values, sources: sources) { statement in rows.append(values.indices.map(statement.value)) }
        return rows
    }

    @Test func categoryCodesAreDenseWithMissingAndOutsideValuesApart() throws {
        let store = try surveyStore()
        let rows = try scan(store, [.categoryCode("re\"gion", categories: ["south's", "north"])])
        #expect(rows == [[.integer(1)], [.integer(0)], [.integer(-1)], [.integer(-2)]])
    }

    @Test func domainIsOneOnlyWhenEveryConditionHolds() throws {
        let store = try surveyStore()
        let condition = SurveyValue.satisfiesAll([
            (column: "re\"gion", values: [.text("north"), .text("east")]), (column: "score", values: [.real(1.5), .real(4)]),
        ])
        let rows = try scan(store, [.column("_line"), condition], sources: [1])
        #expect(rows == [[.integer(2), .integer(1)], [.integer(3), .integer(0)], [.integer(4), .integer(0)]])
    }

    @Test func valueTalliesCountRowsAndValuesOfOneSource() throws {
        let store = try surveyStore()
        let all = try store.valueTallies(of: ["re\"gion", "score"], in: .survey, source: 1)
        #expect(all.rows == 3 && all.present == [2, 2])
        let withoutRegion = try store.valueTallies(of: ["score"], in: .survey, source: 1, among: .missing("re\"gion"))
        #expect(withoutRegion.rows == 1 && withoutRegion.present == [1])
        try store.database.execute("ALTER TABLE survey ADD COLUMN victim INTEGER; UPDATE survey SET victim = 1 WHERE _line < 4")
        let asked = try store.valueTallies(of: ["score"], in: .survey, source: 1, among: .equalToOne("victim"))
        #expect(asked.rows == 2 && asked.present == [1])
    }
}
