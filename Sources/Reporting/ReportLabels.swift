import Rendering
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

    /// Whether labels come escaped for Markdown (the report's text and tables) or as written
    /// (``plain``, for figures, whose SVG writer escapes for XML).
    private var escapesMarkdown = true

    /// The same labels as written, for figures.
    var plain: ReportLabels {
        var copy = self
        copy.escapesMarkdown = false
        return copy
    }

    /// A label as the report's Markdown needs it: every inline mark escaped (``MarkdownText``),
    /// so that a label shows literally.
    private func text(_ label: String) -> String { escapesMarkdown ? MarkdownText.escaped(label) : label }

    /// The variable's label.
    func variable(_ name: String) -> String {
        let labels = variables[name]?.labels ?? [:]
        return text(labels[language.rawValue] ?? labels["en"] ?? name)
    }

    /// Labels that replace the dictionary's for some categories: variable → code → label.
    var overrides: [String: [String: String]] = [:]

    /// A category's label (`LV` → Latvija), or the code itself; an age range such as `11-13`
    /// is written with an en dash (`11–13`).
    func category(_ variable: String, _ code: String) -> String {
        if let label = overrides[variable]?[code] { return text(label) }
        let labels = variables[variable]?.categoryLabels[code] ?? [:]
        return text(labels[language.rawValue] ?? labels["en"] ?? Self.range(code).map { "\($0.lowerBound)–\($0.upperBound)" } ?? code)
    }

    /// The ages of a band code `A-B` (A ≤ B, whole numbers), nil for any other code.
    static func range(_ code: String) -> ClosedRange<Int>? {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let low = Int(parts[0]), let high = Int(parts[1]), low <= high
        else { return nil }
        return low...high
    }

    /// The labels with each age band narrowed to the ages present in it: a band `18-24`
    /// whose respondents are all 18 is labelled `18`, one with ages 18 and 19 `18–19`. Bands
    /// with every age present, and codes that are not bands, keep their label.
    func narrowingAgeBands(_ variable: String, present: [String: Set<Int>]) -> ReportLabels {
        var copy = self
        for (code, ages) in present {
            guard variables[variable]?.categoryLabels[code] == nil, let band = Self.range(code),
                let low = ages.filter(band.contains).min(), let high = ages.filter(band.contains).max(), low...high != band
            else { continue }
            copy.overrides[variable, default: [:]][code] = low == high ? String(low) : "\(low)–\(high)"
        }
        return copy
    }

    /// The dictionary's category order for a variable, if it lists one.
    func categories(_ variable: String) -> [String] { variables[variable]?.categories ?? [] }
}

extension String {
    /// The text with its first letter upper-cased, as a heading or a table cell starts.
    var capitalisingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
