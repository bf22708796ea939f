/// An outcome column seen row by row: the category a row falls in and its value, or nil if missing.
protocol OutcomeColumn {
    var categoryCount: Int { get }
    var rowCount: Int { get }
    func cell(_ row: Int) -> (category: Int, value: Double)?
}

/// A numeric outcome (NaN = missing) in a single column.
struct NumericOutcome: OutcomeColumn {
    let values: [Double]
    var categoryCount: Int { 1 }
    var rowCount: Int { values.count }
    @inline(__always) func cell(_ row: Int) -> (category: Int, value: Double)? {
        let v = values[row]
        return v.isNaN ? nil : (0, v)
    }
}

/// A categorical outcome (codes 0..<count, −1 = missing) expanded to indicator columns.
struct CategoricalOutcome: OutcomeColumn {
    let codes: [Int32]
    let categoryCount: Int
    var rowCount: Int { codes.count }
    @inline(__always) func cell(_ row: Int) -> (category: Int, value: Double)? {
        let c = codes[row]
        return c < 0 ? nil : (Int(c), 1)
    }
}

/// First-pass sums per domain (group) and category.
struct DomainSums {
    let groups: Int
    let categories: Int
    /// Respondents with a non-missing outcome and non-zero weight, per group.
    var n: [Int]
    /// Sum of weights per group (non-missing outcome).
    var weightSum: [Double]
    /// Weighted total per group × category.
    var total: [Double]
    /// Respondents (non-zero weight) with a non-zero value per group × category.
    var nOutcome: [Int]
    /// Distinct PSUs holding domain rows, per stratum × group (R's `nsubset`).
    var psusInDomain: [Int]
    /// PSUs − strata among each domain's rows with non-zero weight, whatever their outcome
    /// (R's `degf` of the domain's subset design).
    var domainDF: [Int]
    /// Rows in each domain, whatever their outcome or weight (R's `nrow` of the subset design).
    var rows: [Int]
}

extension DomainSums {
    /// All sums zero.
    init(groups g: Int, categories c: Int, strata h: Int) {
        self.init(
            groups: g, categories: c, n: .init(repeating: 0, count: g), weightSum: .init(repeating: 0, count: g),
            total: .init(repeating: 0, count: g * c), nOutcome: .init(repeating: 0, count: g * c),
            psusInDomain: .init(repeating: 0, count: h * g), domainDF: .init(repeating: 0, count: g),
            rows: .init(repeating: 0, count: g))
    }

    /// One pass over the rows: totals, counts and the PSU presence needed by the lonely-PSU rules.
    static func accumulate<O: OutcomeColumn>(_ y: O, design: SurveyDesign, groups: Grouping) throws -> DomainSums {
        let g = groups.count
        let c = y.categoryCount
        let h = design.strataCount
        var s = DomainSums(groups: g, categories: c, strata: h)
        let units = design.psuOfRow == nil ? design.rowCount : design.psuCount
        var seenDomain = [Bool](repeating: false, count: design.psuOfRow == nil ? 0 : units * g)
        var seenAny = [Bool](repeating: false, count: units * g)
        var seenStratum = [Bool](repeating: false, count: h * g)
        for i in 0..<design.rowCount {
            let gi = Int(groups.codes[i])
            if gi < 0 { continue }
            guard gi < g else {
                throw SurveyStatisticsError.codeOutOfRange(what: "group", row: i, code: groups.codes[i], count: g)
            }
            let w = design.weights[i]
            let st = Int(design.stratumOfRow[i])
            let unit = design.psuOfRow.map { Int($0[i]) } ?? i
            s.rows[gi] += 1
            if w != 0 && !seenAny[unit * g + gi] {
                seenAny[unit * g + gi] = true
                s.domainDF[gi] += 1
                if !seenStratum[st * g + gi] {
                    seenStratum[st * g + gi] = true
                    s.domainDF[gi] -= 1
                }
            }
            guard let (cat, v) = y.cell(i) else { continue }
            guard cat < c else {
                throw SurveyStatisticsError.codeOutOfRange(what: "category", row: i, code: Int32(cat), count: c)
            }
            if design.psuOfRow == nil {
                s.psusInDomain[st * g + gi] += 1
            } else if !seenDomain[unit * g + gi] {
                seenDomain[unit * g + gi] = true
                s.psusInDomain[st * g + gi] += 1
            }
            s.weightSum[gi] += w
            s.total[gi * c + cat] += w * v
            if w != 0 {
                s.n[gi] += 1
                if v != 0 { s.nOutcome[gi * c + cat] += 1 }
            }
        }
        return s
    }

