import StatisticalDistributions

/// Result of R survey's `svychisq` for a two-way table (Rao–Scott corrections).
package struct RaoScottTest: Sendable, Equatable {
    /// Pearson's X² on the weighted table rescaled to the number of rows (R's "X-squared").
    package let pearsonX2: Double
    /// (r − 1)(c − 1).
    package let degreesOfFreedom: Int
    /// First-order correction: X²/mean(δ) referred to χ² on (r − 1)(c − 1) df
    /// (`statistic = "Chisq"`, which reports the *unadjusted* X² with this p-value).
    package let firstOrderPValue: Double
    /// Second-order F statistic X²/tr(Δ) (`statistic = "F"`).
    package let f: Double
    /// Numerator df d0 = tr(Δ)²/tr(Δ²) (fractional).
    package let numeratorDF: Double
    /// Denominator df d0 × design df.
    package let denominatorDF: Double
    /// p-value of the F statistic.
    package let fPValue: Double
    /// Mean generalised design effect tr(Δ)/((r − 1)(c − 1)).
    package let meanDesignEffect: Double
}

/// Rao–Scott test of independence between a categorical outcome and the groups.
///
/// Reproduces R survey's `svychisq(~outcome + group, design)` for both `statistic = "F"` (the
/// second-order Rao–Scott correction with fractional df) and `"Chisq"` (first order). Cell
/// proportions and their covariance are estimated with rows missing either variable treated as
/// outside the domain (R's `na.rm = TRUE`), but as in R the table is rescaled to the number of
/// rows of the design *including* those with missing values, and the design df are counted on
/// all rows. Levels are those present in any row, as R's `unique()`. Breaks down (throws) when
/// the generalised design-effect matrix is singular, e.g. a level with no respondents.
/// - Parameters:
///   - outcome: category codes (−1 missing), the table's rows.
///   - categoryCount: number of outcome codes.
///   - groups: the table's columns (−1 missing).
///   - design: the sample design.
/// - Returns: first- and second-order statistics and p-values.
/// - Throws: `tooFewLevels`, `singularMatrix`, or input errors.
package func raoScottTest(
    _ outcome: [Int32], categoryCount: Int, across groups: Grouping, design: SurveyDesign
) throws -> RaoScottTest {
    let cells = try CrossTable(outcome, categoryCount: categoryCount, groups: groups)
    let nr = cells.rowLevels
    let nc = cells.colLevels
    let k = nr * nc
    let single = Grouping(codes: cells.cellOfRow.map { $0 < 0 ? -1 : 0 }, count: 1)
    let y = CategoricalOutcome(codes: cells.cellOfRow, categoryCount: k)
    let domains = try DomainSums.accumulate(y, design: design, groups: single)
    let p = domains.estimates(.share)
    let lin = LinearisedSums.accumulate(y, design: design, groups: single, sums: domains, estimates: p, ratio: true)
    let v = Matrix(
        rows: k, cols: k, values: try TaylorVariance(design: design, sums: lin, domains: domains).domainBlock(group: 0))
    let n = Double(design.rowCount)
    let c = interactionResidual(rows: nr, cols: nc)
    let inverseP = p.map { $0 == 0 ? 0 : 1 / $0 }
    var scaledInverse = Matrix(rows: k, cols: k)
    var dInv = Matrix(rows: k, cols: k)
    for i in 0..<k {
        scaledInverse[i, i] = inverseP[i] / n
        dInv[i, i] = inverseP[i]
    }
    let ct = c.transposed
    let denominator = ct * scaledInverse * c
    let numerator = ct * dInv * v * dInv * c
    let delta = try denominator.solve(numerator, context: "Rao–Scott design-effect matrix")
    let trace = delta.trace
    let trace2 = (delta * delta).trace
    let d0 = trace * trace / trace2
    let nu = Double(design.psuCount - design.strataCount)
    let x2 = pearsonStatistic(cells.weightedTable(design.weights), rows: nr, cols: nc, total: n)
    let df = (nr - 1) * (nc - 1)
    let f = x2 / trace
    return RaoScottTest(
        pearsonX2: x2, degreesOfFreedom: df,
        firstOrderPValue: ChiSquared.survival(x2 / (trace / Double(df)), degreesOfFreedom: Double(df)),
        f: f, numeratorDF: d0, denominatorDF: d0 * nu,
        fPValue: FDistribution.survival(f, numeratorDegreesOfFreedom: d0, denominatorDegreesOfFreedom: d0 * nu),
        meanDesignEffect: trace / Double(df))
}

/// Residual of the interaction columns of `~rows * cols` on the main effects `~rows + cols`
/// over the r × c grid (rows varying fastest): R's `qr.resid(qr(X1), X12[, interaction])`, in
/// closed form (the projection onto the additive space of a complete balanced grid).
func interactionResidual(rows nr: Int, cols nc: Int) -> Matrix {
    var c = Matrix(rows: nr * nc, cols: (nr - 1) * (nc - 1))
    let rc = Double(nr * nc)
    for col in 0..<(nc - 1) {
        for row in 0..<(nr - 1) {
            let j = col * (nr - 1) + row
            let i0 = row + 1
            let j0 = col + 1
            for cc in 0..<nc {
                for rr in 0..<nr {
                    let indicator: Double = (rr == i0 && cc == j0) ? 1 : 0
                    let rowPart: Double = rr == i0 ? 1 / Double(nc) : 0
                    let colPart: Double = cc == j0 ? 1 / Double(nr) : 0
                    c[cc * nr + rr, j] = indicator - rowPart - colPart + 1 / rc
                }
            }
        }
    }
    return c
}

/// Pearson's X² of a table (row-fastest cells) rescaled to sum to `total`, as
/// `chisq.test(correct = FALSE)` (``PearsonChiSquaredTest``); NaN when a margin is empty, as R.
func pearsonStatistic(_ table: [Double], rows nr: Int, cols nc: Int, total: Double?) -> Double {
    let sum = table.reduce(0, +)
    let t = total.map { n in table.map { $0 * n / sum } } ?? table
    let nested = (0..<nr).map { r in (0..<nc).map { c in t[c * nr + r] } }
    return (try? PearsonChiSquaredTest(table: nested).statistic) ?? .nan
}
