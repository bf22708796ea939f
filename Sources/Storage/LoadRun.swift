import CSVReading
import Codebooks
import Foundation
import Privacy
import StatFileReading

/// One pass over one file inside the ingest transaction: header, PII guard, mapping, inserts.
struct LoadRun {
    let store: Store
    let codebook: Codebook
    let path: String
    let sourceID: Int64
    let options: IngestOptions
    private(set) var usedVariables: [Variable] = []
    /// The SHA-256 of the file: computed in the CSV pass, by a separate read for other files.
    private(set) var sha256 = ""

    init(store: Store, codebook: Codebook, path: String, sourceID: Int64, options: IngestOptions) throws {
        self.store = store
        self.codebook = codebook
        self.path = path
        self.sourceID = sourceID
        self.options = options
    }

    mutating func run(report: inout IngestReport) throws {
        let sink = RowSink(run: self)
        defer { sink.stop() }
        if let kind = StatFileReader.kind(of: path) {
            let reader = StatFileReader(path: path, kind: kind, valueLabels: codebook.file.valueLabels)
            try reader.forEachRecord { record in try sink.accept(record) }
            sha256 = try SHA256.hex(ofFile: path)
        } else {
            let reader = CSVReader(path: path, dialect: codebook.file.dialect)
            let digest = try SHA256.Stream(file: path)
            reader.onBytes = { try digest.update($0) }
            if let progress = options.progress {
                reader.onProgress = { [sink] bytes, size in progress(bytes, size, sink.rowsRead) }
            }
            try reader.forEachRecord { record in try sink.accept(record) }
            sha256 = try digest.finish()
        }
        guard sink.mapper != nil else { throw CSVReadingError.emptyFile(file: path) }
        try sink.finish()
        report.rowsRead = sink.rowsRead
        report.rowsLoaded = sink.rowsLoaded
        report.rowsRejected = sink.rowsRejected
        report.firstProblems = sink.firstProblems
        report.rejectReasons = sink.reasons
        usedVariables = sink.mapper!.columns.compactMap { codebook.dictionary[$0.name] }
    }

    /// Adds the columns the source needs to its table (inside the transaction).
    func prepareTable(for mapper: RowMapper) throws -> Statement {
        let table = codebook.source.kind.table
        return try SourceRegistry(database: store.database).prepareInsert(
            table: table, columns: mapper.columns.map { ($0.name, $0.sqlType) }, existing: try store.columns(of: table))
    }
}

/// Receives records from the reader: the header first, then rows.
///
/// Rows are guarded and mapped here, on the reading thread, and written in batches by a
/// ``RowWriter``: on a second thread when ``IngestOptions/parallel`` is set (the default),
/// else on this one; the database is the same either way.
final class RowSink {
    let run: LoadRun
    let guardian = PIIGuard()
    private let clean = CleanFields()
    var mapper: RowMapper?
    var checked: [Bool] = []  // per raw column: whether the PII guard looks at it
    var rowsRead = 0, rowsLoaded = 0, rowsRejected = 0
    var firstProblems: [RowProblem] = []
    var reasons: [String: Int] = [:]
    private var writer: RowWriter?
    private var background: BackgroundWriter?
    private var batch = RowBatch()

    init(run: LoadRun) { self.run = run }

    deinit { clean.deallocate() }

    func accept(_ record: CSVRecord) throws {
        guard let mapper else { return try acceptHeader(record) }
        rowsRead += 1
        if let index = try guardRecord(record, header: mapper.header) {
            let position = record.position(of: index)
            let name = index < mapper.header.count ? mapper.header[index] : nil
            try reject(RowProblem(line: position.line, column: position.column, field: name, reason: HeaderGuard.controlCharacterReason))
        } else if let problem = mapper.map(record) {
            try reject(problem)
        } else {
            batch.operations.append(.insert(line: record.line, start: batch.values.count))
            batch.values.append(contentsOf: mapper.values)
            rowsLoaded += 1
            if batch.operations.count >= RowBatch.rows { try flush() }
        }
    }

