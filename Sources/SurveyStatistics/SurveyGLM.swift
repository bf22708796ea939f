import Foundation
import StatisticalDistributions

/// The error distribution and link of a survey regression, as R's `family=` of `svyglm`.
package enum GLMFamily: String, Sendable, CaseIterable {
    /// Identity link, constant variance (`gaussian()`): linear regression.
    case gaussian
    /// Logit link, binomial variance with a free dispersion (`quasibinomial()`): logistic
    /// regression of a 0/1 outcome whose coefficients are log odds ratios.
    case quasibinomial
}

/// A fitted design-based generalised linear model: R survey's `svyglm` object.
package struct GLMFit: Sendable {
    /// The family fitted.
    package let family: GLMFamily
    /// Coefficients in column order of the model matrix (R's `coef()`).
    package let coefficients: [Double]
    /// Linearisation covariance of the coefficients, row-major p×p (R's `vcov()`).
    package let covariance: [Double]
    /// IRLS iterations used (R's `iter`).
    package let iterations: Int
    /// Rows that entered the fit (non-zero weight, complete values).
    package let respondents: Int
    /// Residual df of `summary()` and `confint()`: R's `degf(design) + 1 − p`, where the
    /// design's df are PSUs − strata among the rows used.
    package let degreesOfFreedom: Int

    /// Standard errors, `sqrt(diag(vcov))`.
    package var standardErrors: [Double] {
        let p = coefficients.count
        return (0..<p).map { covariance[$0 * p + $0].squareRoot() }
    }

    /// R's `summary(svyglm)` coefficient table with `confint()`'s Wald intervals: t = b / SE,
    /// p = 2 P(T > |t|) and b ± t_{1−α/2} SE on the residual df (NaN when df ≤ 0, as R).
    /// - Parameter level: the confidence level.
    package func coefficientTable(level: Double = 0.95) -> [GLMCoefficient] {
        let df = Double(degreesOfFreedom)
        let quantile = df > 0 ? StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: df) : .nan
        return zip(coefficients, standardErrors).map { b, se in
            let t = b / se
            let p = df > 0 ? 2 * StudentT.cdf(-abs(t), degreesOfFreedom: df) : .nan
            return GLMCoefficient(
                estimate: b, standardError: se, t: t, pValue: p, lower: b - quantile * se, upper: b + quantile * se)
        }
    }
}

/// One row of a model's coefficient table.
package struct GLMCoefficient: Sendable, Equatable {
    /// The coefficient (a log odds ratio for `quasibinomial`).
    package let estimate: Double
    /// Its linearisation standard error.
    package let standardError: Double
    /// The t statistic.
    package let t: Double
    /// Two-sided p-value on the residual df.
    package let pValue: Double
    /// Wald interval, lower end.
    package let lower: Double
    /// Wald interval, upper end.
    package let upper: Double
}

/// Design-based generalised linear model, reproducing R survey's `svyglm`.
///
/// The coefficients solve the weighted estimating equations Σ wᵢ xᵢ (yᵢ − μᵢ) = 0 (the
/// pseudo-likelihood of Binder 1983), found by R's `glm.fit` iteratively reweighted least
/// squares with the same start (`mustart`: y for gaussian, (w y + ½)/(w + 1) for the logit), the
/// weights rescaled to mean 1 over the design's rows (`rescale = TRUE`), and the same stopping
/// rule (|dev − dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations). The variance is the
/// sandwich A⁻¹ B A⁻¹ (Binder 1983; Lumley's `svy.varcoef`): the estimating functions
/// xᵢ wᵢ (yᵢ − μᵢ), each multiplied by A⁻¹ = (Xᵀ W X)⁻¹ of the last iteration, are linearised
/// values whose with-replacement design variance (R's `svyrecvar`) is computed as for
/// `svytotal`: strata, PSUs, fpc, later stages and the lonely-PSU rule. Rows outside `rows`
/// (another domain, a missing value) contribute zero and stay in the design, as R's
/// `subset()` and `svyglm`'s removal of incomplete rows, which keeps each stratum's PSU count.
/// Breaks down when the model matrix is rank-deficient among the rows used (a level with no
/// respondents, collinear predictors), when a logit fit separates the outcome (fitted
/// probabilities numerically 0 or 1) or when IRLS does not converge: each throws instead of
/// giving a number.
/// - Parameters:
///   - y: the outcome per row (0/1 for `quasibinomial`; NaN only in rows not used).
///   - predictors: the model matrix, row-major n×p, intercept column included.
///   - columns: p.
///   - family: gaussian or quasibinomial.
///   - design: the sample design.
///   - rows: whether each row is used (in the domain, every model variable present).
///   - domain: the domain's rows whatever their missing values (R's `subset(design, ...)`),
///     nil for the whole design; the weights are rescaled to mean 1 over them (this only moves
///     the stopping rule's 0.1 and so the last iteration taken).
/// - Returns: the fit, with R's `vcov`.
/// - Throws: `SurveyStatisticsError.singularMatrix`, `.modelSeparation`, `.modelNotConverged`,
///   `.lonelyPSU`, or a length mismatch.
package func surveyGLM(
    _ y: [Double], predictors: [Double], columns p: Int, family: GLMFamily, design: SurveyDesign, rows: [Bool],
    domain: [Bool]? = nil
) throws -> GLMFit {
    let n = design.rowCount
    guard y.count == n, rows.count == n else {
        throw SurveyStatisticsError.lengthMismatch(what: "model outcome", expected: n, actual: min(y.count, rows.count))
    }
    guard predictors.count == n * p else {
        throw SurveyStatisticsError.lengthMismatch(what: "model matrix", expected: n * p, actual: predictors.count)
    }
    return try surveyGLM(
        y, matrix: ModelColumns(rowMajor: predictors, columns: p), family: family, design: design, rows: rows, domain: domain)
}