    /// Ratio (mean) estimates T/W or totals T, per group × category.
    func estimates(_ kind: StatisticKind) -> [Double] {
        (0..<(groups * categories)).map { k in
            kind == .total ? total[k] : total[k] / weightSum[k / categories]
        }
    }
}

/// Second-pass sums: per-stratum cross-products of PSU totals of the linearised values, and the
/// weighted moments needed by the design effect.
struct LinearisedSums {
    /// Per stratum, row-major K×K: Σ_PSU (U − Ū)(U − Ū)ᵀ over all the stratum's PSUs.
    var cross: [Double]
    /// Per stratum, K: Σ_PSU U.
    var sum: [Double]
    /// Σ w (x − est) per column, for R's `svyvar`.
    var wd: [Double]
    /// Σ w (x − est)² per column.
    var wd2: [Double]
    /// Per later stage of a multi-stage design, each unit's totals (units × K).
    var stageTotals: [[Double]] = []
}

extension LinearisedSums {
    /// Linearised value of row `i` in category column `c` of its group (R `svymean`/`svytotal`).
    @inline(__always)
    static func influence(x: Double, estimate: Double, w: Double, weightSum: Double, ratio: Bool) -> Double {
        ratio ? (x - estimate) * w / weightSum : x * w
    }

    /// Second pass over the rows, accumulating linearised PSU totals per stratum.
    static func accumulate<O: OutcomeColumn>(
        _ y: O, design: SurveyDesign, groups: Grouping, sums: DomainSums, estimates: [Double], ratio: Bool
    ) -> LinearisedSums {
        let c = sums.categories
        let k = sums.groups * c
        let h = design.strataCount
        var out = LinearisedSums(
            cross: .init(repeating: 0, count: h * k * k), sum: .init(repeating: 0, count: h * k),
            wd: .init(repeating: 0, count: k), wd2: .init(repeating: 0, count: k))
        let means = (0..<k).map { sums.total[$0] / sums.weightSum[$0 / c] }
        var psuTotals = [Double](repeating: 0, count: design.psuOfRow == nil ? 0 : design.psuCount * k)
        out.stageTotals = design.laterStages.map { [Double](repeating: 0, count: $0.parentOfUnit.count * k) }
        var u = [Double](repeating: 0, count: c)
        for i in 0..<design.rowCount {
            let gi = Int(groups.codes[i])
            guard gi >= 0, let (cat, v) = y.cell(i) else { continue }
            let w = design.weights[i]
            let base = gi * c
            let wsum = sums.weightSum[gi]
            for j in 0..<c {
                let x = j == cat ? v : 0
                u[j] = influence(x: x, estimate: estimates[base + j], w: w, weightSum: wsum, ratio: ratio)
                let d = x - means[base + j]
                out.wd[base + j] += w * d
                out.wd2[base + j] += w * d * d
            }
            out.addRow(u, row: i, offset: base, k: k, design: design, psuTotals: &psuTotals)
        }
        out.finish(psuTotals, design: design, k: k)
        return out
    }

    /// The sums of given linearised values: row `i`'s K values at `values[i * K ..< (i + 1) * K]`
    /// (R's `svyrecvar(x, ...)` on an n×K matrix, such as a model's estimating functions).
    static func accumulate(values: [Double], columns k: Int, design: SurveyDesign) -> LinearisedSums {
        accumulate(columns: k, design: design) { i, u in
            for j in 0..<k { u[j] = values[i * k + j] }
        }
    }

