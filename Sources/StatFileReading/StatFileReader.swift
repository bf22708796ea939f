import CReadStat
import CSVReading
import Diagnostics
import Foundation

/// Reads SPSS (`.sav`, `.zsav`) and Stata (`.dta`) files through ReadStat as records: the
/// variable names first, then one record per case, streamed.
///
/// Numbers are written as text the way a CSV export would hold them (whole numbers without a
/// decimal point, others at full precision, `.` as decimal mark); system-missing values and the
/// values the file declares missing (SPSS user-missing values and ranges, Stata's extended
/// missing values) are empty. With `valueLabels`, a value that has a label is replaced by its
/// label, so a codebook can map either the codes or the labels. Text is UTF-8 (ReadStat converts
/// from the file's declared encoding).
package final class StatFileReader {
    /// The file kinds this reader opens.
    package enum Kind: String, Sendable {
        case spss, stata
    }

    package let path: String
    package let kind: Kind
    package let valueLabels: Bool

    /// The kind of a file by its extension, nil for any other file.
    package static func kind(of path: String) -> Kind? {
        switch (path as NSString).pathExtension.lowercased() {
        case "sav", "zsav": .spss
        case "dta": .stata
        default: nil
        }
    }

    package init(path: String, kind: Kind, valueLabels: Bool) {
        self.path = path
        self.kind = kind
        self.valueLabels = valueLabels
    }

    /// Calls `body` with the header record, then with every case.
    ///
    /// - Throws: ``StatFileError`` when ReadStat cannot read the file; what `body` throws.
    package func forEachRecord(_ body: @escaping (CSVRecord) throws -> Void) throws {
        var labels: [String: [String: String]] = [:]
        if valueLabels {
            let pass = ParseContext(feeder: nil)
            try parse(pass, values: false)
            labels = pass.labelSets
        }
        let context = ParseContext(feeder: RecordFeeder(onRecord: body))
        context.labelSets = labels
        context.useLabels = valueLabels
        try parse(context, values: true)
        if let error = context.error { throw error }
        if context.names.isEmpty { throw StatFileError(path: path, message: "the file has no variables") }
        if !context.headerSent { try context.sendHeader() }
    }

    private func parse(_ context: ParseContext, values: Bool) throws {
        guard let parser = readstat_parser_init() else { throw StatFileError(path: path, message: "out of memory") }
        defer { readstat_parser_free(parser) }
        try check(readstat_set_metadata_handler(parser, metadataHandler))
        try check(readstat_set_variable_handler(parser, variableHandler))
        try check(readstat_set_value_label_handler(parser, valueLabelHandler))
        if values { try check(readstat_set_value_handler(parser, valueHandler)) }
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        let status =
            kind == .spss
            ? readstat_parse_sav(parser, path, unmanaged.toOpaque()) : readstat_parse_dta(parser, path, unmanaged.toOpaque())
        if let error = context.error { throw error }
        try check(status)
    }

    private func check(_ status: readstat_error_t) throws {
        guard status != READSTAT_OK else { return }
        let kindName = kind == .spss ? "SPSS" : "Stata"
        throw StatFileError(
            path: path, message: "cannot read the \(kindName) file: \(String(cString: readstat_error_message(status)))")
    }
}

/// A file ReadStat cannot read.
package struct StatFileError: Error, CustomStringConvertible, Sendable {
    package let path: String
    package let message: String

    package var description: String { diagnostic.rendered }
}

extension StatFileError: DiagnosticConvertible {
    package var diagnostic: Diagnostic { Diagnostic(kind: .data, file: path, message: message) }
}

/// What ReadStat's callbacks fill in.
final class ParseContext {
    let feeder: RecordFeeder?
    var names: [String] = []
    var labelSetOfVariable: [String?] = []
    var labelSets: [String: [String: String]] = [:]
    var useLabels = false
    var variableCount = 0
    var headerSent = false
    var row: [String] = []
    var error: Error?

    init(feeder: RecordFeeder?) { self.feeder = feeder }

    func sendHeader() throws {
        guard let feeder else { return }
        for name in names { feeder.append(name) }
        try feeder.endRecord(line: 1)
        headerSent = true
    }

    func value(_ observation: Int, _ index: Int, _ text: String) throws {
        guard let feeder else { return }
        if !headerSent { try sendHeader() }
        if row.isEmpty { row.reserveCapacity(variableCount) }
        row.append(text)
        guard index == variableCount - 1 else { return }
        for field in row { feeder.append(field) }
        row.removeAll(keepingCapacity: true)
        try feeder.endRecord(line: observation + 2)
    }
}

/// A value as CSV text: empty when missing.
func text(of value: readstat_value_t, variable: UnsafeMutablePointer<readstat_variable_t>?) -> String {
    let declaredMissing = variable.map { readstat_value_is_defined_missing(value, $0) != 0 } ?? false
    if readstat_value_is_system_missing(value) != 0 || declaredMissing || readstat_value_is_tagged_missing(value) != 0 {
        return ""
    }
    switch readstat_value_type(value) {
    case READSTAT_TYPE_STRING, READSTAT_TYPE_STRING_REF:
        return readstat_string_value(value).map { String(cString: $0) } ?? ""
    default:
        let number = readstat_double_value(value)
        guard number.isFinite else { return "" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}

private func context(_ pointer: UnsafeMutableRawPointer?) -> ParseContext {
    Unmanaged<ParseContext>.fromOpaque(pointer!).takeUnretainedValue()
}

private let metadataHandler: readstat_metadata_handler = { metadata, pointer in
    let context = context(pointer)
    context.variableCount = Int(readstat_get_var_count(metadata))
    return Int32(READSTAT_HANDLER_OK)
}

private let variableHandler: readstat_variable_handler = { index, variable, labelSet, pointer in
    let context = context(pointer)
    context.names.append(readstat_variable_get_name(variable).map { String(cString: $0) } ?? "")
    context.labelSetOfVariable.append(labelSet.map { String(cString: $0) })
    if context.variableCount == 0 { context.variableCount = Int(index) + 1 }
    return Int32(READSTAT_HANDLER_OK)
}

private let valueLabelHandler: readstat_value_label_handler = { set, value, label, pointer in
    guard let set, let label else { return Int32(READSTAT_HANDLER_OK) }
    let key = text(of: value, variable: nil)
    context(pointer).labelSets[String(cString: set), default: [:]][key] = String(cString: label)
    return Int32(READSTAT_HANDLER_OK)
}

private let valueHandler: readstat_value_handler = { observation, variable, value, pointer in
    let context = context(pointer)
    let index = Int(readstat_variable_get_index(variable))
    var field = text(of: value, variable: variable)
    if context.useLabels, !field.isEmpty, index < context.labelSetOfVariable.count,
        let set = context.labelSetOfVariable[index], let label = context.labelSets[set]?[field]
    {
        field = label
    }
    do {
        try context.value(Int(observation), index, field)
        return Int32(READSTAT_HANDLER_OK)
    } catch {
        context.error = error
        return Int32(READSTAT_HANDLER_ABORT)
    }
}
