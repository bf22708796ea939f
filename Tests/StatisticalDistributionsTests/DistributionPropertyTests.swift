import Foundation
import TestSupport
import Testing

@testable import StatisticalDistributions

/// Properties that need no reference: quantile and cdf invert each other, tails add to one,
/// symmetries hold, and the documented p = 0 / p = 1 behaviour.
struct DistributionPropertyTests {
    static let probabilities = [1e-200, 1e-30, 1e-8, 0.001, 0.025, 0.2, 0.5, 0.7, 0.975, 0.999, 1 - 1e-9]

    @Test(arguments: [0.3, 1, 2.5, 7, 29.4, 250, 1e5, 1e12])
    func studentTRoundTrips(df: Double) {
        for p in Self.probabilities {
            let t = StudentT.quantile(p, degreesOfFreedom: df)
            let back = p < 0.5 ? StudentT.cdf(t, degreesOfFreedom: df) : 1 - StudentT.survival(t, degreesOfFreedom: df)
            #expect(relativeError(back, p) < 1e-12 || (t.isInfinite && p < 1e-100), "df \(df) p \(p) t \(t) back \(back)")
            #expect(StudentT.cdf(-t, degreesOfFreedom: df) == StudentT.survival(t, degreesOfFreedom: df))
        }
    }

    @Test(arguments: [0.2, 1, 3.3, 20, 1001])
    func chiSquaredRoundTripsAndTailsAddToOne(df: Double) {
        for p in Self.probabilities {
            let x = ChiSquared.quantile(p, degreesOfFreedom: df)
            // below 1e-300 the quantile itself is subnormal (or 0) and cannot carry 12 digits
            #expect(relativeError(ChiSquared.cdf(x, degreesOfFreedom: df), p) < 1e-12 || x < 1e-300, "df \(df) p \(p)")
            let upper = ChiSquared.survivalQuantile(p, degreesOfFreedom: df)
            #expect(relativeError(ChiSquared.survival(upper, degreesOfFreedom: df), p) < 1e-12, "df \(df) q \(p)")
            let total = ChiSquared.cdf(x, degreesOfFreedom: df) + ChiSquared.survival(x, degreesOfFreedom: df)
            #expect(abs(total - 1) < 1e-15)
        }
    }

    @Test(arguments: [(1.0, 1.0), (0.7, 12.3), (2.4, 96.0), (3.0, 1e6), (40.0, 2.5)])
    func fAndBetaRoundTrip(df1: Double, df2: Double) {
        for p in Self.probabilities where p > 1e-100 {
            let f = FDistribution.quantile(p, numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2)
            let back = FDistribution.cdf(f, numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2)
            #expect(relativeError(back, p) < 1e-12 || p > 0.99, "F(\(df1), \(df2)) p \(p) back \(back)")
            let x = BetaDistribution.quantile(p, a: df1, b: df2)
            #expect(relativeError(BetaDistribution.cdf(x, a: df1, b: df2), p) < 1e-12 || p > 0.99, "Beta p \(p)")
        }
    }

    @Test func normalQuantileInvertsCdfAndIsSymmetric() {
        for x in stride(from: -30.0, through: 8, by: 0.37) {
            let back = x < 0 ? Normal.quantile(Normal.cdf(x)) : -Normal.quantile(Normal.survival(x))
            #expect(relativeError(back, x) < 1e-12 || abs(x) < 1e-3, "x \(x) back \(back)")
            #expect(Normal.survival(x) == Normal.cdf(-x))
        }
    }

    @Test func endpointsAndInvalidInput() {
        #expect(Normal.quantile(0) == -.infinity && Normal.quantile(1) == .infinity)
        #expect(StudentT.quantile(0, degreesOfFreedom: 5) == -.infinity)
        #expect(StudentT.quantile(1, degreesOfFreedom: 5) == .infinity)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 5) == 0)
        #expect(ChiSquared.quantile(0, degreesOfFreedom: 3) == 0 && ChiSquared.quantile(1, degreesOfFreedom: 3) == .infinity)
        #expect(BetaDistribution.quantile(0, a: 2, b: 3) == 0 && BetaDistribution.quantile(1, a: 2, b: 3) == 1)
        #expect(FDistribution.quantile(1, numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 3) == .infinity)
        #expect(StudentT.quantile(1.5, degreesOfFreedom: 5).isNaN)
        #expect(StudentT.cdf(1, degreesOfFreedom: 0).isNaN)
        #expect(ChiSquared.cdf(-1, degreesOfFreedom: 2) == 0)
        #expect(StudentT.cdf(1.3, degreesOfFreedom: .infinity) == Normal.cdf(1.3))
    }

    @Test func survivalReachesTheSubnormalRange() {
        // scipy 1.17: chi2.sf(1400, 1) = 2.1010145162644003e-306, f.sf(9000, 4, 300) = 5.722571700173e-311
        let p = ChiSquared.survival(1400, degreesOfFreedom: 1)
        #expect(relativeError(p, 2.1010145162644003e-306) < 1e-12)
        let f = FDistribution.survival(9000, numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 300)
        #expect(relativeError(f, 5.722571700173e-311) < 1e-9, "subnormal: only about 12 significant digits remain")
    }
}
