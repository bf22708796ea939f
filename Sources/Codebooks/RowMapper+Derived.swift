extension RowMapper {
    /// Computes the derived variables in the order the codebook lists them.
    func deriveAll(line: Int) -> RowProblem? {
        for rule in codebook.derived {
            guard let slot = slots[rule.variable] else { continue }
            switch rule.kind {
            case let .bands(from, bands):
                values[slot] = .null
                if case let .integer(v) = values[slots[from]!], let band = bands.first(where: { $0.range.contains(v) }) {
                    values[slot] = .text(band.label)
                }
            case let .anyOf(names):
                let parts = names.map { values[slots[$0]!] }
                if parts.contains(.integer(1)) {
                    values[slot] = .integer(1)
                } else {
                    values[slot] = parts.allSatisfy { $0 == .integer(0) } ? .integer(0) : .null
                }
            case let .lookup(from, table, file):
                let key: String
                switch values[slots[from]!] {
                case .null:
                    values[slot] = .null
                    continue
                case let .integer(v): key = String(v)
                case let .real(v): key = String(v)
                case let .text(v): key = v
                }
                guard let found = table[codebook.source.country + "|" + key] ?? table[key] else {
                    return RowProblem(line: line, column: 1, field: from, reason: "\(from) has no entry in \(file) for \(codebook.source.country)")
                }
                values[slot] = found
            }
        }
        return nil
    }
}
