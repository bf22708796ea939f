import Codebooks
import Disclosure
import StatisticalDistributions
import SurveyStatistics

/// Everything computed for `sitan estimate`, before disclosure control.
struct EstimateResult {
    /// The variable estimated.
    let variable: String
    /// Mean, proportion (binary), share (categorical) or total.
    let statistic: StatisticKind
    /// The outcome's type: binary (n_outcome counts the 1s), categorical (one estimate and
    /// n_outcome per category) or numeric.
    let outcome: OutcomeShape
    /// The groups.
    let groups: GroupIndex
    /// Category labels (categorical outcomes), or the probabilities of quantiles.
    let categories: [String]
    /// The SurveyStatistics estimates.
    let table: EstimateTable
    /// The displayed interval of each estimate.
    let intervals: [ConfidenceInterval]
    /// NCHS inputs (Korn–Graubard 95% CI, effective n) for proportions and shares.
    let reliability: [ReliabilityInputs?]
    /// Design df of each group: R's `degf(subset(design, group))`, PSUs − strata among the
    /// group's rows in the `--where` domain (of its survey round, or of the pooled design with
    /// `--pool`), as `svyby(..., svyciprop)` uses.
    let degreesOfFreedom: [Int]
    /// Whether the design names PSUs; otherwise df counts respondents and is not published.
    let degreesOfFreedomCountPSUs: Bool
    /// The options used.
    let options: EstimationOptions
    /// Quantiles: per estimate, the fewer of the respondents at or below and at or above it.
    var quantileTails: [Int]? = nil
    /// The counts behind the estimates on rounds whose weights do not hide them.
    var split: CountSplit? = nil
}

/// Computes the estimates of one request.
struct EstimateComputation {
    let inputs: AnalysisInputs
    let deffKind: DesignEffectKind

    static let estimable: [VariableType] = [.binary, .categorical, .integer, .number]

    func run(_ request: EstimateRequest) throws -> EstimateResult {
        let outcome = try inputs.outcome(
            request.variable, allowed: Self.estimable, role: "in an estimate (use binary, categorical, integer or number)")
        let by = request.by.contains(SurveyRounds.variable) ? request.by : [SurveyRounds.variable] + request.by
        let byVariables = try inputs.groupingVariables(by, exclude: [outcome.name], role: "with --by")
        let isCategorical = outcome.type == .categorical
        let plan = LoadPlan(
            numericOutcome: isCategorical ? nil : outcome,
            factors: (isCategorical ? [outcome] : []) + byVariables,
            filters: try inputs.filters(request.options.filters))
        var data = try inputs.load(plan, selection: request.options.rounds)
        try data.requireRoundsSeparable(request.options.lonelyPSU, pooled: request.options.rounds.pool)
        let design = try data.design(lonelyPSU: request.options.lonelyPSU)
        // The `--by` columns are needed only for the groups: taken out of the data, the last one's
        // codes become the groups' (``GroupIndex``) instead of a second array as long.
        let byColumns = byVariables.map { variable in
            variable.name == SurveyRounds.variable ? data.factors[variable.name]! : data.factors.removeValue(forKey: variable.name)!
        }
        let groups = GroupIndex(factors: consume byColumns, names: by, data: data)
        guard groups.count > 0 else { throw AnalysisError.nobody(outcome.name, filters: request.options.filters) }
        let shape: OutcomeShape = isCategorical ? .categorical : (outcome.type == .binary ? .binary : .numeric)
        let kind: StatisticKind
        let table: EstimateTable
        let categories: [String]
        let intervals: [ConfidenceInterval]
        var tails: [Int]? = nil
        if case let .quantiles(probabilities) = request.statistic {
            guard shape == .numeric else {
                throw AnalysisError.malformedArgument(
                    option: "--statistic", argument: "quantile", expected: "mean or total for a binary or categorical variable")
            }
            kind = .quantile
            let normal = request.options.degreesOfFreedom == .inf
            let quantiles = try statistics(data) {
                try surveyQuantiles(
                    data.numeric!, probabilities: probabilities, design: design, by: groups.grouping,
                    level: request.options.level, normal: normal)
            }
            (table, categories, intervals) = (quantiles.table, probabilities.map { "\($0)" }, quantiles.intervals)
            tails = quantiles.tails
        } else {
            kind = request.statistic == .total ? .total : [.categorical: .share, .binary: .proportion, .numeric: .mean][shape]!
            (table, categories) = try estimateTable(kind, shape: shape, outcome: outcome, data: data, design: design, groups: groups)
            // No category observed in the domain: nobody to estimate from (and no estimates to index).
            guard table.estimates.contains(where: { $0.n > 0 }) else {
                throw AnalysisError.nobody(outcome.name, filters: request.options.filters)
            }
            let df = (0..<groups.count).map { table.estimate(group: $0).domainDegreesOfFreedom }
            intervals = try self.intervals(table, kind: kind, options: request.options, df: df, data: data, groups: groups)
        }
        guard table.estimates.contains(where: { $0.n > 0 }) else {
            throw AnalysisError.nobody(outcome.name, filters: request.options.filters)
        }
        // Values times weights beyond a double: refused rather than shown as inf or NaN.
        if table.estimates.contains(where: { $0.n > 0 && (!$0.estimate.isFinite || $0.standardError.isInfinite) }) {
            throw AnalysisError.notRepresentable(variable: outcome.name)
        }
        let df = (0..<groups.count).map { table.estimate(group: $0).domainDegreesOfFreedom }
        // A total of a 0/1 variable or of a category, divided by the published weighted n, gives
        // back its proportion: it follows that proportion's reliability rule (same n, df, CI).
        var reliability = try reliabilityInputs(table, kind: kind, data: data)
        if kind == .total, shape != .numeric {
            let share: StatisticKind = shape == .binary ? .proportion : .share
            let proportions = try estimateTable(share, shape: shape, outcome: outcome, data: data, design: design, groups: groups)
            reliability = try reliabilityInputs(proportions.0, kind: share, data: data)
        }
        return EstimateResult(
            variable: outcome.name, statistic: kind, outcome: shape, groups: groups, categories: categories, table: table,
            intervals: intervals, reliability: reliability, degreesOfFreedom: df,
            degreesOfFreedomCountPSUs: data.psu != nil, options: request.options, quantileTails: tails,
            split: Self.split(data, groups: groups, outcome: outcome.name, shape: shape))
    }

