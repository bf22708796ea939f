import Codebooks

/// Incidents of one country × year: how many rows there are and how many match the request.
package struct IncidentTally: Sendable {
    package let country: String
    /// The year as stored (checked by the caller).
    package let year: SQLValue
    /// The number of incident rows that match the offence and stage.
    package let matching: Double?
    /// The values of the detail columns asked for (victim sex, victim age), as stored.
    package var detail: [SQLValue] = []
}

/// One aggregate count as stored (the latest source's where several give the same cell).
package struct StoredCount: Sendable {
    package let country: String
    package let year: SQLValue
    package let iccs: String?
    package let count: Double?
    package let flag: String?
    /// The source the count comes from.
    package let source: Int64?
}

/// A population total of one source, country, year and sex.
package struct PopulationTally: Sendable {
    package let source: Int64
    package let sourceName: String
    package let country: String
    package let year: SQLValue
    package let sex: String
    /// The sum of the populations (all ages, or ages 0–17 for children).
    package let population: Double?
    /// How many values the sum adds, and how many distinct ages (children only; 18 when complete).
    package let values: Double?
    package let ages: Double?
    /// The source's flag letters, if any.
    package let flag: String?
    /// The single year of age (``Store/childPopulationByAge()``), nil for sums over ages.
    package var age: Double? = nil
}

/// The counts and populations rates are computed from, read with SQL aggregates (`GROUP BY`
/// country, year): the incident table is never read row by row.
extension Store {
    /// The columns of the table that holds the sources of `kind`.
    package func columns(of kind: SourceKind) throws -> Set<String> { try columns(of: kind.table) }

    /// Incidents per country × year (and per value of each `detail` column, such as
    /// `victim_sex` and `victim_age`), with how many match an ICCS code prefix and one of the
    /// stages; the caller checks that the `iccs`, `stage` and detail columns exist.
    package func incidentTallies(iccsPrefix: String?, stages: [String]?, detail: [String] = []) throws -> [IncidentTally] {
        let (conditions, bindings) = Self.incidentMatch(iccsPrefix: iccsPrefix, stages: stages)
        let match = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let keys = (["country", "year"] + detail.map(Self.quotedName)).joined(separator: ", ")
        let sql = """
            SELECT \(keys), sum(CASE WHEN \(match) THEN 1 ELSE 0 END) FROM \(SourceKind.incidents.table)
            WHERE country IS NOT NULL AND year IS NOT NULL GROUP BY \(keys) ORDER BY \(keys)
            """
        return try database.rows(sql, bindings).map { row in
            IncidentTally(
                country: row[0].string ?? "", year: row[1], matching: row[2 + detail.count].double,
                detail: Array(row[2..<(2 + detail.count)]))
        }
    }

    /// Incident rows per combination of values of `keys` (as text, nil when missing), among
    /// those that match an ICCS code prefix and one of the stages.
    package func incidentCounts(by keys: [String], iccsPrefix: String?, stages: [String]?) throws -> [(
        values: [String?], count: Int
    )] {
        let (conditions, bindings) = Self.incidentMatch(iccsPrefix: iccsPrefix, stages: stages)
        let quoted = keys.map(Self.quotedName)
        let sql =
            "SELECT " + (quoted + ["count(*)"]).joined(separator: ", ") + " FROM \(SourceKind.incidents.table) WHERE "
            + (["1"] + conditions).joined(separator: " AND ") + " GROUP BY " + quoted.joined(separator: ", ")
        return try database.rows(sql, bindings).map { row in
            (row[0..<keys.count].map(\.string), Int(row[keys.count].double ?? 0))
        }
    }

    /// Aggregate counts (unit `NR`, or no unit) per country × year × ICCS code: the exact code,
    /// or every code when `iccs` is nil; where several sources give a cell, the latest.
    package func latestCounts(iccs: String?) throws -> [StoredCount] {
        let columns = try columns(of: .counts)
        guard columns.isSuperset(of: ["country", "year", "iccs", "count"]) else { return [] }
        var conditions = ["country IS NOT NULL", "year IS NOT NULL", "iccs IS NOT NULL"]
        var bindings: [SQLValue] = []
        if columns.contains("unit") { conditions.append("(unit = 'NR' OR unit IS NULL)") }
        if let iccs {
            conditions.append("iccs = ?")
            bindings.append(.text(iccs))
        }
        let flag = columns.contains("flag") ? "flag" : "NULL"
        let sql = """
            SELECT country, year, iccs, count, \(flag), max(_source) FROM \(SourceKind.counts.table)
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY country, year, iccs ORDER BY country, year, iccs
            """
        return try database.rows(sql, bindings).map { row in
            StoredCount(
                country: row[0].string ?? "", year: row[1], iccs: row[2].string, count: row[3].double, flag: row[4].string,
                source: Self.id(row[5]))
        }
    }

