/// Complementary (secondary) suppression and its audit.
extension DisclosureControl {
    /// Adds complementary suppressions until every line is safe and the audit passes.
    ///
    /// - Returns: every confidential count cell, primary and complementary.
    /// - Throws: ``DisclosureError/cannotProtect`` if no protection is found.
    func protect(
        lines: [TotalLine], values: [CellPosition: Int], primary: Set<CellPosition>
    ) throws -> Set<CellPosition> {
        var suppressed = primary
        guard !lines.isEmpty else { return suppressed }
        let lineCells = Set(lines.flatMap(\.cells))
        let totals = Set(lines.map(\.total))
        for _ in 0...lineCells.count {
            completeLines(lines, values: values, totals: totals, suppressed: &suppressed)
            let failing = SuppressionAudit.failures(
                lines: lines, values: values, suppressed: suppressed, primary: primary, k: k)
            if failing.isEmpty { return suppressed }
            let before = suppressed.count
            for cell in failing {
                let neighbours = lines.filter { $0.cells.contains(cell) }.flatMap(\.cells)
                if let extra = smallest(neighbours, values, totals, suppressed, positive: false) {
                    suppressed.insert(extra)
                }
            }
            if suppressed.count == before {
                guard let extra = smallest(Array(lineCells), values, totals, suppressed, positive: false)
                else { throw DisclosureError.cannotProtect }
                suppressed.insert(extra)
            }
        }
        throw DisclosureError.cannotProtect
    }

    /// Applies the line rules to a fixpoint: no line with exactly one suppressed cell, and
    /// the suppressed cells of a line sum to at least k.
    func completeLines(
        _ lines: [TotalLine], values: [CellPosition: Int], totals: Set<CellPosition>,
        suppressed: inout Set<CellPosition>
    ) {
        var changed = true
        while changed {
            changed = false
            for line in lines {
                while true {
                    let hidden = line.cells.filter(suppressed.contains)
                    let sum = hidden.reduce(0) { $0 + values[$1]! }
                    if hidden.isEmpty || (hidden.count >= 2 && sum >= k) { break }
                    guard let extra = smallest(line.cells, values, totals, suppressed, positive: sum < k)
                    else { break }
                    suppressed.insert(extra)
                    changed = true
                }
            }
        }
    }

    /// The unsuppressed cell with the smallest value (inner cells before totals on ties).
    ///
    /// - Parameter positive: only cells with a positive value qualify (a 0 adds nothing to
    ///   a line's suppressed sum).
    private func smallest(
        _ cells: [CellPosition], _ values: [CellPosition: Int], _ totals: Set<CellPosition>,
        _ suppressed: Set<CellPosition>, positive: Bool
    ) -> CellPosition? {
        cells.filter { !suppressed.contains($0) && (!positive || values[$0]! > 0) }
            .min { lhs, rhs in
                (values[lhs]!, totals.contains(lhs) ? 1 : 0, lhs.row, lhs.column)
                    < (values[rhs]!, totals.contains(rhs) ? 1 : 0, rhs.row, rhs.column)
            }
    }
}
