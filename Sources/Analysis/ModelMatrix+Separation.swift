extension ModelMatrix {
    /// The error for a logistic fit that separates the outcome, naming the term that does it.
    ///
    /// A term separates the outcome on its own when its values among the respondents with the
    /// event and among those without do not overlap: completely when they share no value,
    /// quasi-completely when they meet at one. Then no finite coefficient maximises the
    /// likelihood (R's glm warns "fitted probabilities numerically 0 or 1 occurred" and prints a
    /// huge coefficient). When no single term does, a combination of the predictors does. The
    /// message names the predictor and level, never a value or a count.
    ///
    /// - Parameters:
    ///   - outcome: the outcome's name.
    ///   - outcomeLevels: the outcome's stored values for codes 0 and 1.
    ///   - survey: the round's label.
    func separation(outcome: String, outcomeLevels: [String], survey: String) -> AnalysisError {
        let fix =
            "so the fitted probabilities reach 0 or 1 and the coefficients have no finite estimate "
            + "(R warns \"fitted probabilities numerically 0 or 1 occurred\"); drop the predictor, or merge its levels or group its values"
        for (j, term) in terms.enumerated() where j > 0 {
            var low = [Double.infinity, .infinity], high = [-Double.infinity, -.infinity]
            for i in used.indices where used[i] {
                let slot = y[i] == 1 ? 1 : 0
                let value = values.value(row: i, column: j)
                low[slot] = min(low[slot], value)
                high[slot] = max(high[slot], value)
            }
            let gap = max(low[1] - high[0], low[0] - high[1])
            guard gap >= 0 else { continue }
            let how: String
            if let level = term.level {
                how = "\"\(term.variable)\" = \"\(level)\": in this level, or outside it, every respondent has the same outcome"
            } else {
                let values = outcomeLevels.map { "\"\(outcome)\" = \($0)" }
                how =
                    "\"\(term.variable)\": its values among the respondents with \(values.last ?? outcome) and among those with "
                    + "\(values.first ?? outcome) \(gap > 0 ? "do not overlap" : "meet at one value only")"
            }
            return .statistics(
                "survey \(survey): the outcome \"\(outcome)\" is \(gap > 0 ? "completely" : "quasi-completely") separated by "
                    + how + ", " + fix)
        }
        let names = Array(Set(terms.dropFirst().map(\.variable))).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        return .statistics(
            "survey \(survey): the outcome \"\(outcome)\" is (quasi-)completely separated by a combination of the predictors "
                + "(\(names)): some combination of their levels or values predicts it perfectly, " + fix)
    }
}
