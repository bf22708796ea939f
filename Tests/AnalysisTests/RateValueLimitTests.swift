import Disclosure
import Foundation
import Storage
import Testing

@testable import Analysis

/// Counts and populations no country has (1e300, 3e11, negative, fractional) are refused with
/// a message naming the cell and source, never a trap or minutes of computing.
@Suite struct RateValueLimitTests {
    func rates(after sql: String, _ request: RateRequest) throws -> PublishedRates {
        let store = try RateFixture.make()
        try store.database.execute(sql)
        return try RateAnalysis(store: store, disclosure: DisclosureControl(k: 5)).rates(request)
    }

    func refusal(after sql: String, _ request: RateRequest) -> RateError? {
        do { _ = try rates(after: sql, request) } catch let error as RateError { return error } catch {}
        return nil
    }

    static let firstCount = "rowid = (SELECT min(rowid) FROM counts WHERE count IS NOT NULL AND unit = 'NR')"

    @Test(arguments: ["1e300", "300000000000", "-5", "12.5"])
    func unusableCountsAreRefused(_ value: String) throws {
        let start = Date()
        let error = refusal(after: "UPDATE counts SET count = \(value) WHERE \(Self.firstCount)", RateRequest(source: .counts))
        guard case let .unusableValue(table, source, _, _, problem)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(table == "count" && source == "eurostat-crim_off_cat" && !problem.contains(value))
        #expect(!(error?.isUsageError ?? true))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test(arguments: ["1e300", "-1875757"])
    func unusablePopulationsAreRefused(_ value: String) throws {
        let sql = "UPDATE population SET population = \(value) WHERE rowid = (SELECT min(rowid) FROM population WHERE age_code = 'TOTAL')"
        let error = refusal(after: sql, RateRequest(population: .all, source: .counts))
        guard case let .unusableValue(table, _, _, _, _)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(table == "population")
    }

    @Test func theLimitItselfIsAccepted() throws {
        let published = try rates(
            after: "UPDATE counts SET count = 10000000000 WHERE \(Self.firstCount)", RateRequest(by: ["country"], source: .counts))
        #expect(!published.rates.rows.isEmpty)
    }
}
