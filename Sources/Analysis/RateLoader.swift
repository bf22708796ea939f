import Storage

/// One country × year: the cell that numerators and denominators are stored by.
struct RateCell: Hashable, Sendable, Comparable {
    let country: String
    let year: Int

    static func < (lhs: RateCell, rhs: RateCell) -> Bool {
        (lhs.country, lhs.year) < (rhs.country, rhs.year)
    }
}

/// A numerator for one cell and offence, from incidents or aggregate counts.
struct NumeratorCell: Sendable {
    let cell: RateCell
    /// The ICCS code (nil: every incident).
    let offence: String?
    /// The count, nil when the source publishes it as missing (Eurostat `:`).
    let count: Int?
    /// The source's flag letters (Eurostat `b`, `e`, `p`), if any.
    let flag: String?
    let source: RateSource
}

/// A denominator for one cell: the population and the source it came from.
struct DenominatorCell: Sendable {
    let population: Double
    let sourceName: String
    let flag: String?
}

/// Reads numerators and denominators with SQL aggregates (`GROUP BY` country, year): the
/// incident table is never read row by row.
struct RateLoader {
    let store: Store

    /// Incident counts per country × year for an offence and stage.
    ///
    /// Every country × year with at least one incident row is returned (the register covers
    /// it), with a count of 0 when no case matches. An offence matches by code prefix.
    func incidentCells(offence: String?, stage: IncidentStage?) throws -> [NumeratorCell] {
        let columns = try store.columns(of: "incidents")
        guard columns.isSuperset(of: ["country", "year"]) else { return [] }
        var conditions: [String] = []
        var bindings: [SQLValue] = []
        if let offence {
            guard columns.contains("iccs") else {
                throw RateError.missingData(
                    table: "incidents", hint: "no ICCS codes were derived; map national articles with the offence mapping table")
            }
            conditions.append("substr(iccs, 1, \(offence.count)) = ?")
            bindings.append(.text(offence))
        }
        if let accepted = stage?.acceptedValues {
            guard columns.contains("stage") else { throw RateError.missingData(table: "incidents", hint: "no stage column; drop --stage") }
            conditions.append("stage IN (" + accepted.map(sqlLiteral).joined(separator: ", ") + ")")
        }
        let match = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let sql = """
            SELECT country, year, sum(CASE WHEN \(match) THEN 1 ELSE 0 END) FROM incidents
            WHERE country IS NOT NULL AND year IS NOT NULL GROUP BY country, year ORDER BY country, year
            """
        return try store.database.rows(sql, bindings).compactMap { row in
            guard let year = RateValues.year(row[1]) else { return nil }
            return NumeratorCell(
                cell: RateCell(country: row[0].string ?? "", year: year), offence: offence,
                count: row[2].double.flatMap(RateValues.wholeNumber), flag: nil, source: .incidents)
        }
    }

    /// Aggregate counts (unit `NR`) per country × year × ICCS code: the exact code, or every
    /// code when `offence` is nil. Where several sources give the same cell, the latest wins.
    func countCells(offence: String?) throws -> [NumeratorCell] {
        let columns = try store.columns(of: "counts")
        guard columns.isSuperset(of: ["country", "year", "iccs", "count"]) else { return [] }
        var conditions = ["country IS NOT NULL", "year IS NOT NULL", "iccs IS NOT NULL"]
        var bindings: [SQLValue] = []
        if columns.contains("unit") { conditions.append("(unit = 'NR' OR unit IS NULL)") }
        if let offence {
            conditions.append("iccs = ?")
            bindings.append(.text(offence))
        }
        let flag = columns.contains("flag") ? "flag" : "NULL"
        let sql = """
            SELECT country, year, iccs, count, \(flag), max(_source) FROM counts
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY country, year, iccs ORDER BY country, year, iccs
            """
        return try store.database.rows(sql, bindings).compactMap { row in
            guard let year = RateValues.year(row[1]) else { return nil }
            let cell = RateCell(country: row[0].string ?? "", year: year)
            var count: Int?
            if let value = row[3].double {
                count = try RateValues.count(value, cell: cell, source: row[5], store: store)
            }
            return NumeratorCell(cell: cell, offence: row[2].string, count: count, flag: row[4].string, source: .counts)
        }
    }

    /// The denominator of every country × year that has one.
    ///
    /// - `children`: per source, the sum over single years of age 0–17 of sex `total` when the
    ///   source has it (Eurostat), otherwise of `male` + `female`; only complete sets of ages
    ///   (18 per sex, none missing) count.
    /// - `all`: Eurostat's age `TOTAL`, sex `total`.
    ///
    /// Where several sources give the same cell, `preferEurostat` decides (Eurostat for
    /// Eurostat counts, the national files for incident registers), then the latest source.
    func denominators(_ kind: RateDenominator, preferEurostat: Bool) throws -> [RateCell: DenominatorCell] {
        let columns = try store.columns(of: "population")
        guard columns.isSuperset(of: ["country", "year", "population", "sex"]) else { return [:] }
        let candidates = try kind == .children ? childCandidates(columns) : allAgesCandidates(columns)
        let eurostat = try eurostatSources()
        var chosen: [RateCell: (rank: (Int, Int64), value: DenominatorCell)] = [:]
        for candidate in candidates {
            let rank = ((eurostat.contains(candidate.source) == preferEurostat) ? 1 : 0, candidate.source)
            if let current = chosen[candidate.cell], current.rank >= rank { continue }
            chosen[candidate.cell] = (rank, candidate.value)
        }
        return chosen.mapValues(\.value)
    }

    /// A population total offered by one source.
    private struct Candidate {
        let cell: RateCell
        let source: Int64
        let value: DenominatorCell
    }