    /// The sums of linearised values computed row by row: `row(i, &u)` writes row `i`'s K values
    /// into `u` (all zero for a row outside the estimate), so no n×K array is held.
    static func accumulate(columns k: Int, design: SurveyDesign, row: (Int, inout [Double]) -> Void) -> LinearisedSums {
        let h = design.strataCount
        var out = LinearisedSums(
            cross: .init(repeating: 0, count: h * k * k), sum: .init(repeating: 0, count: h * k), wd: [], wd2: [])
        var psuTotals = [Double](repeating: 0, count: design.psuOfRow == nil ? 0 : design.psuCount * k)
        out.stageTotals = design.laterStages.map { [Double](repeating: 0, count: $0.parentOfUnit.count * k) }
        var u = [Double](repeating: 0, count: k)
        for i in 0..<design.rowCount {
            row(i, &u)
            guard u.contains(where: { $0 != 0 }) else { continue }
            out.addRow(u, row: i, offset: 0, k: k, design: design, psuTotals: &psuTotals)
        }
        out.finish(psuTotals, design: design, k: k)
        return out
    }

    /// Adds row `i`'s linearised values (columns `offset..<offset+u.count`) to its PSU's totals,
    /// or, when every row is its own PSU, to its stratum's sums.
    @inline(__always)
    mutating func addRow(_ u: [Double], row i: Int, offset: Int, k: Int, design: SurveyDesign, psuTotals: inout [Double]) {
        guard let psu = design.psuOfRow else {
            addUnit(u, stratum: Int(design.stratumOfRow[i]), offset: offset, k: k)
            return
        }
        let p = Int(psu[i]) * k + offset
        for j in u.indices { psuTotals[p + j] += u[j] }
        for (s, stage) in design.laterStages.enumerated() {
            let q = Int(stage.unitOfRow[i]) * k + offset
            for j in u.indices { stageTotals[s][q + j] += u[j] }
        }
    }

    /// The per-stratum cross-products once every row is added.
    mutating func finish(_ psuTotals: [Double], design: SurveyDesign, k: Int) {
        if design.psuOfRow != nil {
            addCentredPSUs(psuTotals, design: design, k: k)
        } else {
            centreRawCrossProducts(design: design, k: k)
        }
    }

    /// Clustered designs: centres each PSU total at its stratum mean before the cross-product,
    /// as R's `onestrat` does (no cancellation).
    mutating func addCentredPSUs(_ totals: [Double], design: SurveyDesign, k: Int) {
        for p in 0..<design.psuCount {
            let h = Int(design.stratumOfPSU[p])
            for a in 0..<k { sum[h * k + a] += totals[p * k + a] }
        }
        var d = [Double](repeating: 0, count: k)
        for p in 0..<design.psuCount {
            let h = Int(design.stratumOfPSU[p])
            let n = Double(design.psuPerStratum[h])
            for a in 0..<k { d[a] = totals[p * k + a] - sum[h * k + a] / n }
            let base = h * k * k
            for a in 0..<k where d[a] != 0 {
                for b in 0..<k { cross[base + a * k + b] += d[a] * d[b] }
            }
        }
    }

    /// Row-level PSUs: turns Σ u uᵀ into Σ (u − ū)(u − ū)ᵀ = Σ u uᵀ − s sᵀ / n_h.
    mutating func centreRawCrossProducts(design: SurveyDesign, k: Int) {
        for h in 0..<design.strataCount {
            let n = Double(design.psuPerStratum[h])
            for a in 0..<k {
                for b in 0..<k { cross[h * k * k + a * k + b] -= sum[h * k + a] * sum[h * k + b] / n }
            }
        }
    }

    /// Adds one PSU's totals (columns `offset..<offset+u.count`) to its stratum's sums.
    @inline(__always)
    mutating func addUnit(_ u: [Double], stratum: Int, offset: Int, k: Int) {
        let sBase = stratum * k
        let cBase = stratum * k * k
        for a in 0..<u.count where u[a] != 0 {
            sum[sBase + offset + a] += u[a]
            let row = cBase + (offset + a) * k + offset
            for b in 0..<u.count { cross[row + b] += u[a] * u[b] }
        }
    }
}
