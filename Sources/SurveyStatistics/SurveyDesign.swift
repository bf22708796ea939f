/// What to do with a stratum that has a single PSU, as R survey's `options(survey.lonely.psu=)`.
package enum LonelyPSU: String, Sendable, CaseIterable {
    /// Stop with an error (R's default).
    case fail
    /// The stratum contributes nothing to the variance.
    case remove
    /// The stratum's PSU total is centred at zero (the grand mean of the linearised values).
    case adjust
    /// The stratum gets the average variance of the other strata (sum scaled by H / (H − lonely)).
    case average
    /// The PSU was sampled with certainty: it contributes nothing.
    case certainty
}

/// A complex sample design: weights, strata, PSUs nested in strata and a finite-population correction.
///
/// Mirrors R survey's `svydesign(ids = ~psu, strata = ~stratum, weights = ~w, fpc = ~fpc,
/// nest = TRUE)` for the first (ultimate-cluster) stage. Without PSUs every row is its own PSU.
/// The fpc is the population number of PSUs in the stratum when every value is ≥ 1, or the
/// sampling fraction when every value is ≤ 1 (R's `as.fpc`). Multi-stage designs: `multistage`.
package struct SurveyDesign: Sendable {
    /// Number of rows (respondents).
    package let rowCount: Int
    /// Sampling weights, one per row.
    package let weights: [Double]
    /// Lonely-PSU rule used by every variance computed on this design.
    package let lonelyPSU: LonelyPSU
    /// R's `options(survey.adjust.domain.lonely=)` (default false).
    package let adjustDomainLonely: Bool
    /// Number of strata (1 when unstratified).
    package let strataCount: Int
    /// Number of PSUs in the whole design.
    package let psuCount: Int
    /// Design degrees of freedom: PSUs − strata among rows with non-zero weight (R `degf`).
    package let degreesOfFreedom: Int

    /// Dense stratum index per row.
    let stratumOfRow: [Int32]
    /// Dense global PSU index per row, nil when every row is its own PSU.
    let psuOfRow: [Int32]?
    /// Stratum of each PSU (only for clustered designs).
    let stratumOfPSU: [Int32]
    /// Sampled PSUs per stratum.
    let psuPerStratum: [Int]
    /// Finite-population factor 1 − n_h/N_h per stratum (1 without fpc), R's `f`.
    let finiteFactor: [Double]
    /// The stages after the first of a multi-stage design with an fpc (see `multistage`).
    internal(set) var laterStages: [LaterStage] = []

    /// Creates a design from per-row arrays.
    ///
    /// Equivalent to R survey's `svydesign(ids, strata, weights, fpc, nest = TRUE)`.
    /// - Parameters:
    ///   - weights: sampling weights (≥ 0, finite).
    ///   - strata: stratum codes ≥ 0 (any integers; remapped), nil for an unstratified design.
    ///   - psu: PSU codes ≥ 0, nested in strata (PSU 1 of stratum 3 ≠ PSU 1 of stratum 4);
    ///     nil when every row is its own PSU.
    ///   - fpc: per-row population PSU count (≥ 1) or sampling fraction (≤ 1), constant within
    ///     a stratum; nil for sampling with replacement.
    ///   - lonelyPSU: rule for strata with one PSU.
    ///   - adjustDomainLonely: R's `survey.adjust.domain.lonely`: also treat a stratum with a
    ///     single PSU inside a domain as lonely.
    /// - Throws: `SurveyStatisticsError` for mismatched lengths, bad weights, codes or fpc.
    package init(
        weights: [Double], strata: [Int32]? = nil, psu: [Int32]? = nil, fpc: [Double]? = nil,
        lonelyPSU: LonelyPSU = .fail, adjustDomainLonely: Bool = false
    ) throws {
        let n = weights.count
        for (i, w) in weights.enumerated() where !(w >= 0 && w.isFinite) {
            throw SurveyStatisticsError.invalidWeight(row: i)
        }
        let strata = try strata.map { try Self.denseCodes($0, what: "stratum", rows: n) }
        let stratumOfRow = strata?.codes ?? [Int32](repeating: 0, count: n)
        let h = strata?.count ?? 1
        self.rowCount = n
        self.weights = weights
        self.lonelyPSU = lonelyPSU
        self.adjustDomainLonely = adjustDomainLonely
        self.stratumOfRow = stratumOfRow
        self.strataCount = h
        var perStratum = [Int](repeating: 0, count: h)
        if let psu {
            let nested = try Self.nestedPSUs(psu, strata: stratumOfRow, strataCount: h)
            psuOfRow = nested.psuOfRow
            stratumOfPSU = nested.stratumOfPSU
            for s in nested.stratumOfPSU { perStratum[Int(s)] += 1 }
        } else {
            psuOfRow = nil
            stratumOfPSU = []
            for s in stratumOfRow { perStratum[Int(s)] += 1 }
        }
        psuPerStratum = perStratum
        psuCount = perStratum.reduce(0, +)
        finiteFactor = try Self.finiteFactors(fpc, strata: stratumOfRow, psuPerStratum: perStratum)
        degreesOfFreedom = Self.designDF(
            weights: weights, strata: stratumOfRow, psu: psuOfRow, strataCount: h, psuCount: psuCount)
    }

    /// True when the design is an unweighted simple random sample (no strata, no PSUs, equal weights).
    package var isSimpleRandomSample: Bool {
        guard strataCount == 1, psuOfRow == nil else { return false }
        guard let w0 = weights.first else { return true }
        return weights.allSatisfy { abs($0 - w0) <= 1e-12 * w0 } && finiteFactor[0] == 1
    }
}

// MARK: - Construction helpers

