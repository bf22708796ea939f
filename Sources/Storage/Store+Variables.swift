import Codebooks
import Foundation

/// A harmonised variable as the `variables` table records it.
public struct StoredVariable: Sendable, Equatable {
    public var name: String
    public var type: String
    public var categories: [String]?
    public var labels: [String: String]
    public var categoryLabels: [String: [String: String]]
    public var origin: String

    public init(
        name: String, type: String, categories: [String]?, labels: [String: String], categoryLabels: [String: [String: String]],
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
    /// Records (or updates) the definitions of the variables a source uses.
    func record(_ variables: [Variable]) throws {
        let statement = try database.prepare(
            "INSERT OR REPLACE INTO variables(name, type, categories, labels, category_labels, origin) VALUES (?, ?, ?, ?, ?, ?)")
        for variable in variables {
            try statement.bind([
                .text(variable.name), .text(variable.type.rawValue), variable.categories.map { .text(json($0)) } ?? .null,
                .text(json(variable.labels)), .text(json(variable.categoryLabels)), .text(variable.origin),
            ])
            try statement.run()
        }
    }

    public func variables() throws -> [StoredVariable] {
        try database.rows("SELECT name, type, categories, labels, category_labels, origin FROM variables ORDER BY name").map { r in
            StoredVariable(
                name: r[0].string ?? "", type: r[1].string ?? "",
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
