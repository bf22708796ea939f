import Disclosure

/// What each count cell of the two `compare` tables counts, for the release ledger.
///
/// A test row's `n` counts the respondents of its `--by` group in the `--where` domain with an
/// `--across` level and an answer; the hidden counts, those with one level and one category.
struct CompareCounts {
    let result: CompareResult
    let domain: CountPredicate

    /// The `--by` group of a block, with an `--across` level and an answer.
    private func block(_ block: ComparisonBlock) -> CountPredicate {
        var predicate = domain
        for (variable, label) in zip(result.by, block.byLabels) { predicate = predicate.restricted(variable, to: [label]) }
        return predicate
    }

    /// The predicate of the cell for one `--across` level and one category.
    /// For means, the respondents of the level with an answer.
    private func cell(_ base: CountPredicate, level: Int, category: Int) -> CountPredicate {
        let inLevel = base.restricted(result.across, to: [result.acrossLevels[level]])
        if result.comparesMeans { return inLevel.answered(result.variable) }
        return inLevel.restricted(result.variable, to: [result.categories[category]])
    }

    /// The split counts of one `--across` level, from column `first` on, where the row has them.
    private func splits(
        _ base: CountPredicate, level: Int, row: Int, first: Int, table: CountTable, into counts: inout [CellPosition: CountPredicate]
    ) {
        guard let split = result.split?.counts else { return }
        let inLevel = base.restricted(result.across, to: [result.acrossLevels[level]])
        for j in split.keys.indices {
            let position = CellPosition(row: row, column: first + j)
            guard case .count = table.rows[row].cells[position.column] else { continue }
            counts[position] = split.predicate(j, group: inLevel, variable: result.variable)
        }
    }

    /// The statistic of each `--across` level of each block: the variable over the level's
    /// respondents with an answer, with the cells of that level (in the tests and the pairs).
    func statistics(of counts: [CellPosition: CountPredicate]) -> [LedgerStatistic] {
        var domains: [CountPredicate: CountPredicate] = [:]
        for entry in result.blocks {
            let base = block(entry)
            for level in result.acrossLevels.indices {
                let domain = base.restricted(result.across, to: [result.acrossLevels[level]]).answered(result.variable)
                for j in 0..<max(result.categories.count, 1) { domains[cell(base, level: level, category: j)] = domain }
            }
        }
        var cells: [CountPredicate: [CellPosition]] = [:]
        for (position, predicate) in counts {
            if let domain = domains[predicate] { cells[domain, default: []].append(position) }
        }
        let statistics = cells.map { LedgerStatistic(variable: result.variable, answered: $0.key, cells: $0.value.sorted()) }
        // A proportion or share of a category is the weight of the level's respondents in it over
        // the level's weight: a statistic of the weight over them, beside the level's `weighted_n`.
        let weights =
            result.comparesMeans
            ? []
            : Set(counts.values).filter { domains[$0] != nil }.flatMap { category in
                LedgerStatistic.weights(
                    of: [(category, nil)], counts: counts, cells: counts.keys.filter { counts[$0] == category }.sorted())
            }
        let own = (statistics + weights).sorted { ($0.cells[0], $0.variable) < ($1.cells[0], $1.variable) }
        return own + unions(of: own)
    }

    /// The sums the levels' means publish: the (weighted) sum of the variable over each level's
    /// respondents with an answer, while a cell of the level is shown.
    func sums(of statistics: [LedgerStatistic], counts: [CellPosition: CountPredicate]) -> [LedgerSum] {
        guard result.comparesMeans else { return [] }
        return statistics.filter { $0.variable == result.variable && $0.parts.isEmpty }.map { statistic in
            // The level's count (not its split counts, some of which are zeros).
            let cells = statistic.cells.filter { counts[$0] == statistic.answered }
            return LedgerSum(variables: [result.variable], over: statistic.answered, cells: cells)
        }
    }

