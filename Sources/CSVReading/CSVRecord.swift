/// One record of a CSV file, valid only inside the callback that receives it.
///
/// Fields are views into a buffer the reader reuses, so reading a record allocates nothing.
/// `line` is the physical line (1-based) where the record starts; `column(of:)` finds where a
/// field starts, for diagnostics.
package struct CSVRecord {
    let state: ParseState

    /// The physical line (1-based, header = 1) where the record starts.
    package var line: Int { state.recordLine }
    /// The number of fields.
    package var count: Int { state.fieldCount }
    /// Set when libcsv rejected the record (a malformed quoted field); fields are then incomplete.
    package var malformedAt: (line: Int, column: Int)? { state.malformedAt }

    /// The bytes (UTF-8) of field `index`, valid during the callback only.
    @inline(__always)
    package func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : state.ends[index - 1]
        return try body(UnsafeBufferPointer(start: state.bytes + start, count: state.ends[index] - start))
    }

    /// The raw text of a malformed record from the first field libcsv did not deliver to the
    /// record's end (quotes and line breaks included), or `nil` when the record is well formed.
    ///
    /// A field with a stray or unclosed quote is not among the record's fields; the identifier
    /// guard reads this text so that such a field is not passed over unread.
    package func withUndeliveredText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard malformedAt != nil else { return nil }
        let start = state.rawOffset(ofField: count)
        return try state.raw.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// Field `index` as a String.
    package func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// All fields as Strings (for headers and tests; allocates).
    package var strings: [String] { (0..<count).map(string) }

    /// The line and 1-based byte column where field `index` starts.
    package func position(of index: Int) -> (line: Int, column: Int) {
        state.position(ofField: index)
    }
}
