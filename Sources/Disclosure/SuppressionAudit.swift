/// A cell's position in a ``CountTable``: row and column indices.
package struct CellPosition: Sendable, Hashable, Comparable {
    package let row: Int
    package let column: Int

    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    package static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// One additive relation a table publishes: the addends sum to the total.
package struct TotalLine: Sendable, Hashable {
    package let addends: [CellPosition]
    package let total: CellPosition

    /// Every cell of the line, the total last.
    package var cells: [CellPosition] { addends + [total] }

    package init(addends: [CellPosition], total: CellPosition) {
        self.addends = addends
        self.total = total
    }
}

/// What a reader can infer about suppressed cells from everything published.
///
/// The reader knows every unsuppressed count, every line's equation (addends sum to the
/// total) and that counts are nonnegative. The feasible set of the suppressed cells is a
/// polytope; the interval of one cell is its minimum and maximum over it, found by linear
/// programming (``LinearProgram``). For tables with margins the constraint matrix is a
/// network matrix, so the LP bounds are attained by integer tables: relaxing integrality
/// loses nothing.
package enum SuppressionAudit {
    /// The feasible interval of every suppressed cell that lies on a line.
    ///
    /// - Parameters:
    ///   - lines: the table's additive relations.
    ///   - values: the true counts of every cell on a line.
    ///   - suppressed: the cells not published.
    /// - Returns: each suppressed cell's interval (upper bound `infinity` when unbounded).
    package static func intervals(
        lines: [TotalLine], values: [CellPosition: Int], suppressed: Set<CellPosition>
    ) -> [CellPosition: ClosedRange<Double>] {
        let unknowns = Set(lines.flatMap(\.cells)).intersection(suppressed).sorted()
        guard !unknowns.isEmpty else { return [:] }
        let index = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var equations: [[Double]] = []
        var constants: [Double] = []
        for line in lines where line.cells.contains(where: suppressed.contains) {
            var equation = Array(repeating: 0.0, count: unknowns.count)
            var constant = 0.0
            for (cell, sign) in line.addends.map({ ($0, 1.0) }) + [(line.total, -1.0)] {
                if let variable = index[cell] {
                    equation[variable] += sign
                } else {
                    constant -= sign * Double(values[cell] ?? 0)
                }
            }
            equations.append(equation)
            constants.append(constant)
        }
        guard
            let program = LinearProgram(
                equations: equations, rightHandSides: constants, variables: unknowns.count)
        else { return [:] }
        return Dictionary(uniqueKeysWithValues: unknowns.map { ($0, program.range(of: index[$0]!)) })
    }

    /// The suppressed cells a reader could pin down.
    ///
    /// A cell fails when fewer than two integers remain feasible, when its interval lies
    /// inside 1…k−1 (the reader learns it is a small count), or, for a primary cell, when
    /// its upper bound is below k (the reader learns it is at most k − 1).
    package static func failures(
        lines: [TotalLine], values: [CellPosition: Int], suppressed: Set<CellPosition>,
        primary: Set<CellPosition>, k: Int
    ) -> [CellPosition] {
        let found = intervals(lines: lines, values: values, suppressed: suppressed)
        let onLines = Set(lines.flatMap(\.cells)).intersection(suppressed)
        return onLines.sorted().filter { cell in
            guard let range = found[cell] else { return true }
            return !isProtected(range, isPrimary: primary.contains(cell), k: k)
        }
    }

    /// Whether an interval protects a cell (see ``failures(lines:values:suppressed:primary:k:)``).
    package static func isProtected(_ range: ClosedRange<Double>, isPrimary: Bool, k: Int) -> Bool {
        let tolerance = 1e-6
        let low = (range.lowerBound - tolerance).rounded(.up)
        let high = range.upperBound == .infinity ? Double.infinity : (range.upperBound + tolerance).rounded(.down)
        if high - low < 1 { return false }
        if low >= 1 && high <= Double(k - 1) { return false }
        return !isPrimary || high >= Double(k)
    }
}
