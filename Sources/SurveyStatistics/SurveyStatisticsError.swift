import Diagnostics

/// Everything that can go wrong in `SurveyStatistics`, each case saying what and what to do next.
package enum SurveyStatisticsError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Two input arrays that must describe the same rows have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A weight is negative, NaN or infinite.
    case invalidWeight(row: Int)
    /// A stratum or PSU code is negative.
    case invalidCode(what: String, row: Int)
    /// The finite-population correction is unusable (mixed forms, varies in a stratum, < sample).
    case invalidFPC(stratum: Int, reason: String)
    /// `LonelyPSU.fail` and a stratum with a single PSU is used by an estimate.
    case lonelyPSU(stratum: Int)
    /// A proportion outcome holds a value other than 0, 1 or NaN.
    case notBinary(row: Int, value: Double)
    /// A group or category code is out of range.
    case codeOutOfRange(what: String, row: Int, code: Int32, count: Int)
    /// An unweighted-only interval was asked for on weighted or clustered data.
    case requiresUnweightedData(method: String)
    /// A comparison needs at least two groups/categories with data.
    case tooFewLevels(what: String, count: Int)
    /// A matrix in the Rao–Scott computation is singular.
    case singularMatrix(context: String)
    /// A confidence level outside (0, 1).
    case invalidLevel(Double)
    /// A logistic model's fitted probabilities reach 0 or 1 (complete or quasi-complete separation).
    case modelSeparation
    /// Iteratively reweighted least squares did not converge.
    case modelNotConverged(iterations: Int)
    /// An interval that needs the respondents' answers was asked of a table of estimates.
    case needsAnswers(method: String)

    package var description: String {
        switch self {
        case .lengthMismatch(let what, let expected, let actual):
            return "\(what) has \(actual) values but the design has \(expected) rows; pass one value per row."
        case .invalidWeight(let row):
            return "row \(row + 1): weight is negative, NaN or infinite; fix or drop the weight column."
        case .invalidCode(let what, let row):
            return "row \(row + 1): \(what) code is negative; every row needs a \(what)."
        case .invalidFPC(let stratum, let reason):
            return "stratum \(stratum): finite-population correction unusable: \(reason)."
        case .lonelyPSU(let stratum):
            return
                "stratum \(stratum) has only one PSU; choose a lonely-PSU option (remove, adjust, average, certainty)."
        case .notBinary(let row, let value):
            return
                "row \(row + 1): proportion outcome is \(value), expected 0, 1 or missing; recode it or use category shares."
        case .codeOutOfRange(let what, let row, let code, let count):
            return "row \(row + 1): \(what) code \(code) is outside 0..<\(count) (use -1 for missing)."
        case .requiresUnweightedData(let method):
            return
                "\(method) intervals are for unweighted simple random samples; use logit or Korn–Graubard (beta) with a survey design."
        case .tooFewLevels(let what, let count):
            return "\(what) has \(count) level(s) with data; a comparison needs at least 2."
        case .singularMatrix(let context):
            return "singular matrix in \(context); a category or group may be empty or collinear."
        case .invalidLevel(let level):
            return "confidence level \(level) must be strictly between 0 and 1 (e.g. 0.95)."
        case .needsAnswers(let method):
            return "\(method) intervals need the respondents' answers; compute them with likelihoodProportionInterval."
        case .modelSeparation:
            return
                "the model separates the outcome (fitted probabilities of 0 or 1): some predictor or combination of levels predicts it perfectly; drop or merge the predictor or its levels."
        case .modelNotConverged(let iterations):
            return
                "the model did not converge in \(iterations) iterations; drop or merge predictors, or check for separation."
        }
    }
}

extension SurveyStatisticsError: DiagnosticConvertible {
    /// A confidence level or an interval method is how the function was called (exit 64); the
    /// rest are data the design cannot estimate from (exit 65).
    package var diagnostic: Diagnostic {
        switch self {
        case .invalidLevel, .requiresUnweightedData: Diagnostic(kind: .usage, message: description)
        default: Diagnostic(kind: .data, message: description)
        }
    }
}
