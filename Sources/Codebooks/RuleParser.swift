import CSVReading
import Foundation
import Yams

/// Parses and checks the `columns:` and `derived:` sections of a codebook.
struct RuleParser {
    let reader: YAMLReader
    let dictionary: VariableDictionary
    let directory: String

    static let columnKeys = ["variable", "codes", "type", "range", "extract", "label", "when", "asked_if"]

    func columns(_ node: Node) throws -> [ColumnRule] {
        var seenVariables = Set<String>()
        let rules = try reader.mapping(node, "columns").map { column, keyNode, value in
            let rule = try self.column(column, keyNode: keyNode, node: value)
            guard seenVariables.insert(rule.variable).inserted else {
                throw reader.error(value, "\(EchoedName.variable(rule.variable)) is mapped from two columns")
            }
            return rule
        }
        try checkConditions(rules)
        return rules
    }

    private func column(_ column: String, keyNode: Node, node: Node) throws -> ColumnRule {
        let entries = try reader.mapping(node, "\(EchoedName.key(column))", allowed: Self.columnKeys)
        let lookup = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let variableNode = lookup["variable"] else { throw reader.error(node, "\(EchoedName.key(column)) needs `variable:`") }
        let name = try reader.string(variableNode, "variable")
        guard let variable = dictionary[name] else {
            throw reader.error(
                variableNode,
                "unknown variable \(EchoedName.quoted(name)): define it in datasets/variables.yaml or in the codebook's `variables:`")
        }
        var rule = ColumnRule(
            column: column, variable: name, codes: nil, rawType: nil, extract: nil, range: variable.range, line: keyNode.mark?.line ?? 0)
        if let codes = lookup["codes"] {
            rule.codes = try self.codes(codes, for: variable)
        }
        if let typeNode = lookup["type"] {
            let text = try reader.string(typeNode, "type")
            guard let type = ColumnRule.RawType(rawValue: text) else {
                throw reader.error(typeNode, "column type must be integer, number, date or text")
            }
            rule.rawType = type
        }
        if let range = lookup["range"] { rule.range = try parseRange(range, reader: reader) }
        if let when = lookup["when"] { rule.when = try conditionalValues(when, for: variable) }
        if let asked = lookup["asked_if"] { rule.askedIf = try askedIf(asked) }
        if let extract = lookup["extract"] {
            let text = try reader.string(extract, "extract")
            guard let part = DateFormat.Part(rawValue: text), rule.rawType == .date else {
                throw reader.error(extract, "extract needs `type: date` and is year or month")
            }
            rule.extract = part
        }
        if rule.codes == nil && rule.rawType == nil { rule.rawType = defaultRawType(variable) }
        try checkFits(rule, variable, node)
        try checkRanges(rule, variable, node: lookup["codes"] ?? node)
        return rule
    }

    /// Refuses a code or a `when:` value outside the column's range or the variable's: the field
    /// is range-checked, a value the codebook gives must be too.
    private func checkRanges(_ rule: ColumnRule, _ variable: Variable, node: Node) throws {
        let ranges = [rule.range, variable.range].compactMap { $0 }
        let outside = { (value: Value) in value.doubleValue.map { v in ranges.contains { !$0.contains(v) } } ?? false }
        for (code, value) in (rule.codes ?? [:]).sorted(by: { $0.key < $1.key }) where outside(value) {
            throw reader.error(
                node,
                "code \(EchoedName.quoted(code, otherwise: "(not shown)")) of \(EchoedName.key(rule.column)) gives \(EchoedName.plain(variable.name)) a value outside its range"
            )
        }
        for condition in rule.when where outside(condition.value) {
            throw CodebookError(
                file: reader.file, line: condition.line, column: condition.column,
                message: "`then:` gives \(EchoedName.plain(variable.name)) a value outside its range (\(EchoedName.key(rule.column)))")
        }
    }

    private func defaultRawType(_ variable: Variable) -> ColumnRule.RawType {
        switch variable.type {
        case .binary, .integer: return .integer
        case .number: return .number
        case .date: return .date
        case .categorical, .text: return .text
        }
    }

    private func checkFits(_ rule: ColumnRule, _ variable: Variable, _ node: Node) throws {
        guard let raw = rule.rawType, rule.codes == nil else { return }
        let fits: Bool
        switch variable.type {
        case .binary, .integer: fits = raw == .integer || (raw == .date && rule.extract != nil)
        case .number: fits = raw == .number || raw == .integer
        case .date: fits = raw == .date && rule.extract == nil
        case .categorical, .text: fits = raw == .text
        }
        guard fits else {
            throw reader.error(
                node,
                "\(EchoedName.key(rule.column)) reads \(raw.rawValue) values but \(EchoedName.variable(variable.name)) is \(variable.type.rawValue)"
            )
        }
    }