/// ``surveyGLM(_:predictors:columns:family:design:rows:domain:)`` with the model matrix held by
/// columns (``ModelColumns``): the same fit, bit for bit, without an n × p array.
package func surveyGLM(
    _ y: [Double], matrix: ModelColumns, family: GLMFamily, design: SurveyDesign, rows: [Bool], domain: [Bool]? = nil
) throws -> GLMFit {
    let n = design.rowCount
    let p = matrix.columnCount
    guard y.count == n, rows.count == n else {
        throw SurveyStatisticsError.lengthMismatch(what: "model outcome", expected: n, actual: min(y.count, rows.count))
    }
    guard matrix.rowCount == n else {
        throw SurveyStatisticsError.lengthMismatch(what: "model matrix", expected: n, actual: matrix.rowCount)
    }
    let prior = priorWeights(design: design, rows: rows, domain: domain)
    var irls = IRLS(y: y, x: matrix, prior: prior, link: family == .gaussian ? .identity : .logit)
    try irls.run()
    let covariance = try irls.sandwich(design: design, rows: rows)
    return GLMFit(
        family: family, coefficients: irls.beta, covariance: covariance, iterations: irls.iterations,
        respondents: prior.reduce(0) { $0 + ($1 > 0 ? 1 : 0) },
        degreesOfFreedom: SurveyDesign.designDF(
            weights: prior, strata: design.stratumOfRow, psu: design.psuOfRow, strataCount: design.strataCount,
            psuCount: design.psuCount) + 1 - p)
}

/// svyglm's prior weights: the design's weights of the rows used, rescaled to mean 1 over the
/// domain's rows (R's `.survey.prob.weights` on `subset(design, ...)`); zero elsewhere.
func priorWeights(design: SurveyDesign, rows: [Bool], domain: [Bool]?) -> [Double] {
    var domainRows = 0
    var domainWeights = 0.0
    for i in 0..<design.rowCount where domain?[i] ?? true {
        domainRows += 1
        domainWeights += design.weights[i]
    }
    let scale = domainWeights / Double(domainRows)
    return (0..<design.rowCount).map { rows[$0] ? design.weights[$0] / scale : 0 }
}

/// The covariance of the totals of given linearised values, R's `svyrecvar(x, ...)`.
///
/// - Parameters:
///   - values: row-major n×K linearised values (zero for rows outside the estimate).
///   - columns: K.
///   - design: the sample design.
///   - rows: the rows the estimate uses; a stratum with none of them cannot fail on a lonely PSU.
/// - Returns: the K×K covariance, row-major.
func designCovariance(of values: [Double], columns k: Int, design: SurveyDesign, rows: [Bool]) throws -> [Double] {
    try designCovariance(of: LinearisedSums.accumulate(values: values, columns: k, design: design), design: design, rows: rows)
}

/// The covariance of linearised totals already summed by PSU and stratum (``designCovariance(of:columns:design:rows:)``).
func designCovariance(of sums: LinearisedSums, design: SurveyDesign, rows: [Bool]) throws -> [Double] {
    let k = sums.sum.count / max(1, design.strataCount)
    var domains = DomainSums(groups: 1, categories: k, strata: design.strataCount)
    for i in 0..<design.rowCount where rows[i] { domains.psusInDomain[Int(design.stratumOfRow[i])] = 1 }
    return try TaylorVariance(design: design, sums: sums, domains: domains).wholeDesign()
}

