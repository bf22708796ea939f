import CSVReading
import Codebooks
import Foundation
import Privacy

/// One Eurostat TSV file being loaded: provenance, table layout and the cell-by-cell inserts.
struct EurostatSourceDescriptor {
    let path: String
    let name: String
    let store: Store
    let options: IngestOptions
    let sha: String

    init(path: String, name: String, store: Store, options: IngestOptions) throws {
        self.path = path
        self.name = name
        self.store = store
        self.options = options
        sha = try SHA256.hex(ofFile: path)
    }

    var registry: SourceRegistry { SourceRegistry(database: store.database) }

    func entry(kind: String) throws -> SourceEntry {
        SourceEntry(
            name: name, country: "EU", kind: kind, year: nil, survey: nil, description: "Eurostat bulk download", synthetic: false,
            path: path,
            sha256: sha, encoding: "utf-8", codebook: "(built-in \(EurostatIngestor.readerVersion))",
            codebookSHA256: try SHA256.digest(ofText: EurostatIngestor.readerVersion), safeColumns: "{}")
    }

    func clearPrevious() throws -> Bool { try registry.clearPrevious(try entry(kind: "counts"), replace: options.replace) }

    func load(into report: inout IngestReport) throws {
        let reader = CSVReader(path: path, dialect: CSVDialect(delimiter: 9))
        let sink = EurostatSink(descriptor: self)
        try reader.forEachRecord { try sink.accept($0) }
        guard let sourceID = sink.sourceID else { throw CSVReadingError.emptyFile(file: path) }
        report.rowsRead = sink.rowsRead
        report.rowsLoaded = sink.rowsRead - sink.rowsRejected
        report.rowsRejected = sink.rowsRejected
        report.firstProblems = sink.problems
        report.rejectReasons = sink.reasons
        try report.checkSomethingLoaded(format: nil)
        try registry.finish(sourceID, report: report)
        try store.record(sink.variables)
    }
}

/// Receives the TSV's records: the header decides the layout, then each line becomes cells.
final class EurostatSink {
    let descriptor: EurostatSourceDescriptor
    var layout: EurostatLayout?
    var sourceID: Int64?
    var insert: Statement?
    var rejectInsert: Statement?
    var rowsRead = 0, rowsRejected = 0
    var problems: [RowProblem] = []
    var reasons: [String: Int] = [:]
    var variables: [Variable] = []
    let guardian = PIIGuard()
    /// Value cells are numbers by format (checked by ``EurostatLayout/parseCell(_:)``): a
    /// population of 29 479 900 is not a bare Latvian mobile number.
    let valueGuardian = PIIGuard(checks: IdentifierChecks.all.subtracting(.barePhoneNumbers))

    init(descriptor: EurostatSourceDescriptor) { self.descriptor = descriptor }

    func accept(_ record: CSVRecord) throws {
        guard let layout else { return try acceptHeader(record) }
        rowsRead += 1
        if let index = try guardRecord(record) {
            return try reject(
                record, column: record.position(of: index).column, field: nil, reason: HeaderGuard.controlCharacterReason)
        }
        let keys = record.count > 0 ? record.string(0).split(separator: ",", omittingEmptySubsequences: false).map(String.init) : []
        if record.malformedAt != nil || keys.count != layout.dimensions.count || record.count != layout.periods.count + 1 {
            return try reject(
                record, column: 1, field: nil, reason: "expected \(layout.dimensions.count) key parts and \(layout.periods.count) values")
        }
        var cells: [(Double?, String)] = []
        for index in 1..<record.count {
            guard let cell = EurostatLayout.parseCell(record.string(index)) else {
                return try reject(
                    record, column: record.position(of: index).column, field: String(layout.periods[index - 1]),
                    reason: "not a Eurostat value (number or ':' with flags)")
            }
            if let value = cell.value, value < 0 || value > Self.largestValue {
                return try reject(
                    record, column: record.position(of: index).column, field: String(layout.periods[index - 1]),
                    reason: "a count or population must be from 0 to 10 000 000 000")
            }
            cells.append(cell)
        }
        try insertCells(cells, keys: keys, layout: layout, line: record.line)
    }

    /// Refuses the file on an identifier in any cell (the key included); returns the first
    /// cell with a control character, or nil.
    private func guardRecord(_ record: CSVRecord) throws -> Int? {
        var control: Int? = nil
        for index in 0..<record.count {
            let checker = index == 0 ? guardian : valueGuardian
            switch record.withField(index, { checker.inspect($0) }) {
            case nil: continue
            case .controlCharacter: control = control ?? index
            case let .identifier(kind):
                let position = record.position(of: index)
                throw StorageError.identifierFound(
                    file: descriptor.path, line: position.line, column: position.column,
                    field: index == 0 ? "key" : "#\(index + 1)", kind: kind.description)
            }
        }
        return control
    }

