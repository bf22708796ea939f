import Codebooks
import Disclosure
import StatisticalDistributions
import SurveyStatistics

/// The tests and pairwise comparisons of one `--by` group, before disclosure control.
struct ComparisonBlock {
    /// The `--by` labels of this block (empty without `--by`).
    let byLabels: [String]
    /// The estimates of each category in each `--across` level (shares or binary proportions).
    let table: EstimateTable
    /// The `--across` level index (into ``CompareResult/acrossLevels``) of each table group.
    let acrossOfGroup: [Int]
    /// NCHS inputs of each estimate.
    let reliability: [ReliabilityInputs?]
    /// Pairwise comparisons per compared category.
    let pairs: [GroupComparison]
    /// For means, R's `svyttest` of each pair (parallel to `pairs`); empty otherwise.
    let tTests: [DesignTTest]
    /// Rao–Scott, as R's `svychisq` on the domain (nil when it cannot be computed).
    let raoScott: RaoScottResult?
    /// Pearson χ² with Cramér's V, for unweighted simple random samples.
    let pearson: PearsonTest?
    /// The block's design df (`degf(subset(design, by group))`), used by the pairwise intervals.
    let degreesOfFreedom: Int
}

/// Everything `sitan compare` computed.
struct CompareResult {
    let variable: String
    let across: String
    let by: [String]
    let byIsInteger: [Bool]
    let acrossLevels: [String]
    /// Category labels of the outcome (binary: "0", "1"; means: the single "mean").
    let categories: [String]
    /// True when a numeric variable's means are compared (no categories, no Rao–Scott test).
    let comparesMeans: Bool
    /// The categories compared pairwise (binary: only 1).
    let comparedCategories: [Int]
    let blocks: [ComparisonBlock]
    let options: EstimationOptions
    /// Whether the design names PSUs; otherwise df counts respondents and is not published.
    let degreesOfFreedomCountPSUs: Bool
    /// Whether each round's respondents carry one weight, or only a few (``CountSplit/maxWeights``):
    /// the estimates, standard errors and test statistics then give back the hidden counts they
    /// are computed from.
    let revealsCounts: Bool
    /// The counts by weight class and value behind the levels' estimates (``CountSplit``), and the
    /// split's group of each (`--across` level, `--by` labels).
    var split: (counts: CountSplit, group: [[String]: Int])? = nil

    /// The split counts of one `--across` level in a block: one cell per key, empty when not split.
    func splitCells(_ block: ComparisonBlock, level: Int) -> [CountTable.Cell] {
        split.map { $0.counts.cells(ofGroup: $0.group[[acrossLevels[level]] + block.byLabels]) } ?? []
    }
}

/// Computes `sitan compare`.
struct ComparisonComputation {
    let inputs: AnalysisInputs

    func run(_ request: CompareRequest) throws -> CompareResult {
        let outcome = try inputs.outcome(
            request.variable, allowed: [.binary, .categorical, .integer, .number],
            role: "in compare (use a binary, categorical, integer or number variable)")
        let comparesMeans = outcome.type == .integer || outcome.type == .number
        let across = try inputs.groupingVariables([request.across], exclude: [outcome.name], role: "with --across")[0]
        let betweenRounds = Self.roundVariables.contains(across.name)
        let byNames =
            betweenRounds || request.by.contains(SurveyRounds.variable) ? request.by : [SurveyRounds.variable] + request.by
        let by = try inputs.groupingVariables(byNames, exclude: [outcome.name, across.name], role: "with --by")
        let data = try inputs.load(
            LoadPlan(
                numericOutcome: comparesMeans ? outcome : nil, factors: (comparesMeans ? [] : [outcome]) + [across] + by,
                filters: try inputs.filters(request.options.filters)),
            selection: request.options.rounds)
        let design = try data.design(lonelyPSU: request.options.lonelyPSU)
        let y: Outcome =
            comparesMeans
            ? .numeric(data.numeric!)
            : .factor(compactCategories(data.factors[outcome.name]!, groups: GroupIndex(factors: [], names: [], data: data)))
        let acrossFactor = across.name == SurveyRounds.variable ? data.rounds : data.factors[across.name]!
        let byIndex = GroupIndex(factors: by.map { data.factors[$0.name]! }, names: byNames, data: data)
        guard byIndex.count > 0 else { throw AnalysisError.nobody(outcome.name, filters: request.options.filters) }
        if betweenRounds && !request.options.rounds.pool {
            try Self.requireOneRoundPerLevel(across: acrossFactor, blocks: byIndex, data: data)
        } else if !betweenRounds {
            try data.requireRoundsSeparable(request.options.lonelyPSU, pooled: request.options.rounds.pool)
        }
        let isBinary = outcome.type == .binary
        let blocks = try (0..<byIndex.count).compactMap { b in
            try block(b, byIndex: byIndex, y: y, across: acrossFactor, data: data, design: design, options: request.options)
        }
        guard !blocks.isEmpty else { throw AnalysisError.tooFewLevels(what: "--across") }
        var result = CompareResult(
            variable: outcome.name, across: across.name, by: byNames, byIsInteger: byIndex.isInteger,
            acrossLevels: acrossFactor.levels, categories: y.levels, comparesMeans: comparesMeans,
            comparedCategories: comparesMeans ? [0] : isBinary ? [1] : Array(y.levels.indices), blocks: blocks,
            options: request.options,
            degreesOfFreedomCountPSUs: data.psu != nil, revealsCounts: data.hasFewWeightsWithinRounds)
        let levels = GroupIndex(
            factors: [acrossFactor] + by.map { data.factors[$0.name]! }, names: [across.name] + byNames, data: data)
        let split: CountSplit?
        switch y {
        case let .factor(factor): split = CountSplit(data: data, groups: levels, categories: factor)
        case let .numeric(values): split = CountSplit(data: data, groups: levels, values: values, isNumeric: true)
        }
        result.split = split.map { ($0, Dictionary(uniqueKeysWithValues: levels.labels.enumerated().map { ($1, $0) })) }
        return result
    }