// MARK: - IRLS as R's glm.fit

/// R's `glm.fit` for the identity link with constant variance and the logit link with binomial variance.
struct IRLS {
    enum Link { case identity, logit }

    let y: [Double]
    let x: ModelColumns
    let p: Int
    let prior: [Double]
    let link: Link
    private(set) var beta: [Double] = []
    private(set) var iterations = 0
    /// Working weights of the last iteration (R's `glm.object$weights`), zero for unused rows.
    private(set) var workingWeights: [Double] = []
    /// (Xᵀ W X)⁻¹ of the last iteration (R's `summary(glm)$cov.unscaled`), row-major.
    private(set) var inverse: [Double] = []

    init(y: [Double], x: ModelColumns, prior: [Double], link: Link) {
        self.y = y
        self.x = x
        self.p = x.columnCount
        self.prior = prior
        self.link = link
    }

    // R's family$linkinv, mu.eta, variance and dev.resids (src/library/stats/src/family.c).
    private static let threshold = 30.0
    private static let epsilon = Double.ulpOfOne

    func mean(_ eta: Double) -> Double {
        guard link == .logit else { return eta }
        let t = eta < -Self.threshold ? Self.epsilon : eta > Self.threshold ? 1 / Self.epsilon : exp(eta)
        return t / (1 + t)
    }

    func derivative(_ eta: Double) -> Double {
        guard link == .logit else { return 1 }
        let e = exp(eta)
        return eta > Self.threshold || eta < -Self.threshold ? Self.epsilon : e / ((1 + e) * (1 + e))
    }

    func variance(_ mu: Double) -> Double { link == .logit ? mu * (1 - mu) : 1 }

    func deviance(_ mu: [Double]) -> Double {
        var sum = 0.0
        for i in y.indices where prior[i] > 0 {
            switch link {
            case .identity: sum += prior[i] * (y[i] - mu[i]) * (y[i] - mu[i])
            case .logit: sum += -2 * prior[i] * (y[i] == 1 ? log(mu[i]) : log(1 - mu[i]))
            }
        }
        return sum
    }

    /// The linear predictor of a row of the model matrix (``ModelColumns/row(_:into:)``).
    @inline(__always)
    func linearPredictor(_ b: [Double], row x: UnsafeMutableBufferPointer<Double>) -> Double {
        var s = 0.0
        for j in 0..<p { s += x[j] * b[j] }
        return s
    }

