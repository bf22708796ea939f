import CSVReading
import Foundation

/// A column of the harmonised table a source's rows go to.
package struct OutputColumn: Sendable, Equatable {
    package var name: String
    package var sqlType: String
}

/// Why a row was quarantined: the column and a reason that never contains the value.
package struct RowProblem: Sendable, Equatable {
    package var line: Int
    package var column: Int
    package var field: String?
    package var reason: String

    package init(line: Int, column: Int, field: String?, reason: String) {
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
    }

    package var description: String {
        "line \(line), column \(column)" + (named.map { " (\($0))" } ?? "") + ": \(reason)"
    }

    /// The problem as a compiler-style diagnostic: `file:line:column: column "x": reason`.
    package func diagnostic(file: String) -> String {
        "\(file):\(line):\(column): " + (named.map { "\($0): " } ?? "") + reason
    }

    /// How a message names the problem's column: `column "x"`, or `header #N` when ``field``
    /// is a position (`#N`, for a header that is not shown; see ``EchoedName``).
    package var named: String? {
        field.map { $0.hasPrefix("#") ? "header \($0)" : "column \"\($0)\"" }
    }
}

/// Maps raw records onto harmonised rows, one record at a time, reusing one buffer.
///
/// Built from the codebook and the file's header; checks that every raw column is mapped,
/// dropped or a design column, and that every mapped column is in the file.
package final class RowMapper {
    enum Action {
        case variable(rule: Int)
        case design(slot: Int, role: DesignRole)
        /// A design column that is also mapped onto a variable (region as stratum and as a variable).
        case designAndVariable(slot: Int, role: DesignRole, rule: Int)
        case ignore
    }

    enum DesignRole { case id, weight, stratum, psu, fpc }

    package let codebook: Codebook
    package let header: [String]
    package private(set) var columns: [OutputColumn] = []
    /// The values of the last mapped row, aligned with `columns`.
    package internal(set) var values: [Value] = []
    let actions: [Action]
    let compiled: [CompiledRule]
    let derived: [CompiledDerived]
    /// Per column rule: the reason given when a code is not in its list (names the expected codes).
    let unknownCodeReasons: [String]
    /// Skip patterns: (slot set, slot tested, condition) in the codebook's order.
    let conditions: [(slot: Int, tested: Int, condition: ConditionalValue)]
    let codes: CodeStore
    let categorySets: [Set<String>]
    let converter: FieldConverter
    var slots: [String: Int] = [:]
    let designSlots: Int

    /// Checks the header against the codebook and plans the mapping.
    ///
    /// - Throws: `IngestFileError` when the file has a column the codebook does not know, a
    ///   duplicate column, or lacks a column the codebook maps.
    ///   `headerColumns` are the 1-based character columns of the header's fields, for messages.
    package init(codebook: Codebook, header: [String], file: String, headerColumns: [Int]? = nil) throws {
        self.codebook = codebook
        self.header = header
        converter = FieldConverter(format: codebook.file)
        let plan = try MappingPlan(codebook: codebook, header: header, file: file, headerColumns: headerColumns)
        actions = plan.actions
        var store = CodeStore()
        var sets: [Set<String>] = []
        compiled = codebook.columns.map { rule in
            CompiledRule.compile(
                rule, variable: codebook.dictionary[rule.variable]!, slot: plan.slots[rule.variable]!, store: &store, sets: &sets)
        }
        codes = store
        unknownCodeReasons = codebook.columns.map { Self.unknownCodeReason($0, variable: codebook.dictionary[$0.variable]!) }
        guard case let .order(order) = ColumnRule.conditionOrder(codebook.columns) else {
            preconditionFailure("a cycle of `when:` conditions is refused when the codebook is loaded")
        }
        conditions = order.flatMap { index in
            let rule = codebook.columns[index]
            return rule.when.map { (plan.slots[rule.variable]!, plan.slots[$0.variable]!, $0) }
        }
        categorySets = sets
        derived = codebook.derived.map { CompiledDerived($0, slots: plan.slots) }
        columns = plan.columns
        slots = plan.slots
        designSlots = plan.designSlots
        values = Array(repeating: .null, count: columns.count)
    }

    /// The slot of a harmonised variable in `columns`.
    package func slot(of variable: String) -> Int? { slots[variable] }

    /// Maps one record into `values`, or returns the first problem (the row is then quarantined).
    package func map(_ record: CSVRecord) -> RowProblem? {
        if let at = record.malformedAt {
            return RowProblem(line: at.line, column: at.column, field: nil, reason: "malformed quoted field (a stray or unclosed quote)")
        }
        guard record.count == header.count else {
            return RowProblem(line: record.line, column: 1, field: nil, reason: "expected \(header.count) fields, found \(record.count)")
        }
        // A record whose every field is blank (the formatted empty rows a spreadsheet saves below a
        // table, `,,,`) is no respondent or case: quarantined, so it counts as read and rejected.
        if (0..<record.count).allSatisfy({ index in record.withField(index) { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } } }) {
            return RowProblem(line: record.line, column: 1, field: nil, reason: "empty record: every field is blank")
        }
        for i in 0..<values.count { values[i] = .null }
        for index in 0..<actions.count {
            let problem: String?
            switch actions[index] {
            case .ignore: continue
            case let .variable(rule):
                problem = record.withField(index) { convertVariable($0, rule: rule) }
            case let .design(slot, role):
                problem = record.withField(index) { convertDesign($0, role: role, slot: slot) }
            case let .designAndVariable(slot, role, rule):
                problem = record.withField(index) { convertDesign($0, role: role, slot: slot) ?? convertVariable($0, rule: rule) }
            }
            if let problem {
                let position = record.position(of: index)
                let name = EchoedName.isPlain(header[index]) ? header[index] : "#\(index + 1)"
                return RowProblem(line: position.line, column: position.column, field: name, reason: problem)
            }
        }
        fillConstants()
        applyConditions()
        return deriveAll(line: record.line)
    }

    /// Converts one field. A code list is looked up before the file's `missing` values, so an
    /// explicit code for a missing marker (`"": 0`) wins.
    @inline(__always)
    private func convertVariable(_ field: UnsafeBufferPointer<UInt8>, rule index: Int) -> String? {
        let rule = compiled[index]
        if case let .codes(first, count) = rule.kind, let code = codes.lookup(field, first: first, count: count) {
            values[rule.slot] = codes.values[code]
            return nil
        }
        if converter.isMissing(field) { return nil }
        switch converter.convert(field, rule, codes: codes, categorySets: categorySets) {
        case let .success(value):
            values[rule.slot] = value
            return nil
        case let .failure(problem):
            return problem.reason == FieldConverter.Problem.unknownCode ? unknownCodeReasons[index] : problem.reason
        }
    }

    /// Sets the values that skip patterns give, a column after the columns its conditions test.
    private func applyConditions() {
        var index = 0
        while index < conditions.count {
            let (slot, tested, condition) = conditions[index]
            index += 1
            guard condition.holds(for: values[tested]) else { continue }
            values[slot] = condition.value
            while index < conditions.count && conditions[index].slot == slot { index += 1 }  // first match wins
        }
    }

    /// "unknown code (the codebook expects "1", "2" and 3 more not shown)": codes are codebook
    /// text, not data, but a code may still be a name (`Anna Kowalska: female`); the reason is
    /// stored in the database and printed, so only plain codes are quoted (see ``EchoedName``).
    static func unknownCodeReason(_ rule: ColumnRule, variable: Variable) -> String {
        let expected = rule.codes.map { $0.keys.sorted() } ?? variable.categories ?? []
        guard !expected.isEmpty else { return FieldConverter.Problem.unknownCode }
        return "\(FieldConverter.Problem.unknownCode) (the codebook expects \(EchoedName.listed(expected, quoting: true)))"
    }

    private func convertDesign(_ field: UnsafeBufferPointer<UInt8>, role: DesignRole, slot: Int) -> String? {
        let missing = converter.isMissing(field)
        switch role {
        case .id, .stratum, .psu:
            if missing { return role == .id ? nil : "missing \(role == .psu ? "PSU" : "stratum")" }
            values[slot] = .text(String(decoding: field, as: UTF8.self))
        case .weight, .fpc:
            let name = role == .weight ? "weight" : "fpc"
            if missing { return "\(name) missing" }
            guard let number = converter.number(field) else { return "\(name) \(converter.notANumber(field))" }
            guard number > 0, number.isFinite else { return "\(name) not positive" }
            values[slot] = .real(number)
        }
        return nil
    }

    private func fillConstants() {
        if let slot = slots["country"], values[slot] == .null { values[slot] = .text(codebook.source.country) }
        if let slot = slots["year"], values[slot] == .null, let year = codebook.source.year { values[slot] = .integer(Int64(year)) }
    }
}
