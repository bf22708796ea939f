import Foundation

/// IRLS fit of `log μ = β0 + β1 t + log(population)` with `t` the centred year.
///
/// Each iteration solves the 2 × 2 weighted normal equations `X'WX β = X'Wz` with weights
/// `W = μ` and working response `z = η - offset + (y - μ)/μ`. Starts from `μ = y + 0.1`, as
/// R's `poisson()$initialize` does. The covariance is the inverse Fisher information at the
/// final estimate.
struct PoissonRegressionFit {
    static let tolerance = 1e-12
    static let maximumIterations = 100

    let intercept: Double
    let slope: Double
    let slopeStandardError: Double
    let deviance: Double
    /// Pearson's statistic `Σ (y - μ)² / μ` at the estimate.
    let pearsonChiSquared: Double
    let iterations: Int

    init(years: [Double], counts y: [Double], population: [Double]) throws {
        let centre = years.reduce(0, +) / Double(years.count)
        let t = years.map { $0 - centre }
        let offset = population.map { log($0) }
        var mu = y.map { $0 + 0.1 }
        var beta = (0.0, 0.0)
        var deviance = Self.deviance(y, mu)
        var iteration = 0
        var converged = false
        while iteration < Self.maximumIterations, !converged {
            iteration += 1
            let z = (0..<y.count).map { log(mu[$0]) - offset[$0] + (y[$0] - mu[$0]) / mu[$0] }
            guard let next = Self.weightedLeastSquares(t: t, z: z, weights: mu) else { break }
            beta = next
            mu = (0..<y.count).map { exp(beta.0 + beta.1 * t[$0] + offset[$0]) }
            let newDeviance = Self.deviance(y, mu)
            converged = abs(newDeviance - deviance) / (abs(newDeviance) + 0.1) < Self.tolerance
            deviance = newDeviance
        }
        guard converged, beta.0.isFinite, beta.1.isFinite else {
            throw RatesError.notConverged(iterations: iteration)
        }
        let (sw, swt, swtt) = Self.information(t: t, weights: mu)
        let determinant = sw * swtt - swt * swt
        slopeStandardError = (sw / determinant).squareRoot()
        intercept = beta.0 - beta.1 * centre
        slope = beta.1
        self.deviance = deviance
        pearsonChiSquared = zip(y, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / $1.1 }
        iterations = iteration
    }

    /// Poisson deviance `2 Σ [y log(y/μ) - (y - μ)]`, with `0 log 0 = 0`.
    static func deviance(_ y: [Double], _ mu: [Double]) -> Double {
        2
            * zip(y, mu).reduce(0) { sum, pair in
                let (yi, mi) = pair
                return sum + (yi > 0 ? yi * log(yi / mi) : 0) - (yi - mi)
            }
    }

    private static func information(t: [Double], weights: [Double]) -> (Double, Double, Double) {
        var sw = 0.0, swt = 0.0, swtt = 0.0
        for (ti, wi) in zip(t, weights) {
            sw += wi
            swt += wi * ti
            swtt += wi * ti * ti
        }
        return (sw, swt, swtt)
    }

    private static func weightedLeastSquares(t: [Double], z: [Double], weights: [Double]) -> (Double, Double)? {
        let (sw, swt, swtt) = information(t: t, weights: weights)
        var swz = 0.0, swtz = 0.0
        for i in 0..<t.count {
            swz += weights[i] * z[i]
            swtz += weights[i] * t[i] * z[i]
        }
        let determinant = sw * swtt - swt * swt
        guard determinant > 0, determinant.isFinite else { return nil }
        return ((swtt * swz - swt * swtz) / determinant, (sw * swtz - swt * swz) / determinant)
    }
}
