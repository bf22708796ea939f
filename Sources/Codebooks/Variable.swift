/// The type of a harmonised variable.
package enum VariableType: String, Sendable, CaseIterable {
    case binary, categorical, integer, number, date, text

    /// The SQLite column type the variable is stored with.
    package var sqlType: String {
        switch self {
        case .binary, .integer: return "INTEGER"
        case .number: return "REAL"
        case .categorical, .date, .text: return "TEXT"
        }
    }
}

/// A harmonised variable: its name, type, categories and labels in en, lv, lt and pl.
package struct Variable: Sendable, Equatable {
    package var name: String
    package var type: VariableType
    /// The most categories a categorical variable may have.
    package static let maximumCategories = 1_000
    /// The allowed categories, or nil for an open list (categorical only).
    package var categories: [String]?
    package var range: ClosedRange<Double>?
    package var labels: [String: String]
    package var categoryLabels: [String: [String: String]]
    /// Where the definition comes from: `dictionary` or the codebook's source name.
    package var origin: String

    package init(
        name: String, type: VariableType, categories: [String]? = nil, range: ClosedRange<Double>? = nil,
        labels: [String: String] = [:], categoryLabels: [String: [String: String]] = [:], origin: String = "dictionary"
    ) {
        self.name = name
        self.type = type
        self.categories = categories
        self.range = range
        self.labels = labels
        self.categoryLabels = categoryLabels
        self.origin = origin
    }

    /// What differs from `other` in what a definition says about reading and showing values
    /// (type, categories, range, labels), or nil when both definitions agree; origin is ignored.
    package func difference(from other: Variable) -> String? {
        if type != other.type { return "type \(type.rawValue), not \(other.type.rawValue)" }
        if categories != other.categories {
            func list(_ c: [String]?) -> String { c.map { "[\(EchoedName.listed($0))]" } ?? "an open list" }
            return "categories \(list(categories)), not \(list(other.categories))"
        }
        if range != other.range { return "another range" }
        if labels != other.labels { return "other labels" }
        if categoryLabels != other.categoryLabels { return "other category labels" }
        return nil
    }

    /// The label in `language`, falling back to English and then the name.
    package func label(_ language: String = "en") -> String { labels[language] ?? labels["en"] ?? name }
}
