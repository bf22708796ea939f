import Foundation
import StatisticalDistributions

/// The profile-likelihood interval of a proportion in a domain, as R survey's
/// `svyciprop(~y, subset(design, domain), method = "likelihood", df = df)`.
///
/// R fits the intercept-only `svyglm(y ~ 1, family = quasibinomial)` and calls
/// `confint(method = "likelihood")`: the rescaled deviance profile of the logit
/// (Rao–Scott-scaled, Lumley & Scott 2014), z(β) = ±√((D(β) − D(β̂)) / φ) with φ the design-based
/// variance of the Pearson residuals (`svyvar` of R's `residuals.svyglm`, which divides the
/// sampling weights out), is evaluated at β̂ ± k·(zmax/5)·SE for k = 1, 2, …
/// until |z| ≥ zmax = t_{1−α'/2, n−1} (α' = Φ(t_{α/2, df}·√λ)/2, λ the design effect of the
/// logit, n the respondents), interpolated by R's `spline()` (Forsythe–Malcolm–Moler, 3 points per
/// profile point) and inverted at ±Φ⁻¹(α') by linear interpolation (`approx`), then
/// mapped back with expit. This reproduces R's grid and interpolation, not the exact profile
/// root. Breaks down at p̂ = 0 or 1 (separation: the logit fit throws) and with fewer than two
/// respondents.
/// - Parameters:
///   - y: 0/1 per row (NaN = missing).
///   - design: the sample design.
///   - domain: the domain's rows (R's `subset`).
///   - level: the confidence level.
///   - df: the df of the t quantile (`.infinity` for the normal).
/// - Returns: the lower and upper limits; NaN when the profile does not reach a limit (as R's NA).
/// - Throws: `SurveyStatisticsError` from the logit fit (separation, lonely PSU).
package func likelihoodProportionInterval(
    _ y: [Double], design: SurveyDesign, domain: [Bool], level: Double = 0.95, df: Double
) throws -> (lower: Double, upper: Double) {
    guard level > 0, level < 1 else { throw SurveyStatisticsError.invalidLevel(level) }
    let n = design.rowCount
    let rows = (0..<n).map { domain[$0] && !y[$0].isNaN }
    let prior = priorWeights(design: design, rows: rows, domain: domain)
    var irls = IRLS(y: y, x: ModelColumns([.intercept], rows: n), prior: prior, link: .logit)
    try irls.run()
    let variance = try irls.sandwich(design: design, rows: rows)[0]
    let b0 = irls.beta[0]
    let se = variance.squareRoot()
    let lambda = variance / irls.inverse[0]
    let t = df.isInfinite ? Normal.quantile((1 - level) / 2) : StudentT.quantile((1 - level) / 2, degreesOfFreedom: df)
    let alpha = Normal.cdf(t * lambda.squareRoot()) / 2
    let respondents = rows.filter { $0 }.count
    let zmax = StudentT.quantile(1 - alpha / 2, degreesOfFreedom: Double(respondents - 1))
    let profile = try LikelihoodProfile(irls: irls, design: design, rows: rows)
    let points = try profile.points(b0: b0, step: zmax / 5 * se, zmax: zmax)
    let spline = FMMSpline(x: points.map(\.beta), y: points.map(\.z))
    let grid = spline.sampled(count: 3 * points.count)
    let cutoff = Normal.quantile(2 * alpha)
    let expit = { (b: Double) in 1 / (1 + exp(-b)) }
    return (
        expit(linearInterpolation(x: grid.y, y: grid.x, at: cutoff)),
        expit(linearInterpolation(x: grid.y, y: grid.x, at: -cutoff))
    )
}

/// The deviance profile of an intercept-only logit fit (survey's `MASSprofile_glm`).
struct LikelihoodProfile {
    let irls: IRLS
    /// Deviance of the fit.
    let deviance: Double
    /// `summary.svyglm`'s dispersion: `svyvar` of the Pearson residuals on the design.
    let dispersion: Double

    init(irls: IRLS, design: SurveyDesign, rows: [Bool]) throws {
        self.irls = irls
        let mu = irls.mean(irls.beta[0])
        deviance = irls.deviance([Double](repeating: mu, count: irls.y.count))
        // `residuals.svyglm(type = "pearson")`: (y − μ)·√(prior/pwts)/√(μ(1 − μ)), where pwts are
        // the sampling weights rescaled to mean 1 over the respondents (the design without the
        // missing rows) while the prior weights have mean 1 over the domain's rows, missing
        // answers included; the svyvar below weights them with the sampling weights.
        var sumW = 0.0
        var count = 0
        for i in rows.indices where rows[i] && design.weights[i] != 0 {
            sumW += design.weights[i]
            count += 1
        }
        let meanWeight = sumW / Double(count)
        let residuals = irls.y.indices.map { i in
            guard rows[i], design.weights[i] != 0 else { return 0.0 }
            let ratio = irls.prior[i] * meanWeight / design.weights[i]
            return (irls.y[i] - mu) * ratio.squareRoot() / (mu * (1 - mu)).squareRoot()
        }
        var sumWR = 0.0
        for i in residuals.indices where rows[i] && design.weights[i] != 0 {
            sumWR += design.weights[i] * residuals[i]
        }
        let mean = sumWR / sumW
        var sum = 0.0
        for i in residuals.indices where rows[i] && design.weights[i] != 0 {
            let d = residuals[i] - mean
            sum += design.weights[i] * d * d * Double(count) / Double(count - 1)
        }
        dispersion = sum / sumW
    }

