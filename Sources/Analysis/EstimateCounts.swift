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
    /// category (a proportion or share times `weighted_n`). The rows partition the domain with the
    /// `--by` variables answered, and the rows that share the labels of some `--by` variables
    /// partition that marginal group: the same statistics over each union are published too.
    func statistics(of counts: [CellPosition: CountPredicate]) -> [LedgerStatistic] {
        let cells = Dictionary(grouping: counts.keys, by: \.row)
        let rows = result.groups.labels.indices.map { row in
            statistics(over: group(row, keeping: result.groups.variables.indices), cells: (cells[row] ?? []).sorted(), counts: counts)
        }
        return rows.flatMap { $0 } + unions(rows)
    }

    /// The sums the rows publish: for a mean or total of a numeric variable, the (weighted) sum of
    /// its values over each group's respondents with an answer, and with the standard error the
    /// second moment (Σ w² x², beside Σ w² x: with `n` and the mean, the SE of a mean over
    /// respondents sampled alone gives the first back; with strata or clusters this is more than
    /// it gives). A union's sums add up its rows'.
    func sums(of counts: [CellPosition: CountPredicate]) -> [LedgerSum] {
        guard result.outcome == .numeric, result.statistic == .mean || result.statistic == .total else { return [] }
        let cells = Dictionary(grouping: counts.keys, by: \.row)
        let x = result.variable, w = LedgerStatistic.weight
        return result.groups.labels.indices.flatMap { row in
            let over = group(row, keeping: result.groups.variables.indices).answered(x)
            // The row's `n` (not its split counts, some of which are zeros shown beside a suppressed `n`).
            let own = (cells[row] ?? []).filter { counts[$0] == over }.sorted()
            return [[x], [x, x, w], [x, w]].map { LedgerSum(variables: $0, over: over, cells: own) }
        }
    }

    /// The statistics over one group: the outcome, `weighted_n` and each category's weight.
    private func statistics(over group: CountPredicate, cells: [CellPosition], counts: [CellPosition: CountPredicate]) -> [LedgerStatistic]
    {
        let answered = group.answered(result.variable)
        return [LedgerStatistic(variable: result.variable, answered: answered, cells: cells)]
            + LedgerStatistic.weights(of: weights(over: group), counts: counts, cells: cells)
    }

    /// The weight statistics over a group: its respondents with an answer, and those of each category.
    private func weights(over group: CountPredicate) -> [(set: CountPredicate, domain: CountPredicate?)] {
        let categories = result.outcome == .binary ? ["1"] : result.outcome == .categorical ? result.categories : []
        return [(group.answered(result.variable), group)] + categories.map { (group.restricted(result.variable, to: [$0]), nil) }
    }

    /// The group of a row that keeps the labels of the `--by` variables `kept` and has an answer to
    /// the others.
    private func group(_ row: Int, keeping kept: some Sequence<Int>) -> CountPredicate {
        let kept = Set(kept)
        var group = domain
        for (i, (variable, label)) in zip(result.groups.variables, result.groups.labels[row]).enumerated() {
            group = kept.contains(i) ? group.restricted(variable, to: [label]) : group.answered(variable)
        }
        return group
    }

    /// The statistics over the unions of rows: for each proper subset of the `--by` variables (all
    /// of them for up to four; beyond, the empty one and each variable alone: the union of every
    /// row and the one-variable margins), the rows that share its labels. A margin whose rows are
    /// all shown is published even when rows of another margin are suppressed.
    private func unions(_ rows: [[LedgerStatistic]]) -> [LedgerStatistic] {
        let variables = result.groups.variables.indices
        guard rows.count > 1 else { return [] }
        let masks = variables.count <= 4 ? Array(0..<(1 << variables.count) - 1) : [0] + variables.map { 1 << $0 }
        return masks.flatMap { mask in
            let kept = variables.filter { mask & (1 << $0) != 0 }
            let sets = Dictionary(grouping: rows.indices) { row in kept.map { result.groups.labels[row][$0] } }
            return sets.keys.sorted { $0.lexicographicallyPrecedes($1) }.flatMap { key in
                let members = sets[key]!
                let union = group(members[0], keeping: kept)
                let outcome = (set: union.answered(result.variable), domain: CountPredicate?.none)
                return LedgerStatistic.union(of: members.map { rows[$0] }, over: [outcome] + weights(over: union))
            }
        }
    }
}
