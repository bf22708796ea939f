import Disclosure
import Foundation
import Storage
import TestSupport
import Testing

@testable import Analysis

/// `sitan rates` loading and aggregation against R (Fixtures/rates_make_expected.R: table(),
/// aggregate(), poisson.test(), glm()), through disclosure control.
@Suite struct RateAnalysisTests {
    func rates(_ request: RateRequest, k: Int = 5, store: Store? = nil) throws -> PublishedRates {
        try RateAnalysis(store: store ?? RateFixture.make(), disclosure: DisclosureControl(k: k)).rates(request)
    }

    /// Row objects of a published table keyed by their key columns joined with `|`.
    func keyed(_ table: PublishedTable?, keys: [String]) -> [String: [String: PublishedCell]] {
        guard let table else { return [:] }
        var out: [String: [String: PublishedCell]] = [:]
        for row in table.rows {
            let cells = Dictionary(uniqueKeysWithValues: zip(table.header, row))
            out[keys.map { cells[$0]!.text }.joined(separator: "|")] = cells
        }
        return out
    }

    /// Compares every rate row (count, population, rate, CI) with R; returns the rows by key.
    @discardableResult
    func checkRates(_ published: PublishedRates, case name: String) -> [String: PublishedRateRow] {
        let expected = RateFixture.expected[name]!
        var rows: [String: PublishedRateRow] = [:]
        for row in published.rows {
            let key = row.group.map(\.label).joined(separator: "|")
            rows[key] = row
            guard !row.suppressed else { continue }
            agree(row.count.value, expected["\(key)|count"], "\(name) \(key) count")
            if expected["\(key)|population"]?.isNaN == true {
                #expect(row.population.value == nil && row.rate.value == nil && row.flags.contains("no_denominator"), "\(key)")
                continue
            }
            for field in ["population", "rate", "ci_low", "ci_high"] {
                let cell = ["population": row.population, "rate": row.rate, "ci_low": row.ciLow, "ci_high": row.ciHigh][field]!
                agree(cell.value, expected["\(key)|\(field)"], "\(name) \(key) \(field)")
            }
        }
        #expect(rows.count == Set(expected.keys.filter { $0.hasSuffix("|count") }).count, "\(name): number of groups")
        return rows
    }

    @Test func incidentRatesByCountryAndYearAgreeWithR() throws {
        let published = try rates(RateRequest(offence: "0301", source: .incidents))
        let rows = checkRates(published, case: "incidents_0301_country_year")
        // LT 2017: 3 cases (suppressed at k = 5) and no population file for that year.
        let lt2017 = try #require(rows["LT|2017"])
        #expect(lt2017.suppressed && lt2017.count.value == nil && lt2017.flags == ["confidential", "no_denominator"])
        #expect(published.sources == Array(repeating: "incidents", count: rows.count))
        #expect(published.notes[1].contains("fixture-population") && !published.notes[1].contains("eurostat"))
    }

    @Test func rateRatiosBetweenCountriesAgreeWithR() throws {
        let published = try rates(RateRequest(offence: "0301", source: .incidents))
        let expected = RateFixture.expected["incidents_0301_country_year"]!
        let ratios = keyed(published.ratios, keys: ["year", "country", "reference"])
        #expect(ratios.count == 3 * 5, "three pairs in each of 2018-2022; LT 2017 has no pair")
        for (key, cells) in ratios {
            agree(cells["rate_ratio"]?.value, expected["\(key)|rr"], "\(key) rr")
            agree(cells["ci_low"]?.value, expected["\(key)|rr_low"], "\(key) rr low")
            agree(cells["ci_high"]?.value, expected["\(key)|rr_high"], "\(key) rr high")
            agree(cells["p_value"]?.value, expected["\(key)|rr_p"], "\(key) p", tolerance: 1e-7)
        }
    }

