/// One stage after the first of a multi-stage design: its units nested in the previous stage's.
struct LaterStage: Sendable {
    /// Dense index of this stage's unit per row (units of different parents never share an index).
    let unitOfRow: [Int32]
    /// The previous stage's unit (for the second stage: the PSU) of each unit.
    let parentOfUnit: [Int32]
    /// Units sampled in each parent (R's `fpc$sampsize` of the stage).
    let unitsPerParent: [Int]
    /// 1 − n/N per parent (1 without a population size), R's `f` in `onestrat`.
    let finiteFactor: [Double]
    /// Product of the sampling fractions n/N of the parent and its ancestors: the factor R's
    /// `multistage` applies to the variance within each parent.
    let multiplier: [Double]
}

extension SurveyDesign {
    /// A multi-stage design: R survey's `svydesign(ids = ~psu + ssu + ..., strata, weights,
    /// fpc = ~f1 + f2 + ..., nest = TRUE)`.
    ///
    /// The variance is R's `multistage`: the first stage's with-replacement variance between
    /// PSUs with its fpc, plus, in each PSU, the second stage's variance between its units (each
    /// PSU a stratum of the second stage, with that stage's fpc) times the PSU's sampling
    /// fraction n₁/N₁, and so on. Without an fpc only the first stage counts (ultimate cluster),
    /// as in R. Each stage's units are nested in the previous stage's.
    /// - Parameters:
    ///   - weights: sampling weights; nil for the weights the fpc implies (Π N_s/n_s, R's
    ///     default when `fpc` is given as population sizes and no `weights`/`probs`).
    ///   - strata: first-stage strata, nil for none.
    ///   - stages: unit codes per stage (≥ 1 stages; the first the PSUs).
    ///   - fpc: one column per stage (population units in the stratum, or sampling fractions;
    ///     all of one kind), or nil.
    ///   - lonelyPSU: rule for strata (and parents of later stages) with one sampled unit.
    ///   - adjustDomainLonely: as `init`.
    /// - Throws: `SurveyStatisticsError` for mismatched lengths, bad codes, weights or fpc, or
    ///   missing weights without an fpc.
    package static func multistage(
        weights: [Double]?, strata: [Int32]? = nil, stages: [[Int32]], fpc: [[Double]]? = nil,
        lonelyPSU: LonelyPSU = .fail, adjustDomainLonely: Bool = false
    ) throws -> SurveyDesign {
        guard let first = stages.first else { throw SurveyStatisticsError.lengthMismatch(what: "stages", expected: 1, actual: 0) }
        if let fpc, fpc.count != stages.count {
            throw SurveyStatisticsError.lengthMismatch(what: "fpc columns", expected: stages.count, actual: fpc.count)
        }
        let rows = first.count
        if let fpc {
            let all = fpc.joined()
            if all.contains(where: { $0 > 1 }) != all.allSatisfy({ $0 >= 1 }) {
                throw SurveyStatisticsError.invalidFPC(stratum: 0, reason: "mixes population sizes (≥ 1) and fractions (< 1)")
            }
        }
        // First stage alone, with placeholder weights when they are implied.
        var design = try SurveyDesign(
            weights: weights ?? [Double](repeating: 1, count: rows), strata: strata, psu: first, fpc: fpc?[0],
            lonelyPSU: lonelyPSU, adjustDomainLonely: adjustDomainLonely)
        var parentOfRow = design.psuOfRow!
        var parentCount = design.psuCount
        // Sampling fraction n/N of each row's unit at the stages so far.
        var fractionOfRow = try design.firstStageFractions(fpc?[0])
        var later: [LaterStage] = []
        for s in stages.indices.dropFirst() {
            let units = try Self.nestedPSUs(stages[s], strata: parentOfRow, strataCount: parentCount)
            var perParent = [Int](repeating: 0, count: parentCount)
            for p in units.stratumOfPSU { perParent[Int(p)] += 1 }
            let factors = try Self.finiteFactors(fpc?[s], strata: parentOfRow, psuPerStratum: perParent)
            var multiplier = [Double](repeating: 0, count: parentCount)
            for i in 0..<rows { multiplier[Int(parentOfRow[i])] = fractionOfRow[i] }
            later.append(
                LaterStage(
                    unitOfRow: units.psuOfRow, parentOfUnit: units.stratumOfPSU, unitsPerParent: perParent,
                    finiteFactor: factors, multiplier: multiplier))
            if let column = fpc?[s] {
                for i in 0..<rows {
                    let n = Double(perParent[Int(parentOfRow[i])])
                    fractionOfRow[i] *= column[i] >= 1 ? n / column[i] : column[i]
                }
            }
            parentOfRow = units.psuOfRow
            parentCount = units.stratumOfPSU.count
        }
        if weights == nil {
            guard fpc != nil else { throw SurveyStatisticsError.invalidFPC(stratum: 0, reason: "no weights and no fpc") }
            let implied = fractionOfRow.map { 1 / $0 }
            design = try SurveyDesign(
                weights: implied, strata: strata, psu: first, fpc: fpc?[0], lonelyPSU: lonelyPSU,
                adjustDomainLonely: adjustDomainLonely)
        }
        // R's multistage ignores the later stages without an fpc (the ultimate-cluster variance).
        design.laterStages = fpc == nil ? [] : later
        return design
    }

