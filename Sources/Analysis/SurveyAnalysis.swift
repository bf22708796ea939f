import Disclosure
import Storage
import SurveyStatistics

/// Design-based estimates and comparisons on the survey table, published through disclosure
/// control: the library behind `sitan estimate` and `sitan compare`.
///
/// Each call reads the design and the needed columns in one scan (``SurveyLoader``), runs
/// SurveyStatistics (R survey's estimators, to 1e-9), builds a ``CountTable`` and passes it through
/// ``DisclosureControl/publish(_:)``; only the published result leaves this type.
package struct SurveyAnalysis {
    let store: Store
    let disclosure: DisclosureControl
    let ledger: ReleaseLedger?
    /// The survey columns read by earlier analyses of the same database (nil: none kept).
    let cache: SurveyLoadCache?

    /// Creates the analysis of one database under one disclosure rule.
    ///
    /// - Parameters:
    ///   - ledger: the release ledger every output is audited against and recorded in; nil
    ///     publishes each table on its own (library use without a writable database).
    ///   - cache: where the survey columns read are kept for the next analysis (the report's
    ///     many tables over one read-only database); nil reads them for each call.
    package init(store: Store, disclosure: DisclosureControl, ledger: ReleaseLedger? = nil, cache: SurveyLoadCache? = nil) {
        self.store = store
        self.disclosure = disclosure
        self.ledger = ledger
        self.cache = cache
    }

    /// `sitan estimate`: means (integer, number), proportions (binary) or category shares
    /// (categorical), per group.
    ///
    /// R equivalent, per survey round: `svyby(~y, ~g1 + g2, subset(design, where), svymean,
    /// na.rm = TRUE, deff = TRUE)` with `svyciprop` intervals; each group's design df is
    /// `degf(subset(design, where & group))`. Rounds are never pooled unless the options say so: each
    /// group is within one round (the `survey` key), and strata are nested in rounds.
    /// - Parameter request: the variable, groups and options.
    /// - Returns: the published estimates.
    /// - Throws: ``AnalysisError`` for unknown variables or values, lonely PSUs and the like;
    ///   `DisclosureError` if the table cannot be protected.
    package func estimate(_ request: EstimateRequest) throws -> PublishedEstimate {
        let inputs = try AnalysisInputs(store: store, cache: cache, tally: ledger?.tally)
        let result = try EstimateComputation(inputs: inputs, deffKind: request.options.designEffect).run(request)
        // A quantile with fewer than k respondents at one end is close to their own values (a
        // probability next to 0 or 1 gives the smallest or largest one): refused, never shown.
        if let tails = result.quantileTails, let fewest = tails.min(), fewest < disclosure.k {
            throw AnalysisError.statistics(
                "a requested quantile has fewer than \(disclosure.k) respondents at or beyond it in some group, "
                    + "so it would publish values of individual respondents; ask for probabilities further from 0 and 1, "
                    + "or a coarser grouping")
        }
        let (table, layout) = EstimateTableBuilder(result: result).build()
        let counts = EstimateCounts(result: result, domain: try domainPredicate(request.options, inputs: inputs))
        // The split counts are given back by the estimates: the ledger takes them as published.
        let split = Set(table.columns.indices.filter { CountSplit.isColumn(table.columns[$0].name) })
        let predicates = counts.predicates(of: table)
        let entry = LedgerTable(
            table: table, counts: predicates, revealed: split, statistics: counts.statistics(of: predicates),
            sums: counts.sums(of: predicates))
        let published = try publish([entry])[0]
        let keep = result.groups.variables.indices.filter { result.groups.variables[$0] != SurveyRounds.variable }
        return PublishedEstimate(
            table: published, variable: result.variable, statistic: result.statistic.rawValue,
            by: keep.map { result.groups.variables[$0] }, byIsInteger: keep.map { result.groups.isInteger[$0] },
            method: Self.method(request.options, statistic: result.statistic), layout: layout)
    }

    /// `sitan model`: a design-based regression (R survey's `svyglm`) per survey round.
    ///
    /// R equivalent, per round: `svyglm(y ~ x1 + x2, subset(design, where), family =
    /// quasibinomial())` (binary outcomes) or `gaussian()` (numbers), with `summary()` and
    /// `confint()`. Refused (never fitted) when a cell of the design matrix holds fewer than k
    /// respondents. The counts the fit implies (its respondents, the cells of its design matrix)
    /// are audited whole against the release ledger and recorded in it: a model that would let a
    /// reader recompute a small count together with earlier outputs is refused.
    /// - Throws: ``AnalysisError`` for unknown variables, small cells, separation,
    ///   non-convergence, collinear predictors, a refusal by the ledger and the like.
    package func model(_ request: ModelRequest) throws -> PublishedModel {
        let inputs = try AnalysisInputs(store: store, cache: cache, tally: ledger?.tally)
        let result = try ModelComputation(inputs: inputs, k: disclosure.k).run(request)
        if let ledger {
            let counts = ModelCounts(
                result: result, predictors: request.predictors, domain: try domainPredicate(request.options, inputs: inputs))
            try ledger.publish([counts.table()], dataset: .survey, disclosure: disclosure, whole: "model")
        }
        return PublishedModel(result)
    }

    /// Publishes the tables of one output: through the release ledger when there is one.
    func publish(_ tables: [LedgerTable]) throws -> [PublishedTable] {
        guard let ledger else { return try tables.map { try disclosure.publish($0.table) } }
        return try ledger.publish(tables, dataset: .survey, disclosure: disclosure)
    }

    /// The `--where` domain as a ledger predicate.
    func domainPredicate(_ options: EstimationOptions, inputs: AnalysisInputs) throws -> CountPredicate {
        // The rows counted are those of the selected survey rounds, in the `--where` domain.
        let rounds = try SurveyRounds(store: store, selection: options.rounds).selected.map { $0.id as String? }
        return try inputs.filters(options.filters).reduce(CountPredicate().restricted(SurveyRounds.variable, to: rounds)) {
            predicate, filter in
            predicate.restricted(filter.variable.name, to: filter.values.map(canonicalText))
        }
    }

    /// The method block for a set of options.
    static func method(_ options: EstimationOptions, statistic: StatisticKind) -> EstimateMethod {
        var variance = "taylor-with-replacement"
        if options.lonelyPSU != .fail { variance += " (lonely PSU: \(options.lonelyPSU.rawValue))" }
        let normal = options.degreesOfFreedom == .inf
        let ci: String
        switch statistic {
        case .mean, .total: ci = normal ? "normal" : "t"
        case .quantile: ci = "woodruff (qrule math, " + (normal ? "normal)" : "t on the respondents' df)")
        case .proportion, .share: ci = options.ci.optionName + (normal ? " (normal quantile)" : "")
        }
        let designEffect = statistic == .quantile ? "none (R's svyquantile computes no design effect)" : options.designEffect.optionName
        return EstimateMethod(variance: variance, ci: ci, level: options.level, designEffect: designEffect)
    }
}
