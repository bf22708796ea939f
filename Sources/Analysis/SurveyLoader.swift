import Storage

/// What to read for one analysis.
struct LoadPlan {
    /// A numeric outcome (binary, integer, number), if any.
    var numericOutcome: CatalogVariable?
    /// Factor columns: a categorical outcome, `--by`, `--across`.
    var factors: [CatalogVariable]
    /// The `--where` conditions with their values typed for SQLite.
    var filters: [(variable: CatalogVariable, values: [SQLValue])]
    /// Further numeric columns (a model's binary, integer and number predictors).
    var numericColumns: [CatalogVariable] = []
}

/// Reads the survey table into ``SurveyData`` in one pass (``Store/scanSurvey(_:sources:row:)``).
///
/// Category codes and the domain condition are computed by the database (``SurveyValue``), so the
/// per-row work in Swift is reading numbers; only `_stratum`, `_psu` and text variables
/// become strings, with the previous row's key cached (rows arrive grouped by source). The
/// survey round of a row comes from its source; the `survey` grouping column is built here.
struct SurveyLoader {
    let store: Store
    /// Columns read by earlier analyses (nil: read everything).
    var cache: SurveyLoadCache? = nil
    /// The release ledger's unit tally: its first read of the table is made in the same scan.
    var tally: UnitTally? = nil

    /// Loads the plan's columns for every row of the selected survey rounds: what the cache
    /// does not hold is read in one scan (and kept in the cache).
    ///
    /// - Parameters:
    ///   - plan: the columns.
    ///   - rounds: the rounds to read; strata are nested in rounds.
    ///   - pool: whether the `survey` grouping column holds one pooled level instead of the rounds.
    func load(_ plan: LoadPlan, rounds: SurveyRounds, pool: Bool) throws -> SurveyData {
        let scope = SurveyLoadCache.Scope(rounds: rounds.selected.map(\.id), sources: rounds.selectedSources)
        let conditions = plan.filters.map { SurveyLoadCache.Condition(column: $0.variable.name, values: $0.values) }
        var reads = ScanReads(
            design: cache?.designs[scope], domain: conditions.isEmpty ? [] : cache?.domains[scope]?[conditions],
            numeric: cache?.numeric[scope] ?? [:], factors: cache?.factors[scope] ?? [:])
        let unread = missing(plan, in: reads)
        if reads.design == nil || reads.domain == nil || !unread.numeric.isEmpty || !unread.factors.isEmpty {
            try scan(plan, scope: scope, rounds: rounds, into: &reads)
        }
        var data = reads.design!
        if !conditions.isEmpty {
            data.inDomain = reads.domain
            cache?.domains[scope, default: [:]][conditions] = reads.domain
        }
        data.numeric = plan.numericOutcome.map { reads.numeric[$0.name]! }
        for variable in plan.numericColumns { data.numericColumns[variable.name] = reads.numeric[variable.name]! }
        for variable in plan.factors where variable.name != SurveyRounds.variable {
            data.factors[variable.name] = reads.factors[variable.name]!
        }
        if let cache {
            cache.designs[scope] = reads.design
            cache.numeric[scope] = reads.numeric
            cache.factors[scope] = reads.factors
        }
        let ids = rounds.selected.map(\.id)
        data.factors[SurveyRounds.variable] =
            pool
            ? FactorColumn(codes: [Int32](repeating: 0, count: data.rowCount), levels: [ids.joined(separator: "+")], isInteger: false)
            : data.rounds
        return data
    }

    /// What has been read: the design (its `rounds` set), the domain, numeric and factor columns.
    private struct ScanReads {
        var design: SurveyData?
        var domain: [Bool]?
        var numeric: [String: [Double]]
        var factors: [String: FactorColumn]
    }