    /// n_h/N_h of each row's first-stage stratum (0 without an fpc).
    private func firstStageFractions(_ fpc: [Double]?) throws -> [Double] {
        guard let fpc else { return [Double](repeating: 0, count: rowCount) }
        return (0..<rowCount).map { i in
            let n = Double(psuPerStratum[Int(stratumOfRow[i])])
            return fpc[i] >= 1 ? n / fpc[i] : fpc[i]
        }
    }
}

extension TaylorVariance {
    /// The variance within the units of the stages after the first, K×K, as R's `multistage`:
    /// per parent unit, its units' linearised totals centred at their mean, scaled by
    /// f·n/(n − 1) and the parent's sampling fraction; a parent with one unit follows the
    /// lonely-PSU rule (`average`: NaN, as R, whose average over no usable stratum is 0/0).
    func laterStages() throws -> [Double] {
        var v = [Double](repeating: 0, count: k * k)
        for (s, stage) in design.laterStages.enumerated() {
            let totals = sums.stageTotals[s]
            var mean = [Double](repeating: 0, count: stage.unitsPerParent.count * k)
            for (unit, parent) in stage.parentOfUnit.enumerated() {
                for a in 0..<k { mean[Int(parent) * k + a] += totals[unit * k + a] }
            }
            for p in stage.unitsPerParent.indices {
                for a in 0..<k { mean[p * k + a] /= Double(stage.unitsPerParent[p]) }
            }
            var d = [Double](repeating: 0, count: k)
            for (unit, parent) in stage.parentOfUnit.enumerated() {
                let p = Int(parent)
                let n = stage.unitsPerParent[p]
                let f = stage.finiteFactor[p]
                guard f >= 1e-7, stage.multiplier[p] != 0 else { continue }
                let centred: Bool
                if n == 1 {
                    switch design.lonelyPSU {
                    case .fail: throw SurveyStatisticsError.lonelyPSU(stratum: s == 0 ? Int(design.stratumOfPSU[p]) : 0)
                    case .average: return [Double](repeating: .nan, count: k * k)
                    case .remove, .certainty: continue
                    case .adjust: centred = false
                    }
                } else {
                    centred = true
                }
                let scale = stage.multiplier[p] * (n > 1 ? f * Double(n) / Double(n - 1) : f)
                for a in 0..<k { d[a] = totals[unit * k + a] - (centred ? mean[p * k + a] : 0) }
                for a in 0..<k where d[a] != 0 {
                    for b in 0..<k { v[a * k + b] += scale * d[a] * d[b] }
                }
            }
        }
        return v
    }
}
