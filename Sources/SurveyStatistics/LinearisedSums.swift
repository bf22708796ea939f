/// Second-pass sums: per-stratum cross-products of PSU totals of the linearised values, and the
/// weighted moments needed by the design effect.
///
/// Every cross-product is taken about the stratum mean of the PSU totals, computed first (two
/// passes, as R's `onestrat` centres before `crossprod`): a one-pass Σ u uᵀ − s sᵀ/n loses every
/// digit when the totals are large next to their spread (values near 1e8 with small noise, or
/// weights of very different size), and can even turn negative.
struct LinearisedSums {
    /// Per stratum, row-major K×K: Σ_PSU (U − Ū)(U − Ū)ᵀ over all the stratum's PSUs.
    var cross: [Double]
    /// Per stratum, K: Σ_PSU U.
    var sum: [Double]
    /// Σ w (x − est) per column, for R's `svyvar`.
    var wd: [Double] = []
    /// Σ w (x − est)² per column.
    var wd2: [Double] = []
    /// Per later stage of a multi-stage design, each unit's totals (units × K).
    var stageTotals: [[Double]] = []
}

extension LinearisedSums {
    /// Linearised value of row `i` in category column `c` of its group (R `svymean`/`svytotal`).
    @inline(__always)
    static func influence(x: Double, estimate: Double, w: Double, weightSum: Double, ratio: Bool) -> Double {
        ratio ? (x - estimate) * w / weightSum : x * w
    }