    /// The counts by value and weight class that the estimates give back (``CountSplit``).
    static func split(_ data: SurveyData, groups: GroupIndex, outcome: String, shape: OutcomeShape) -> CountSplit? {
        guard shape != .categorical else { return CountSplit(data: data, groups: groups, categories: data.factors[outcome]!) }
        return CountSplit(data: data, groups: groups, values: data.numeric!, isNumeric: shape == .numeric)
    }

    /// Runs the estimator for the outcome's type and the statistic.
    private func estimateTable(
        _ kind: StatisticKind, shape: OutcomeShape, outcome: CatalogVariable, data: SurveyData, design: SurveyDesign,
        groups: GroupIndex
    ) throws -> (EstimateTable, [String]) {
        let deff = deffKind
        let by = groups.grouping
        switch shape {
        case .categorical:
            let factor = compactCategories(data.factors[outcome.name]!, groups: groups)
            let count = factor.levels.count
            let scale: CategoryScale = kind == .total ? .total : .share
            let table = try statistics(data) {
                try surveyShares(factor.codes, categoryCount: count, design: design, by: by, deff: deff, scale: scale)
            }
            return (table, factor.levels)
        case .binary:
            let y = data.numeric!
            if y.contains(where: { !($0 == 0 || $0 == 1 || $0.isNaN) }) {
                throw AnalysisError.statistics("binary variable \"\(outcome.name)\" holds values other than 0 and 1")
            }
            return (
                try statistics(data) {
                    kind == .total
                        ? try surveyTotal(y, design: design, by: by, deff: deff)
                        : try surveyProportion(y, design: design, by: by, deff: deff)
                }, []
            )
        case .numeric:
            let y = data.numeric!
            return (
                try statistics(data) {
                    kind == .total
                        ? try surveyTotal(y, design: design, by: by, deff: deff) : try surveyMean(y, design: design, by: by, deff: deff)
                }, []
            )
        }
    }

