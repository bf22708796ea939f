/// A problem planted in a `--dirty` file, with its physical line (1-based, header = line 1).
package struct PlantedProblem: Sendable, Equatable, Codable {
    /// Physical line number in the file (the header is line 1).
    package var line: Int
    /// One of `out_of_range`, `unknown_code`, `bad_date`, `wrong_field_count`, `broken_quote`.
    package var reason: String
    /// The raw column affected, when there is one.
    package var column: String?
}

/// The kinds of bad rows `--dirty` plants.
enum ProblemKind: String, CaseIterable, Sendable {
    case outOfRange = "out_of_range"
    case unknownCode = "unknown_code"
    case badDate = "bad_date"
    case wrongFieldCount = "wrong_field_count"
    case brokenQuote = "broken_quote"
}

/// Decides which data rows of a dirty file are corrupted, and how.
///
/// Every `step`-th data row starting at a seeded `phase` gets one problem, cycling through
/// out-of-range, unknown code, bad date and wrong field count; `step` is 100 (a 1% share)
/// or smaller for files under 500 rows, so that each kind appears at least once. The last
/// data row always gets an unterminated quote in its last field: placed anywhere else, it
/// would swallow the rows after it. No other row is touched.
struct DirtyPlan: Sendable {
    let totalRows: Int
    let step: Int
    let phase: Int

    init(totalRows: Int, seed: UInt64) {
        self.totalRows = totalRows
        step = max(1, min(100, (totalRows - 1) / 5))
        var rng = SeededGenerator(seed: seed, stream: [0xD1_27])
        phase = rng.integer(in: 0...(step - 1))
    }

    /// The problem for data row `index` (0-based), or nil for a clean row.
    func problem(forRow index: Int) -> ProblemKind? {
        if index == totalRows - 1 { return .brokenQuote }
        guard index >= phase, (index - phase) % step == 0 else { return nil }
        let k = (index - phase) / step
        return [ProblemKind.outOfRange, .unknownCode, .badDate, .wrongFieldCount][k % 4]
    }

    /// The physical line of data row `index` (every row is one line; the header is line 1).
    static func line(ofRow index: Int) -> Int { index + 2 }

    /// Corrupts a rendered row and returns the line to write, plus the affected column.
    ///
    /// - Parameters:
    ///   - fields: the row's raw fields, unquoted.
    ///   - kind: the problem to plant.
    ///   - schema: where each problem goes.
    ///   - writer: quotes the untouched fields as a clean row would.
    ///   - serial: how many problems of this kind came before (alternates the variants).
    static func corrupt(
        _ fields: [String], kind: ProblemKind, schema: RawSchema, writer: CSVFileWriter, serial: Int
    ) -> (line: String, column: String?) {
        var f = fields
        let delimiter = String(schema.dialect.delimiter)
        let faults = schema.faults
        switch kind {
        case .outOfRange:
            f[schema.index(of: faults.rangeColumn)] = faults.outOfRangeValue
            return (f.map(writer.quoted).joined(separator: delimiter), faults.rangeColumn)
        case .unknownCode:
            f[schema.index(of: faults.codeColumn)] = faults.unknownCode
            return (f.map(writer.quoted).joined(separator: delimiter), faults.codeColumn)
        case .badDate:
            let i = schema.index(of: faults.dateColumn)
            f[i] = badDate(from: f[i], variant: serial)
            return (f.map(writer.quoted).joined(separator: delimiter), faults.dateColumn)
        case .wrongFieldCount:
            if serial % 2 == 0 { f.removeLast() } else { f.append(f[f.count - 1]) }
            return (f.map(writer.quoted).joined(separator: delimiter), nil)
        case .brokenQuote:
            let last = f.removeLast()
            let quotedRest = f.map(writer.quoted) + ["\"" + (last.isEmpty ? "x" : last)]
            return (quotedRest.joined(separator: delimiter), schema.columns.last?.name)
        }
    }

    /// A date that does not parse as `dd.MM.yyyy`: 31 February, or ISO order.
    static func badDate(from good: String, variant: Int) -> String {
        let parts = good.split(separator: ".")
        guard parts.count == 3 else { return "31.02.2000" }
        if variant % 2 == 0 { return "31.02.\(parts[2])" }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }
}
