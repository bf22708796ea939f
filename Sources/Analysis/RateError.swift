import Codebooks
import Diagnostics

/// What can go wrong in `sitan rates` and `sitan incidents`, saying what to do next.
///
/// Cases name options, variables and tables, never a value read from the data.
package enum RateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A command-line value is malformed.
    case malformedArgument(option: String, argument: String, expected: String)
    /// The table the request needs is missing or lacks a column (nothing of that kind ingested).
    case missingData(table: String, hint: String)
    /// Nothing matches the request (no incident or count rows at all).
    case nothingToCount(what: String)
    /// A computation in the Rates module failed.
    case statistics(String)
    /// A stored count or population cannot be used: negative, not a whole number, or beyond the
    /// limit. Names the table, source and cell, never the value.
    case unusableValue(table: String, source: String, country: String, year: Int, problem: String)
    /// Rates by victim sex or age group, but the population of a country and year is not given
    /// by sex and single year of age for a group (`female 5-9`).
    case populationWithoutDetail(country: String, year: Int, sources: String, group: String)

    /// True when the problem lies in how the command was called (exit 64); otherwise the data
    /// do not support the request (exit 65).
    package var isUsageError: Bool {
        if case .malformedArgument = self { return true }
        return false
    }

    package var description: String {
        switch self {
        case let .malformedArgument(option, argument, expected):
            "\(option) \(EchoedName.argument(argument)): expected \(expected)"
        case let .missingData(table, hint):
            "the database has no usable \(table) data; \(hint)"
        case let .nothingToCount(what):
            "nothing to count: \(what)"
        case let .statistics(message):
            message
        case let .unusableValue(table, source, country, year, problem):
            "the \(table) of \(country) \(year) from source \"\(source)\" \(problem); correct the file and reload it "
                + "with `sitan ingest --replace`, or remove that source"
        case let .populationWithoutDetail(country, year, sources, group):
            "the population of \(country) \(year) (from \(sources)) gives no children by sex and single year of age for the "
                + "victim group \(group); rates by victim sex or age group need the population by sex and single year of age "
                + "0-17 (a population codebook with sex and age, or Eurostat demo_pjan by sex): ingest one, or drop sex and "
                + "age_group from --by"
        }
    }
}

extension RateError: DiagnosticConvertible {
    package var diagnostic: Diagnostic { Diagnostic(kind: isUsageError ? .usage : .data, message: description) }
}
