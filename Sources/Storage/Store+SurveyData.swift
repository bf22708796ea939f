import Codebooks

/// A survey source as its provenance records it.
package struct SurveySource: Sendable {
    package let id: Int64
    /// The round it belongs to: the codebook's `survey:` id, else country and year (`LV-2024`).
    package let round: String
    package let country: String
    package let year: Int?
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
    /// `row` with the statement positioned on each.
    ///
    /// - Parameters:
    ///   - expressions: the values to read, each a column or an expression over the row's
    ///     columns (a category code computed by SQLite, so no string reaches Swift per row).
    ///   - bindings: the values of the `?` placeholders in `expressions`.
    package func scanSurvey(
        _ expressions: [String], bindings: [SQLValue], sources: [Int64]?, row: (Statement) throws -> Void
    ) throws {
        let statement = try database.prepare(
            "SELECT " + expressions.joined(separator: ", ") + " FROM \(SourceKind.survey.table)" + Self.sourceFilter(sources))
        try statement.bind(bindings)
        while try statement.step() { try row(statement) }
    }

    private static func sourceFilter(_ sources: [Int64]?) -> String {
        sources.map { " WHERE _source IN (" + $0.map(String.init).joined(separator: ", ") + ")" } ?? ""
    }
}
