import CReadStat
import Foundation

/// A column of a file written by ``StatFileWriter``.
package struct StatFileColumn: Sendable {
    /// Numbers (with optional value labels), or text of at most `width` bytes.
    package enum Kind: Sendable {
        case number
        case text(width: Int)
    }

    package var name: String
    package var label: String
    package var kind: Kind
    /// Labels of numeric values (codes of a categorical variable).
    package var valueLabels: [(value: Double, label: String)]

    package init(name: String, label: String, kind: Kind, valueLabels: [(value: Double, label: String)] = []) {
        self.name = name
        self.label = label
        self.kind = kind
        self.valueLabels = valueLabels
    }
}

/// One value of a row written by ``StatFileWriter``.
package enum StatFileValue: Sendable {
    case missing
    case number(Double)
    case text(String)
}

/// Writes SPSS (`.sav`) or Stata (`.dta`, format 118: Stata 14 and later, UTF-8) files through
/// ReadStat's writer, with variable and value labels.
package final class StatFileWriter {
    private let writer: UnsafeMutablePointer<readstat_writer_t>
    private let file: UnsafeMutablePointer<FILE>
    private let path: String
    private var variables: [UnsafeMutablePointer<readstat_variable_t>] = []
    private let columns: [StatFileColumn]

    /// Opens `path` and writes the header of a file with `rowCount` rows.
    ///
    /// - Throws: ``StatFileError`` when the file cannot be created or ReadStat refuses the layout.
    package init(path: String, kind: StatFileReader.Kind, columns: [StatFileColumn], rowCount: Int, fileLabel: String) throws {
        guard let file = fopen(path, "wb") else {
            throw StatFileError(path: path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        guard let writer = readstat_writer_init() else {
            fclose(file)
            throw StatFileError(path: path, message: "out of memory")
        }
        (self.file, self.writer, self.path, self.columns) = (file, writer, path, columns)
        try check(readstat_set_data_writer(writer, dataWriter))
        try check(readstat_writer_set_file_label(writer, fileLabel))
        for column in columns { try add(column) }
        if kind == .stata {
            try check(readstat_writer_set_file_format_version(writer, 118))
            try check(readstat_begin_writing_dta(writer, file, rowCount))
        } else {
            try check(readstat_begin_writing_sav(writer, file, rowCount))
        }
    }

    deinit {
        readstat_writer_free(writer)
        fclose(file)
    }

    private func add(_ column: StatFileColumn) throws {
        let variable: UnsafeMutablePointer<readstat_variable_t>?
        switch column.kind {
        case .number:
            variable = readstat_add_variable(writer, column.name, READSTAT_TYPE_DOUBLE, 0)
            if !column.valueLabels.isEmpty, let set = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "l_" + column.name) {
                for entry in column.valueLabels { readstat_label_double_value(set, entry.value, entry.label) }
                if let variable { readstat_variable_set_label_set(variable, set) }
            }
        case let .text(width):
            variable = readstat_add_variable(writer, column.name, READSTAT_TYPE_STRING, max(1, width))
        }
        guard let variable else { throw StatFileError(path: path, message: "cannot add the variable \(column.name)") }
        readstat_variable_set_label(variable, column.label)
        variables.append(variable)
    }

    /// Writes one row, values in column order.
    package func write(_ row: [StatFileValue]) throws {
        try check(readstat_begin_row(writer))
        for (variable, value) in zip(variables, row) {
            switch value {
            case .missing: try check(readstat_insert_missing_value(writer, variable))
            case let .number(number): try check(readstat_insert_double_value(writer, variable, number))
            case let .text(text): try check(readstat_insert_string_value(writer, variable, text))
            }
        }
        try check(readstat_end_row(writer))
    }

    /// Ends the file (every row must have been written).
    package func finish() throws {
        try check(readstat_end_writing(writer))
        guard fflush(file) == 0 else { throw StatFileError(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
    }

    private func check(_ status: readstat_error_t) throws {
        guard status != READSTAT_OK else { return }
        throw StatFileError(path: path, message: "cannot write the file: \(String(cString: readstat_error_message(status)))")
    }
}

private let dataWriter: readstat_data_writer = { data, length, context in
    let file = context!.assumingMemoryBound(to: FILE.self)
    return fwrite(data, 1, length, file) == length ? length : -1
}