    /// `--across` variables whose levels are survey rounds or sets of them: the comparison is
    /// between rounds, on the combined design of the selected rounds (each round its own
    /// strata, so the covariance between rounds is zero). Any other `--across` variable is
    /// compared within each round.
    static let roundVariables: Set<String> = [SurveyRounds.variable, "country", "year"]

    /// Refuses a between-round comparison in which one `--across` level of a `--by` group holds
    /// several rounds (which would pool them silently).
    private static func requireOneRoundPerLevel(across: FactorColumn, blocks: GroupIndex, data: SurveyData) throws {
        var seen: [Int64: Set<Int32>] = [:]
        for i in 0..<data.rowCount where blocks.grouping.codes[i] >= 0 && across.codes[i] >= 0 && data.isInDomain(i) {
            seen[Int64(blocks.grouping.codes[i]) << 32 | Int64(across.codes[i]), default: []].insert(data.rounds.codes[i])
        }
        if let (key, rounds) = seen.first(where: { $0.value.count > 1 }) {
            throw AnalysisError.roundsPooled(
                level: across.levels[Int(key & 0xFFFF_FFFF)], rounds: rounds.sorted().map { data.rounds.levels[Int($0)] })
        }
    }

    /// The compared outcome: categories (shares, binary proportions) or numeric values (means).
    enum Outcome {
        case factor(FactorColumn)
        case numeric([Double])

        var levels: [String] {
            switch self {
            case let .factor(y): y.levels
            case .numeric: ["mean"]
            }
        }
    }

    /// One `--by` group: estimates per `--across` level, pairs and tests; nil when fewer than
    /// two `--across` levels have respondents in it.
    private func block(
        _ b: Int, byIndex: GroupIndex, y outcome: Outcome, across: FactorColumn, data: SurveyData, design: SurveyDesign,
        options: EstimationOptions
    ) throws -> ComparisonBlock? {
        let inBlock = { (i: Int) in byIndex.grouping.codes[i] == Int32(b) }
        let groups = GroupIndex(factors: [across], names: ["across"], data: data, extra: inBlock)
        guard groups.count >= 2 else { return nil }
        let acrossOfGroup = groups.labels.map { across.levels.firstIndex(of: $0[0])! }
        let df = data.domainDegreesOfFreedom(design, extra: inBlock)
        let y: FactorColumn
        switch outcome {
        case let .factor(factor): y = factor
        case let .numeric(values):
            return try meansBlock(
                b, byIndex: byIndex, y: values, groups: groups, acrossOfGroup: acrossOfGroup, df: df, data: data,
                design: design, options: options)
        }
        let table = try statistics(data) {
            try surveyShares(y.codes, categoryCount: y.levels.count, design: design, by: groups.grouping)
        }
        let compared = y.levels.count == 2 && y.isInteger ? [1] : Array(y.levels.indices)
        let pairs = try statistics(data) {
            try compared.flatMap {
                try table.pairwiseComparisons(
                    category: $0, level: options.level, df: options.degreesOfFreedom.value(domain: df))
            }
        }
        let outcomeInBlock = y.codes.indices.map { groups.grouping.codes[$0] >= 0 ? y.codes[$0] : -1 }
        return ComparisonBlock(
            byLabels: byIndex.labels[b], table: table, acrossOfGroup: acrossOfGroup,
            reliability: try reliabilityInputs(table, kind: .share, data: data), pairs: pairs, tTests: [],
            raoScott: raoScott(outcomeInBlock, y: y, groups: groups, data: data, design: design, extra: inBlock),
            pearson: data.isUnweightedSimpleRandomSample
                ? try? pearsonTest(outcomeInBlock, categoryCount: y.levels.count, across: groups.grouping) : nil,
            degreesOfFreedom: df)
    }

