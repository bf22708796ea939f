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
final class RowSink {
    let run: LoadRun
    let guardian = PIIGuard()
    var mapper: RowMapper?
    var insert: Statement?
    var rejectInsert: Statement?
    var checked: [Bool] = []  // per raw column: whether the PII guard looks at it
    var rowsRead = 0, rowsLoaded = 0, rowsRejected = 0
    var firstProblems: [RowProblem] = []
    var reasons: [String: Int] = [:]

    let arena = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)

    init(run: LoadRun) { self.run = run }

    deinit { arena.deallocate() }

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
            try insertRow(mapper.values, line: record.line)
            rowsLoaded += 1
        }
    }

    private func acceptHeader(_ record: CSVRecord) throws {
        if record.malformedAt != nil { throw IngestFileError(file: run.path, line: 1, column: 1, "the header row is malformed") }
        let header = record.strings
        let columns = header.indices.map { record.position(of: $0).column }
        try HeaderGuard(file: run.path, safe: run.codebook.safe, guardian: guardian).check(header, columns: columns)
        let mapper = try RowMapper(codebook: run.codebook, header: header, file: run.path, headerColumns: columns)
        self.mapper = mapper
        checked = header.map { run.codebook.safe[$0] == nil }
        insert = try run.prepareTable(for: mapper)
        rejectInsert = try SourceRegistry(database: run.store.database).prepareReject()
    }

    /// Refuses the file on an identifier in a checked field; returns the first field with a
    /// control character (the row is then quarantined), or nil.
    @inline(__always)
    private func guardRecord(_ record: CSVRecord, header: [String]) throws -> Int? {
        var control: Int? = nil
        for index in 0..<record.count where index >= checked.count || checked[index] {
            switch record.withField(index, { guardian.inspect($0) }) {
            case nil: continue
            case .controlCharacter: control = control ?? index
            case let .identifier(kind):
                let position = record.position(of: index)
                let name = index < header.count ? header[index] : "#\(index + 1)"
                throw StorageError.identifierFound(
                    file: run.path, line: position.line, column: position.column, field: name, kind: kind.description)
            }
        }
        return control
    }

    private func reject(_ problem: RowProblem) throws {
        rowsRejected += 1
        if firstProblems.count < 10 { firstProblems.append(problem) }
        reasons[IngestReport.reasonKey(problem), default: 0] += 1
        guard let statement = rejectInsert else { return }
        try SourceRegistry(database: run.store.database).reject(
            statement, source: run.sourceID, line: problem.line, column: problem.column, field: problem.field, reason: problem.reason)
    }

    /// Binds one row and runs the insert. Text is copied into `arena`, which lives until the
    /// statement has run, and bound without SQLite making its own copy (no malloc per field).
    @inline(__always)
    private func insertRow(_ values: [Value], line: Int) throws {
        guard let statement = insert else { return }
        try statement.bind(1, int: run.sourceID)
        try statement.bind(2, int: Int64(line))
        var used = 0
        var index: Int32 = 3
        for value in values {
            switch value {
            case .null: try statement.bindNull(index)
            case let .integer(v): try statement.bind(index, int: v)
            case let .real(v): try statement.bind(index, double: v)
            case let .text(text):
                var v = text
                try v.withUTF8 { bytes in
                    if used + bytes.count <= arena.count, let base = bytes.baseAddress {
                        (arena.baseAddress! + used).update(from: base, count: bytes.count)
                        try statement.bind(index, staticText: arena.baseAddress! + used, count: bytes.count)
                        used += bytes.count
                    } else {
                        try statement.bind(index, text: text)
                    }
                }
            }
            index += 1
        }
        try statement.run()
    }
}