    /// The statistics over the unions of the `--across` levels, within each block and over every
    /// block: the levels partition them, so the weight of each category (a share times a level's
    /// weighted total) and the outcome add up over the union as over each level.
    private func unions(of statistics: [LedgerStatistic]) -> [LedgerStatistic] {
        var index: [String: [CountPredicate: LedgerStatistic]] = [:]
        for statistic in statistics { index[statistic.variable, default: [:]][statistic.answered] = statistic }
        let categories = result.comparesMeans ? [] : result.categories
        /// The statistics over one set of respondents, in the order of the union's.
        func row(_ base: CountPredicate) -> [LedgerStatistic]? {
            let sets =
                [(result.variable, base.answered(result.variable))]
                + categories.map { (LedgerStatistic.weight, base.restricted(result.variable, to: [$0])) }
            let found = sets.compactMap { index[$0.0]?[$0.1] }
            return found.count == sets.count ? found : nil
        }
        func union(_ base: CountPredicate, of parts: [CountPredicate]) -> [LedgerStatistic] {
            // A level without respondents adds nothing to the union.
            let rows = parts.compactMap(row)
            let sets =
                [(set: base.answered(result.variable), domain: CountPredicate?.none)]
                + categories.map { (set: base.restricted(result.variable, to: [$0]), domain: CountPredicate?.none) }
            return LedgerStatistic.union(of: rows, over: sets)
        }
        let levels = { (base: CountPredicate) in result.acrossLevels.map { base.restricted(self.result.across, to: [$0]) } }
        let blocks = result.blocks.map(block)
        var unions = blocks.flatMap { union($0.answered(result.across), of: levels($0)) }
        if !result.by.isEmpty && blocks.count > 1 {
            var whole = domain.answered(result.across)
            for variable in result.by { whole = whole.answered(variable) }
            unions += union(whole, of: blocks.flatMap(levels))
        }
        return unions
    }

    /// The tests table: rows in block order, as many per block as it has tests.
    func tests(_ table: CountTable) -> [CellPosition: CountPredicate] {
        var counts: [CellPosition: CountPredicate] = [:]
        let n = result.by.count + 1
        let c = result.categories.count
        let keys = result.split?.counts.keys.count ?? 0
        var row = 0
        for entry in result.blocks {
            let base = block(entry)
            let rows = (entry.raoScott == nil ? 0 : 2) + (entry.pearson == nil ? 0 : 1)
            for _ in 0..<rows {
                counts[CellPosition(row: row, column: n)] = base.answered(result.across).answered(result.variable)
                for a in result.acrossLevels.indices {
                    for j in 0..<c { counts[CellPosition(row: row, column: n + 1 + a * c + j)] = cell(base, level: a, category: j) }
                    let first = n + 1 + result.acrossLevels.count * c + a * keys
                    splits(base, level: a, row: row, first: first, table: table, into: &counts)
                }
                row += 1
            }
        }
        return counts
    }

    /// The pairs table: one row per block and pair, hidden counts of both levels.
    func pairs(_ table: CountTable) -> [CellPosition: CountPredicate] {
        var counts: [CellPosition: CountPredicate] = [:]
        let first = result.by.count + 3
        let c = result.categories.count
        let keys = result.split?.counts.keys.count ?? 0
        var row = 0
        for entry in result.blocks {
            let base = block(entry)
            for pair in entry.pairs {
                let a = entry.acrossOfGroup[pair.groupA]
                let b = entry.acrossOfGroup[pair.groupB]
                for j in 0..<c {
                    counts[CellPosition(row: row, column: first + j)] = cell(base, level: a, category: j)
                    counts[CellPosition(row: row, column: first + c + j)] = cell(base, level: b, category: j)
                }
                splits(base, level: a, row: row, first: first + 2 * c, table: table, into: &counts)
                splits(base, level: b, row: row, first: first + 2 * c + keys, table: table, into: &counts)
                row += 1
            }
        }
        return counts
    }
}
