import SurveyStatistics

/// One coefficient of a published model.
package struct PublishedModelRow: Sendable, Equatable {
    /// The survey round (or the pooled rounds).
    package let survey: String
    /// The predictor, or `(Intercept)`.
    package let term: String
    /// The level of a categorical predictor (against its reference); nil otherwise.
    package let level: String?
    /// The coefficient, SE, t, p and Wald interval (R's `summary()` and `confint()`).
    package let coefficient: GLMCoefficient
    /// The residual df of the t quantile and p-value; nil (not shown) when the design names no
    /// PSUs, where it would count the model's respondents (as `estimate` hides its df).
    package let degreesOfFreedom: Int?
    /// The residual df used, shown or not.
    let residualDegreesOfFreedom: Int
}

/// A survey regression as it may be published: made only by ``SurveyAnalysis/model(_:)`` after
/// every cell of the design matrix has passed the small-count rule. There is no public initialiser.
package struct PublishedModel: Sendable {
    /// The outcome.
    package let outcome: String
    /// The family.
    package let family: GLMFamily
    /// Whether the model is logistic (quasibinomial): coefficients are log odds ratios.
    package var isLogistic: Bool { family == .quasibinomial }
    /// The family's name as R spells it.
    package var familyName: String { family.rawValue }
    /// The outcome value a logistic model describes the odds of; nil for gaussian.
    package let event: String?
    /// The confidence level of the intervals.
    package let level: Double
    /// The coefficients, round by round.
    package let rows: [PublishedModelRow]
    /// Reference levels and methods, for the notes under the table.
    package let notes: [String]

    init(_ result: ModelResult) {
        outcome = result.outcome
        family = result.family
        event = result.event
        level = result.options.level
        rows = result.rounds.flatMap { round in
            zip(round.terms, round.coefficients).map { term, coefficient in
                PublishedModelRow(
                    survey: round.survey, term: term.variable, level: term.level, coefficient: coefficient,
                    degreesOfFreedom: result.degreesOfFreedomCountPSUs ? round.fit.degreesOfFreedom : nil,
                    residualDegreesOfFreedom: round.fit.degreesOfFreedom)
            }
        }
        var notes: [String] = []
        let references = result.rounds.map { round in round.references.map { "\($0.variable) = \($0.level)" }.joined(separator: ", ") }
        for (round, text) in zip(result.rounds, references) where !text.isEmpty {
            let which = Set(references).count == 1 ? "" : " (survey \(round.survey))"
            notes.append("Reference levels\(which): \(text) (choose with --reference VARIABLE=LEVEL).")
            if which.isEmpty { break }
        }
        let normal =
            result.family == .quasibinomial
            ? "logit link: coefficients are log odds ratios of \(result.outcome) = \(result.event ?? "1"), odds_ratio = exp(coefficient) with exp of the interval"
            : "identity link"
        notes.append(
            "svyglm (\(result.family.rawValue), \(normal)); Taylor linearisation (sandwich) variance; t, p and Wald intervals on the residual df = design df + 1 − coefficients, as R survey's summary() and confint()."
        )
        notes.append(
            "Rows with a missing outcome or predictor are left out; a design-matrix cell with fewer than k respondents refuses the model.")
        self.notes = notes
    }
}