    /// Runs `body` with a buffer for one row of the model matrix.
    @inline(__always)
    func withRow<T>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> T) rethrows -> T {
        try withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, p)) { try body($0) }
    }

    /// Iterates until R's convergence rule holds; throws on non-convergence or separation
    /// (fitted probabilities numerically 0 or 1, or a logit fit whose matrix turns singular after
    /// the first iteration, which is how quasi-complete separation ends).
    mutating func run() throws {
        let n = y.count
        var eta = (0..<n).map { i -> Double in
            guard prior[i] > 0 else { return 0 }
            guard link == .logit else { return y[i] }
            let m = (prior[i] * y[i] + 0.5) / (prior[i] + 1)
            return log(m / (1 - m))
        }
        var mu = eta.map(mean)
        var devianceOld = deviance(mu)
        // The working values and weights are rewritten in place each iteration (a failed
        // iteration throws): no n-sized array is allocated per iteration.
        var z = [Double](repeating: 0, count: n)
        workingWeights = [Double](repeating: 0, count: n)
        for iteration in 1...25 {
            iterations = iteration
            for i in 0..<n where prior[i] > 0 {
                let d = derivative(eta[i])
                guard d != 0 else {
                    (z[i], workingWeights[i]) = (0, 0)
                    continue
                }
                z[i] = eta[i] + (y[i] - mu[i]) / d
                workingWeights[i] = prior[i] * d * d / variance(mu[i])
            }
            let solution: [Double], inverse: [Double]
            do {
                (solution, inverse) = try weightedLeastSquares(z, weights: workingWeights)
            } catch SurveyStatisticsError.singularMatrix where iteration > 1 && reachesZeroOrOne(mu) {
                // The first iteration's working weights are all positive, so a matrix that becomes
                // singular later, with fitted probabilities at 0 or 1, does so because those rows'
                // weights vanished: the rows left (where the outcome's two values meet) cannot
                // identify the coefficients. That is quasi-complete separation.
                throw SurveyStatisticsError.modelSeparation
            }
            self.inverse = inverse
            beta = solution
            withRow { row in
                for i in 0..<n {
                    if prior[i] > 0 {
                        x.row(i, into: row)
                        eta[i] = linearPredictor(beta, row: row)
                    } else {
                        eta[i] = 0
                    }
                    mu[i] = mean(eta[i])
                }
            }
            let dev = deviance(mu)
            guard dev.isFinite else { throw SurveyStatisticsError.modelNotConverged(iterations: iteration) }
            if abs(dev - devianceOld) / (abs(dev) + 0.1) < 1e-8 {
                try checkSeparation(mu)
                return
            }
            devianceOld = dev
        }
        try checkSeparation(mu)
        throw SurveyStatisticsError.modelNotConverged(iterations: iterations)
    }

    /// Whether a logit fit has a fitted probability within 1e-8 of 0 or 1, where the working
    /// weight (about p(1 − p)) is too small for the row to count in the next iteration.
    private func reachesZeroOrOne(_ mu: [Double]) -> Bool {
        link == .logit && mu.indices.contains { prior[$0] > 0 && (mu[$0] < 1e-8 || mu[$0] > 1 - 1e-8) }
    }

    /// R's warning "fitted probabilities numerically 0 or 1 occurred" (10 ε), an error here.
    private func checkSeparation(_ mu: [Double]) throws {
        guard link == .logit else { return }
        let eps = 10 * Self.epsilon
        for i in y.indices where prior[i] > 0 && (mu[i] > 1 - eps || mu[i] < eps) {
            throw SurveyStatisticsError.modelSeparation
        }
    }

    /// Solves Xᵀ W X β = Xᵀ W z; returns β and (Xᵀ W X)⁻¹.
    private func weightedLeastSquares(_ z: [Double], weights: [Double]) throws -> ([Double], [Double]) {
        var a = Matrix(rows: p, cols: p)
        var b = Matrix(rows: p, cols: 1)
        withRow { x in
            for i in y.indices where weights[i] > 0 {
                let w = weights[i]
                self.x.row(i, into: x)
                for j in 0..<p {
                    let wx = w * x[j]
                    guard wx != 0 else { continue }
                    b.values[j] += wx * z[i]
                    for k in j..<p { a.values[j * p + k] += wx * x[k] }
                }
            }
        }
        for j in 0..<p { for k in 0..<j { a.values[j * p + k] = a.values[k * p + j] } }
        try requireFullRank(a)
        var identity = Matrix(rows: p, cols: p)
        for j in 0..<p { identity[j, j] = 1 }
        let inverse = try a.solve(identity, context: "the model matrix (collinear predictors or an empty level)")
        let beta = (0..<p).map { j in (0..<p).reduce(0.0) { $0 + inverse[j, $1] * b.values[$1] } }
        return (beta, inverse.values)
    }

    /// Refuses a rank-deficient model matrix, where R's `Cdqrls` would mark a coefficient NA: a
    /// column whose part not explained by the earlier ones has less than 1e-10 of its weighted
    /// sum of squares (a relative norm of 1e-5; the normal equations cannot resolve R's 1e-11).
    private func requireFullRank(_ a: Matrix) throws {
        var l = a
        for j in 0..<p {
            var d = l[j, j]
            for k in 0..<j { d -= l[j, k] * l[j, k] }
            guard d > 1e-10 * a[j, j], d > 0 else {
                throw SurveyStatisticsError.singularMatrix(context: "the model matrix (collinear predictors or an empty level)")
            }
            l[j, j] = d.squareRoot()
            for i in (j + 1)..<p {
                var s = l[i, j]
                for k in 0..<j { s -= l[i, k] * l[j, k] }
                l[i, j] = s / l[j, j]
            }
        }
    }

    /// R's `svy.varcoef`: the design covariance of the estimating functions
    /// xᵢ · (working residual) · (working weight), each times (Xᵀ W X)⁻¹.
    func sandwich(design: SurveyDesign, rows: [Bool]) throws -> [Double] {
        // Row by row into the PSU totals: the n×p linearised values are never held.
        var estimating = [Double](repeating: 0, count: p)
        let sums = withRow { row in
            LinearisedSums.accumulate(columns: p, design: design) { i, values in
                guard workingWeights[i] > 0 else {
                    for k in 0..<p { values[k] = 0 }
                    return
                }
                x.row(i, into: row)
                let eta = linearPredictor(beta, row: row)
                let residual = (y[i] - mean(eta)) / derivative(eta)
                let factor = residual * workingWeights[i]
                for j in 0..<p { estimating[j] = row[j] * factor }
                for k in 0..<p {
                    var s = 0.0
                    for j in 0..<p { s += estimating[j] * inverse[j * p + k] }
                    values[k] = s
                }
            }
        }
        return try designCovariance(of: sums, design: design, rows: rows)
    }
}