    /// Children 0–17 per source and cell, from complete single-year ages only.
    private func childCandidates(_ columns: Set<String>) throws -> [Candidate] {
        guard columns.contains("age") else { return [] }
        let flag = columns.contains("flag") ? "group_concat(DISTINCT p.flag)" : "NULL"
        let sql = """
            SELECT p._source, s.name, p.country, p.year, p.sex, sum(p.population), count(p.population),
                count(DISTINCT p.age), \(flag)
            FROM population p JOIN sources s ON s.id = p._source
            WHERE p.age BETWEEN 0 AND 17 AND p.country IS NOT NULL AND p.year IS NOT NULL AND p.sex IN ('male', 'female', 'total')
            GROUP BY p._source, p.country, p.year, p.sex ORDER BY p._source, p.country, p.year, p.sex
            """
        var bySex: [Int64: [RateCell: [String: (Double, String?)]]] = [:]
        var names: [Int64: String] = [:]
        for row in try store.database.rows(sql) {
            guard case let .integer(source) = row[0], row[6].double == 18, row[7].double == 18, let year = RateValues.year(row[3])
            else { continue }
            names[source] = row[1].string ?? ""
            let cell = RateCell(country: row[2].string ?? "", year: year)
            let population = try RateValues.population(row[5].double ?? 0, cell: cell, sourceName: row[1].string ?? "")
            bySex[source, default: [:]][cell, default: [:]][row[4].string ?? ""] = (population, row[8].string)
        }
        return bySex.flatMap { source, cells in
            cells.compactMap { cell, sexes -> Candidate? in
                let parts = sexes["total"].map { [$0] } ?? [sexes["male"], sexes["female"]].compactMap { $0 }
                guard !parts.isEmpty, sexes["total"] != nil || parts.count == 2 else { return nil }
                let flags = Set(parts.compactMap(\.1)).sorted().joined(separator: ",")
                let value = DenominatorCell(
                    population: parts.map(\.0).reduce(0, +), sourceName: names[source] ?? "", flag: flags.isEmpty ? nil : flags)
                return Candidate(cell: cell, source: source, value: value)
            }
        }
    }

    /// All ages per source and cell: Eurostat's `TOTAL` age, sex `total`.
    private func allAgesCandidates(_ columns: Set<String>) throws -> [Candidate] {
        guard columns.contains("age_code") else { return [] }
        let flag = columns.contains("flag") ? "p.flag" : "NULL"
        let sql = """
            SELECT p._source, s.name, p.country, p.year, p.population, \(flag) FROM population p JOIN sources s ON s.id = p._source
            WHERE p.age_code = 'TOTAL' AND p.sex = 'total' AND p.population IS NOT NULL AND p.country IS NOT NULL
                AND p.year IS NOT NULL
            """
        return try store.database.rows(sql).compactMap { row in
            guard case let .integer(source) = row[0], let value = row[4].double, let year = RateValues.year(row[3]) else { return nil }
            let cell = RateCell(country: row[2].string ?? "", year: year)
            let population = try RateValues.population(value, cell: cell, sourceName: row[1].string ?? "")
            return Candidate(
                cell: cell, source: source,
                value: DenominatorCell(population: population, sourceName: row[1].string ?? "", flag: row[5].string))
        }
    }

    /// The ids of the sources ingested as Eurostat bulk downloads.
    private func eurostatSources() throws -> Set<Int64> {
        let rows = try store.database.rows("SELECT id FROM sources WHERE codebook LIKE '(built-in eurostat%'")
        return Set(rows.compactMap { if case let .integer(id) = $0[0] { id } else { nil } })
    }
}

/// Checks on the counts and populations read from the database, so that no stored value can
/// trap a conversion, overflow a sum or send an exact test into a loop of 10¹¹ steps.
package enum RateValues {
    /// The largest count or population accepted: ten billion, above the population of the
    /// world, and far below 2⁵³ (so every accepted value is a double exactly and sums of
    /// thousands of them cannot overflow).
    package static let maximum: Double = 10_000_000_000

    /// A whole number within ±``maximum``, or nil.
    static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) <= maximum, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// A year as stored (an integer column), nil when it is not a plausible whole number.
    static func year(_ value: SQLValue) -> Int? {
        guard let year = value.double.flatMap(wholeNumber), (0...9999).contains(year) else { return nil }
        return year
    }

    /// A stored count: a whole number from 0 to ``maximum``.
    /// - Throws: ``RateError/unusableValue(table:source:country:year:problem:)`` otherwise.
    static func count(_ value: Double, cell: RateCell, source: SQLValue, store: Store) throws -> Int {
        if let count = wholeNumber(value), count >= 0 { return count }
        throw RateError.unusableValue(
            table: "count", source: try sourceName(source, store: store), country: cell.country, year: cell.year,
            problem: problem(value, whole: true))
    }

    /// A stored population: positive (zero is left to the caller: no denominator) and at most
    /// ``maximum``.
    static func population(_ value: Double, cell: RateCell, sourceName: String) throws -> Double {
        if value.isFinite, value >= 0, value <= maximum { return value }
        throw RateError.unusableValue(
            table: "population", source: sourceName, country: cell.country, year: cell.year, problem: problem(value, whole: false))
    }

    private static func problem(_ value: Double, whole: Bool) -> String {
        if !value.isFinite || abs(value) > maximum {
            return "is beyond the largest value sitan accepts (10 000 000 000, more than the world's population)"
        }
        if value < 0 { return "is negative" }
        return whole ? "is not a whole number" : "cannot be used"
    }

    private static func sourceName(_ id: SQLValue, store: Store) throws -> String {
        guard case let .integer(id) = id else { return "?" }
        return try store.database.rows("SELECT name FROM sources WHERE id = ?", [.integer(id)]).first?.first?.string ?? "?"
    }
}