    /// The linearised PSU totals of a domain estimate (R `svymean`/`svytotal` on `svyby`'s groups):
    /// each row's values sit in its group's block of categories, zero elsewhere.
    static func accumulate<O: OutcomeColumn>(
        _ y: O, design: SurveyDesign, groups: Grouping, sums: DomainSums, estimates: [Double], ratio: Bool
    ) -> LinearisedSums {
        let c = sums.categories
        let k = sums.groups * c
        var out = accumulate(columns: k, block: c, design: design) { i, u in
            let gi = Int(groups.codes[i])
            guard gi >= 0, let (cat, v) = y.cell(i) else { return nil }
            let w = design.weights[i]
            let base = gi * c
            for j in 0..<c {
                let x = j == cat ? v : 0
                u[j] = influence(x: x, estimate: estimates[base + j], w: w, weightSum: sums.weightSum[gi], ratio: ratio)
            }
            return base
        }
        out.addMoments(y, design: design, groups: groups, sums: sums)
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
    /// into `u` (all zero for a row outside the estimate), so no n×K array is held. `row` may be
    /// called twice per row.
    static func accumulate(columns k: Int, design: SurveyDesign, row: (Int, inout [Double]) -> Void) -> LinearisedSums {
        accumulate(columns: k, block: k, design: design) { i, u in
            row(i, &u)
            return u.contains { $0 != 0 } ? 0 : nil
        }
    }

    /// The engine: `row(i, &u)` writes row `i`'s values for one block of `block` columns into `u`
    /// and returns the block's first column, or nil when the row is zero in every column.
    ///
    /// Clustered designs add rows into PSU totals and centre those at their stratum mean. When
    /// every row is its own PSU, a first pass takes the stratum sums and a second the centred
    /// cross-products within each row's block; the terms of the rows outside a block (their
    /// values zero, so their deviations −Ū) are added in closed form, without cancellation.
    static func accumulate(
        columns k: Int, block: Int, design: SurveyDesign, row: (Int, inout [Double]) -> Int?
    ) -> LinearisedSums {
        let h = design.strataCount
        var out = LinearisedSums(cross: .init(repeating: 0, count: h * k * k), sum: .init(repeating: 0, count: h * k))
        var u = [Double](repeating: 0, count: block)
        guard let psu = design.psuOfRow else {
            out.addRowUnits(columns: k, block: block, design: design, u: &u, row: row)
            return out
        }
        var psuTotals = [Double](repeating: 0, count: design.psuCount * k)
        out.stageTotals = design.laterStages.map { [Double](repeating: 0, count: $0.parentOfUnit.count * k) }
        for i in 0..<design.rowCount {
            guard let offset = row(i, &u) else { continue }
            let p = Int(psu[i]) * k + offset
            for j in 0..<block { psuTotals[p + j] += u[j] }
            for (s, stage) in design.laterStages.enumerated() {
                let q = Int(stage.unitOfRow[i]) * k + offset
                for j in 0..<block { out.stageTotals[s][q + j] += u[j] }
            }
        }
        out.addCentredPSUs(psuTotals, design: design, k: k)
        return out
    }

    /// Clustered designs: centres each PSU total at its stratum mean before the cross-product,
    /// as R's `onestrat` does (no cancellation).
    private mutating func addCentredPSUs(_ totals: [Double], design: SurveyDesign, k: Int) {
        var extended = [ExtendedDouble](repeating: 0, count: sum.count)
        for p in 0..<design.psuCount {
            let h = Int(design.stratumOfPSU[p])
            for a in 0..<k { extended[h * k + a] += ExtendedDouble(totals[p * k + a]) }
        }
        let mean = setSums(extended, design: design, k: k)
        var d = [Double](repeating: 0, count: k)
        for p in 0..<design.psuCount {
            let h = Int(design.stratumOfPSU[p])
            for a in 0..<k { d[a] = totals[p * k + a] - mean[h * k + a] }
            let base = h * k * k
            for a in 0..<k where d[a] != 0 {
                for b in 0..<k { cross[base + a * k + b] += d[a] * d[b] }
            }
        }
    }

    /// Every row its own PSU: two passes, the stratum sums and then the centred cross-products.
    ///
    /// For columns a, b of one block: Σ over the block's rows of (u_a − ū_a)(u_b − ū_b) plus
    /// (n_h − rows in the block) ū_a ū_b; for columns of different blocks, whose rows never
    /// overlap, the centred sum is exactly −s_a s_b / n_h.
    private mutating func addRowUnits(
        columns k: Int, block: Int, design: SurveyDesign, u: inout [Double], row: (Int, inout [Double]) -> Int?
    ) {
        // No columns (a categorical outcome with no category in the domain): nothing to sum.
        guard block > 0 else { return }
        let h = design.strataCount
        let blocks = k / block
        var rowsInBlock = [Int](repeating: 0, count: h * blocks)
        var extended = [ExtendedDouble](repeating: 0, count: sum.count)
        for i in 0..<design.rowCount {
            guard let offset = row(i, &u) else { continue }
            let s = Int(design.stratumOfRow[i])
            for j in 0..<block { extended[s * k + offset + j] += ExtendedDouble(u[j]) }
            rowsInBlock[s * blocks + offset / block] += 1
        }
        let mean = setSums(extended, design: design, k: k)
        var d = [Double](repeating: 0, count: block)
        for i in 0..<design.rowCount {
            guard let offset = row(i, &u) else { continue }
            let s = Int(design.stratumOfRow[i])
            for j in 0..<block { d[j] = u[j] - mean[s * k + offset + j] }
            for a in 0..<block where d[a] != 0 {
                let base = s * k * k + (offset + a) * k + offset
                for b in 0..<block { cross[base + b] += d[a] * d[b] }
            }
        }
        for s in 0..<h {
            let n = Double(design.psuPerStratum[s])
            for a in 0..<k {
                for b in 0..<k {
                    let (ga, gb) = (a / block, b / block)
                    let outside = ga == gb ? n - Double(rowsInBlock[s * blocks + ga]) : -n
                    cross[s * k * k + a * k + b] += outside * mean[s * k + a] * mean[s * k + b]
                }
            }
        }
    }

    /// Stores the stratum sums, accumulated in extended precision as R's `colMeans`, and returns
    /// the stratum means (equal to the values themselves when a stratum's values are all equal).
    private mutating func setSums(_ extended: [ExtendedDouble], design: SurveyDesign, k: Int) -> [Double] {
        sum = extended.map { Double($0) }
        return extended.indices.map { Double(extended[$0] / ExtendedDouble(design.psuPerStratum[$0 / k])) }
    }

    /// Σ w (x − x̄) and Σ w (x − x̄)² per column over each group's respondents, for `svyvar`.
    private mutating func addMoments<O: OutcomeColumn>(
        _ y: O, design: SurveyDesign, groups: Grouping, sums: DomainSums
    ) {
        let c = sums.categories
        let k = sums.groups * c
        wd = [Double](repeating: 0, count: k)
        wd2 = [Double](repeating: 0, count: k)
        let means = (0..<k).map { sums.total[$0] / sums.weightSum[$0 / c] }
        for i in 0..<design.rowCount {
            let gi = Int(groups.codes[i])
            guard gi >= 0, let (cat, v) = y.cell(i) else { continue }
            let w = design.weights[i]
            for j in 0..<c {
                let d = (j == cat ? v : 0) - means[gi * c + j]
                wd[gi * c + j] += w * d
                wd2[gi * c + j] += w * d * d
            }
        }
    }
}

#if arch(x86_64) && !os(Windows)
    /// The extended-precision accumulator of R's `sum`, `cumsum` and `colMeans` (x87 long double).
    typealias ExtendedDouble = Float80
#else
    /// The extended-precision accumulator of R's `sum`, `cumsum` and `colMeans` (a double where
    /// the platform has no long double wider than it).
    typealias ExtendedDouble = Double
#endif