    /// The profile points (z, β), sorted by z: β̂ and up to 9 steps each way until |z| ≥ zmax.
    func points(b0: Double, step: Double, zmax: Double) throws -> [(z: Double, beta: Double)] {
        var points: [(z: Double, beta: Double)] = [(0, b0)]
        for sign in [-1.0, 1.0] {
            var k = 0
            var z = 0.0
            while true {
                k += 1
                guard k < 10, abs(z) < zmax else { break }
                let beta = b0 + sign * Double(k) * step
                let mu = irls.mean(beta)
                var zz = (irls.deviance([Double](repeating: mu, count: irls.y.count)) - deviance) / dispersion
                guard zz > -0.001 else { throw SurveyStatisticsError.modelNotConverged(iterations: irls.iterations) }
                zz = max(zz, 0)
                z = sign * zz.squareRoot()
                points.append((z, beta))
            }
        }
        return points.sorted { $0.z < $1.z }
    }
}

/// R's `spline(method = "fmm")`: the Forsythe–Malcolm–Moler cubic spline through sorted knots.
struct FMMSpline {
    let x: [Double]
    let y: [Double]
    private var b: [Double]
    private var c: [Double]
    private var d: [Double]

    /// The spline through (x, y), x increasing (R's `fmm_spline` in splines.c).
    init(x: [Double], y: [Double]) {
        self.x = x
        self.y = y
        let n = x.count
        b = [Double](repeating: 0, count: n)
        c = b
        d = b
        guard n >= 3 else {
            let slope = n == 2 ? (y[1] - y[0]) / (x[1] - x[0]) : 0
            b = b.map { _ in slope }
            return
        }
        d[0] = x[1] - x[0]
        c[1] = (y[1] - y[0]) / d[0]
        for i in 1..<(n - 1) {
            d[i] = x[i + 1] - x[i]
            b[i] = 2 * (d[i - 1] + d[i])
            c[i + 1] = (y[i + 1] - y[i]) / d[i]
            c[i] = c[i + 1] - c[i]
        }
        b[0] = -d[0]
        b[n - 1] = -d[n - 2]
        c[0] = 0
        c[n - 1] = 0
        if n > 3 {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0])
            c[n - 1] = c[n - 2] / (x[n - 1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4])
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0])
            c[n - 1] = -c[n - 1] * d[n - 2] * d[n - 2] / (x[n - 1] - x[n - 4])
        }
        for i in 1..<n {
            let t = d[i - 1] / b[i - 1]
            b[i] -= t * d[i - 1]
            c[i] -= t * c[i - 1]
        }
        c[n - 1] /= b[n - 1]
        for i in stride(from: n - 2, through: 0, by: -1) { c[i] = (c[i] - d[i] * c[i + 1]) / b[i] }
        b[n - 1] = (y[n - 1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2 * c[n - 1])
        for i in 0..<(n - 1) {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i])
            d[i] = (c[i + 1] - c[i]) / d[i]
            c[i] *= 3
        }
        c[n - 1] *= 3
        d[n - 1] = d[n - 2]
    }

    /// The spline at `u` (R's `spline_eval`).
    func value(_ u: Double) -> Double {
        var i = 0
        var j = x.count
        while j > i + 1 {
            let k = (i + j) / 2
            if u < x[k] { j = k } else { i = k }
        }
        let dx = u - x[i]
        return y[i] + dx * (b[i] + dx * (c[i] + dx * d[i]))
    }

    /// `count` equally spaced points from the first knot to the last, as `spline(x, y, n = count)`.
    func sampled(count: Int) -> (x: [Double], y: [Double]) {
        let low = x[0]
        let step = (x[x.count - 1] - low) / Double(count - 1)
        let grid = (0..<count).map { low + Double($0) * step }
        return (grid, grid.map(value))
    }
}

/// R's `approx(x, y, xout = v)$y` (linear, NA outside the range): x sorted first, ties averaged.
func linearInterpolation(x: [Double], y: [Double], at v: Double) -> Double {
    var pairs: [(x: Double, y: Double)] = []
    for (a, b) in zip(x, y).sorted(by: { $0.0 < $1.0 }) {
        pairs.append((a, b))
    }
    var merged: [(x: Double, y: Double, count: Double)] = []
    for p in pairs {
        if let last = merged.last, last.x == p.x {
            merged[merged.count - 1] = (last.x, last.y + p.y, last.count + 1)
        } else {
            merged.append((p.x, p.y, 1))
        }
    }
    let xs = merged.map(\.x)
    let ys = merged.map { $0.y / $0.count }
    guard let first = xs.first, let last = xs.last, v >= first, v <= last else { return .nan }
    var i = 0
    var j = xs.count - 1
    while i < j - 1 {
        let k = (i + j) / 2
        if v < xs[k] { j = k } else { i = k }
    }
    if v == xs[j] { return ys[j] }
    if v == xs[i] { return ys[i] }
    return ys[i] + (ys[j] - ys[i]) * ((v - xs[i]) / (xs[j] - xs[i]))
}
