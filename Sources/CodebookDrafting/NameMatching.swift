import Codebooks
import Foundation

/// Proposes dictionary variables and design roles for raw column names, by name and by label
/// in English, Latvian, Lithuanian and Polish.
enum NameMatching {
    /// Lower case, without diacritics, letters and digits only.
    static func normalised(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "ł", with: "l")
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Words of raw column names that point at a design role, in the four languages.
    static let designWords: [(role: String, words: [String])] = [
        ("weight", ["weight", "wgt", "svars", "waga", "svoris", "wt"]),
        ("strata", ["strat", "sluoksn", "warstw"]),
        ("psu", ["psu", "cluster", "school", "skola", "mokykl", "szkol", "klaster"]),
        ("id", ["id", "anketa", "respondent", "resp", "nr", "numer", "numeris"]),
    ]

    /// The design role a column name suggests, nil for none.
    static func designRole(_ column: String) -> String? {
        let name = normalised(column)
        for (role, words) in designWords
        where words.contains(where: { role == "id" ? name == $0 || name.hasPrefix($0) : name.contains($0) }) {
            return role
        }
        return nil
    }

    /// The dictionary variable whose name or label matches the column name, nil for none.
    static func variable(for column: String, in dictionary: VariableDictionary) -> Variable? {
        let name = normalised(column)
        guard name.count >= 3 else { return nil }
        for variableName in dictionary.order {
            guard let variable = dictionary[variableName] else { continue }
            let candidates = [variableName] + Array(variable.labels.values)
            if candidates.map(normalised).contains(name) { return variable }
        }
        return nil
    }

    /// Words raw files use for common category codes besides the dictionary's labels: the
    /// adult and the child forms, singular and plural, in the four languages.
    static let categoryWords: [String: [String]] = [
        "male": [
            "man", "boy", "boys", "vīrietis", "zēns", "zēni", "puisis", "vyras", "berniukas", "berniukai", "vaikinas",
            "mężczyzna", "chłopiec", "chłopcy",
        ],
        "female": [
            "woman", "girl", "girls", "sieviete", "meitene", "meitenes", "moteris", "mergaitė", "mergaitės", "mergina",
            "kobieta", "dziewczynka", "dziewczęta", "dziewczyna",
        ],
    ]

    /// Proposed codes: raw value → category, where a value is a category or one of its labels
    /// (binary: yes/no words and 1/0, 1/2); nil entries are for the user to fill in.
    static func codes(_ values: [String], for variable: Variable) -> [(raw: String, code: String?)] {
        if variable.type == .binary {
            let yes = ["1", "yes", "ja", "taip", "tak", "true"]
            let no = ["0", "2", "no", "ne", "nie", "false"]
            return values.map { value in
                let key = normalised(value)
                return (value, yes.contains(key) ? "1" : no.contains(key) ? "0" : nil)
            }
        }
        let categories = variable.categories ?? []
        return values.map { value in
            let key = normalised(value)
            let match = categories.first { category in
                ([category] + (variable.categoryLabels[category].map { Array($0.values) } ?? []) + (categoryWords[category] ?? []))
                    .map(normalised).contains(key)
            }
            return (value, match)
        }
    }
}