    /// The plan's numeric and factor variables not read yet (numeric ones first).
    private func missing(_ plan: LoadPlan, in reads: ScanReads) -> (numeric: [CatalogVariable], factors: [CatalogVariable]) {
        var numeric: [CatalogVariable] = []
        for variable in [plan.numericOutcome].compactMap({ $0 }) + plan.numericColumns
        where reads.numeric[variable.name] == nil && !numeric.contains(where: { $0.name == variable.name }) {
            numeric.append(variable)
        }
        var factors: [CatalogVariable] = []
        for variable in plan.factors
        where variable.name != SurveyRounds.variable && reads.factors[variable.name] == nil
            && !factors.contains(where: { $0.name == variable.name })
        {
            factors.append(variable)
        }
        return (numeric, factors)
    }

    /// Reads what `reads` lacks in one pass over the scope's rows (``Store/scanSurvey(_:sources:row:)``).
    private func scan(_ plan: LoadPlan, scope: SurveyLoadCache.Scope, rounds: SurveyRounds, into reads: inout ScanReads) throws {
        let count = try reads.design?.rowCount ?? store.surveyRowCount(sources: scope.sources)
        let laterStages = try store.surveyLaterStages()
        let readsDesign = reads.design == nil
        var design = DesignBuilder(
            capacity: readsDesign ? count : 0, sourceNames: readsDesign ? try store.sourceNames() : [:],
            roundOfSource: Self.roundOfSource(rounds), laterStages: readsDesign ? laterStages : 0)
        let (numericVariables, factorVariables) = missing(plan, in: reads)
        let readsDomain = reads.domain == nil
        var domain: [Bool] = []
        domain.reserveCapacity(readsDomain ? count : 0)
        var numeric = numericVariables.map { _ in [Double]() }
        for j in numeric.indices { numeric[j].reserveCapacity(count) }
        var factors = factorVariables.map { FactorBuilder(variable: $0, capacity: count) }
        var values: [SurveyValue] = readsDesign ? Self.designValues(laterStages: laterStages) : []
        if readsDomain { values.append(.satisfiesAll(plan.filters.map { (column: $0.variable.name, values: $0.values) })) }
        values += numericVariables.map { .column($0.name) } + factors.map(\.value)
        let first = readsDesign ? 5 + 2 * laterStages : 0
        try store.scanSurvey(values, sources: scope.sources, tally: tally) { statement in
            if readsDesign { design.read(statement) }
            var column = first
            if readsDomain {
                domain.append(statement.int(column) == 1)
                column += 1
            }
            for j in numeric.indices {
                let cell = statement.cell(column)
                numeric[j].append(cell.isNull ? .nan : cell.double)
                column += 1
            }
            for j in factors.indices { factors[j].read(statement, column + j) }
        }
        if readsDesign {
            var data = try design.finish()
            data.rounds = FactorColumn(codes: design.rowRounds, levels: scope.rounds, isInteger: false)
            reads.design = data
        }
        if readsDomain { reads.domain = domain }
        for (variable, values) in zip(numericVariables, numeric) { reads.numeric[variable.name] = values }
        for builder in factors { reads.factors[builder.variable.name] = try builder.finish() }
    }

    /// The index of each selected source's round.
    private static func roundOfSource(_ rounds: SurveyRounds) -> [Int64: Int32] {
        var roundOfSource: [Int64: Int32] = [:]
        for (code, round) in rounds.selected.enumerated() {
            for source in round.sources { roundOfSource[source] = Int32(code) }
        }
        return roundOfSource
    }

    /// The design columns, read first from each row.
    private static func designValues(laterStages: Int) -> [SurveyValue] {
        var columns = ["_source", "_stratum", "_psu", "_weight", "_fpc"]
        columns += (0..<laterStages).flatMap { ["_psu\($0 + 2)", "_fpc\($0 + 2)"] }
        return columns.map(SurveyValue.column)
    }
}

/// Builds the design arrays row by row.
struct DesignBuilder {
    private struct StratumKey: Hashable {
        var round: Int32
        var name: String?
    }

