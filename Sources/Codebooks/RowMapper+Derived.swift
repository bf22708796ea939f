/// A derived rule with its variables resolved to slots, for the per-row path.
enum CompiledDerived {
    case bands(slot: Int, from: Int, labels: [Value], lows: [Int64], highs: [Int64])
    case anyOf(slot: Int, parts: [Int])
    case lookup(slot: Int, from: Int, fromName: String, table: [String: Value], file: String)

    init(_ rule: DerivedRule, slots: [String: Int]) {
        let slot = slots[rule.variable]!
        switch rule.kind {
        case let .bands(from, bands):
            self = .bands(
                slot: slot, from: slots[from]!, labels: bands.map { .text($0.label) }, lows: bands.map(\.range.lowerBound),
                highs: bands.map(\.range.upperBound))
        case let .anyOf(names):
            self = .anyOf(slot: slot, parts: names.map { slots[$0]! })
        case let .lookup(from, table, file):
            self = .lookup(slot: slot, from: slots[from]!, fromName: from, table: table, file: file)
        }
    }
}

extension RowMapper {
    /// Computes the derived variables in the order the codebook lists them.
    func deriveAll(line: Int) -> RowProblem? {
        for rule in derived {
            switch rule {
            case let .bands(slot, from, labels, lows, highs):
                values[slot] = .null
                if case let .integer(v) = values[from], let band = lows.indices.first(where: { lows[$0] <= v && v <= highs[$0] }) {
                    values[slot] = labels[band]
                }
            case let .anyOf(slot, parts):
                var any = false, all = true
                for part in parts {
                    any = any || values[part] == .integer(1)
                    all = all && values[part] == .integer(0)
                }
                values[slot] = any ? .integer(1) : all ? .integer(0) : .null
            case let .lookup(slot, from, fromName, table, file):
                if let problem = lookup(slot: slot, from: from, fromName: fromName, table: table, file: file, line: line) { return problem }
            }
        }
        return nil
    }

    private func lookup(slot: Int, from: Int, fromName: String, table: [String: Value], file: String, line: Int) -> RowProblem? {
        let key: String
        switch values[from] {
        case .null:
            values[slot] = .null
            return nil
        case let .integer(v): key = String(v)
        case let .real(v): key = String(v)
        case let .text(v): key = v
        }
        guard let found = table[codebook.source.country + "|" + key] ?? table[key] else {
            return RowProblem(
                line: line, column: 1, field: EchoedName.isPlain(fromName) ? fromName : nil,
                reason: "\(EchoedName.plain(fromName)) has no entry in \(file) for \(codebook.source.country)")
        }
        values[slot] = found
        return nil
    }
}
