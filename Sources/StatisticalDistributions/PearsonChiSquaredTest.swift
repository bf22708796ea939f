import Foundation

/// Pearson's chi-squared test of independence for an unweighted r × c table.
///
/// `X² = Σ (O - E)² / E` with `E = row total × column total / N`, no continuity correction,
/// `df = (r - 1)(c - 1)`, p-value from the chi-squared upper tail, and Cramér's
/// `V = sqrt(X² / (N (min(r, c) - 1)))`. Reproduces R's `chisq.test(table, correct = FALSE)`
/// (statistic, parameter, p.value). For survey-weighted tables use Rao–Scott instead.
package struct PearsonChiSquaredTest: Sendable, Equatable {
    package let statistic: Double
    package let degreesOfFreedom: Int
    package let pValue: Double
    package let cramersV: Double
    /// Expected counts under independence, row by row.
    package let expected: [[Double]]

    /// - Parameter table: Counts, one inner array per row; at least 2 × 2, rectangular,
    ///   non-negative and finite (non-integer counts are accepted, as R does).
    /// - Throws: `StatisticalDistributionsError.invalidTable` or `.emptyMargin` (a zero row or
    ///   column total, where R returns NaN).
    package init(table: [[Double]]) throws {
        let columns = table.first?.count ?? 0
        guard table.count >= 2, columns >= 2 else { throw StatisticalDistributionsError.invalidTable("need at least 2 rows and 2 columns") }
        guard table.allSatisfy({ $0.count == columns }) else {
            throw StatisticalDistributionsError.invalidTable("rows have different lengths")
        }
        guard table.joined().allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw StatisticalDistributionsError.invalidTable("cells must be finite and non-negative")
        }
        let rowTotals = table.map { $0.reduce(0, +) }
        let columnTotals = (0..<columns).map { j in table.reduce(0) { $0 + $1[j] } }
        if let i = rowTotals.firstIndex(of: 0) { throw StatisticalDistributionsError.emptyMargin("row \(i + 1)") }
        if let j = columnTotals.firstIndex(of: 0) { throw StatisticalDistributionsError.emptyMargin("column \(j + 1)") }
        let total = rowTotals.reduce(0, +)
        expected = rowTotals.map { r in columnTotals.map { c in r * c / total } }
        var x2 = 0.0
        for (observedRow, expectedRow) in zip(table, expected) {
            for (o, e) in zip(observedRow, expectedRow) { x2 += (o - e) * (o - e) / e }
        }
        statistic = x2
        degreesOfFreedom = (table.count - 1) * (columns - 1)
        pValue = ChiSquared.survival(x2, degreesOfFreedom: Double(degreesOfFreedom))
        cramersV = (x2 / (total * Double(min(table.count, columns) - 1))).squareRoot()
    }
}
