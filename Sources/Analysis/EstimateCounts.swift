import Disclosure

/// What each count cell of an estimate table counts, for the release ledger.
///
/// A group's `n` counts the respondents in the `--where` domain with the group's `--by` values
/// and an answer; `n_outcome` those answering 1 (binary) or the category (shares); the hidden
/// `n_other` those answering 0.
struct EstimateCounts {
    let result: EstimateResult
    let domain: CountPredicate

    /// The predicate of every count cell of the table.
    func predicates(of table: CountTable) -> [CellPosition: CountPredicate] {
        let outcome = result.variable
        var counts: [CellPosition: CountPredicate] = [:]
        let splitColumns = Dictionary(
            uniqueKeysWithValues: (result.split?.keys.indices).map { $0.map { (CountSplit.columnName($0), $0) } } ?? [])
        for (row, labels) in result.groups.labels.enumerated() {
            var group = domain
            for (variable, label) in zip(result.groups.variables, labels) { group = group.restricted(variable, to: [label]) }
            let answered = group.answered(outcome)
            for (column, definition) in table.columns.enumerated() where definition.role == .count {
                let position = CellPosition(row: row, column: column)
                if let j = splitColumns[definition.name] {
                    if case .count = table.rows[row].cells[column] {
                        counts[position] = result.split!.predicate(j, group: group, variable: outcome)
                    }
                    continue
                }
                switch definition.name {
                case "n": counts[position] = answered
                case "n_outcome": counts[position] = group.restricted(outcome, to: ["1"])
                case "n_other": counts[position] = group.restricted(outcome, to: ["0"])
                default:
                    let category = String(definition.name.dropFirst("n_outcome[".count).dropLast())
                    counts[position] = group.restricted(outcome, to: [category])
                }
            }
        }
        return counts
    }

    /// The statistics of each row: the outcome over the row's group, with its count cells, and
    /// the weight over the group's respondents with an answer (`weighted_n`) and over those of each
    /// category (a proportion or share times `weighted_n`).
    func statistics(of counts: [CellPosition: CountPredicate]) -> [LedgerStatistic] {
        let cells = Dictionary(grouping: counts.keys, by: \.row)
        let categories = result.outcome == .binary ? ["1"] : result.outcome == .categorical ? result.categories : []
        return result.groups.labels.enumerated().flatMap { row, labels in
            var group = domain
            for (variable, label) in zip(result.groups.variables, labels) { group = group.restricted(variable, to: [label]) }
            let answered = group.answered(result.variable)
            let own = (cells[row] ?? []).sorted()
            let weights = [(answered, group)] + categories.map { (group.restricted(result.variable, to: [$0]), nil) }
            return [LedgerStatistic(variable: result.variable, answered: answered, cells: own)]
                + LedgerStatistic.weights(of: weights, counts: counts, cells: own)
        }
    }
}
