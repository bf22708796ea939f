import Foundation

/// A cell of a table sitan prints.
enum Cell: Equatable {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)
    case bool(Bool)
    /// Any JSON value, already encoded (for nested objects such as labels).
    case json(String, display: String)

    var display: String {
        switch self {
        case .null: return ""
        case let .text(v): return v
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .bool(v): return v ? "yes" : "no"
        case let .json(_, display): return display
        }
    }

    var jsonText: String {
        switch self {
        case .null: return "null"
        case let .text(v): return jsonString(v)
        case let .integer(v): return String(v)
        case let .real(v): return v.isFinite ? String(v) : "null"
        case let .bool(v): return v ? "true" : "false"
        case let .json(v, _): return v
        }
    }
}

/// Rows and columns for metadata listings (sources, rejects, variables, query results).
///
/// These are not statistical tables: statistical output goes through the Disclosure module's
/// published tables instead.
struct PlainTable {
    var columns: [String]
    var rows: [[Cell]]
    var footnotes: [String] = []

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return aligned()
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    private func aligned() -> String {
        let cells = rows.map { $0.map(\.display) }
        let widths = columns.indices.map { i in ([columns[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(columns), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line)
        out += footnotes.map { "Note: " + $0 }
        return out.joined(separator: "\n") + "\n"
    }

    private func csv() -> String {
        func quote(_ value: String) -> String {
            value.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        return ([columns] + rows.map { $0.map(\.display) }).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        let objects = rows.map { row in
            "{" + zip(columns, row).map { "\(jsonString($0)): \($1.jsonText)" }.joined(separator: ", ") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }

    private func markdown() -> String {
        func escape(_ value: String) -> String {
            value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var out = ["| " + columns.map(escape).joined(separator: " | ") + " |", "|" + columns.map { _ in "---|" }.joined()]
        out += rows.map { "| " + $0.map { escape($0.display) }.joined(separator: " | ") + " |" }
        if !footnotes.isEmpty { out += [""] + footnotes.map { "_\($0)_" } }
        return out.joined(separator: "\n") + "\n"
    }
}

func jsonString(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case let s where s.value < 0x20: out += String(format: "\\u%04x", s.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
