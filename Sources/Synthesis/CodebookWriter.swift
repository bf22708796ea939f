/// Writes the codebook (docs/codebooks.md) that reads a synthetic raw file.
///
/// The YAML uses only the documented keys; native-language code labels go into comments,
/// because the codebook format has no key for them and unknown keys are errors.
enum CodebookWriter {
    /// The complete codebook text for `schema`.
    static func yaml(for schema: RawSchema) -> String {
        var out: [String] = [
            "# Codebook for a SYNTHETIC file written by `sitan synth` (module Synthesis).",
            "# Every row is invented; no real child, case or person is described.",
        ]
        out += sourceSection(schema.source)
        out += fileSection(schema.dialect)
        out += designSection(schema.columns)
        out += columnsSection(schema.columns)
        if !schema.derived.isEmpty { out += ["", "derived:"] + schema.derived }
        let dropped = schema.columns.filter { if case .dropped = $0.rule { true } else { false } }
        if !dropped.isEmpty {
            out += ["", "drop: [" + dropped.map(\.name).joined(separator: ", ") + "]"]
        }
        if !schema.methods.isEmpty { out += ["", "methods:"] + schema.methods }
        return out.joined(separator: "\n") + "\n"
    }

    private static func sourceSection(_ s: SourceInfo) -> [String] {
        var lines = ["", "source:", "  name: \(s.name)", "  country: \(s.country)", "  kind: \(s.kind)"]
        if let year = s.year { lines.append("  year: \(year)") }
        lines.append("  description: \(quoted(s.description))")
        lines.append("  synthetic: true")
        return lines
    }

    private static func fileSection(_ d: FileDialect) -> [String] {
        var lines = ["", "file:", "  encoding: \(d.encoding.codebookName)"]
        if d.encoding == .utf8BOM { lines[lines.count - 1] += "          # with a byte-order mark" }
        lines += [
            "  delimiter: \(quoted(String(d.delimiter)))",
            "  quote: '\"'",
            "  decimal: \(quoted(String(d.decimal)))",
            "  date_format: dd.MM.yyyy",
            "  missing: [\"\"]",
        ]
        return lines
    }

    private static func designSection(_ columns: [RawColumn]) -> [String] {
        var roles: [DesignRole: String] = [:]
        for column in columns {
            if case let .design(role) = column.rule { roles[role] = column.name }
        }
        guard !roles.isEmpty else { return [] }
        var lines = ["", "design:"]
        for role in DesignRole.allCases { lines.append("  \(role.rawValue): \(roles[role] ?? "null")") }
        lines.append("  fpc: null")
        return lines
    }

    private static func columnsSection(_ columns: [RawColumn]) -> [String] {
        var lines = ["", "columns:"]
        for column in columns {
            guard var body = mapping(column.rule) else { continue }
            if let condition = column.askedIf { body = String(body.dropLast()) + ", asked_if: \(quoted(condition))}" }
            var line = "  \(column.name): \(body)"
            var comment = column.note
            if case let .codes(_, codes) = column.rule, !note(codes).isEmpty {
                comment += (comment.isEmpty ? "" : "; ") + note(codes)
            }
            if !comment.isEmpty { line += "   # \(comment)" }
            lines.append(line)
        }
        return lines
    }

    /// The flow mapping for one column, or nil for design and dropped columns.
    static func mapping(_ rule: ColumnRule) -> String? {
        switch rule {
        case .design, .dropped:
            return nil
        case let .codes(variable, codes):
            let pairs = codes.map { "\(quoted($0.raw)): \($0.value ?? "null")" }
            return "{variable: \(variable), codes: {\(pairs.joined(separator: ", "))}}"
        case let .integer(variable, range):
            return "{variable: \(variable), type: integer, range: [\(range.lowerBound), \(range.upperBound)]}"
        case let .date(variable, extract):
            let tail = extract.map { ", extract: \($0)" } ?? ""
            return "{variable: \(variable), type: date\(tail)}"
        case let .text(variable):
            return "{variable: \(variable), type: text}"
        }
    }

    /// A double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The native labels of a code list, for the column's comment: "1 = zēns, 2 = meitene".
    static func note(_ codes: [NativeCode]) -> String {
        codes.filter { $0.raw != $0.label }.map { "\($0.raw) = \($0.label)" }.joined(separator: ", ")
    }
}