    @Test func trendsAgreeWithPoissonRegressionInR() throws {
        let published = try rates(RateRequest(offence: "0301", source: .incidents), k: 3)
        let expected = RateFixture.expected["incidents_0301_country_year"]!
        let trends = keyed(published.trends, keys: ["country"])
        #expect(trends.keys.sorted() == ["LT", "LV", "PL"])
        #expect(trends["LT"]?["years"]?.text == "2018-2022", "LT 2017 has no denominator and is not fitted")
        #expect(trends["LV"]?["model"]?.text == "quasipoisson" && trends["PL"]?["model"]?.text == "poisson")
        for (country, cells) in trends {
            // Overdispersed (Pearson's dispersion above 1): quasi-Poisson interval and p-value.
            let quasi = (expected["\(country)|dispersion"] ?? 0) > 1
            #expect(cells["model"]?.text == (quasi ? "quasipoisson" : "poisson"), "\(country) model")
            let inference =
                quasi
                ? [("ci_low", "qp_low"), ("ci_high", "qp_high"), ("p_value", "qp_p")]
                : [("ci_low", "apc_low"), ("ci_high", "apc_high"), ("p_value", "apc_p")]
            for (column, key) in [("apc", "apc"), ("deviance", "deviance"), ("dispersion", "dispersion")] + inference {
                // R's SE uses the weights of its last IRLS step (one step behind): ~1e-7 relative.
                agree(cells[column]?.value, expected["\(country)|\(key)"], "\(country) \(key)", tolerance: 1e-6)
            }
        }
    }

    @Test func pooledYearsUsePersonYearsAndReportMissingDenominators() throws {
        let published = try rates(RateRequest(by: ["country"], source: .incidents, stage: .prosecuted))
        let rows = checkRates(published, case: "incidents_prosecuted_country")
        #expect(rows["LT"]?.flags == ["no_denominator"] && rows["LT"]?.count.value == 59)
        #expect(published.trends == nil && published.ratios?.rows.count == 3)
        #expect(published.notes.contains { $0.hasPrefix("Not computed: 1 groups have no children aged 0-17 denominator") })
    }

    @Test func eurostatCountsUseTheExactCodeAndTheWholePopulation() throws {
        let published = try rates(RateRequest(offence: "0301", population: .all, source: .counts))
        let rows = checkRates(published, case: "counts_0301_all_country_year")
        #expect(rows["LV|2022"]?.flags == ["provisional"])
        #expect(rows["PL|2021"]?.flags == ["population_break_in_series", "population_estimated", "population_provisional"])
        let trends = keyed(published.trends, keys: ["country"])
        let expected = RateFixture.expected["counts_0301_all_country_year"]!
        agree(trends["LV"]?["apc"]?.value, expected["LV|apc"], "LV apc", tolerance: 1e-6)
    }

    @Test func eurostatCountsPreferEurostatChildrenAndIncidentsTheNationalFile() throws {
        let store = try RateFixture.make()
        let counts = try rates(RateRequest(offence: "03011", source: .counts), store: store)
        let lv = RateFixture.expected["counts_03011_children_lv"]!
        for row in counts.rows where row.group[0].label == "LV" && row.population.value != nil {
            let key = row.group.map(\.label).joined(separator: "|")
            agree(row.population.value, lv["\(key)|population"], key)
            agree(row.ciHigh.value, lv["\(key)|ci_high"], key)
        }
        #expect(counts.notes[1].contains("eurostat-demo_pjan") && counts.notes[1].contains("fixture-population"))
        #expect(counts.rows.filter { $0.group[0].label == "LV" && $0.population.value == nil }.count == 2, "2016-2017: no children")
    }

    @Test func countsWithoutAnOffenceGiveOneRowPerCodeNeverASum() throws {
        let published = try rates(RateRequest(source: .counts), k: 3)
        #expect(published.rows.count == 3 * 7 * 3)
        #expect(Set(published.rows.map(\.offence)) == ["0301", "03011", "0302"])
        let missing = published.rows.filter { $0.flags.contains("no_count") }
        #expect(missing.count == 1 && missing[0].group.map(\.label) == ["LT", "2019"] && missing[0].offence == "0302")
        #expect(missing[0].count.value == nil && !missing[0].suppressed)
    }

