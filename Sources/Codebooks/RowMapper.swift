import CSVReading
import Foundation

/// A column of the harmonised table a source's rows go to.
public struct OutputColumn: Sendable, Equatable {
    public var name: String
    public var sqlType: String
}

/// Why a row was quarantined: the column and a reason that never contains the value.
public struct RowProblem: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var field: String?
    public var reason: String

    public init(line: Int, column: Int, field: String?, reason: String) {
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
    }

    public var description: String {
        "line \(line), column \(column)" + (field.map { " (\"\($0)\")" } ?? "") + ": \(reason)"
    }

    /// The problem as a compiler-style diagnostic: `file:line:column: column "x": reason`.
    public func diagnostic(file: String) -> String {
        "\(file):\(line):\(column): " + (field.map { "column \"\($0)\": " } ?? "") + reason
    }
}

/// Maps raw records onto harmonised rows, one record at a time, reusing one buffer.
///
/// Built from the codebook and the file's header; checks that every raw column is mapped,
/// dropped or a design column, and that every mapped column is in the file.
public final class RowMapper {
    enum Action {
        case variable(rule: Int)
        case design(slot: Int, role: DesignRole)
        case ignore
    }

    enum DesignRole { case id, weight, stratum, psu, fpc }

    public let codebook: Codebook
    public let header: [String]
    public private(set) var columns: [OutputColumn] = []
    /// The values of the last mapped row, aligned with `columns`.
    public internal(set) var values: [Value] = []
    let actions: [Action]
    let compiled: [CompiledRule]
    let derived: [CompiledDerived]
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
    public init(codebook: Codebook, header: [String], file: String, headerColumns: [Int]? = nil) throws {
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
        categorySets = sets
        derived = codebook.derived.map { CompiledDerived($0, slots: plan.slots) }
        columns = plan.columns
        slots = plan.slots
        designSlots = plan.designSlots
        values = Array(repeating: .null, count: columns.count)
    }

    /// The slot of a harmonised variable in `columns`.
    public func slot(of variable: String) -> Int? { slots[variable] }

    /// Maps one record into `values`, or returns the first problem (the row is then quarantined).
    public func map(_ record: CSVRecord) -> RowProblem? {
        if let at = record.malformedAt {
            return RowProblem(line: at.line, column: at.column, field: nil, reason: "malformed quoted field (a stray or unclosed quote)")
        }
        guard record.count == header.count else {
            return RowProblem(line: record.line, column: 1, field: nil, reason: "expected \(header.count) fields, found \(record.count)")
        }
        for i in 0..<values.count { values[i] = .null }
        for index in 0..<actions.count {
            let problem: String?
            switch actions[index] {
            case .ignore: continue
            case let .variable(rule):
                problem = record.withField(index) { convertVariable($0, rule: compiled[rule]) }
            case let .design(slot, role):
                problem = record.withField(index) { convertDesign($0, role: role, slot: slot) }
            }
            if let problem {
                let position = record.position(of: index)
                return RowProblem(line: position.line, column: position.column, field: header[index], reason: problem)
            }
        }
        fillConstants()
        return deriveAll(line: record.line)
    }

    @inline(__always)
    private func convertVariable(_ field: UnsafeBufferPointer<UInt8>, rule: CompiledRule) -> String? {
        if converter.isMissing(field) { return nil }
        switch converter.convert(field, rule, codes: codes, categorySets: categorySets) {
        case let .success(value):
            values[rule.slot] = value
            return nil
        case let .failure(problem):
            return problem.reason
        }
    }

    private func convertDesign(_ field: UnsafeBufferPointer<UInt8>, role: DesignRole, slot: Int) -> String? {
        let missing = converter.isMissing(field)
        switch role {
        case .id, .stratum, .psu:
            if missing { return role == .id ? nil : "missing \(role == .psu ? "PSU" : "stratum")" }
            values[slot] = .text(String(decoding: field, as: UTF8.self))
        case .weight, .fpc:
            guard !missing, let number = converter.number(field), number > 0, number.isFinite else {
                return role == .weight ? "weight missing, not a number or not positive" : "fpc missing, not a number or not positive"
            }
            values[slot] = .real(number)
        }
        return nil
    }

    private func fillConstants() {
        if let slot = slots["country"], values[slot] == .null { values[slot] = .text(codebook.source.country) }
        if let slot = slots["year"], values[slot] == .null, let year = codebook.source.year { values[slot] = .integer(Int64(year)) }
    }
}
