import Yams

extension RuleParser {
    /// Parses a column's `when:` list: `[{if: "csa_contact_lifetime == 0", then: 0}, ...]`.
    ///
    /// A condition is `VARIABLE == VALUE`, `VARIABLE != VALUE`, `VARIABLE missing` or
    /// `VARIABLE not missing`; VALUE is read as a value of VARIABLE (a code's value: 0/1, a
    /// number, a category). Whether VARIABLE is mapped by the codebook is checked by the caller
    /// once every column is known.
    func conditionalValues(_ node: Node, for variable: Variable) throws -> [ConditionalValue] {
        try reader.list(node, "when").map { entry in
            let entries = try reader.mapping(entry, "a `when:` entry", allowed: ["if", "then"])
            let lookup = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let condition = lookup["if"], let then = lookup["then"] else {
                throw reader.error(entry, "a `when:` entry needs `if:` and `then:`, such as {if: \"csa_contact_lifetime == 0\", then: 0}")
            }
            var parsed = try self.condition(condition)
            parsed.value = try value(then, for: variable)
            return parsed
        }
    }

    /// Parses a column's `asked_if:` condition: `VARIABLE == VALUE`, the respondents the
    /// question was put to. Whether VARIABLE is mapped or derived is checked by
    /// ``checkAskedIf(_:known:)`` once the `derived:` section is read.
    func askedIf(_ node: Node) throws -> ConditionalValue {
        let parsed = try condition(node)
        guard case .equals = parsed.test else {
            throw reader.error(
                node,
                "write `asked_if:` as `variable == value`, the answer that led to the question (such as \"csa_contact_lifetime == 1\")")
        }
        return parsed
    }

    /// Checks that every `asked_if:` names a variable another column maps or `derived:` computes.
    func checkAskedIf(_ rules: [ColumnRule], known: Set<String>) throws {
        for rule in rules {
            guard let condition = rule.askedIf, !known.contains(condition.variable) || condition.variable == rule.variable else { continue }
            throw CodebookError(
                file: reader.file, line: condition.line, column: condition.column,
                message: condition.variable == rule.variable
                    ? "\(EchoedName.key(rule.column)) is asked only if its own variable \(EchoedName.plain(rule.variable)) has a value; `asked_if:` names another answer"
                    : "the `asked_if:` condition names \(EchoedName.plain(condition.variable)), which no column of this codebook maps and `derived:` does not compute"
            )
        }
    }

    private func condition(_ node: Node) throws -> ConditionalValue {
        let text = try reader.string(node, "a condition")
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let form = "write the condition as `variable == value`, `variable != value`, `variable missing` or `variable not missing`"
        guard let name = words.first, words.count >= 2 else { throw reader.error(node, form) }
        guard let variable = dictionary[name] else {
            throw reader.error(
                node, "the condition names \(EchoedName.quoted(name)), which is not a variable of the dictionary or the codebook")
        }
        let test: ConditionalValue.Test
        switch Array(words.dropFirst()) {
        case ["missing"]: test = .missing
        case ["not", "missing"]: test = .present
        case let rest where rest.count >= 2 && (rest[0] == "==" || rest[0] == "!="):
            var literal = rest.dropFirst().joined(separator: " ")
            if literal.count >= 2, let quote = literal.first, quote == "\"" || quote == "'", literal.last == quote {
                literal = String(literal.dropFirst().dropLast())
            }
            guard let value = try? self.value(text: literal, for: variable) else {
                throw reader.error(node, "\(EchoedName.quoted(literal)) is not a value of \(name) (\(variable.type.rawValue))")
            }
            test = rest[0] == "==" ? .equals(value) : .differs(value)
        default: throw reader.error(node, form)
        }
        return ConditionalValue(
            variable: name, test: test, value: .null, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// Checks that every condition names a variable mapped from another column.
    func checkConditions(_ rules: [ColumnRule]) throws {
        let mapped = Set(rules.map(\.variable) + ["country", "year"])
        for rule in rules {
            for condition in rule.when where !mapped.contains(condition.variable) || condition.variable == rule.variable {
                throw CodebookError(
                    file: reader.file, line: condition.line, column: condition.column,
                    message: condition.variable == rule.variable
                        ? "\(EchoedName.key(rule.column)) has a condition on its own variable \(EchoedName.plain(rule.variable)); conditions name other answers"
                        : "the condition names \(EchoedName.plain(condition.variable)), which no column of this codebook maps")
            }
        }
        if case let .cycle(rule, condition) = ColumnRule.conditionOrder(rules) {
            let other = rules[rule].when[condition]
            throw CodebookError(
                file: reader.file, line: other.line, column: other.column,
                message:
                    "the `when:` rules of \(EchoedName.key(rules[rule].column)) depend on themselves through \(EchoedName.plain(other.variable)) "
                    + "(a cycle of conditions); a skip pattern's conditions must lead back to questions without `when:`")
        }
    }
}

extension ColumnRule {
    /// The order in which columns' `when:` rules run, or a rule (and its condition) on a cycle.
    package enum ConditionOrder: Equatable {
        case order([Int])
        case cycle(rule: Int, condition: Int)
    }

    /// Orders the columns with `when:` rules so that a column whose condition tests a variable
    /// that another column's rules set runs after that column (C asked only if B, B only if A:
    /// B's rules run before C's whatever order the codebook writes them in). Columns that do not
    /// depend on each other keep the codebook's order.
    package static func conditionOrder(_ rules: [ColumnRule]) -> ConditionOrder {
        let setBy = Dictionary(
            rules.indices.filter { !rules[$0].when.isEmpty }.map { (rules[$0].variable, $0) }, uniquingKeysWith: { a, _ in a })
        var state = [Int: Bool]()  // false: being visited, true: done
        var order: [Int] = []
        func visit(_ index: Int) -> ConditionOrder? {
            if let done = state[index] { return done ? nil : .cycle(rule: index, condition: 0) }
            state[index] = false
            for (position, condition) in rules[index].when.enumerated() {
                guard let before = setBy[condition.variable] else { continue }
                if state[before] == false { return .cycle(rule: index, condition: position) }
                if let cycle = visit(before) { return cycle }
            }
            state[index] = true
            order.append(index)
            return nil
        }
        for index in rules.indices where !rules[index].when.isEmpty {
            if let cycle = visit(index) { return cycle }
        }
        return .order(order)
    }
}
