import SurveyStatistics

/// What `sitan model OUTCOME ~ X1 + X2 ...` fits.
package struct ModelRequest: Sendable, Equatable {
    /// The outcome variable.
    package var outcome: String
    /// The predictors, in formula order.
    package var predictors: [String]
    /// The family; nil chooses by the outcome's type (quasibinomial for binary or two-category
    /// outcomes, gaussian for integer and number).
    package var family: GLMFamily?
    /// The reference level of categorical predictors, by variable (default: the first
    /// dictionary category with respondents).
    package var references: [String: String]
    /// Domain, design, level and survey rounds, as for `estimate`.
    package var options: EstimationOptions

    /// Creates a request from a formula such as `abuse ~ country + sex + agegroup`.
    ///
    /// - Parameters:
    ///   - formula: `OUTCOME ~ PREDICTOR [+ PREDICTOR ...]`, spaces optional.
    ///   - family: the family, nil for the outcome type's default.
    ///   - references: `VARIABLE=LEVEL` reference levels.
    ///   - options: the estimation options.
    /// - Throws: ``AnalysisError/malformedArgument(option:argument:expected:)`` for a formula
    ///   or reference that does not parse, ``AnalysisError/conflictingVariables(_:)`` for a
    ///   variable named twice.
    package init(formula: String, family: GLMFamily? = nil, references: [String] = [], options: EstimationOptions) throws {
        let expected = "OUTCOME ~ PREDICTOR + PREDICTOR ... (variable names)"
        let sides = formula.split(separator: "~", omittingEmptySubsequences: false)
        let terms = sides.count == 2 ? sides[1].split(separator: "+", omittingEmptySubsequences: false).map(Self.trimmed) : []
        let outcome = sides.count == 2 ? Self.trimmed(sides[0]) : ""
        guard !outcome.isEmpty, !terms.isEmpty, terms.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }), !outcome.contains(" ")
        else {
            throw AnalysisError.malformedArgument(option: "model", argument: formula, expected: expected)
        }
        var seen: Set<String> = [outcome]
        for term in terms where !seen.insert(term).inserted { throw AnalysisError.conflictingVariables(term) }
        var table: [String: String] = [:]
        for reference in references {
            let parts = reference.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, terms.contains(parts[0]), !parts[1].isEmpty, table[parts[0]] == nil else {
                throw AnalysisError.malformedArgument(
                    option: "--reference", argument: reference,
                    expected: "PREDICTOR=LEVEL for a categorical predictor of the model, once per predictor")
            }
            table[parts[0]] = parts[1]
        }
        self.outcome = outcome
        self.predictors = terms
        self.family = family
        self.references = table
        self.options = options
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
