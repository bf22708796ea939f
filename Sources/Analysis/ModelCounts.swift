import Disclosure

/// What a model publishes, for the release ledger: the counts its fit implies, round by round.
///
/// A model cannot be partly suppressed, so its counts go to the ledger as one table of shown
/// counts, audited whole: the model is refused when they would pin a small count together with
/// what was published before. On a round of a few weights, the counts of each weight class
/// behind the fit's finest cells are recorded too.
struct ModelCounts {
    let result: ModelResult
    let predictors: [String]
    let domain: CountPredicate

    /// The table of the fit's counts, one row per round and cell, with the predicate of each.
    func table() -> LedgerTable {
        var rows: [CountTable.Row] = []
        var counts: [CellPosition: CountPredicate] = [:]
        var statistics: [LedgerStatistic] = []
        var sums: [LedgerSum] = []
        for round in result.rounds {
            // The fit's respondents: in the round and the domain, with the outcome and every predictor.
            let fit = ([result.outcome] + predictors).reduce(domain.restricted(SurveyRounds.variable, to: [round.survey])) {
                $0.answered($1)
            }
            let first = rows.count
            for cell in round.cells {
                let predicate = cell.values.reduce(fit) { $0.restricted($1.key, to: [$1.value]) }
                let label = cell.values.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                counts[CellPosition(row: rows.count, column: 2)] = predicate
                rows.append(CountTable.Row([.text(round.survey), .text(label.isEmpty ? "all" : label), .count(cell.count)]))
            }
            // The model is a statistic of its outcome over the fit's respondents (audited whole).
            let cells = (first..<rows.count).map { CellPosition(row: $0, column: 2) }
            statistics.append(LedgerStatistic(variable: result.outcome, answered: fit, cells: cells))
            if result.family == .gaussian { sums += Self.sums(round.terms, outcome: result.outcome, fit: fit, cells: cells) }
            guard let (groups, split) = round.split else { continue }
            for (g, labels) in groups.labels.enumerated() {
                let combination = zip(groups.variables, labels).reduce(fit) { $0.restricted($1.0, to: [$1.1]) }
                let label = zip(groups.variables, labels).map { "\($0) = \($1)" }
                for (j, cell) in split.cells(ofGroup: g).enumerated() {
                    guard case .count = cell else { continue }
                    let key = split.keys[j]
                    let keyLabel = [key.value.map { "\(result.outcome) = \($0)" }, key.weight.map { "weight class \($0)" }]
                    counts[CellPosition(row: rows.count, column: 2)] = split.predicate(j, group: combination, variable: result.outcome)
                    rows.append(
                        CountTable.Row([.text(round.survey), .text((label + keyLabel.compactMap { $0 }).joined(separator: ", ")), cell]))
                }
            }
        }
        let columns = [
            CountTable.Column("survey", role: .key), CountTable.Column("cell", role: .key), CountTable.Column("n", role: .count),
        ]
        var table = LedgerTable(table: CountTable(title: "model of \(result.outcome)", columns: columns, rows: rows), counts: counts)
        table.statistics = statistics
        table.sums = sums
        return table
    }

    /// The sums a gaussian fit publishes: its coefficients solve X′WX β = X′Wy, and X′WX is its
    /// counts (for categorical predictors), so they give back X′Wy: the weighted sum of the outcome
    /// over the fit's respondents and over those at each level of a categorical predictor, and of
    /// the outcome times each numeric predictor. A numeric predictor's own sum (a cell of X′WX) is
    /// taken as published too.
    static func sums(_ terms: [ModelTerm], outcome: String, fit: CountPredicate, cells: [CellPosition]) -> [LedgerSum] {
        [LedgerSum(variables: [outcome], over: fit, cells: cells)]
            + terms.filter { $0 != .intercept }.flatMap { term -> [LedgerSum] in
                guard let level = term.level else {
                    return [
                        LedgerSum(variables: [outcome, term.variable], over: fit, cells: cells),
                        LedgerSum(variables: [term.variable], over: fit, cells: cells),
                    ]
                }
                return [LedgerSum(variables: [outcome], over: fit.restricted(term.variable, to: [level]), cells: cells)]
            }
    }
}
