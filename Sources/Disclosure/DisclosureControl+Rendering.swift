import Foundation

/// What happens to each cell, and how it is printed.
extension DisclosureControl {
    /// The fate of one cell, in increasing severity.
    enum CellState: Int, Comparable {
        case shown, lowReliability, unreliable, confidential

        static func < (lhs: CellState, rhs: CellState) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The state of every cell: counts from the suppression set, derived values from their
    /// sources and their own reliability inputs under the reliability rule.
    static func cellStates(
        of table: CountTable, confidential: Set<CellPosition>, reliability rule: ReliabilityRule = .suppress
    ) -> [[CellState]] {
        table.rows.enumerated().map { row, content in
            var states = Array(repeating: CellState.shown, count: table.columns.count)
            for (column, definition) in table.columns.enumerated() {
                switch definition.role {
                case .key:
                    continue
                case .count:
                    let isHidden = confidential.contains(CellPosition(row: row, column: column))
                    states[column] = isHidden ? .confidential : .shown
                case let .derived(sources):
                    var state = sources.map { states[$0] }.max() ?? .shown
                    if state < .unreliable, let inputs = content.reliability[column] {
                        state = max(state, reliabilityState(inputs, rule: rule))
                    }
                    states[column] = state
                }
            }
            return states
        }
    }

    /// The NCHS outcome as a cell state: an estimate the standard would not present is
    /// suppressed, or with `.flag` shown with the low-reliability mark.
    private static func reliabilityState(_ inputs: ReliabilityInputs, rule: ReliabilityRule) -> CellState {
        switch ProportionReliability.assess(inputs) {
        case .reliable: .shown
        case .flagged: .lowReliability
        case .suppressed: rule == .flag ? .lowReliability : .unreliable
        }
    }

    /// Builds the published table from the states.
    func render(_ table: CountTable, states: [[CellState]]) -> PublishedTable {
        let shown = table.columns.indices.filter { table.columns[$0].isPublished }
        let rows = table.rows.indices.map { row in
            shown.map { column in
                Self.renderCell(
                    table.rows[row].cells[column], state: states[row][column],
                    decimals: table.columns[column].decimals)
            }
        }
        let hasReliability = table.rows.contains { !$0.reliability.isEmpty }
        return PublishedTable(
            title: table.title, header: shown.map { table.columns[$0].name }, rows: rows,
            totalRow: table.margins.totalRow, footnote: footnote(for: table, reliability: hasReliability),
            threshold: k)
    }

    /// One cell's text, value and mark.
    private static func renderCell(_ cell: CountTable.Cell, state: CellState, decimals: Int) -> PublishedCell {
        switch state {
        case .confidential: return PublishedCell(text: ":c", mark: .confidential)
        case .unreliable: return PublishedCell(text: ":u", mark: .unreliable)
        case .shown, .lowReliability: break
        }
        let flag = state == .lowReliability ? DisclosureMark.lowReliability : nil
        let suffix = flag == nil ? "" : " u"
        switch cell {
        case let .text(label):
            return PublishedCell(text: label)
        case let .count(value):
            return PublishedCell(text: "\(value)" + suffix, value: Double(value), mark: flag)
        case let .number(value) where value.isFinite:
            let text = String(format: "%.\(max(0, decimals))f", value)
            return PublishedCell(text: text + suffix, value: value, mark: flag)
        case .number:
            return PublishedCell(text: ":")
        case .empty:
            return PublishedCell(text: "")
        }
    }

    /// The footnote stating the rules in force.
    func footnote(for table: CountTable, reliability: Bool) -> String {
        var text = "Counts from 1 to \(k - 1) are suppressed (:c), as is every number derived from them"
        if table.margins != .none {
            text +=
                ", with complementary suppression (:c) so that no suppressed cell can be "
                + "recomputed from the totals"
        }
        text += "."
        if reliability && self.reliability == .flag {
            text +=
                " u = low reliability or unreliable, shown because the project's reliability rule is flag "
                + "(NCHS Data Presentation Standards for Proportions, 2017; the flags name the reasons)."
        } else if reliability {
            text +=
                " :u = not shown, unreliable; u = low reliability (NCHS Data Presentation "
                + "Standards for Proportions, 2017)."
        }
        return text
    }
}
