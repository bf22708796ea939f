import Foundation
import StatFileReading

/// The rows of one survey round with the dictionary's labels, read for ``MicrodataExport``.
struct SurveyMicrodata {
    struct Column {
        var name: String
        var label: String
        /// Category codes 1, 2, ... in dictionary order (categorical variables), nil otherwise.
        var categories: [String]?
        var categoryLabels: [String]
        var isText: Bool
    }

    var columns: [Column] = []
    var rows: [[SQLValue]] = []

    init(store: Store, round: String, language: String) throws {
        let sources = try store.database.rows("SELECT id FROM sources WHERE kind = 'survey' AND survey = ?", [.text(round)])
        guard !sources.isEmpty else {
            let known = try store.database.rows("SELECT DISTINCT survey FROM sources WHERE kind = 'survey' ORDER BY 1")
            throw ExportError(
                kind: .usage, message: "no survey round \"\(round)\"; rounds: " + known.compactMap { $0[0].string }.joined(separator: ", "))
        }
        let ids = sources.compactMap { $0[0].double.map { String(Int64($0)) } }.joined(separator: ", ")
        let statement = try store.database.prepare("SELECT * FROM survey WHERE _source IN (\(ids)) ORDER BY _source, _line")
        let names = (0..<statement.columnCount).map(statement.columnName)
        var all: [[SQLValue]] = []
        while try statement.step() { all.append((0..<statement.columnCount).map(statement.value)) }
        // Columns of other sources are null here: leave them out, with sitan's bookkeeping.
        let kept = names.indices.filter { i in
            names[i] != "_source" && names[i] != "_line" && all.contains { $0[i] != .null }
        }
        let variables = Dictionary(uniqueKeysWithValues: try store.variables().map { ($0.name, $0) })
        columns = kept.map { i in
            let name = names[i]
            let variable = variables[name]
            let label = variable.flatMap { $0.labels[language] ?? $0.labels["en"] } ?? Self.designLabel(name)
            let isText = all.contains { if case .text = $0[i] { true } else { false } }
            var categories: [String]? = nil
            if variable?.type == .categorical {
                let present = Set(all.compactMap { $0[i].string })
                categories = (variable?.categories ?? []) + present.subtracting(variable?.categories ?? []).sorted()
            }
            let categoryLabels = (categories ?? []).map { variable?.categoryLabels[$0]?[language] ?? $0 }
            return Column(
                name: MicrodataExport.designNames[name] ?? name, label: label, categories: categories,
                categoryLabels: categoryLabels, isText: isText && categories == nil)
        }
        rows = all.map { row in kept.map { row[$0] } }
    }

    static func designLabel(_ name: String) -> String {
        [
            "_id": "Respondent id", "_weight": "Sampling weight", "_stratum": "Stratum", "_psu": "Primary sampling unit",
            "_fpc": "Finite population correction",
        ][name] ?? name
    }

    /// CSV: categories by their codes in the dictionary (`male`), numbers at full precision.
    func csv() -> String {
        func field(_ value: SQLValue) -> String {
            switch value {
            case .null, .blob: return ""
            case let .integer(v): return String(v)
            case let .real(v): return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
            case let .text(t):
                return t.contains { ",\"\n\r".contains($0) } ? "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : t
            }
        }
        let lines = [columns.map(\.name).joined(separator: ",")] + rows.map { $0.map(field).joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// SPSS or Stata: categories as codes 1, 2, ... with value labels, text as strings.
    func writeStatFile(_ path: String, kind: StatFileReader.Kind) throws {
        let fileColumns = columns.enumerated().map { index, column in
            if let categories = column.categories {
                return StatFileColumn(
                    name: column.name, label: column.label, kind: .number,
                    valueLabels: categories.indices.map { (Double($0 + 1), column.categoryLabels[$0]) })
            }
            let width = column.isText ? rows.map { $0[index].string?.utf8.count ?? 0 }.max() ?? 1 : 0
            return StatFileColumn(name: column.name, label: column.label, kind: column.isText ? .text(width: width) : .number)
        }
        let writer = try StatFileWriter(
            path: path, kind: kind, columns: fileColumns, rowCount: rows.count, fileLabel: "sitan export of a survey round")
        for row in rows {
            try writer.write(
                zip(columns, row).map { column, value in
                    if let categories = column.categories {
                        return value.string.flatMap { categories.firstIndex(of: $0) }.map { .number(Double($0 + 1)) } ?? .missing
                    }
                    switch value {
                    case .null, .blob: return .missing
                    case let .integer(v): return column.isText ? .text(String(v)) : .number(Double(v))
                    case let .real(v): return column.isText ? .text("\(v)") : .number(v)
                    case let .text(t): return column.isText ? .text(t) : (Double(t).map { .number($0) } ?? .missing)
                    }
                })
        }
        try writer.finish()
    }
}

/// The `design.R` and `design.do` that set up the design of an exported round.
struct DesignSnippets {
    let file: String
    let format: MicrodataExport.Format
    let columns: Set<String>

    /// R: haven (or read.csv) and survey's svydesign, Taylor linearisation as sitan.
    var r: String {
        let read: String
        switch format {
        case .dta: read = "d <- haven::as_factor(haven::read_dta(\"\(file)\"))"
        case .sav: read = "d <- haven::as_factor(haven::read_sav(\"\(file)\"))"
        case .csv, .datapackage: read = "d <- read.csv(\"\(file)\", check.names = FALSE, na.strings = \"\")"
        }
        var arguments = ["ids = " + (columns.contains("psu") ? "~psu" : "~1")]
        if columns.contains("strata") { arguments.append("strata = ~strata") }
        if columns.contains("weight") { arguments.append("weights = ~weight") }
        if columns.contains("fpc") { arguments.append("fpc = ~fpc") }
        arguments += ["data = d", "nest = TRUE"]
        return """
            # The design of \(file), as sitan estimates it (Taylor linearisation, with replacement
            # unless fpc is given). Microdata for analysis, not for publication.
            library(survey)
            \(read)
            design <- svydesign(\(arguments.joined(separator: ", ")))
            # e.g. svymean(~csa_any_lifetime, design, na.rm = TRUE)

            """
    }

    /// Stata: svyset with the same design.
    var stata: String {
        let use = format == .csv ? "import delimited \"\(file)\", clear varnames(1) encoding(utf-8)" : "use \"\(file)\", clear"
        var options: [String] = []
        if columns.contains("strata") { options.append("strata(strata)") }
        if columns.contains("fpc") { options.append("fpc(fpc)") }
        options.append("vce(linearized)")
        let weight = columns.contains("weight") ? " [pweight = weight]" : ""
        return """
            * The design of \(file), as sitan estimates it. Microdata for analysis, not for publication.
            \(format == .sav ? "import spss using \"\(file)\", clear" : use)
            svyset \(columns.contains("psu") ? "psu" : "_n")\(weight), \(options.joined(separator: " "))
            * e.g. svy: proportion csa_any_lifetime

            """
    }
}
