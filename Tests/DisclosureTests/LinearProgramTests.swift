import Testing

@testable import Disclosure

/// The LP that the audit and the adversary test rely on, checked against brute force.
@Suite struct LinearProgramTests {
    @Test func smallProgramHasTheTextbookRange() throws {
        // x + y = 5, y + z = 3  →  x ∈ [2, 5], y ∈ [0, 3], z ∈ [0, 3].
        let program = try #require(
            LinearProgram(
                equations: [[1, 1, 0], [0, 1, 1]], rightHandSides: [5, 3], variables: 3))
        #expect(program.range(of: 0) == 2...5)
        #expect(program.range(of: 1) == 0...3)
        #expect(program.range(of: 2) == 0...3)
    }

    @Test func unboundedAndInfeasibleProgramsAreRecognised() {
        let unbounded = LinearProgram(equations: [[1, -1]], rightHandSides: [0], variables: 2)
        #expect(unbounded?.range(of: 0).upperBound == .infinity)
        #expect(LinearProgram(equations: [[1, 1]], rightHandSides: [-1], variables: 2) == nil)
    }

    /// For random small tables and random suppression patterns, the LP interval of every
    /// suppressed cell equals the range found by enumerating every integer table that
    /// agrees with what is published.
    @Test func intervalsMatchExhaustiveEnumeration() throws {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<150 {
            let rows = Int.random(in: 2...3, using: &generator)
            let columns = Int.random(in: 2...3, using: &generator)
            let inner = (0..<rows).map { _ in (0..<columns).map { _ in Int.random(in: 0...6, using: &generator) } }
            let table = TableFixtures.twoWay(inner)
            let lines = DisclosureControl.lines(of: table)
            let values = DisclosureControl.countValues(of: table)
            let grand = CellPosition(row: rows, column: columns + 1)
            let candidates = values.keys.filter { $0 != grand }.sorted()
            let hiddenCount = Int.random(in: 2...min(6, candidates.count), using: &generator)
            let hidden = Set(candidates.shuffled(using: &generator).prefix(hiddenCount))
            let found = SuppressionAudit.intervals(lines: lines, values: values, suppressed: hidden)
            let exact = BruteForce.ranges(
                lines: lines, values: values, hidden: hidden.sorted(),
                bound: values[grand]!)
            for cell in hidden {
                let range = try #require(found[cell])
                #expect(abs(range.lowerBound - Double(exact[cell]!.lowerBound)) < 1e-6)
                #expect(abs(range.upperBound - Double(exact[cell]!.upperBound)) < 1e-6)
            }
        }
    }
}

/// Exhaustive enumeration of the integer tables consistent with what is published.
enum BruteForce {
    /// The exact [min, max] of each hidden cell, each bounded by `bound` (the published
    /// grand total bounds every cell).
    static func ranges(
        lines: [TotalLine], values: [CellPosition: Int], hidden: [CellPosition], bound: Int
    ) -> [CellPosition: ClosedRange<Int>] {
        var low = Dictionary(uniqueKeysWithValues: hidden.map { ($0, Int.max) })
        var high = Dictionary(uniqueKeysWithValues: hidden.map { ($0, Int.min) })
        var assignment = values
        for cell in hidden { assignment[cell] = nil }
        func search(_ index: Int) {
            guard consistent(lines, assignment) else { return }
            if index == hidden.count {
                for cell in hidden {
                    low[cell] = min(low[cell]!, assignment[cell]!)
                    high[cell] = max(high[cell]!, assignment[cell]!)
                }
                return
            }
            for value in 0...bound {
                assignment[hidden[index]] = value
                search(index + 1)
            }
            assignment[hidden[index]] = nil
        }
        search(0)
        return Dictionary(uniqueKeysWithValues: hidden.map { ($0, low[$0]!...high[$0]!) })
    }

    /// Whether the assigned cells break no line (partial sums may not exceed totals).
    private static func consistent(_ lines: [TotalLine], _ assignment: [CellPosition: Int]) -> Bool {
        for line in lines {
            let known = line.addends.compactMap { assignment[$0] }
            let sum = known.reduce(0, +)
            guard let total = assignment[line.total] else { continue }
            if sum > total { return false }
            if known.count == line.addends.count && sum != total { return false }
        }
        return true
    }
}
