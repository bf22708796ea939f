import Codebooks
import Foundation

/// A harmonised variable as the `variables` table records it.
package struct StoredVariable: Sendable, Equatable {
    package var name: String
    package var type: VariableType
    package var categories: [String]?
    package var labels: [String: String]
    package var categoryLabels: [String: [String: String]]
    package var origin: String

    package init(
        name: String, type: VariableType, categories: [String]?, labels: [String: String], categoryLabels: [String: [String: String]],
        origin: String
    ) {
        self.name = name
        self.type = type
        self.categories = categories
        self.labels = labels
        self.categoryLabels = categoryLabels
        self.origin = origin
    }
}

extension Store {
    /// Records the definitions of the variables a source uses. A definition already stored is
    /// kept (`checkDefinitions` has made sure that it is the same), except a Eurostat column
    /// description, which a dictionary definition replaces.
    func record(_ variables: [Variable]) throws {
        let statement = try database.prepare(
            """
            INSERT INTO variables(name, type, categories, labels, category_labels, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT(name) DO UPDATE SET type = ?2, categories = ?3, labels = ?4, category_labels = ?5, origin = ?6
            WHERE variables.origin = '\(EurostatIngestor.origin)' AND ?6 <> '\(EurostatIngestor.origin)'
            """)
        for variable in variables {
            try statement.bind([
                .text(variable.name), .text(variable.type.rawValue), variable.categories.map { .text(json($0)) } ?? .null,
                .text(json(variable.labels)), .text(json(variable.categoryLabels)), .text(variable.origin),
            ])
            try statement.run()
        }
    }

    /// Refuses a codebook whose variables are defined otherwise than the database records them:
    /// sources already loaded were read with the stored definition, which never changes.
    ///
    /// - Throws: `CodebookError` at the declaration of the first variable that differs.
    package func checkDefinitions(of codebook: Codebook) throws {
        let stored = Dictionary(try variables().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let names = ["country", "year"] + codebook.columns.map(\.variable) + codebook.derived.map(\.variable)
        for name in names {
            guard let variable = codebook.dictionary[name], let previous = stored[name], previous.origin != EurostatIngestor.origin else {
                continue
            }
            var recorded = variable
            recorded.type = previous.type
            recorded.categories = previous.categories
            recorded.labels = previous.labels
            recorded.categoryLabels = previous.categoryLabels
            if let difference = variable.difference(from: recorded) {
                throw codebook.dictionary.error(
                    at: name,
                    "\(EchoedName.variable(name)) differs from the definition the database records (from \(previous.origin)): "
                        + "this one has \(difference). "
                        + "Sources already loaded were read with the recorded definition, which cannot change: keep it, "
                        + "give this variable another name, or `sitan remove` the sources that use it and load them again")
            }
        }
    }

    /// The recorded variables by name; a type this sitan does not know is read as text.
    package func variables() throws -> [StoredVariable] {
        try database.rows("SELECT name, type, categories, labels, category_labels, origin FROM variables ORDER BY name").map { r in
            StoredVariable(
                name: r[0].string ?? "", type: r[1].string.flatMap(VariableType.init(rawValue:)) ?? .text,
                categories: r[2].string.flatMap { decode($0) },
                labels: r[3].string.flatMap { decode($0) } ?? [:],
                categoryLabels: r[4].string.flatMap { decode($0) } ?? [:],
                origin: r[5].string ?? "")
        }
    }
}

func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
}

func decode<T: Decodable>(_ text: String) -> T? {
    try? JSONDecoder().decode(T.self, from: Data(text.utf8))
}