    private let sourceNames: [Int64: String]
    private let roundOfSource: [Int64: Int32]
    /// The round of each row (index into the selected rounds).
    private(set) var rowRounds: [Int32] = []
    private var lastRound: (source: Int64, round: Int32)?
    private var weights: [Double] = []
    private var strata: [Int32] = []
    private var psu: [Int32] = []
    /// The fpc per row, held from the first row that gives one (the rows before have none).
    private var fpc: [Double] = []
    private var stratumCodes: [StratumKey: Int32] = [:]
    private var stratumSources: [String] = []
    private var psuCodes: [String: Int32] = [:]
    /// Codes of strata (per round, the round + 1 the index) and PSUs stored as short text
    /// (``Statement/shortTextKey(_:)``), found without making a String or hashing one.
    private var shortStrata: [ShortTextCodes] = []
    private var shortPSUs = ShortTextCodes()
    private var nextPSU: Int32 = 0
    private var last: (key: StratumKey, code: Int32)?
    private var lastPSU: (name: String, code: Int32)?
    private var hasStratumNames = false
    private var hasPSU = false
    private var fpcKinds: (population: Bool, fraction: Bool, missing: Bool) = (false, false, false)
    /// Whether any row has a weight (otherwise a multi-stage design's fpc implies them).
    private var hasWeight = false
    /// The first source with a weight outside ``SurveyWeights/range``.
    private var outOfRangeWeights: String?
    /// Unit codes and fpc of the stages after the first (`_psu2, _fpc2, ...`).
    private var laterCodes: [[Int32]]
    private var laterFPC: [[Double]]
    private var laterNames: [String: Int32] = [:]
    private var laterFPCGiven = false

    init(capacity: Int, sourceNames: [Int64: String], roundOfSource: [Int64: Int32], laterStages: Int = 0) {
        laterCodes = [[Int32]](repeating: [], count: laterStages)
        laterFPC = [[Double]](repeating: [], count: laterStages)
        self.sourceNames = sourceNames
        self.roundOfSource = roundOfSource
        rowRounds.reserveCapacity(capacity)
        weights.reserveCapacity(capacity)
        strata.reserveCapacity(capacity)
        psu.reserveCapacity(capacity)
    }

    /// Reads `_source, _stratum, _psu, _weight, _fpc` (columns 0–4).
    @inline(__always)
    mutating func read(_ statement: Statement) {
        let source = statement.int(0)
        let round: Int32
        if let lastRound, lastRound.source == source {
            round = lastRound.round
        } else {
            round = roundOfSource[source] ?? -1
            lastRound = (source, round)
        }
        rowRounds.append(round)
        let row = weights.count
        // Short codes (most strata and PSUs) are looked up by their bytes, without a String.
        let stratum = statement.cell(1)
        if let key = stratum.shortTextKey {
            strata.append(shortStratumCode(key, round: round, statement, source: source))
        } else {
            let stratumName: String? = stratum.isNull ? nil : statement.text(1)
            strata.append(stratumCode(StratumKey(round: round, name: stratumName), source: source))
        }
        let unit = statement.cell(2)
        if unit.isNull {
            psu.append(freshPSU())
        } else {
            hasPSU = true
            psu.append(unit.shortTextKey.map { shortPSUCode($0, statement) } ?? psuCode(statement.text(2)))
        }
        let weightCell = statement.cell(3)
        let weighted = !weightCell.isNull
        let weight = weighted ? weightCell.double : 1
        if weight != 0 && !SurveyWeights.range.contains(weight) && outOfRangeWeights == nil {
            outOfRangeWeights = sourceNames[source] ?? "source \(source)"
        }
        weights.append(weight)
        hasWeight = hasWeight || weighted
        let fpcCell = statement.cell(4)
        if fpcCell.isNull {
            fpcKinds.missing = true
            if !fpc.isEmpty { fpc.append(.infinity) }
        } else {
            let value = fpcCell.double
            if value > 1 { fpcKinds.population = true } else if value < 1 { fpcKinds.fraction = true }
            if fpc.isEmpty {
                fpc = [Double](repeating: .infinity, count: row)
                fpc.reserveCapacity(weights.capacity)
            }
            fpc.append(value)
        }
        for s in laterCodes.indices { readLaterStage(s, statement, column: 5 + 2 * s) }
    }

