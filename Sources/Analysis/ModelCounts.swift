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
            sums += Self.sums(round.terms, outcome: result.outcome, event: result.event, fit: fit, cells: cells)
            if result.event == nil { sums += Self.moments(round.cells, outcome: result.outcome, fit: fit, cells: cells) }
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

    /// The sums a gaussian fit's standard errors publish. On a design without PSUs the middle term
    /// of the sandwich is Σ w² x x′ (y − ŷ)², and when the predictors are discrete ŷ is one value
    /// per combination of their levels and values, so the term sums Σ w² y², Σ w² y and Σ w² over
    /// each combination: two models whose domains differ by a few respondents give their Σ y²
    /// back, which with Σ y and their count pins how many hold each value when they hold few.
    /// An outcome of few values is split by value within each combination (the counts of
    /// ``ModelMatrix/publishedCells(outcome:outcomeLevels:)`` cover it); one of more values has
    /// the outcome's sum, its second moment and Σ w² y recorded over each combination of the
    /// discrete predictors (the fit's respondents when there is none), as an estimate's standard
    /// error has them. A numeric predictor of more than 20 values weighs each respondent's
    /// residual by its own value, which these sums do not cover.
    ///
    /// - Parameter roundCells: the round's counts; the combinations are those that fix every
    ///   variable any count fixes.
    static func moments(
        _ roundCells: [(values: [String: String], count: Int)], outcome: String, fit: CountPredicate, cells: [CellPosition]
    ) -> [LedgerSum] {
        guard !roundCells.contains(where: { $0.values[outcome] != nil }) else { return [] }
        let names = Set(roundCells.flatMap(\.values.keys))
        let w = LedgerStatistic.weight
        return roundCells.filter { Set($0.values.keys) == names }.flatMap { cell in
            let over = cell.values.reduce(fit) { $0.restricted($1.key, to: [$1.value]) }
            return [[outcome], [outcome, outcome, w], [outcome, w]].map { LedgerSum(variables: $0, over: over, cells: cells) }
        }
    }

    /// The sums a fit publishes. A gaussian fit's coefficients solve X′WX β = X′Wy and give back
    /// X′Wy from X′WX; a logistic fit's solve the score equations X′W(y − p̂) = 0 and give back X′Wy
    /// from X′W p̂. Both are taken as published, besides the counts (the cells of X′WX and X′Wy
    /// for categorical predictors and a logistic outcome):
    ///
    /// - X′WX: each numeric predictor's sum over the fit and over each level of each categorical
    ///   predictor, and the sum of each product of two numeric predictors (squares included);
    /// - X′Wy, gaussian: the outcome's sum over the fit and over each level, and the sum of the
    ///   outcome times each numeric predictor; logistic: each numeric predictor's sum over the
    ///   respondents with the event (the other cells of X′Wy are counts).
    ///
    /// For a logistic fit X′WX is a conservative stand-in for X′W p̂, whose exact terms weigh each
    /// respondent by the fitted probability; when every predictor is discrete (categorical, binary
    /// or numeric of few values) the counts of each combination of their levels and values with
    /// the outcome (``ModelMatrix/publishedCells(outcome:outcomeLevels:)``) cover them exactly,
    /// and the standard errors too.
    ///
    /// - Parameter event: the outcome value a logistic model describes; nil for gaussian.
    static func sums(_ terms: [ModelTerm], outcome: String, event: String?, fit: CountPredicate, cells: [CellPosition])
        -> [LedgerSum]
    {
        let numeric = terms.filter { $0 != .intercept && $0.level == nil }.map(\.variable)
        let levels = terms.compactMap { term in term.level.map { fit.restricted(term.variable, to: [$0]) } }
        let sum = { (variables: [String], over: CountPredicate) in LedgerSum(variables: variables, over: over, cells: cells) }
        var sums = numeric.indices.flatMap { i in
            [sum([numeric[i]], fit)] + levels.map { sum([numeric[i]], $0) } + numeric[i...].map { sum([numeric[i], $0], fit) }
        }
        if let event {
            sums += numeric.map { sum([$0], fit.restricted(outcome, to: [event])) }
        } else {
            sums += ([fit] + levels).map { sum([outcome], $0) } + numeric.map { sum([outcome, $0], fit) }
        }
        return sums
    }
}