    /// The displayed intervals: the chosen method for proportions, the t interval for means.
    private func intervals(
        _ table: EstimateTable, kind: StatisticKind, options: EstimationOptions, df: [Int], data: SurveyData, groups: GroupIndex
    ) throws -> [ConfidenceInterval] {
        let method: ProportionCI = kind == .mean || kind == .total ? .mean : options.ci
        if method == .wilson || method == .clopperPearson, !data.isUnweightedSimpleRandomSample {
            throw AnalysisError.requiresUnweightedData(method: method.optionName)
        }
        if method == .likelihood {
            return try likelihoodIntervals(table, options: options, df: df, data: data, groups: groups)
        }
        return try statistics(data) {
            try table.estimates.indices.map {
                try table.proportionInterval(
                    $0, method: method, level: options.level,
                    df: options.degreesOfFreedom.value(domain: df[$0 / table.categoryCount]))
            }
        }
    }

    /// `svyby(~y, ~g, design, svyciprop, method = "likelihood")`: each group's profile-likelihood
    /// interval on its own subset, from the answers (binary variables only).
    private func likelihoodIntervals(
        _ table: EstimateTable, options: EstimationOptions, df: [Int], data: SurveyData, groups: GroupIndex
    ) throws -> [ConfidenceInterval] {
        guard table.statistic == .proportion, let y = data.numeric else {
            throw AnalysisError.malformedArgument(option: "--ci", argument: "likelihood", expected: "a binary variable")
        }
        let design = try data.design(lonelyPSU: options.lonelyPSU)
        return try statistics(data) {
            try table.estimates.map { e in
                guard e.n > 0 else { return ConfidenceInterval(estimate: e.estimate, lower: .nan, upper: .nan, level: options.level) }
                let domain = groups.grouping.codes.map { Int($0) == e.group }
                let limits = try likelihoodProportionInterval(
                    y, design: design, domain: domain, level: options.level,
                    df: options.degreesOfFreedom.value(domain: df[e.group]))
                return ConfidenceInterval(estimate: e.estimate, lower: limits.lower, upper: limits.upper, level: options.level)
            }
        }
    }
}

/// NCHS inputs for each proportion: Korn–Graubard 95% CI and effective n, whatever the
/// displayed method (Parker et al. 2017).
func reliabilityInputs(_ table: EstimateTable, kind: StatisticKind, data: SurveyData) throws -> [ReliabilityInputs?] {
    guard kind == .proportion || kind == .share else { return table.estimates.map { _ in nil } }
    return try statistics(data) {
        try table.estimates.indices.map { i in
            let e = table.estimates[i]
            guard e.n > 0 else { return nil }
            let kg = try table.proportionInterval(i, method: .kornGraubard, level: 0.95)
            return ReliabilityInputs(
                sampleSize: e.n,
                effectiveSampleSize: ProportionReliability.effectiveSampleSize(
                    estimate: e.estimate, standardError: e.standardError, sampleSize: e.n),
                estimate: e.estimate, lower: kg.lower, upper: kg.upper,
                degreesOfFreedom: Double(e.domainDegreesOfFreedom))
        }
    }
}

/// The type of an estimated outcome, which decides the count columns of its table.
enum OutcomeShape {
    /// 0/1: `n_outcome` counts the 1s.
    case binary
    /// Categories: one `n_outcome` and one estimate per category.
    case categorical
    /// Integer or number: no outcome counts.
    case numeric
}

/// The categories that occur among the grouped rows, in dictionary order.
func compactCategories(_ factor: FactorColumn, groups: GroupIndex) -> FactorColumn {
    var present = [Bool](repeating: false, count: factor.levels.count)
    for (i, code) in factor.codes.enumerated() where code >= 0 && groups.grouping.codes[i] >= 0 {
        present[Int(code)] = true
    }
    var map = [Int32](repeating: -1, count: factor.levels.count)
    var levels: [String] = []
    for (j, isPresent) in present.enumerated() where isPresent {
        map[j] = Int32(levels.count)
        levels.append(factor.levels[j])
    }
    return FactorColumn(codes: factor.codes.map { $0 < 0 ? -1 : map[Int($0)] }, levels: levels, isInteger: factor.isInteger)
}
