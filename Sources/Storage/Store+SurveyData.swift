import Codebooks

/// A survey source as its provenance records it.
package struct SurveySource: Sendable {
    package let id: Int64
    /// The round it belongs to: the codebook's `survey:` id, else country and year (`LV-2024`).
    package let round: String
    package let country: String
    package let year: Int?
}

/// One value ``Store/scanSurvey(_:sources:row:)`` reads from each survey row.
package enum SurveyValue: Sendable {
    /// A column as stored (NULL when missing).
    case column(String)
    /// A categorical column as a dense code: 0..<categories.count, −1 when missing, −2 for a
    /// value outside the list. Computed by SQLite, so no string reaches Swift per row.
    case categoryCode(String, categories: [String])
    /// 1 when the row satisfies every condition (the column's value is one of the listed
    /// values), else 0; a missing value satisfies none.
    case satisfiesAll([(column: String, values: [SQLValue])])

    /// The SQL expression, with its placeholders' values appended to `bindings`.
    fileprivate func expression(binding bindings: inout [SQLValue]) -> String {
        switch self {
        case let .column(name):
            return Store.quotedName(name)
        case let .categoryCode(name, categories):
            let column = Store.quotedName(name)
            let cases = categories.enumerated().map { "WHEN \(Store.literal($1)) THEN \($0)" }.joined(separator: " ")
            return "CASE \(column) \(cases) ELSE (CASE WHEN \(column) IS NULL THEN -1 ELSE -2 END) END"
        case let .satisfiesAll(conditions):
            let terms = conditions.map { condition in
                bindings += condition.values
                let marks = Array(repeating: "?", count: condition.values.count).joined(separator: ", ")
                return "\(Store.quotedName(condition.column)) IN (\(marks))"
            }
            return "coalesce((" + terms.joined(separator: " AND ") + "), 0)"
        }
    }
}

/// The survey table as analyses read it: sources, rounds, design columns and one pass over
/// the rows.
extension Store {
    /// Every survey source, in the order they were loaded.
    package func surveySources() throws -> [SurveySource] {
        let rows = try database.rows(
            "SELECT id, coalesce(survey, country || coalesce('-' || year, '')), country, year FROM sources WHERE kind = '"
                + SourceKind.survey.rawValue + "' ORDER BY id")
        return rows.compactMap { row in
            guard case let .integer(id) = row[0], let round = row[1].string else { return nil }
            let year: Int? = if case let .integer(y) = row[3] { Int(y) } else { nil }
            return SurveySource(id: id, round: round, country: row[2].string ?? "", year: year)
        }
    }

    /// The survey rounds with a source none of whose rows has an fpc or a weight other than 1 (an
    /// export whose weight column holds 1 throughout is unweighted too): their totals count
    /// respondents, and estimate no number in the population. One pass over the survey table.
    package func surveyRoundsWithoutWeights() throws -> Set<String> {
        let unweighted = Set(
            try database.rows(
                "SELECT _source FROM \(SourceKind.survey.table) GROUP BY _source "
                    + "HAVING max((_weight IS NOT NULL AND _weight <> 1) OR _fpc IS NOT NULL) = 0"
            ).compactMap { $0[0].double.map { Int64($0) } })
        return Set(try surveySources().filter { unweighted.contains($0.id) }.map(\.round))
    }

    /// The name of every source (of any kind) by id.
    package func sourceNames() throws -> [Int64: String] {
        Dictionary(
            try database.rows("SELECT id, name FROM sources").map { ($0[0].double.map { Int64($0) } ?? -1, $0[1].string ?? "") },
            uniquingKeysWith: { a, _ in a })
    }

    /// How many survey rows the sources hold (every source when `sources` is nil).
    package func surveyRowCount(sources: [Int64]?) throws -> Int {
        Int(try database.scalar("SELECT count(*) FROM \(SourceKind.survey.table)" + Self.sourceFilter(sources)))
    }

    /// The number of sampling stages after the first that the survey table records (`_psu2`
    /// with `_fpc2`, ...).
    package func surveyLaterStages() throws -> Int {
        let columns = try columns(of: .survey)
        return (2...).prefix { columns.contains("_psu\($0)") && columns.contains("_fpc\($0)") }.count
    }

    /// Reads the survey rows of `sources` (every source when nil) in storage order, calling
    /// `row` with the statement positioned on each; column `i` of the statement holds
    /// `values[i]`.
    ///
    /// A scan of every row also makes `tally`'s first read of the survey table when it has not
    /// been made (``UnitTally/sharedRead(of:)``): the table is then read once, not twice.
    package func scanSurvey(
        _ values: [SurveyValue], sources: [Int64]?, tally: UnitTally? = nil, row: (Statement) throws -> Void
    ) throws {
        var bindings: [SQLValue] = []
        var expressions = values.map { $0.expression(binding: &bindings) }
        var shared: UnitTally.SharedRead? = nil
        if sources == nil, let tally { shared = try tally.sharedRead(of: SourceKind.survey.table) }
        // Each column the tally reads is a column already selected, or one more.
        let sharedColumns = (shared?.names ?? []).map { name -> Int in
            let expression = Self.quotedName(name)
            if let index = expressions.firstIndex(of: expression) { return index }
            expressions.append(expression)
            return expressions.count - 1
        }
        let statement = try database.prepare(
            "SELECT " + expressions.joined(separator: ", ") + " FROM \(SourceKind.survey.table)" + Self.sourceFilter(sources)
                + (shared == nil ? "" : " ORDER BY rowid"))
        try statement.bind(bindings)
        while try statement.step() {
            try row(statement)
            shared?.add(statement, columns: sharedColumns)
        }
        if let shared, let tally { try tally.finish(shared) }
    }

    private static func sourceFilter(_ sources: [Int64]?) -> String {
        sources.map { " WHERE _source IN (" + $0.map(String.init).joined(separator: ", ") + ")" } ?? ""
    }
}