    private func acceptHeader(_ record: CSVRecord) throws {
        try HeaderGuard(file: descriptor.path, safe: [:], guardian: guardian).check(
            record.strings, columns: record.strings.indices.map { record.position(of: $0).column })
        guard let layout = EurostatLayout(header: record.strings) else {
            throw IngestFileError(
                file: descriptor.path, line: 1, column: 1,
                "not a Eurostat bulk-download TSV (the first header cell must end in \\TIME_PERIOD)")
        }
        try Self.checkLayout(layout, path: descriptor.path, header: record)
        self.layout = layout
        let kind = layout.isPopulation ? SourceKind.population : .counts
        sourceID = try descriptor.registry.insert(try descriptor.entry(kind: kind.rawValue), sitanVersion: descriptor.options.sitanVersion)
        let columns = Self.columns(for: layout, kind: kind)
        variables = columns.map {
            Variable(
                name: $0.name, type: $0.sqlType == "TEXT" ? .text : $0.sqlType == "REAL" ? .number : .integer, labels: ["en": $0.label],
                origin: EurostatIngestor.origin)
        }
        insert = try descriptor.registry.prepareInsert(
            table: kind.table, columns: columns.map { ($0.name, $0.sqlType) }, existing: try descriptor.store.columns(of: kind.table))
        rejectInsert = try descriptor.registry.prepareReject()
    }

    /// The columns sitan adds beside the dimensions; a dimension may not take their names.
    static let reservedColumns: Set<String> = ["age_code", "year", "count", "population", "flag", "_source", "_line"]

    /// Refuses a header whose dimensions or periods cannot be stored as they are meant: an empty,
    /// malformed or repeated dimension name, one that would overwrite a column sitan adds (a
    /// dimension `year` would replace the period), or a period given twice.
    static func checkLayout(_ layout: EurostatLayout, path: String, header: CSVRecord) throws {
        var seen: Set<String> = []
        for dimension in layout.dimensions {
            let column = EurostatLayout.column(for: dimension)
            let problem: String? =
                dimension.isEmpty
                ? "an empty dimension name"
                : !dimension.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) || dimension.first!.isNumber
                    ? "a dimension name that is not a plain name (letters, digits and _)"
                    : reservedColumns.contains(column)
                        ? "a dimension named \"\(dimension)\", which is a column sitan adds (the period is stored as year)"
                        : !seen.insert(column).inserted ? "the dimension \"\(dimension)\" twice" : nil
            if let problem {
                throw IngestFileError(file: path, line: 1, column: 1, "the key header has \(problem); nothing was loaded")
            }
        }
        var periods: Set<Int> = []
        for (index, period) in layout.periods.enumerated() where !periods.insert(period).inserted {
            let column = header.position(of: index + 1).column
            throw IngestFileError(file: path, line: 1, column: column, "the period \(period) is given twice; nothing was loaded")
        }
    }

    /// The largest count or population a cell may hold: far above any country's, and small
    /// enough that rates and exact intervals stay exact and fast.
    static let largestValue = 1e10

    static func columns(for layout: EurostatLayout, kind: SourceKind) -> [(name: String, sqlType: String, label: String)] {
        var columns = layout.dimensions.map { dimension -> (String, String, String) in
            let name = EurostatLayout.column(for: dimension)
            return (name, dimension == "age" ? "INTEGER" : "TEXT", "Eurostat dimension \(dimension)")
        }
        if layout.dimensions.contains("age") { columns.append(("age_code", "TEXT", "Eurostat age code (TOTAL, Y_LT1, Y1, ...)")) }
        columns.append(("year", "INTEGER", "Year"))
        columns.append(
            (kind == .population ? "population" : "count", "REAL", kind == .population ? "Population on 1 January" : "Value (see unit)"))
        columns.append(("flag", "TEXT", "Eurostat flags (b break, e estimated, p provisional, ...)"))
        return columns
    }

    private func insertCells(_ cells: [(Double?, String)], keys: [String], layout: EurostatLayout, line: Int) throws {
        guard let statement = insert, let sourceID else { return }
        for (period, cell) in zip(layout.periods, cells) {
            var values: [SQLValue] = [.integer(sourceID), .integer(Int64(line))]
            for (dimension, code) in zip(layout.dimensions, keys) {
                switch EurostatLayout.harmonise(dimension: dimension, code: code) {
                case let .integer(v): values.append(.integer(v))
                case let .text(v): values.append(.text(v))
                default: values.append(.null)
                }
            }
            if let index = layout.dimensions.firstIndex(of: "age") { values.append(.text(keys[index])) }
            values += [.integer(Int64(period)), cell.0.map(SQLValue.real) ?? .null, cell.1.isEmpty ? .null : .text(cell.1)]
            try statement.bind(values)
            try statement.run()
        }
    }

    private func reject(_ record: CSVRecord, column: Int, field: String?, reason: String) throws {
        rowsRejected += 1
        let problem = RowProblem(line: record.line, column: column, field: field, reason: reason)
        if problems.count < 10 { problems.append(problem) }
        reasons[IngestReport.reasonKey(problem), default: 0] += 1
        guard let statement = rejectInsert, let sourceID else { return }
        try descriptor.registry.reject(statement, source: sourceID, line: problem.line, column: column, field: field, reason: reason)
    }
}