    /// Children aged 0–17 per source, country, year and sex (`male`, `female`, `total`).
    package func childPopulationTallies() throws -> [PopulationTally] {
        let columns = try columns(of: .population)
        guard columns.isSuperset(of: ["country", "year", "population", "sex", "age"]) else { return [] }
        let flag = columns.contains("flag") ? "group_concat(DISTINCT p.flag)" : "NULL"
        let sql = """
            SELECT p._source, s.name, p.country, p.year, p.sex, sum(p.population), count(p.population),
                count(DISTINCT p.age), \(flag)
            FROM \(SourceKind.population.table) p JOIN sources s ON s.id = p._source
            WHERE p.age BETWEEN 0 AND 17 AND p.country IS NOT NULL AND p.year IS NOT NULL AND p.sex IN ('male', 'female', 'total')
            GROUP BY p._source, p.country, p.year, p.sex ORDER BY p._source, p.country, p.year, p.sex
            """
        return try database.rows(sql).compactMap { row in
            guard let source = Self.id(row[0]) else { return nil }
            return PopulationTally(
                source: source, sourceName: row[1].string ?? "", country: row[2].string ?? "", year: row[3], sex: row[4].string ?? "",
                population: row[5].double, values: row[6].double, ages: row[7].double, flag: row[8].string)
        }
    }

    /// Children per source, country, year, sex (`male`, `female`, `total`) and single year of
    /// age 0–17, with how many values each sum adds (1 when the file has the cell once).
    package func childPopulationByAge() throws -> [PopulationTally] {
        let columns = try columns(of: .population)
        guard columns.isSuperset(of: ["country", "year", "population", "sex", "age"]) else { return [] }
        let flag = columns.contains("flag") ? "group_concat(DISTINCT p.flag)" : "NULL"
        let sql = """
            SELECT p._source, s.name, p.country, p.year, p.sex, p.age, sum(p.population), count(p.population), \(flag)
            FROM \(SourceKind.population.table) p JOIN sources s ON s.id = p._source
            WHERE p.age BETWEEN 0 AND 17 AND p.country IS NOT NULL AND p.year IS NOT NULL AND p.sex IN ('male', 'female', 'total')
            GROUP BY p._source, p.country, p.year, p.sex, p.age ORDER BY p._source, p.country, p.year, p.sex, p.age
            """
        return try database.rows(sql).compactMap { row in
            guard let source = Self.id(row[0]) else { return nil }
            return PopulationTally(
                source: source, sourceName: row[1].string ?? "", country: row[2].string ?? "", year: row[3], sex: row[4].string ?? "",
                population: row[6].double, values: row[7].double, ages: nil, flag: row[8].string, age: row[5].double)
        }
    }

    /// The names of the sources that give any population row, per country and year (comma-separated).
    package func populationSourceNames() throws -> [(country: String, year: SQLValue, sources: String)] {
        let columns = try columns(of: .population)
        guard columns.isSuperset(of: ["country", "year", "population"]) else { return [] }
        let sql = """
            SELECT p.country, p.year, group_concat(DISTINCT s.name) FROM \(SourceKind.population.table) p
            JOIN sources s ON s.id = p._source WHERE p.country IS NOT NULL AND p.year IS NOT NULL GROUP BY p.country, p.year
            """
        return try database.rows(sql).map { row in
            (row[0].string ?? "", row[1], row[2].string ?? "")
        }
    }

    /// The whole population (Eurostat's age `TOTAL`, sex `total`) per source, country and year.
    package func allAgesPopulationTotals() throws -> [PopulationTally] {
        let columns = try columns(of: .population)
        guard columns.isSuperset(of: ["country", "year", "population", "sex", "age_code"]) else { return [] }
        let flag = columns.contains("flag") ? "p.flag" : "NULL"
        let sql = """
            SELECT p._source, s.name, p.country, p.year, p.population, \(flag)
            FROM \(SourceKind.population.table) p JOIN sources s ON s.id = p._source
            WHERE p.age_code = 'TOTAL' AND p.sex = 'total' AND p.population IS NOT NULL AND p.country IS NOT NULL
                AND p.year IS NOT NULL
            """
        return try database.rows(sql).compactMap { row in
            guard let source = Self.id(row[0]) else { return nil }
            return PopulationTally(
                source: source, sourceName: row[1].string ?? "", country: row[2].string ?? "", year: row[3], sex: "total",
                population: row[4].double, values: nil, ages: nil, flag: row[5].string)
        }
    }

    /// The ids of the sources ingested by the built-in Eurostat reader (their provenance names
    /// the reader instead of a codebook).
    package func eurostatSourceIDs() throws -> Set<Int64> {
        let rows = try database.rows("SELECT id FROM sources WHERE codebook LIKE ?", [.text(EurostatIngestor.provenancePrefix + "%")])
        return Set(rows.compactMap { Self.id($0[0]) })
    }

    /// The name of a source, nil when there is no such source.
    package func sourceName(id: Int64) throws -> String? {
        try database.rows("SELECT name FROM sources WHERE id = ?", [.integer(id)]).first?.first?.string
    }

    /// The conditions on an incident row for an ICCS code prefix and a set of stages.
    private static func incidentMatch(iccsPrefix: String?, stages: [String]?) -> ([String], [SQLValue]) {
        var conditions: [String] = []
        var bindings: [SQLValue] = []
        if let iccsPrefix {
            conditions.append("substr(iccs, 1, \(iccsPrefix.count)) = ?")
            bindings.append(.text(iccsPrefix))
        }
        if let stages { conditions.append("stage IN (" + stages.map(literal).joined(separator: ", ") + ")") }
        return (conditions, bindings)
    }

    private static func id(_ value: SQLValue) -> Int64? {
        if case let .integer(id) = value { id } else { nil }
    }

    /// A column or table name as a quoted SQL identifier.
    package static func quotedName(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A text as an SQL string literal.
    package static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
