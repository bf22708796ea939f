import Disclosure
import SurveyStatistics

/// Builds the two disclosure-control tables of `sitan compare`: tests and pairwise comparisons.
///
/// Counts are hidden columns (every outcome category in every `--across` level) from which
/// every published number is derived: a test or comparison that involves a confidential
/// cell is suppressed (`:c`), and a comparison involving an estimate the NCHS standard
/// suppresses or flags is suppressed (`:u`) or flagged (`u`) with it.
struct ComparisonTableBuilder {
    let result: CompareResult

    private var keyColumns: [CountTable.Column] { result.by.map { CountTable.Column($0, role: .key) } }

    /// The hidden count of an estimate: respondents in the category, or with an answer for means.
    private func count(_ estimate: DomainEstimate) -> Int { result.comparesMeans ? estimate.n : estimate.nOutcome }

    /// Hidden counts of one `--across` level's categories, appended to `columns`; their indices.
    private func countColumns(_ prefix: String, into columns: inout [CountTable.Column]) -> [Int] {
        result.categories.map { category in
            columns.append(CountTable.Column("\(prefix)[\(category)]", role: .count, isPublished: false))
            return columns.count - 1
        }
    }

    /// Hidden split counts (``CountSplit``) of one `--across` level, appended to `columns`; their indices.
    private func splitColumns(_ prefix: String, into columns: inout [CountTable.Column]) -> [Int] {
        (result.split?.counts.keys.indices ?? 0..<0).map { j in
            columns.append(CountTable.Column(CountSplit.columnName(j, of: prefix), role: .count, isPublished: false))
            return columns.count - 1
        }
    }

    // MARK: - Tests

    /// One row per `--by` group and test: Rao–Scott F, Rao–Scott χ², and Pearson for unweighted data.
    func tests() -> CountTable {
        var columns = keyColumns + [CountTable.Column("test", role: .key), CountTable.Column("n", role: .count)]
        let cells = result.acrossLevels.indices.flatMap { a in countColumns("n[\(a)]", into: &columns) }
        let splits = result.acrossLevels.indices.flatMap { a in splitColumns("n[\(a)]", into: &columns) }
        let sources = [result.by.count + 1] + cells + splits
        for (name, decimals) in [("statistic", 3), ("df1", 2), ("df2", 2), ("p_value", 4), ("mean_deff", 3), ("cramers_v", 3)] {
            columns.append(CountTable.Column(name, role: .derived(from: sources), decimals: decimals))
        }
        let rows = result.blocks.flatMap { block in testRows(block) }
        return CountTable(title: "\(result.variable) across \(result.across): tests of independence", columns: columns, rows: rows)
    }

    private func testRows(_ block: ComparisonBlock) -> [CountTable.Row] {
        let counts = cellCounts(block)
        let n = counts.reduce(0, +)
        let base = block.byLabels.map { CountTable.Cell.text($0) }
        let splits = result.acrossLevels.indices.flatMap { result.splitCells(block, level: $0) }
        var rows: [CountTable.Row] = []
        if let rs = block.raoScott {
            rows.append(
                CountTable.Row(
                    base + [.text("rao-scott-f"), .count(n)] + counts.map { .count($0) } + splits + [
                        .number(rs.f), .number(rs.numeratorDF), .number(rs.denominatorDF), .number(rs.fPValue),
                        .number(rs.meanDesignEffect), .empty,
                    ]))
            rows.append(
                CountTable.Row(
                    base + [.text("rao-scott-chisq"), .count(n)] + counts.map { .count($0) } + splits + [
                        .number(rs.pearsonX2), .number(Double(rs.degreesOfFreedom)), .empty, .number(rs.firstOrderPValue),
                        .number(rs.meanDesignEffect), .empty,
                    ]))
        }
        if let p = block.pearson {
            rows.append(
                CountTable.Row(
                    base + [.text("pearson"), .count(n)] + counts.map { .count($0) } + splits + [
                        .number(p.statistic), .number(Double(p.degreesOfFreedom)), .empty, .number(p.pValue), .empty,
                        .number(p.cramersV),
                    ]))
        }
        return rows
    }

    /// Respondents per (`--across` level, category), zero for levels absent from the block.
    private func cellCounts(_ block: ComparisonBlock) -> [Int] {
        let c = result.categories.count
        var counts = [Int](repeating: 0, count: result.acrossLevels.count * c)
        for (g, a) in block.acrossOfGroup.enumerated() {
            for j in 0..<c { counts[a * c + j] = count(block.table.estimate(group: g, category: j)) }
        }
        return counts
    }