    /// A row of a source without this stage is one unit of its parent with fpc 1 (sampled with
    /// certainty): it adds no variance and does not change the implied weight.
    @inline(__always)
    private mutating func readLaterStage(_ s: Int, _ statement: Statement, column: Int) {
        guard !statement.isNull(column) else {
            laterCodes[s].append(Int32.max)
            laterFPC[s].append(1)
            return
        }
        let name = statement.text(column)
        let code = laterNames[name] ?? Int32(laterNames.count)
        laterNames[name] = code
        laterCodes[s].append(code)
        if statement.isNull(column + 1) {
            laterFPC[s].append(.infinity)
        } else {
            laterFPCGiven = true
            laterFPC[s].append(statement.double(column + 1))
        }
    }

    @inline(__always)
    private mutating func stratumCode(_ key: StratumKey, source: Int64) -> Int32 {
        if let last, last.key == key { return last.code }
        let code: Int32
        if let known = stratumCodes[key] {
            code = known
        } else {
            code = Int32(stratumCodes.count)
            stratumCodes[key] = code
            stratumSources.append(sourceNames[source] ?? "source \(source)")
            if key.name != nil { hasStratumNames = true }
        }
        last = (key, code)
        return code
    }

    /// The code of a stratum stored as short text (column 1): that of its text, found once.
    @inline(__always)
    private mutating func shortStratumCode(_ key: UInt64, round: Int32, _ statement: Statement, source: Int64) -> Int32 {
        let table = Int(round) + 1
        if table < shortStrata.count, let code = shortStrata[table].code(of: key) { return code }
        let code = stratumCode(StratumKey(round: round, name: statement.text(1)), source: source)
        while shortStrata.count <= table { shortStrata.append(ShortTextCodes()) }
        shortStrata[table].set(code, for: key)
        return code
    }

    /// The code of a PSU stored as short text (column 2): that of its text, found once.
    @inline(__always)
    private mutating func shortPSUCode(_ key: UInt64, _ statement: Statement) -> Int32 {
        if let code = shortPSUs.code(of: key) { return code }
        let code = psuCode(statement.text(2))
        shortPSUs.set(code, for: key)
        return code
    }

    @inline(__always)
    private mutating func psuCode(_ name: String) -> Int32 {
        if let lastPSU, lastPSU.name == name { return lastPSU.code }
        let code: Int32
        if let known = psuCodes[name] {
            code = known
        } else {
            code = freshPSU()
            psuCodes[name] = code
        }
        lastPSU = (name, code)
        return code
    }

    @inline(__always)
    private mutating func freshPSU() -> Int32 {
        defer { nextPSU += 1 }
        return nextPSU
    }

    /// The finished design columns.
    func finish() throws -> SurveyData {
        if let source = outOfRangeWeights { throw AnalysisError.weightOutOfRange(source: source) }
        let stratified = hasStratumNames || stratumCodes.count > 1
        let hasFPC = fpcKinds.population || fpcKinds.fraction
        if hasFPC && fpcKinds.fraction && (fpcKinds.missing || fpcKinds.population) {
            throw AnalysisError.inconsistentFPC
        }
        return SurveyData(
            rowCount: weights.count, weights: weights, strata: stratified ? strata : nil,
            stratumSources: stratumSources.isEmpty ? [] : stratumSources, psu: hasPSU ? psu : nil,
            fpc: hasFPC ? fpc : nil, laterStages: hasPSU ? laterCodes : [],
            laterFPC: laterFPCGiven ? laterFPC : nil, weightsGiven: hasWeight, inDomain: nil, numeric: nil, factors: [:],
            rounds: FactorColumn(codes: [], levels: [], isInteger: false))
    }
}

extension Statement {
    /// The text of a column (numbers rendered as SQLite would).
    @inline(__always)
    func text(_ column: Int) -> String { value(column).string ?? "" }
}