    /// One `--by` group of a numeric outcome: the means of each `--across` level (`svyby(...,
    /// svymean, covmat = TRUE)`), their differences (`svycontrast`, intervals on the block's df)
    /// and `svyttest` of each pair on the subset of its two levels.
    private func meansBlock(
        _ b: Int, byIndex: GroupIndex, y: [Double], groups: GroupIndex, acrossOfGroup: [Int], df: Int, data: SurveyData,
        design: SurveyDesign, options: EstimationOptions
    ) throws -> ComparisonBlock {
        let table = try statistics(data) { try surveyMean(y, design: design, by: groups.grouping) }
        let pairs = try statistics(data) {
            try table.pairwiseComparisons(level: options.level, df: options.degreesOfFreedom.value(domain: df))
        }
        let codes = groups.grouping.codes
        let tTests = pairs.map { pair in
            // svyglm drops the rows without an answer: the df of the two levels' respondents.
            let pairDF = data.domainDegreesOfFreedom(design) { i in
                (codes[i] == Int32(pair.groupA) || codes[i] == Int32(pair.groupB)) && !y[i].isNaN
            }
            return pair.tTest(pairDegreesOfFreedom: pairDF)
        }
        return ComparisonBlock(
            byLabels: byIndex.labels[b], table: table, acrossOfGroup: acrossOfGroup,
            reliability: table.estimates.map { _ in nil }, pairs: pairs, tTests: tTests, raoScott: nil, pearson: nil,
            degreesOfFreedom: df)
    }

    /// R's `svychisq(~y + across, subset(design, domain))`: the variance on the full design
    /// (R keeps each stratum's PSU count), the table rescaled to the domain's rows and the
    /// denominator df from the domain's PSUs and strata, as R computes them on the subset.
    private func raoScott(
        _ outcome: [Int32], y: FactorColumn, groups: GroupIndex, data: SurveyData, design: SurveyDesign,
        extra: @escaping (Int) -> Bool
    ) -> RaoScottResult? {
        guard let full = try? raoScottTest(outcome, categoryCount: y.levels.count, across: groups.grouping, design: design)
        else { return nil }
        let isWholeDesign = data.inDomain == nil && groups.grouping.codes.count == data.domainRowCount(extra: extra)
        if isWholeDesign { return RaoScottResult(full) }
        let rows = Double(data.domainRowCount(extra: extra))
        let nu = Double(data.domainPSUsMinusStrata(extra: extra))
        let x2 = full.pearsonX2 * rows / Double(data.rowCount)
        return RaoScottResult(
            pearsonX2: x2, degreesOfFreedom: full.degreesOfFreedom, firstOrderPValue: full.firstOrderPValue,
            f: full.f, numeratorDF: full.numeratorDF, denominatorDF: full.numeratorDF * nu,
            fPValue: FDistribution.survival(
                full.f, numeratorDegreesOfFreedom: full.numeratorDF, denominatorDegreesOfFreedom: full.numeratorDF * nu),
            meanDesignEffect: full.meanDesignEffect * rows / Double(data.rowCount))
    }
}

/// R's `svychisq` results for one domain (SurveyStatistics' `RaoScottTest`, rescaled to a
/// `--where` subset).
struct RaoScottResult {
    /// Pearson's X² on the weighted table scaled to the domain's rows (`statistic = "Chisq"`).
    let pearsonX2: Double
    /// (r − 1)(c − 1).
    let degreesOfFreedom: Int
    /// First-order Rao–Scott p-value (R reports it with the unadjusted X²).
    let firstOrderPValue: Double
    /// Second-order F (`statistic = "F"`), its fractional df and p-value.
    let f, numeratorDF, denominatorDF, fPValue: Double
    /// Mean generalised design effect.
    let meanDesignEffect: Double
}

extension RaoScottResult {
    init(_ test: RaoScottTest) {
        self.init(
            pearsonX2: test.pearsonX2, degreesOfFreedom: test.degreesOfFreedom, firstOrderPValue: test.firstOrderPValue,
            f: test.f, numeratorDF: test.numeratorDF, denominatorDF: test.denominatorDF, fPValue: test.fPValue,
            meanDesignEffect: test.meanDesignEffect)
    }
}
