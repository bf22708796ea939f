/// Makes ``CSVRecord``s from fields that come from another kind of file (SPSS, Stata), so that
/// such files go through the same row path as CSV: the same guard, mapper and quarantine.
///
/// A record's line is the one given to ``endRecord(line:)`` (the header is line 1, the first
/// case line 2); a field's column is its 1-based index.
package final class RecordFeeder {
    private let state: ParseState

    /// - Parameter onRecord: receives every record; the record is valid during the call only.
    package init(onRecord: @escaping (CSVRecord) throws -> Void) {
        state = ParseState(dialect: CSVDialect(), onRecord: onRecord)
        state.positionsAreIndices = true
    }

    /// Appends one field (UTF-8 bytes) to the current record.
    package func append(_ field: String) {
        var text = field
        text.withUTF8 { bytes in state.appendField(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
    }

    /// Passes the current record to the receiver and starts the next one.
    ///
    /// - Throws: what the receiver threw, for this record or an earlier one.
    package func endRecord(line: Int) throws {
        state.recordLine = line
        state.endRecord()
        if let error = state.error { throw error }
    }
}