    // MARK: - Pairs

    /// One row per `--by` group, compared category and pair of `--across` levels.
    func pairs() -> CountTable {
        var columns = keyColumns + ["category", "a", "b"].map { CountTable.Column($0, role: .key) }
        let countsA = countColumns("n_a", into: &columns)
        let countsB = countColumns("n_b", into: &columns)
        let splitA = splitColumns("n_a", into: &columns)
        let splitB = splitColumns("n_b", into: &columns)
        let estimateA = columns.count
        columns.append(CountTable.Column("estimate_a", role: .derived(from: countsA + splitA), decimals: 4))
        columns.append(CountTable.Column("estimate_b", role: .derived(from: countsB + splitB), decimals: 4))
        let names =
            result.comparesMeans
            ? ["difference", "se", "ci_low", "ci_high", "t", "p_value"]
            : [
                "difference", "se", "ci_low", "ci_high", "p_value", "risk_ratio", "rr_ci_low", "rr_ci_high", "odds_ratio",
                "or_ci_low", "or_ci_high",
            ]
        for name in names {
            columns.append(CountTable.Column(name, role: .derived(from: [estimateA, estimateA + 1]), decimals: 4))
        }
        let all = countsA + countsB + splitA + splitB
        if result.comparesMeans { columns.append(CountTable.Column("t_df", role: .derived(from: all))) }
        columns.append(CountTable.Column("df", role: .derived(from: all)))
        let rows = result.blocks.flatMap { block in
            block.pairs.indices.map {
                pairRow(
                    block.pairs[$0], test: block.tTests.indices.contains($0) ? block.tTests[$0] : nil, block: block, estimateA: estimateA)
            }
        }
        return CountTable(title: "\(result.variable) across \(result.across): pairwise comparisons", columns: columns, rows: rows)
    }

    private func pairRow(_ pair: GroupComparison, test: DesignTTest?, block: ComparisonBlock, estimateA: Int) -> CountTable.Row {
        let table = block.table
        let c = table.categoryCount
        let label = { (g: Int) in result.acrossLevels[block.acrossOfGroup[g]] }
        var cells = block.byLabels.map { CountTable.Cell.text($0) }
        cells += [.text(result.categories[pair.category]), .text(label(pair.groupA)), .text(label(pair.groupB))]
        cells += (0..<c).map { .count(count(table.estimate(group: pair.groupA, category: $0))) }
        cells += (0..<c).map { .count(count(table.estimate(group: pair.groupB, category: $0))) }
        cells += result.splitCells(block, level: block.acrossOfGroup[pair.groupA])
        cells += result.splitCells(block, level: block.acrossOfGroup[pair.groupB])
        let a = table.estimate(group: pair.groupA, category: pair.category)
        let b = table.estimate(group: pair.groupB, category: pair.category)
        cells += [.number(a.estimate), .number(b.estimate)]
        let interval = [pair.difference, pair.standardError, pair.differenceCI.lower, pair.differenceCI.upper]
        // Without PSUs, df counts the block's respondents: shown only when it counts PSUs.
        let showDF = result.degreesOfFreedomCountPSUs
        if let test {
            cells += (interval + [test.t, test.pValue]).map { CountTable.Cell.number($0) }
            cells.append(showDF ? .number(Double(test.degreesOfFreedom)) : .empty)
        } else {
            cells +=
                (interval + [
                    pair.pValue, pair.riskRatio ?? .nan, pair.riskRatioCI?.lower ?? .nan, pair.riskRatioCI?.upper ?? .nan,
                    pair.oddsRatio ?? .nan, pair.oddsRatioCI?.lower ?? .nan, pair.oddsRatioCI?.upper ?? .nan,
                ]).map { CountTable.Cell.number($0) }
        }
        cells.append(showDF ? .number(Double(block.degreesOfFreedom)) : .empty)
        var reliability: [Int: ReliabilityInputs] = [:]
        reliability[estimateA] = block.reliability[pair.groupA * c + pair.category]
        reliability[estimateA + 1] = block.reliability[pair.groupB * c + pair.category]
        return CountTable.Row(cells, reliability: reliability)
    }
}
