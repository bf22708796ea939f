import StatisticalDistributions

/// An outcome × group cross-classification with the levels that occur, as R's `table`/`xtabs`.
struct CrossTable {
    /// Outcome levels present in any row (compact 0..<rowLevels), as R's `unique()`.
    let rowLevels: Int
    /// Group levels present in any row.
    let colLevels: Int
    /// Compact cell index (row-fastest) per row, −1 when either variable is missing.
    let cellOfRow: [Int32]
    /// Original outcome code and group code of each compact level.
    let rowCodes: [Int]
    let colCodes: [Int]

    init(_ outcome: [Int32], categoryCount: Int, groups: Grouping) throws {
        guard outcome.count == groups.codes.count else {
            throw SurveyStatisticsError.lengthMismatch(
                what: "group", expected: outcome.count, actual: groups.codes.count)
        }
        var rowMap = [Int](repeating: -1, count: categoryCount)
        var colMap = [Int](repeating: -1, count: groups.count)
        for (i, (o, g)) in zip(outcome, groups.codes).enumerated() {
            guard o < categoryCount else {
                throw SurveyStatisticsError.codeOutOfRange(what: "outcome", row: i, code: o, count: categoryCount)
            }
            guard g < groups.count else {
                throw SurveyStatisticsError.codeOutOfRange(what: "group", row: i, code: g, count: groups.count)
            }
            if o >= 0 { rowMap[Int(o)] = 0 }
            if g >= 0 { colMap[Int(g)] = 0 }
        }
        rowCodes = rowMap.indices.filter { rowMap[$0] == 0 }
        colCodes = colMap.indices.filter { colMap[$0] == 0 }
        for (j, code) in rowCodes.enumerated() { rowMap[code] = j }
        for (j, code) in colCodes.enumerated() { colMap[code] = j }
        rowLevels = rowCodes.count
        colLevels = colCodes.count
        guard rowLevels >= 2 else { throw SurveyStatisticsError.tooFewLevels(what: "outcome", count: rowLevels) }
        guard colLevels >= 2 else { throw SurveyStatisticsError.tooFewLevels(what: "group", count: colLevels) }
        let nr = rowLevels
        cellOfRow = zip(outcome, groups.codes).map { o, g in
            o < 0 || g < 0 ? -1 : Int32(colMap[Int(g)] * nr + rowMap[Int(o)])
        }
    }

    /// Sum of `weights` per cell (row-fastest); all ones gives the unweighted counts.
    func weightedTable(_ weights: [Double]?) -> [Double] {
        var t = [Double](repeating: 0, count: rowLevels * colLevels)
        for (i, cell) in cellOfRow.enumerated() where cell >= 0 { t[Int(cell)] += weights?[i] ?? 1 }
        return t
    }
}

/// Pearson's χ² test of independence on unweighted counts, with Cramér's V.
package struct PearsonTest: Sendable, Equatable {
    /// Pearson's X² without continuity correction.
    package let statistic: Double
    /// (r − 1)(c − 1).
    package let degreesOfFreedom: Int
    /// Upper-tail χ² p-value.
    package let pValue: Double
    /// √(X² / (n (min(r, c) − 1))).
    package let cramersV: Double
}

/// Pearson's χ² test without continuity correction on the unweighted outcome × group table.
///
/// Reproduces R's `chisq.test(table(outcome, group), correct = FALSE)` and Cramér's V. For
/// unweighted simple random samples only; with a survey design use `raoScottTest`. Breaks down
/// (NaN) when a level has no respondents in the complete cases, and the χ² approximation is
/// poor when expected counts are below 5. The arithmetic is ``PearsonChiSquaredTest``'s.
/// - Parameters:
///   - outcome: category codes (−1 missing), the table's rows.
///   - categoryCount: number of outcome codes.
///   - groups: the table's columns (−1 missing).
/// - Returns: X², df, p-value and Cramér's V.
/// - Throws: `tooFewLevels` or input errors; `StatisticalDistributionsError.emptyMargin` when
///   a level has no respondent with a value of the other variable.
package func pearsonTest(_ outcome: [Int32], categoryCount: Int, across groups: Grouping) throws -> PearsonTest {
    let cells = try CrossTable(outcome, categoryCount: categoryCount, groups: groups)
    let table = cells.weightedTable(nil)
    let (nr, nc) = (cells.rowLevels, cells.colLevels)
    let test = try PearsonChiSquaredTest(table: (0..<nr).map { r in (0..<nc).map { c in table[c * nr + r] } })
    return PearsonTest(
        statistic: test.statistic, degreesOfFreedom: test.degreesOfFreedom, pValue: test.pValue, cramersV: test.cramersV)
}

/// Category codes for a binary 0/1 outcome (NaN → −1), for `raoScottTest` and `pearsonTest`.
package func categoryCodes(binary y: [Double]) -> [Int32] {
    y.map { $0.isNaN ? -1 : Int32($0) }
}
