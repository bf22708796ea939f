import Yams

/// The harmonised dictionary (`datasets/variables.yaml`): every variable a codebook can map to.
package struct VariableDictionary: Sendable {
    package private(set) var variables: [String: Variable]
    /// Names in the order the file lists them.
    package private(set) var order: [String]
    /// Where each variable is declared (`file:line:column`), for messages.
    package private(set) var declarations: [String: CodebookError] = [:]

    package init(variables: [Variable] = []) {
        self.variables = [:]
        order = []
        for variable in variables { add(variable) }
    }

    package subscript(name: String) -> Variable? { variables[name] }

    package mutating func add(_ variable: Variable, declaredAt position: CodebookError? = nil) {
        if variables[variable.name] == nil { order.append(variable.name) }
        variables[variable.name] = variable
        if let position { declarations[variable.name] = position }
    }

    /// A message about `name` at its declaration (the file alone when the position is unknown).
    package func error(at name: String, _ message: String) -> CodebookError {
        let at = declarations[name]
        return CodebookError(file: at?.file ?? "the dictionary", line: at?.line ?? 0, column: at?.column ?? 0, message: message)
    }

    /// Loads the dictionary file.
    ///
    /// - Throws: `CodebookError` with the line of the first problem.
    package static func load(path: String) throws -> VariableDictionary {
        let reader = YAMLReader(file: path)
        let (root, _) = try reader.load()
        let top = try reader.mapping(root, "the dictionary", allowed: ["variables"])
        guard let entries = top.first?.value else { throw reader.error(root, "the dictionary needs a `variables:` mapping") }
        var dictionary = VariableDictionary()
        for (name, keyNode, node) in try reader.mapping(entries, "variables") {
            dictionary.add(
                try VariableParser(reader: reader).parse(name: name, keyNode: keyNode, node: node, origin: "dictionary"),
                declaredAt: reader.error(keyNode, ""))
        }
        return dictionary
    }
}

/// Parses one variable definition (shared by the dictionary and codebooks' own `variables:`).
struct VariableParser {
    let reader: YAMLReader
    static let keys = ["type", "categories", "range", "labels", "category_labels", "description"]

    func parse(name: String, keyNode: Node, node: Node, origin: String) throws -> Variable {
        guard isIdentifier(name) else {
            throw reader.error(
                keyNode, "variable name \(EchoedName.quoted(name)) must be lower-case letters, digits and _ and start with a letter")
        }
        var variable = Variable(name: name, type: .text, origin: origin)
        var sawType = false
        for (key, _, value) in try reader.mapping(node, "\(EchoedName.variable(name))", allowed: Self.keys) {
            switch key {
            case "type":
                let text = try reader.string(value, "type")
                guard let type = VariableType(rawValue: text) else {
                    throw reader.error(
                        value,
                        "unknown type \(EchoedName.quoted(text)); expected one of: \(VariableType.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                variable.type = type
                sawType = true
            case "categories":
                let categories = try reader.strings(value, "categories")
                guard categories.count <= Variable.maximumCategories else {
                    throw reader.error(
                        value,
                        "\(EchoedName.plain(name)) has \(categories.count) categories, more than \(Variable.maximumCategories); "
                            + "no table with that many cells can be published: group them, or make the variable `type: text`")
                }
                variable.categories = categories
            case "range": variable.range = try parseRange(value, reader: reader)
            case "labels": variable.labels = try reader.labels(value, "labels of \(EchoedName.plain(name))")
            case "category_labels":
                for (category, _, labels) in try reader.mapping(value, "category_labels") {
                    variable.categoryLabels[category] = try reader.labels(labels, "labels of category \(EchoedName.quoted(category))")
                }
            default: break
            }
        }
        guard sawType else { throw reader.error(node, "\(EchoedName.variable(name)) needs a `type:`") }
        if variable.type == .binary { variable.categories = nil }
        return variable
    }
}

func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
}

func parseRange(_ node: Node, reader: YAMLReader, wholeNumbers: Bool = false) throws -> ClosedRange<Double> {
    let bounds = try reader.list(node, "range")
    guard bounds.count == 2 else { throw reader.error(node, "range must be [min, max]") }
    let low = try reader.double(bounds[0], "range minimum")
    let high = try reader.double(bounds[1], "range maximum")
    for (value, bound) in [(low, bounds[0]), (high, bounds[1])] {
        // Beyond 2^53 a double no longer holds every whole number, and infinity is no bound.
        guard value.isFinite, abs(value) <= largestExactWholeNumber else {
            throw reader.error(
                bound,
                "a bound must be a finite number from -9007199254740992 to 9007199254740992 (2^53, the largest a double holds exactly)")
        }
        if wholeNumbers && value != value.rounded() {
            throw reader.error(bound, "a band bound must be a whole number (bands group whole values such as ages)")
        }
    }
    guard low <= high else { throw reader.error(node, "range minimum is above its maximum") }
    return low...high
}

/// 2^53: every whole number up to it, and none beyond, is exactly a double.
let largestExactWholeNumber = 9_007_199_254_740_992.0