    /// Writes what is left and waits for the writer.
    ///
    /// - Throws: the writer's error (a full disk, for example).
    func finish() throws {
        try flush()
        try background?.finish()
        background = nil
    }

    /// Stops the writer without writing what waits (reading failed; the caller rolls back).
    func stop() {
        background?.stop()
        background = nil
    }

    private func flush() throws {
        guard !batch.operations.isEmpty, let writer else { return }
        if let background { try background.put(batch) } else { try writer.write(batch) }
        batch.values.removeAll(keepingCapacity: true)
        batch.operations.removeAll(keepingCapacity: true)
    }

    private func acceptHeader(_ record: CSVRecord) throws {
        if record.malformedAt != nil { throw IngestFileError(file: run.path, line: 1, column: 1, "the header row is malformed") }
        let header = record.strings
        let columns = header.indices.map { record.position(of: $0).column }
        try HeaderGuard(file: run.path, safe: run.codebook.safe, guardian: guardian).check(header, columns: columns)
        let mapper = try RowMapper(codebook: run.codebook, header: header, file: run.path, headerColumns: columns)
        self.mapper = mapper
        checked = header.indices.map { !Codebook.isSafe(header[$0], at: $0, in: run.codebook.safe) }
        let registry = SourceRegistry(database: run.store.database)
        let writer = RowWriter(
            insert: try run.prepareTable(for: mapper), rejectInsert: try registry.prepareReject(), registry: registry,
            sourceID: run.sourceID, width: mapper.columns.count)
        self.writer = writer
        batch.values.reserveCapacity(RowBatch.rows * mapper.columns.count)
        if run.options.parallel {
            let background = BackgroundWriter(writer: writer)
            background.start()
            self.background = background
        }
    }

    /// Refuses the file on an identifier in a checked field; returns the first field with a
    /// control character (the row is then quarantined), or nil.
    @inline(__always)
    private func guardRecord(_ record: CSVRecord, header: [String]) throws -> Int? {
        var control: Int? = nil
        for index in 0..<record.count where index >= checked.count || checked[index] {
            switch record.withField(index, { inspect($0) }) {
            case nil: continue
            case .controlCharacter: control = control ?? index
            case let .identifier(kind): throw identifierFound(kind, at: index, of: record, header: header)
            }
        }
        // A field with a stray or unclosed quote is quarantined with its row, but read first.
        let rest = record.count
        if rest >= checked.count || checked[rest], let kind = record.withUndeliveredText({ guardian.classify($0) }) ?? nil {
            throw identifierFound(kind, at: rest, of: record, header: header)
        }
        return control
    }

    /// The guard's finding for one field; a short field equal to one found clean before is
    /// clean (see ``CleanFields``).
    @inline(__always)
    private func inspect(_ field: UnsafeBufferPointer<UInt8>) -> FieldFinding? {
        guard CleanFields.lengths.contains(field.count) else { return guardian.inspect(field) }
        let key = CleanFields.key(field)
        if clean.contains(key) { return nil }
        let finding = guardian.inspect(field)
        if finding == nil { clean.insert(key) }
        return finding
    }

    /// The refusal for an identifier in field `index`, named by its header when that is plain (a
    /// header that is not may itself be an identifier the guard misses), else by position.
    private func identifierFound(_ kind: IdentifierKind, at index: Int, of record: CSVRecord, header: [String]) -> StorageError {
        let position = record.position(of: index)
        let name = index < header.count && EchoedName.isPlain(header[index]) ? header[index] : Codebook.positionKey(index)
        return StorageError.identifierFound(
            file: run.path, line: position.line, column: position.column, field: name, kind: kind.description)
    }

    private func reject(_ problem: RowProblem) throws {
        rowsRejected += 1
        if firstProblems.count < 10 { firstProblems.append(problem) }
        reasons[IngestReport.reasonKey(problem), default: 0] += 1
        batch.operations.append(.reject(problem))
        if batch.operations.count >= RowBatch.rows { try flush() }
    }
}