extension SurveyDesign {
    /// Remaps arbitrary non-negative codes to 0..<count in order of first appearance.
    static func denseCodes(_ codes: [Int32], what: String, rows: Int) throws -> (codes: [Int32], count: Int) {
        guard codes.count == rows else {
            throw SurveyStatisticsError.lengthMismatch(what: what, expected: rows, actual: codes.count)
        }
        // Codes numbered in order of first appearance already (a loader's) are kept, not copied.
        var next: Int32 = 0
        if codes.allSatisfy({ c in
            if c == next { next += 1 }
            return c >= 0 && c < next
        }) {
            return (codes, Int(next))
        }
        var map: [Int32: Int32] = [:]
        var out = [Int32](repeating: 0, count: rows)
        for (i, c) in codes.enumerated() {
            guard c >= 0 else { throw SurveyStatisticsError.invalidCode(what: what, row: i) }
            if let d = map[c] {
                out[i] = d
            } else {
                let d = Int32(map.count)
                map[c] = d
                out[i] = d
            }
        }
        return (out, map.count)
    }

    /// Gives each (stratum, PSU) pair a global dense index.
    static func nestedPSUs(_ psu: [Int32], strata: [Int32], strataCount: Int) throws
        -> (psuOfRow: [Int32], stratumOfPSU: [Int32])
    {
        let n = strata.count
        guard psu.count == n else {
            throw SurveyStatisticsError.lengthMismatch(what: "PSU", expected: n, actual: psu.count)
        }
        if let stratumOfPSU = numberedInStrata(psu, strata: strata) { return (psu, stratumOfPSU) }
        var map: [Int64: Int32] = [:]
        var psuOfRow = [Int32](repeating: 0, count: n)
        var stratumOfPSU: [Int32] = []
        var last: (key: Int64, index: Int32) = (-1, 0)
        for i in 0..<n {
            guard psu[i] >= 0 else { throw SurveyStatisticsError.invalidCode(what: "PSU", row: i) }
            let key = Int64(strata[i]) << 32 | Int64(psu[i])
            if key == last.key {
                psuOfRow[i] = last.index
                continue
            }
            let index: Int32
            if let d = map[key] {
                index = d
            } else {
                index = Int32(stratumOfPSU.count)
                map[key] = index
                stratumOfPSU.append(strata[i])
            }
            psuOfRow[i] = index
            last = (key, index)
        }
        return (psuOfRow, stratumOfPSU)
    }

    /// The stratum of each PSU when the codes are already global dense indices (numbered in order
    /// of first appearance, each within one stratum): then they are kept, not copied.
    private static func numberedInStrata(_ psu: [Int32], strata: [Int32]) -> [Int32]? {
        var stratumOfPSU: [Int32] = []
        for i in psu.indices {
            let p = Int(psu[i])
            if p == stratumOfPSU.count {
                stratumOfPSU.append(strata[i])
            } else if p < 0 || p > stratumOfPSU.count || stratumOfPSU[p] != strata[i] {
                return nil
            }
        }
        return stratumOfPSU
    }

    /// R's `as.fpc` + `onestrat`: f_h = (N_h − n_h)/N_h, 1 when N_h is infinite or no fpc.
    static func finiteFactors(_ fpc: [Double]?, strata: [Int32], psuPerStratum: [Int]) throws -> [Double] {
        let h = psuPerStratum.count
        guard let fpc else { return [Double](repeating: 1, count: h) }
        guard fpc.count == strata.count else {
            throw SurveyStatisticsError.lengthMismatch(what: "fpc", expected: strata.count, actual: fpc.count)
        }
        let isPopulationSize = fpc.contains { $0 > 1 }
        if isPopulationSize != fpc.allSatisfy({ $0 >= 1 }) {
            throw SurveyStatisticsError.invalidFPC(
                stratum: 0, reason: "mixes population sizes (≥ 1) and fractions (< 1)")
        }
        var value = [Double](repeating: .nan, count: h)
        for (i, s) in strata.enumerated() {
            let v = fpc[i]
            let s = Int(s)
            guard v > 0, !v.isNaN else {
                throw SurveyStatisticsError.invalidFPC(stratum: s, reason: "fpc \(v) is not positive")
            }
            if value[s].isNaN {
                value[s] = v
            } else if value[s] != v {
                throw SurveyStatisticsError.invalidFPC(stratum: s, reason: "fpc varies within the stratum")
            }
        }
        return try (0..<h).map { s in
            let n = Double(psuPerStratum[s])
            let popsize = isPopulationSize ? value[s] : n / value[s]
            guard popsize >= n else {
                throw SurveyStatisticsError.invalidFPC(
                    stratum: s, reason: "population size \(popsize) < sampled PSUs \(Int(n))")
            }
            return popsize == .infinity ? 1 : (popsize - n) / popsize
        }
    }

    /// R's `degf.survey.design2`: distinct PSUs minus distinct strata among rows with weight ≠ 0.
    static func designDF(weights: [Double], strata: [Int32], psu: [Int32]?, strataCount: Int, psuCount: Int) -> Int {
        var stratumSeen = [Bool](repeating: false, count: strataCount)
        var psuSeen = [Bool](repeating: false, count: psu == nil ? 0 : psuCount)
        var psus = 0
        var hs = 0
        for i in 0..<weights.count where weights[i] != 0 {
            let s = Int(strata[i])
            if !stratumSeen[s] {
                stratumSeen[s] = true
                hs += 1
            }
            if let psu {
                let p = Int(psu[i])
                if !psuSeen[p] {
                    psuSeen[p] = true
                    psus += 1
                }
            } else {
                psus += 1
            }
        }
        return psus - hs
    }
}