    @Test func defaultSourceIsIncidentsWhereTheGroupHasThemAndCountsElsewhere() throws {
        let published = try rates(RateRequest(offence: "0301", population: .all))
        let bySource = Dictionary(grouping: published.rows, by: \.source)
        #expect(
            Set(bySource["counts"]!.map { $0.group.map(\.label).joined(separator: "|") })
                == ["LT|2016", "LV|2016", "LV|2017", "PL|2016", "PL|2017"])
        #expect(bySource["incidents"]!.count == 16)
        #expect(published.notes[0].contains("for the 16 groups with incident rows") && published.notes[0].contains("other 5"))
        let ratios = keyed(published.ratios, keys: ["year", "country", "reference"])
        #expect(ratios["2017|LV|PL"] != nil && ratios["2017|LT|LV"] == nil, "ratios only within one source")
        let counts = RateFixture.expected["counts_0301_all_country_year"]!
        agree(
            bySource["counts"]!.first { $0.group[0].label == "LV" && $0.group[1].label == "2016" }?.rate.value,
            counts["LV|2016|rate"], "LV 2016 from counts")
    }

    @Test func smallCountsAndEverythingDerivedFromThemAreSuppressed() throws {
        let published = try rates(RateRequest(offence: "030222", source: .incidents))
        let rows = published.rows
        #expect(rows.contains { $0.suppressed })
        for row in rows {
            let shown = row.count.value.map(Int.init)
            if row.suppressed {
                #expect(row.count.value == nil && row.rate.value == nil && row.ciLow.value == nil && row.ciHigh.value == nil)
                #expect(row.count.text == ":c" && row.rate.text == ":c")
            } else if let shown {
                #expect(shown == 0 || shown >= 5)
            }
        }
        let suppressed = Set(rows.filter(\.suppressed).map { $0.group.map(\.label) })
        for ratio in published.ratios!.rows {
            let cells = Dictionary(uniqueKeysWithValues: zip(published.ratios!.header, ratio))
            let involved = [[cells["country"]!.text, cells["year"]!.text], [cells["reference"]!.text, cells["year"]!.text]]
            let hidden = involved.contains { suppressed.contains($0) }
            #expect(hidden == (cells["rate_ratio"]!.mark == .confidential), "\(involved)")
            #expect(!published.ratios!.header.contains("count"), "the counts behind a ratio are not published")
        }
        let fitted = Set(rows.filter { $0.suppressed && $0.population.value != nil }.map { $0.group[0].label })
        for trend in published.trends!.rows {
            let cells = Dictionary(uniqueKeysWithValues: zip(published.trends!.header, trend))
            let hidden = fitted.contains(cells["country"]!.text)
            #expect(hidden == (cells["apc"]!.mark == .confidential))
        }
    }

    @Test func noIncidentsOrCountsIsAnError() throws {
        let path = Scratch.file("rates-empty", suffix: "sqlite").path
        #expect(throws: RateError.self) { try rates(RateRequest(), store: try Store(path: path)) }
    }
}

/// Parsing of the command-line options.
@Suite struct RateRequestTests {
    func parse(
        offence: String? = nil, by: [String] = ["country,year"], per: Double = 100_000, population: String = "children",
        source: String? = nil, stage: String? = nil, level: Double = 0.95
    ) throws -> RateRequest {
        try RateRequest(offence: offence, by: by, per: per, population: population, source: source, stage: stage, level: level)
    }

    @Test func offenceCodesWithAndWithoutThePrefix() throws {
        #expect(try parse(offence: "ICCS0301").offence == "0301")
        #expect(try parse(offence: "iccs030221").offence == "030221")
        #expect(try parse(offence: "03012").offence == "03012")
        for bad in ["", "ICCS", "03O1", "0301%", "1"] {
            #expect(throws: RateError.self, "\(bad)") { try parse(offence: bad) }
        }
    }

    @Test func optionsAreChecked() throws {
        #expect(try parse(by: ["year", "country"]).by == ["year", "country"])
        #expect(throws: RateError.self) { try parse(by: ["country,region"]) }
        #expect(try parse(by: ["country,sex,age_group"]).byVictim && !(try parse(by: ["country", "year"]).byVictim))
        // Victim groups: record-level incidents of children only.
        #expect(throws: RateError.self) { try parse(by: ["sex"], source: "counts") }
        #expect(throws: RateError.self) { try parse(by: ["age_group"], population: "all") }
        #expect(throws: RateError.self) { try parse(by: ["country,country"]) }
        #expect(throws: RateError.self) { try parse(per: 0) }
        #expect(throws: RateError.self) { try parse(population: "adults") }
        #expect(throws: RateError.self) { try parse(source: "survey") }
        #expect(throws: RateError.self) { try parse(stage: "charged") }
        #expect(throws: RateError.self) { try parse(level: 1) }
        #expect(throws: RateError.self) { try parse(source: "counts", stage: "convicted") }
        #expect(try parse(source: "counts", stage: "recorded").stage == .recorded)
    }
}
