import Codebooks
import SurveyStatistics

/// One coefficient's column of the model matrix: the intercept, a numeric predictor, or one
/// level of a categorical predictor (against its reference level).
struct ModelTerm: Equatable {
    /// The predictor, or `(Intercept)`.
    let variable: String
    /// The level of a categorical predictor; nil for the intercept and numeric predictors.
    let level: String?

    static let intercept = ModelTerm(variable: "(Intercept)", level: nil)
}

/// The model fitted in one survey round (or the pooled rounds).
struct RoundModel {
    /// The round's label (`survey`).
    let survey: String
    /// The coefficients' terms, in model-matrix order.
    let terms: [ModelTerm]
    /// The fit.
    let fit: GLMFit
    /// `summary()` and `confint()` at the requested level.
    let coefficients: [GLMCoefficient]
    /// The reference level of each categorical predictor, in formula order.
    let references: [(variable: String, level: String)]
    /// The counts the fit implies (``ModelMatrix/publishedCells(outcome:outcomeLevels:)``).
    let cells: [(values: [String: String], count: Int)]
    /// The fit's cells by weight class on a round of a few weights (``ModelMatrix/weightSplit(data:outcomeLevels:)``).
    var split: (groups: GroupIndex, counts: CountSplit)? = nil
}

/// Everything computed for `sitan model`, after the small-cell check and before rendering.
struct ModelResult {
    let outcome: String
    let family: GLMFamily
    /// The outcome value whose probability a logistic model describes (`1`, or a two-category
    /// outcome's second category); nil for gaussian.
    let event: String?
    let rounds: [RoundModel]
    let options: EstimationOptions
    /// Whether the design names PSUs; otherwise the df count respondents and are not shown.
    let degreesOfFreedomCountPSUs: Bool
}

/// Fits a request: loads the columns, builds the model matrix per round, refuses small cells,
/// runs `surveyGLM`.
struct ModelComputation {
    let inputs: AnalysisInputs
    /// The disclosure threshold: no cell of the design matrix may hold 1 to k − 1 respondents.
    let k: Int

    static let outcomeTypes: [VariableType] = [.binary, .categorical, .integer, .number]
    static let factorTypes: [VariableType] = [.categorical, .text]

    func run(_ request: ModelRequest) throws -> ModelResult {
        let outcome = try inputs.outcome(
            request.outcome, allowed: Self.outcomeTypes,
            role: "as a model outcome (use binary, categorical with two categories, integer or number)")
        let predictors = try request.predictors.map { name in
            try inputs.outcome(name, allowed: Self.outcomeTypes + [.text], role: "as a model predictor")
        }
        for (name, _) in request.references where !predictors.contains(where: { $0.name == name && Self.factorTypes.contains($0.type) }) {
            throw AnalysisError.malformedArgument(option: "--reference", argument: name, expected: "a categorical predictor of the model")
        }
        let factors = predictors.filter { Self.factorTypes.contains($0.type) }
        let numbers = predictors.filter { !Self.factorTypes.contains($0.type) }
        let categoricalOutcome = outcome.type == .categorical
        let plan = LoadPlan(
            numericOutcome: categoricalOutcome ? nil : outcome, factors: (categoricalOutcome ? [outcome] : []) + factors,
            filters: try inputs.filters(request.options.filters), numericColumns: numbers)
        let data = try inputs.load(plan, selection: request.options.rounds)
        try data.requireRoundsSeparable(request.options.lonelyPSU, pooled: request.options.rounds.pool)
        let design = try data.design(lonelyPSU: request.options.lonelyPSU)
        let (family, y, event) = try Self.outcomeValues(outcome, family: request.family, data: data)
        let outcomeLevels = family == .gaussian ? [] : categoricalOutcome ? data.factors[outcome.name]!.levels : ["0", "1"]
        let rounds = data.factors[SurveyRounds.variable]!
        var fitted: [RoundModel] = []
        for (r, label) in rounds.levels.enumerated() {
            let domain = (0..<data.rowCount).map { data.isInDomain($0) && rounds.codes[$0] == r }
            guard domain.contains(true) else { continue }
            let matrix = try ModelMatrix(
                y: y, domain: domain, predictors: predictors, references: request.references, data: data, design: design)
            try matrix.requireCells(k: k, binary: family == .quasibinomial, outcome: outcome.name, survey: label)
            let fit = try statistics(data) {
                do {
                    return try surveyGLM(
                        y, matrix: matrix.values, family: family, design: design, rows: matrix.used, domain: domain)
                } catch SurveyStatisticsError.modelSeparation {
                    throw matrix.separation(outcome: outcome.name, outcomeLevels: outcomeLevels, survey: label)
                }
            }
            guard fit.degreesOfFreedom > 0 else {
                throw AnalysisError.statistics(
                    "survey \(label): the design has too few PSUs for \(matrix.terms.count) coefficients "
                        + "(residual df = PSUs − strata + 1 − coefficients ≤ 0); drop predictors or pool rounds with --pool")
            }
            fitted.append(
                RoundModel(
                    survey: label, terms: matrix.terms, fit: fit, coefficients: fit.coefficientTable(level: request.options.level),
                    references: matrix.references, cells: matrix.publishedCells(outcome: outcome.name, outcomeLevels: outcomeLevels),
                    split: matrix.weightSplit(data: data, outcomeLevels: outcomeLevels)))
        }
        guard !fitted.isEmpty else { throw AnalysisError.nobody(outcome.name, filters: request.options.filters) }
        return ModelResult(
            outcome: outcome.name, family: family, event: event, rounds: fitted, options: request.options,
            degreesOfFreedomCountPSUs: data.psu != nil)
    }

    /// The outcome per row (NaN missing) and the family: quasibinomial for binary and
    /// two-category outcomes (1 = the second category, as R's factor response), gaussian for numbers.
    static func outcomeValues(_ outcome: CatalogVariable, family: GLMFamily?, data: SurveyData) throws
        -> (GLMFamily, [Double], String?)
    {
        if outcome.type == .categorical {
            let factor = data.factors[outcome.name]!
            guard factor.levels.count == 2, family != .gaussian else {
                throw AnalysisError.unsupportedType(
                    variable: outcome.name, type: "categorical with \(factor.levels.count) categories",
                    role: "as a model outcome (a categorical outcome needs exactly two categories and the quasibinomial family)")
            }
            return (.quasibinomial, factor.codes.map { $0 < 0 ? .nan : Double($0) }, factor.levels[1])
        }
        let y = data.numeric!
        let binary = outcome.type == .binary
        let chosen = family ?? (binary ? .quasibinomial : .gaussian)
        if chosen == .quasibinomial {
            guard binary else {
                throw AnalysisError.unsupportedType(
                    variable: outcome.name, type: outcome.type.rawValue, role: "with --family quasibinomial (use a binary outcome)")
            }
            if y.contains(where: { !($0 == 0 || $0 == 1 || $0.isNaN) }) {
                throw AnalysisError.statistics("binary variable \"\(outcome.name)\" holds values other than 0 and 1")
            }
        }
        return (chosen, y, chosen == .quasibinomial ? "1" : nil)
    }
}