    /// Parses a `codes:` mapping and checks each value against the variable.
    func codes(_ node: Node, for variable: Variable) throws -> [String: Value] {
        var out: [String: Value] = [:]
        for (code, _, value) in try reader.mapping(node, "codes of \(EchoedName.plain(variable.name))") {
            out[code] = try self.value(value, for: variable)
        }
        return out
    }

    func value(_ node: Node, for variable: Variable) throws -> Value {
        if reader.isNull(node) { return .null }
        do {
            return try value(text: try reader.string(node, "a code's value"), for: variable)
        } catch let problem as FieldConverter.Problem {
            throw reader.error(node, problem.reason)
        }
    }

    /// Reads codebook text as a value of `variable`.
    ///
    /// - Throws: `FieldConverter.Problem` saying what the variable accepts.
    func value(text: String, for variable: Variable) throws -> Value {
        switch variable.type {
        case .binary:
            guard text == "0" || text == "1" else {
                throw FieldConverter.Problem(reason: "\(EchoedName.plain(variable.name)) is binary: codes map to 0, 1 or null")
            }
            return .integer(text == "1" ? 1 : 0)
        case .integer:
            guard let v = Int64(text) else { throw FieldConverter.Problem(reason: "\(EchoedName.plain(variable.name)) is an integer") }
            return .integer(v)
        case .number:
            guard let v = Double(text) else { throw FieldConverter.Problem(reason: "\(EchoedName.plain(variable.name)) is a number") }
            return .real(v)
        case .categorical:
            if let categories = variable.categories, !categories.contains(text) {
                throw FieldConverter.Problem(
                    reason:
                        "\(EchoedName.quoted(text)) is not a category of \(EchoedName.plain(variable.name)) (\(EchoedName.listed(categories)))"
                )
            }
            return .text(text)
        case .date, .text:
            return .text(text)
        }
    }

    func derived(name: String, keyNode: Node, node: Node, known: Set<String>) throws -> DerivedRule {
        guard let variable = dictionary[name] else {
            throw reader.error(
                keyNode,
                "unknown variable \(EchoedName.quoted(name)): define it in datasets/variables.yaml or in the codebook's `variables:`")
        }
        let entries = try reader.mapping(
            node, "derived \(EchoedName.quoted(name))", allowed: ["from", "bands", "any_of", "lookup", "key", "value"])
        let lookup = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        func source(_ key: String) throws -> String {
            guard let from = lookup["from"] else { throw reader.error(node, "derived \(EchoedName.quoted(name)) needs `from:`") }
            let text = try reader.string(from, "from")
            guard known.contains(text) else {
                throw reader.error(from, "\(EchoedName.quoted(text)) is not mapped or derived before \(EchoedName.quoted(name))")
            }
            return text
        }
        if let bands = lookup["bands"] {
            let from = try source("bands")
            // Bands compare whole numbers: a number (14.5) or text value would fall in no band and
            // leave every row's band missing without a word.
            if let type = dictionary[from]?.type, type != .integer {
                throw reader.error(lookup["from"] ?? node, "bands need an integer variable; \(EchoedName.quoted(from)) is \(type.rawValue)")
            }
            return DerivedRule(variable: name, kind: .bands(from: from, bands: try self.bands(bands, for: variable)))
        }
        if let anyOf = lookup["any_of"] {
            let names = try reader.strings(anyOf, "any_of")
            for other in names where !known.contains(other) || dictionary[other]?.type != .binary {
                throw reader.error(
                    anyOf, "any_of needs binary variables mapped before \(EchoedName.quoted(name)); \(EchoedName.quoted(other)) is not one")
            }
            guard variable.type == .binary else { throw reader.error(keyNode, "\(EchoedName.plain(name)) must be binary to be an any_of") }
            return DerivedRule(variable: name, kind: .anyOf(names))
        }
        if let file = lookup["lookup"] {
            let table = try lookupTable(file, key: lookup["key"], value: lookup["value"], variable: variable)
            return DerivedRule(
                variable: name, kind: .lookup(from: try source("lookup"), table: table, file: try reader.string(file, "lookup")))
        }
        throw reader.error(node, "derived \(EchoedName.quoted(name)) needs bands, any_of or lookup")
    }

    private func bands(_ node: Node, for variable: Variable) throws -> [(label: String, range: ClosedRange<Int64>)] {
        try reader.mapping(node, "bands").map { label, _, bounds in
            if let categories = variable.categories, !categories.contains(label) {
                throw reader.error(bounds, "band \(EchoedName.quoted(label)) is not a category of \(EchoedName.plain(variable.name))")
            }
            let range = try parseRange(bounds, reader: reader, wholeNumbers: true)
            return (label, Int64(range.lowerBound)...Int64(range.upperBound))
        }
    }
}
