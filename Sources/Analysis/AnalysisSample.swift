import Disclosure
import Storage

/// The respondents a publication analyses: those with a recorded value of each of its
/// breakdown variables (the report's sex and age group).
///
/// Every table of the publication is estimated in this one domain, so a country's row is the
/// sum of its rows by sex and of its rows by age group, and no difference between a total and
/// its breakdown isolates the few respondents without a sex or an age group. The number of
/// respondents of each survey round in the sample is published (it is the round's rows minus a
/// count of non-response to a demographic question, which no table of outcomes shows): the
/// release ledger records it as a published count, so an output over every respondent is
/// audited against it and cannot give back what those left out answered.
package struct AnalysisSample: Sendable {
    /// One survey round: its rows and those in the sample.
    package struct Round: Sendable, Equatable {
        package let id: String
        package let country: String
        package let year: Int?
        package let rows: Int
        package let analysed: Int

        /// The respondents left out (no recorded value of some breakdown variable).
        package var leftOut: Int { rows - analysed }
    }

    /// The domain as `--where` conditions: each breakdown variable the survey table has, with
    /// the values it holds (every value but missing).
    package let filters: [DomainFilter]
    /// Every survey round, in report order.
    package let rounds: [Round]
    /// The published count of each round's respondents in the sample.
    let cells: [CountCell]

    /// Reads the sample from the database.
    ///
    /// - Parameters:
    ///   - store: the database, read-only is enough.
    ///   - variables: the breakdown variables; those the survey table lacks, or never fills, are
    ///     left out of the definition.
    /// - Throws: `StorageError`, `AnalysisError`.
    package init(store: Store, variables: [String]) throws {
        let columns = try store.columns(of: LedgerDataset.survey.table)
        let tally = UnitTally(store: store)
        filters = try variables.filter(columns.contains).compactMap { name in
            let values = try tally.combinations(in: LedgerDataset.survey.table, by: [.value(name)]).compactMap {
                canonicalText($0.values[0])
            }
            return values.isEmpty ? nil : DomainFilter(variable: name, values: values)
        }
        let combinations = try tally.combinations(
            in: LedgerDataset.survey.table, by: [.surveyRound] + filters.map { .presence($0.variable) })
        var rows: [String: (all: Int, analysed: Int)] = [:]
        for combination in combinations {
            guard let round = canonicalText(combination.values[0]) else { continue }
            let recorded = combination.values.dropFirst().allSatisfy { $0 != .null }
            rows[round, default: (0, 0)].all += combination.count
            if recorded { rows[round, default: (0, 0)].analysed += combination.count }
        }
        rounds = try SurveyRounds(store: store, selection: RoundSelection()).all.map { round in
            Round(
                id: round.id, country: round.country, year: round.year, rows: rows[round.id]?.all ?? 0,
                analysed: rows[round.id]?.analysed ?? 0)
        }
        let (filters, rounds) = (filters, rounds)
        let predicates = rounds.map { round in
            filters.reduce(CountPredicate().restricted(SurveyRounds.variable, to: [round.id])) { $0.restricted($1.variable, to: $1.values) }
        }
        let counts = zip(rounds, predicates).map { round, predicate in
            CountCell(dataset: LedgerDataset.survey.name, predicate: predicate, value: round.analysed)
        }
        // The report describes the sample by each breakdown variable: statistics of that variable
        // over the sample, for the domain-difference rule (the same variable over every respondent
        // would describe the few left out).
        let described = filters.flatMap { filter in
            zip(rounds, predicates).map { round, predicate in
                CountCell(dataset: LedgerDataset.survey.name, predicate: predicate, value: round.analysed, statistic: filter.variable)
            }
        }
        cells = counts + described
    }

    /// The options' `--where` conditions with the sample's added.
    package func restricting(_ options: EstimationOptions) -> EstimationOptions {
        var restricted = options
        restricted.filters += filters
        return restricted
    }

    /// The sample's counts as a release of a publication: known to every audit of the report's
    /// tables, and recorded with the report.
    package var release: ReleaseLedger.Publication.Release { (LedgerDataset.survey.name, cells, []) }

    /// The `--where` options that select the sample on the command line.
    package var whereOptions: String {
        Self.whereOptions(filters.map { ($0.variable, $0.values) })
    }

    static func whereOptions(_ conditions: [(variable: String, values: [String])]) -> String {
        conditions.map { "--where \($0.variable)=\($0.values.joined(separator: ","))" }.joined(separator: " ")
    }
}
