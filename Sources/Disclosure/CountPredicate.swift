/// A condition on one variable of a count: which values the counted units have.
///
/// `nil` in a value list stands for a missing value, which is a value like any other: a
/// table of respondents with an answer leaves out those without one, and the difference is a
/// count a reader can compute.
package enum ValueCondition: Codable, Hashable, Sendable {
    /// The value is one of these (`nil` = missing).
    case oneOf([String?])
    /// The value is not missing.
    case present
    /// The value starts with one of these prefixes (hierarchical codes such as ICCS).
    case prefix([String])

    /// Whether a value satisfies the condition.
    package func matches(_ value: String?) -> Bool {
        switch self {
        case let .oneOf(values): return values.contains(value)
        case .present: return value != nil
        case let .prefix(prefixes):
            guard let value else { return false }
            return prefixes.contains { value.hasPrefix($0) }
        }
    }
}

/// The number of units of a data set whose values satisfy every condition (a conjunction;
/// variables without a condition take any value, missing included).
package struct CountPredicate: Codable, Hashable, Sendable {
    /// Conditions by variable name.
    package var conditions: [String: ValueCondition]

    package init(_ conditions: [String: ValueCondition] = [:]) {
        self.conditions = conditions
    }

    /// Whether a unit with these values is counted.
    package func matches(_ values: [String: String?]) -> Bool {
        conditions.allSatisfy { name, condition in condition.matches(values[name] ?? nil) }
    }

    /// The predicate with one more condition (replacing any on the same variable).
    package func and(_ variable: String, _ condition: ValueCondition) -> CountPredicate {
        var copy = self
        copy.conditions[variable] = condition
        return copy
    }
}

/// One count cell a publication shows or hides: what it counts and its value.
package struct CountCell: Codable, Hashable, Sendable {
    /// The data set counted (`survey`, `incidents`).
    package var dataset: String
    /// What is counted.
    package var predicate: CountPredicate
    /// The count when it was published.
    package var value: Int
    /// When set, the cell is not a published count but the respondents a published statistic of
    /// this variable was computed over (a row's domain, restricted to those with an answer): the
    /// linear audit leaves it out, and the domain-difference rule compares it with the statistics
    /// of the same variable published over nested domains.
    package var statistic: String?
    /// For a weighted total over the respondents of a domain with an answer (a row's
    /// `weighted_n`), that domain: two such totals over the same respondents are not compared.
    package var domain: CountPredicate?
    /// When set, the cell is not a published count but a published sum: of the product of these
    /// numeric variables (one for a mean or total, the outcome and a predictor for a model's
    /// coefficient), times each unit's weight, over the units of `predicate` (`value` of them).
    package var sum: [String]?

    package init(
        dataset: String, predicate: CountPredicate, value: Int, statistic: String? = nil, domain: CountPredicate? = nil,
        sum: [String]? = nil
    ) {
        self.dataset = dataset
        self.predicate = predicate
        self.value = value
        self.statistic = statistic
        self.domain = domain
        self.sum = sum
    }
}
