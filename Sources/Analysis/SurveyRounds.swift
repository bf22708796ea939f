import Storage

/// Which survey rounds an analysis uses, and whether it pools them.
///
/// A survey round is one sample: the sources that share a round id (the codebook's `survey:`,
/// else `COUNTRY-YEAR`) are parts of it, and two rounds are independent designs. Without
/// `pool`, every estimate is computed per round, so adding a round never changes another
/// round's numbers. With `pool`, the selected rounds form one design in which each round is a
/// set of strata of its own and the weights are used as given: the estimate is for the combined
/// population-years (R: `svydesign(strata = ~interaction(round, stratum), nest = TRUE)` on the
/// stacked rows).
package struct RoundSelection: Sendable, Equatable {
    /// Round ids to keep (`--survey`); empty keeps every round.
    package var surveys: [String]
    /// Years to keep (`--year`); empty keeps every year.
    package var years: [Int]
    /// Keep only the latest round of each country (the report's cross-country sections).
    package var latestPerCountry: Bool
    /// Pool the selected rounds into one design (`--pool`).
    package var pool: Bool

    /// Creates a selection; the default keeps every round, unpooled.
    package init(surveys: [String] = [], years: [Int] = [], latestPerCountry: Bool = false, pool: Bool = false) {
        self.surveys = surveys
        self.years = years
        self.latestPerCountry = latestPerCountry
        self.pool = pool
    }
}

/// One survey round in the database.
struct SurveyRound: Sendable, Equatable {
    /// The round id (`LV-2023`).
    let id: String
    /// The country of its sources (the first source's, when they differ).
    let country: String
    /// The latest year of its sources, if any has one.
    let year: Int?
    /// Its sources' ids.
    let sources: [Int64]
}

/// The rounds of a database and the ones a selection keeps.
struct SurveyRounds {
    /// The name under which the round is a grouping variable (`--by survey`, `--across survey`).
    static let variable = "survey"

    /// Every round with survey rows, ordered by country (in the dictionary's order), year and id.
    let all: [SurveyRound]
    /// The rounds selected, in the same order.
    let selected: [SurveyRound]

    /// Reads the rounds from the sources table and applies `selection`.
    ///
    /// - Throws: ``AnalysisError/unknownRound(_:valid:)`` for an id or year that names no
    ///   round.
    init(store: Store, selection: RoundSelection) throws {
        var byID: [String: (country: String, year: Int?, sources: [Int64])] = [:]
        for source in try store.surveySources() {
            var entry = byID[source.round] ?? (source.country, source.year, [])
            entry.sources.append(source.id)
            if let year = source.year, year > entry.year ?? Int.min { entry.year = year }
            byID[source.round] = entry
        }
        let countries = try store.variables().first { $0.name == "country" }?.categories ?? []
        let rank = { (country: String) in countries.firstIndex(of: country) ?? countries.count }
        all = byID.map { SurveyRound(id: $0.key, country: $0.value.country, year: $0.value.year, sources: $0.value.sources) }
            .sorted {
                (rank($0.country), $0.country, $0.year ?? 0, $0.id) < (rank($1.country), $1.country, $1.year ?? 0, $1.id)
            }
        let ids = Set(all.map(\.id))
        if let unknown = selection.surveys.first(where: { !ids.contains($0) }) {
            throw AnalysisError.unknownRound(unknown, valid: all.map(\.id))
        }
        let years = Set(all.compactMap(\.year))
        if let unknown = selection.years.first(where: { !years.contains($0) }) {
            throw AnalysisError.unknownRound(String(unknown), valid: all.map(\.id))
        }
        var kept = all.filter { round in
            (selection.surveys.isEmpty || selection.surveys.contains(round.id))
                && (selection.years.isEmpty || round.year.map(selection.years.contains) == true)
        }
        if selection.latestPerCountry {
            let latest = Dictionary(grouping: kept, by: \.country).mapValues { $0.last!.id }
            kept = kept.filter { latest[$0.country] == $0.id }
        }
        guard !kept.isEmpty || all.isEmpty else {
            throw AnalysisError.unknownRound(
                (selection.surveys + selection.years.map(String.init)).joined(separator: ","), valid: all.map(\.id))
        }
        selected = kept
    }

    /// The sources of the selected rounds; nil when every survey source is selected.
    var selectedSources: [Int64]? {
        selected.count == all.count ? nil : selected.flatMap(\.sources)
    }
}

extension RoundSelection {
    /// The rounds this selection keeps, each with its country and its sources' ids, in the
    /// order analyses use them (country in the dictionary's order, then year and id).
    ///
    /// - Throws: as ``SurveyAnalysis`` does for a selection that names no round.
    package func rounds(in store: Store) throws -> [(round: String, country: String, sources: [Int64])] {
        try SurveyRounds(store: store, selection: self).selected.map { ($0.id, $0.country, $0.sources) }
    }
}
