import Codebooks
import Storage

/// A harmonised variable as analyses read it: its dictionary entry.
struct CatalogVariable: Sendable {
    /// The dictionary entry.
    let stored: StoredVariable

    var name: String { stored.name }
    var type: VariableType { stored.type }
    /// Categories from the dictionary, when the variable is categorical and lists them.
    var categories: [String]? { type == .categorical ? stored.categories.flatMap { $0.isEmpty ? nil : $0 } : nil }
    /// Whether values are whole numbers (group labels shown as JSON numbers).
    var isInteger: Bool { type == .integer || type == .binary }
}

extension CatalogVariable {
    /// The survey round as a grouping variable: read from each row's source, not a column.
    static let round = CatalogVariable(
        stored: StoredVariable(
            name: SurveyRounds.variable, type: .text, categories: nil, labels: ["en": "Survey round"], categoryLabels: [:],
            origin: "sitan"))
}

/// The harmonised variables available for analysis in one database.
struct VariableCatalog: Sendable {
    private let variables: [String: StoredVariable]
    private let surveyColumns: Set<String>

    /// Reads the dictionary and the survey table's columns.
    init(store: Store) throws {
        variables = Dictionary(try store.variables().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        surveyColumns = try store.columns(of: .survey)
    }

    /// The variable called `name`.
    ///
    /// - Throws: ``AnalysisError/unknownVariable(_:)`` or ``AnalysisError/notInSurvey(_:)``.
    func variable(_ name: String) throws -> CatalogVariable {
        guard !name.hasPrefix("_"), let stored = variables[name] else { throw AnalysisError.unknownVariable(name) }
        guard surveyColumns.contains(name) else { throw AnalysisError.notInSurvey(name) }
        return CatalogVariable(stored: stored)
    }

    /// A variable for `--by` or `--across`: categorical, binary, integer or text.
    func groupingVariable(_ name: String, role: String) throws -> CatalogVariable {
        let v = try variable(name)
        guard [.categorical, .binary, .integer, .text].contains(v.type) else {
            throw AnalysisError.unsupportedType(variable: name, type: v.type.rawValue, role: role)
        }
        return v
    }
}
