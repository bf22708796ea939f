import Storage
import SurveyStatistics

/// The rows of the survey table an analysis needs, as arrays: the design, the domain, the
/// outcome and the grouping columns.
///
/// Every row of the selected survey rounds is kept (domains are never dropped). Strata are
/// nested in survey rounds, because each round is an independent sample (the sources of one
/// round are parts of one sample): the stratum key is (round, `_stratum`), and a round without
/// strata is one stratum. PSUs are nested in
/// strata; a row without a PSU is its own PSU. A missing weight is 1.
struct SurveyData {
    /// Rows read.
    var rowCount: Int
    /// Weight per row.
    var weights: [Double]
    /// Dense stratum per row; nil when the table holds one unstratified source.
    var strata: [Int32]?
    /// The source name of each dense stratum.
    var stratumSources: [String]
    /// PSU code per row; nil when no row names a PSU.
    var psu: [Int32]?
    /// Population size or sampling fraction per row; nil when no row gives one.
    var fpc: [Double]?
    /// Unit codes of each stage after the first (`psu: [school, class]`); empty for one stage.
    var laterStages: [[Int32]] = []
    /// The fpc of each later stage; nil when no row gives one (only the first stage's variance).
    var laterFPC: [[Double]]?
    /// Whether any row has a weight; otherwise a multi-stage design's fpc implies them.
    var weightsGiven = true
    /// Whether each row is in the `--where` domain; nil when there is no condition.
    var inDomain: [Bool]?
    /// Numeric outcome (NaN = missing), for binary, integer and number variables.
    var numeric: [Double]?
    /// Further numeric columns by variable name (a model's predictors), NaN = missing.
    var numericColumns: [String: [Double]] = [:]
    /// Factor columns by variable name (categorical outcome, `--by`, `--across`, and `survey`:
    /// the round, or one pooled level with `--pool`).
    var factors: [String: FactorColumn]
    /// The survey round of each row (levels: the selected round ids), pooled or not.
    var rounds: FactorColumn

    /// True for an unweighted simple random sample: equal weights, no strata, PSUs or fpc
    /// (where Wilson and Clopper–Pearson intervals are the textbook ones).
    var isUnweightedSimpleRandomSample: Bool {
        guard strata == nil, psu == nil, fpc == nil, let first = weights.first else { return strata == nil && psu == nil }
        return weights.allSatisfy { abs($0 - first) <= 1e-12 * first }
    }

    /// Whether the respondents of each round in the domain carry at most ``CountSplit/maxWeights``
    /// distinct weights (post-stratification into a few cells): a proportion is then a ratio of sums
    /// over a few classes with weights a reader can know, and its digits give the counts back.
    var hasFewWeightsWithinRounds: Bool {
        var seen: [Int32: Set<Double>] = [:]
        for i in 0..<rowCount where isInDomain(i) {
            seen[rounds.codes[i], default: []].insert(CountSplit.weightClass(weights[i]))
            if seen[rounds.codes[i]]!.count > CountSplit.maxWeights { return false }
        }
        return true
    }

    /// Whether row `i` is in the domain.
    @inline(__always) func isInDomain(_ i: Int) -> Bool { inDomain?[i] ?? true }

    /// Refuses `--lonely-psu average` when each of several rounds is estimated on its own:
    /// the average runs over every stratum of the design, so one round's variance would
    /// depend on the others.
    func requireRoundsSeparable(_ lonelyPSU: LonelyPSU, pooled: Bool) throws {
        if lonelyPSU == .average, !pooled, rounds.levels.count > 1 {
            throw AnalysisError.averageAcrossRounds(rounds: rounds.levels)
        }
    }

    /// The sample design, as R's `svydesign(ids, strata, weights, fpc, nest = TRUE)`.
    func design(lonelyPSU: LonelyPSU) throws -> SurveyDesign {
        do {
            if let psu, !laterStages.isEmpty {
                // R's svydesign(ids = ~psu + ssu, fpc = ~f1 + f2): weights implied by the fpc when none are given.
                let fpcs = laterFPC.map { [fpc ?? [Double](repeating: .infinity, count: rowCount)] + $0 }
                return try SurveyDesign.multistage(
                    weights: weightsGiven || fpcs == nil ? weights : nil, strata: strata, stages: [psu] + laterStages,
                    fpc: fpcs, lonelyPSU: lonelyPSU)
            }
            return try SurveyDesign(weights: weights, strata: strata, psu: psu, fpc: fpc, lonelyPSU: lonelyPSU)
        } catch let error as SurveyStatisticsError {
            throw translate(error)
        }
    }

    /// R's `degf(subset(design, domain))`: PSUs minus strata among the rows in the domain.
    func domainDegreesOfFreedom(_ design: SurveyDesign, extra: ((Int) -> Bool)? = nil) -> Int {
        guard inDomain != nil || extra != nil else { return design.degreesOfFreedom }
        var strataSeen = Set<Int32>()
        var psusSeen = Set<Int64>()
        var psus = 0
        for i in 0..<rowCount where isInDomain(i) && (extra?(i) ?? true) && weights[i] != 0 {
            let h = strata?[i] ?? 0
            strataSeen.insert(h)
            if let psu {
                if psusSeen.insert(Int64(h) << 32 | Int64(psu[i])).inserted { psus += 1 }
            } else {
                psus += 1
            }
        }
        return psus - strataSeen.count
    }

    /// The number of rows in the domain (R's `nrow(subset(design, domain))`).
    func domainRowCount(extra: ((Int) -> Bool)? = nil) -> Int {
        (0..<rowCount).reduce(0) { $0 + (isInDomain($1) && (extra?($1) ?? true) ? 1 : 0) }
    }

    /// PSUs − strata among the domain's rows, whatever their weight: the `nu` of R's
    /// `svychisq` on `subset(design, domain)`.
    func domainPSUsMinusStrata(extra: ((Int) -> Bool)? = nil) -> Int {
        var strataSeen = Set<Int32>()
        var psusSeen = Set<Int64>()
        for i in 0..<rowCount where isInDomain(i) && (extra?(i) ?? true) {
            let h = strata?[i] ?? 0
            strataSeen.insert(h)
            psusSeen.insert(Int64(h) << 32 | Int64(psu?[i] ?? Int32(truncatingIfNeeded: i)))
        }
        return psusSeen.count - strataSeen.count
    }

    /// Turns a SurveyStatistics error into one that names the source, not a stratum index.
    func translate(_ error: SurveyStatisticsError) -> AnalysisError {
        switch error {
        case let .lonelyPSU(stratum):
            let name = stratumSources.indices.contains(stratum) ? stratumSources[stratum] : "?"
            return .lonelyPSU(source: name)
        case .requiresUnweightedData: return .statistics(error.description)
        default: return .statistics(error.description)
        }
    }
}
