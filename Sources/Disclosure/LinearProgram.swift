/// A small dense linear program { x ≥ 0 : A x = b }, solved by the two-phase simplex
/// method with Bland's rule (no cycling).
///
/// Used by ``SuppressionAudit`` to find what a reader can infer about a suppressed cell:
/// its minimum and maximum over every table consistent with what is published. Sizes
/// here are tens of variables; the tableau is dense and recomputes reduced costs from
/// scratch each iteration, which is simple and fast enough. Coefficients are 0 and ±1 and
/// right-hand sides are integers, so pivots stay well conditioned.
package struct LinearProgram {
    /// Tableau rows [A | b] in the current feasible basis (phase 1 done).
    private var tableau: [[Double]]
    /// The basic variable of each row.
    private var basis: [Int]
    /// The number of structural variables.
    package let variableCount: Int
    private static let epsilon = 1e-9

    /// Sets up the program and finds a feasible basis; `nil` when infeasible.
    ///
    /// - Parameters:
    ///   - equations: the rows of A, each of length `variables`.
    ///   - rightHandSides: b.
    ///   - variables: the number of variables.
    package init?(equations: [[Double]], rightHandSides: [Double], variables: Int) {
        variableCount = variables
        let rows = equations.count
        tableau = []
        basis = []
        for (row, equation) in equations.enumerated() {
            let sign: Double = rightHandSides[row] < 0 ? -1 : 1
            var line = equation.map { $0 * sign }
            line += (0..<rows).map { $0 == row ? 1 : 0 }
            line.append(rightHandSides[row] * sign)
            tableau.append(line)
            basis.append(variables + row)
        }
        let phaseOne = (0..<(variables + rows)).map { $0 >= variables ? 1.0 : 0.0 }
        _ = Self.optimize(&tableau, &basis, costs: phaseOne, columns: variables + rows)
        if Self.objective(tableau, basis, phaseOne) > 1e-7 { return nil }
        dropArtificials(rows: rows)
    }

    /// The minimum of Σ costs[j] x[j], or `-infinity` when unbounded below.
    package func minimum(of costs: [Double]) -> Double {
        var tableau = tableau
        var basis = basis
        let padded = costs + Array(repeating: 0, count: tableau.first.map { $0.count - 1 - costs.count } ?? 0)
        guard Self.optimize(&tableau, &basis, costs: padded, columns: variableCount) else {
            return -.infinity
        }
        return Self.objective(tableau, basis, padded)
    }

    /// A minimising point of Σ costs[j] x[j], or nil when unbounded below.
    package func minimizer(of costs: [Double]) -> [Double]? {
        var tableau = tableau
        var basis = basis
        let padded = costs + Array(repeating: 0, count: tableau.first.map { $0.count - 1 - costs.count } ?? 0)
        guard Self.optimize(&tableau, &basis, costs: padded, columns: variableCount) else { return nil }
        var point = [Double](repeating: 0, count: variableCount)
        for (row, variable) in basis.enumerated() where variable < variableCount { point[variable] = tableau[row].last! }
        return point
    }

    /// The range [min, max] of one variable over the feasible set.
    package func range(of variable: Int) -> ClosedRange<Double> {
        var costs = Array(repeating: 0.0, count: variableCount)
        costs[variable] = 1
        let low = minimum(of: costs)
        costs[variable] = -1
        let high = -minimum(of: costs)
        return max(low, 0)...max(high, max(low, 0))
    }

    /// Pivots artificial variables out of the basis; drops redundant equations.
    private mutating func dropArtificials(rows: Int) {
        var row = 0
        while row < tableau.count {
            if basis[row] >= variableCount {
                if let column = (0..<variableCount).first(where: { abs(tableau[row][$0]) > Self.epsilon }) {
                    Self.pivot(&tableau, &basis, row: row, column: column)
                } else {
                    tableau.remove(at: row)
                    basis.remove(at: row)
                    continue
                }
            }
            row += 1
        }
    }

    /// Runs the simplex method over the first `columns` columns; false when unbounded.
    private static func optimize(
        _ tableau: inout [[Double]], _ basis: inout [Int], costs: [Double], columns: Int
    ) -> Bool {
        // Bland's rule cannot cycle in exact arithmetic; the cap guards against rounding.
        for _ in 0..<20_000 {
            guard
                let entering = (0..<columns).first(where: {
                    !basis.contains($0) && reducedCost(tableau, basis, costs, $0) < -epsilon
                })
            else { return true }
            var leaving: Int? = nil
            var best = Double.infinity
            for row in tableau.indices where tableau[row][entering] > epsilon {
                let ratio = tableau[row].last! / tableau[row][entering]
                if ratio < best - epsilon || (abs(ratio - best) <= epsilon && basis[row] < basis[leaving!]) {
                    best = ratio
                    leaving = row
                }
            }
            guard let leaving else { return false }
            pivot(&tableau, &basis, row: leaving, column: entering)
        }
        return false
    }

    /// c_j − c_B · column j.
    private static func reducedCost(
        _ tableau: [[Double]], _ basis: [Int], _ costs: [Double], _ column: Int
    ) -> Double {
        var value = costs[column]
        for row in tableau.indices { value -= costs[basis[row]] * tableau[row][column] }
        return value
    }

    /// c_B · b.
    private static func objective(_ tableau: [[Double]], _ basis: [Int], _ costs: [Double]) -> Double {
        tableau.indices.reduce(0) { $0 + costs[basis[$1]] * tableau[$1].last! }
    }

    /// Makes `column` basic in `row`.
    private static func pivot(_ tableau: inout [[Double]], _ basis: inout [Int], row: Int, column: Int) {
        let factor = tableau[row][column]
        for index in tableau[row].indices { tableau[row][index] /= factor }
        for other in tableau.indices where other != row {
            let multiple = tableau[other][column]
            if abs(multiple) <= epsilon { continue }
            for index in tableau[other].indices {
                tableau[other][index] -= multiple * tableau[row][index]
            }
        }
        basis[row] = column
    }
}
