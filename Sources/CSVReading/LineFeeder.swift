import CLibCSV

#if canImport(Glibc)
    import Glibc
#endif

/// Feeds UTF-8 text to libcsv one physical line at a time, keeping line numbers.
///
/// libcsv reports no positions. Feeding it line by line means every callback happens while a
/// known line is being parsed; the parser's state after each line says whether a record (a
/// quoted field with a line break) goes on.
final class LineFeeder {
    private var parser = csv_parser()
    private let state: ParseState
    private let dialect: CSVDialect
    private var lineOffset = 0  // bytes of the current line fed so far
    private var skippingRestOfLine = false
    private var pendingCarriageReturn = false  // the last piece ended with CR: LF or a lone CR?

    init(state: ParseState, dialect: CSVDialect) throws {
        self.state = state
        self.dialect = dialect
        guard csv_init(&parser, CSVReader.options) == 0 else { throw CSVReadingError.parserUnavailable }
        configure()
    }

    deinit { csv_free(&parser) }

    /// Restarts the parser after a malformed record. `csv_init` only fails for a null parser
    /// or unknown options, neither possible after ``init(state:dialect:)`` succeeded with the
    /// same options; its result is still checked.
    private func reset() throws {
        csv_free(&parser)
        guard csv_init(&parser, CSVReader.options) == 0 else { throw CSVReadingError.parserUnavailable }
        configure()
    }

    private func configure() {
        csv_set_delim(&parser, dialect.delimiter)
        csv_set_quote(&parser, dialect.quote)
        // libcsv trims blanks and tabs around unquoted fields; a tab-delimited file must keep its tabs.
        if dialect.delimiter == 9 { csv_set_space_func(&parser, spaceIsBlankOnly) }
    }

    /// Feeds the next piece of the text. Lines end at LF, CRLF or a lone CR (old Mac files).
    func feed(_ text: [UInt8]) throws {
        try text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            if pendingCarriageReturn {
                // The previous piece ended with CR: a line break unless this piece starts with LF.
                pendingCarriageReturn = false
                if buffer.count > 0 && buffer[0] != 0x0A { endLine() }
            }
            while start < buffer.count {
                let end = Self.lineEnd(in: buffer, from: start)
                let endsLine = end != nil
                let stop = end ?? buffer.count
                try feedSegment(UnsafeBufferPointer(rebasing: buffer[start..<stop]), endsLine: endsLine)
                start = stop
            }
            if let last = buffer.last, last == 0x0D, lineOffset > 0 { pendingCarriageReturn = true }
        }
    }

    /// The offset just past the next line break at or after `start`, or nil when the line goes
    /// on past the buffer (a CR at the very end waits for the next piece, which may start with LF).
    private static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let base = buffer.baseAddress!
        let found = memchr(base + start, 0x0A, buffer.count - start)
        let newline = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
        // A lone CR before the LF (or before the end) ends a line of its own.
        if let cr = memchr(base + start, 0x0D, newline - start) {
            let at = UnsafeRawPointer(cr) - UnsafeRawPointer(base)
            if at + 1 < newline || (found == nil && at + 1 < buffer.count) { return at + 1 }
        }
        return found == nil ? nil : newline + 1
    }

    private func endLine() {
        state.line += 1
        lineOffset = 0
        skippingRestOfLine = false
    }

    private func feedSegment(_ segment: UnsafeBufferPointer<UInt8>, endsLine: Bool) throws {
        defer {
            if endsLine {
                endLine()
            } else {
                lineOffset += segment.count
            }
        }
        if skippingRestOfLine { return }
        if lineOffset == 0 && parser.pstate == 0 {  // ROW_NOT_BEGUN: a new record starts here
            state.recordLine = state.line
            state.raw.removeAll(keepingCapacity: true)
        }
        state.raw.append(contentsOf: segment)
        state.rawChanged()
        let context = Unmanaged.passUnretained(state).toOpaque()
        let parsed = csv_parse(&parser, segment.baseAddress, segment.count, fieldCallback, recordCallback, context)
        if parser.entry_pos > CSVReader.maximumFieldBytes {
            try refuseUnclosedQuote()
            state.exceeded(CSVReader.fieldLimit, at: state.position(ofField: state.fieldCount))
        } else if state.raw.count > CSVReader.maximumRowBytes {
            state.exceeded(CSVReader.rowLimit, at: (state.recordLine, 1))
        }
        if let error = state.error { throw error }
        if parsed < segment.count {
            try reportMalformed(column: lineOffset + parsed + 1)
            skippingRestOfLine = !endsLine
        }
    }

    /// Delivers the record libcsv refused, then restarts the parser at the next line.
    private func reportMalformed(column: Int) throws {
        if state.malformedAt == nil { state.malformedAt = (state.line, column) }
        state.endRecord()
        try reset()
    }

    /// Refuses the file when the current field is quoted and has run on over a line break: a
    /// quote that is never closed turns every row after it into one field, so those rows would
    /// be lost (one quarantined row) or the field limit would be blamed.
    ///
    /// - Throws: ``ParseState/UnclosedQuote`` at the field's start.
    private func refuseUnclosedQuote() throws {
        guard parser.quoted != 0, parser.pstate == 2 else { return }  // FIELD_BEGUN inside quotes
        let start = state.position(ofField: state.fieldCount)
        let last = lineOffset == 0 ? state.line - 1 : state.line
        if last > start.line { throw ParseState.UnclosedQuote(line: start.line, column: start.column, through: last) }
    }

    func finish() throws {
        let context = Unmanaged.passUnretained(state).toOpaque()
        try refuseUnclosedQuote()
        if csv_fini(&parser, fieldCallback, recordCallback, context) != 0 {
            // An unterminated quoted field on the file's last line: point at where it starts.
            let start = state.position(ofField: state.fieldCount)
            state.malformedAt = start
            state.endRecord()
        }
        if let error = state.error { throw error }
    }
}
