import Storage

/// Variable and category labels from the database's dictionary, in the report's language
/// (English, then the name or code, when a label is missing).
struct ReportLabels: Sendable {
    let language: ReportLanguage
    private let variables: [String: StoredVariable]

    init(variables: [StoredVariable], language: ReportLanguage) {
        self.language = language
        self.variables = Dictionary(variables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether the dictionary has the variable.
    func has(_ name: String) -> Bool { variables[name] != nil }

    /// The variable's label.
    func variable(_ name: String) -> String {
        let labels = variables[name]?.labels ?? [:]
        return labels[language.rawValue] ?? labels["en"] ?? name
    }

    /// A category's label (`LV` → Latvija), or the code itself.
    func category(_ variable: String, _ code: String) -> String {
        let labels = variables[variable]?.categoryLabels[code] ?? [:]
        return labels[language.rawValue] ?? labels["en"] ?? code
    }

    /// The dictionary's category order for a variable, if it lists one.
    func categories(_ variable: String) -> [String] { variables[variable]?.categories ?? [] }
}
