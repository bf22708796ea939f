import Foundation
import Testing

@testable import StatisticalDistributions

/// The exact binomial test on very many trials: the same p-value as scipy, in milliseconds.
@Suite struct BinomialExactTestTests {
    /// scipy 1.17.1 `binomtest(k, n, p).pvalue` (Fixtures/binomtest_large.py).
    @Test(arguments: [
        (500_030_000, 1_000_000_000, 0.5, 0.05778374190475356),
        (299_950_000, 1_000_000_000, 0.3, 0.000559834679985293),
        (60_100, 200_000, 0.3, 0.6255856377123933),
    ])
    func largeTrialsMatchScipy(_ k: Int, _ n: Int, _ p: Double, _ expected: Double) throws {
        let value = try Binomial.exactTestPValue(successes: k, trials: n, probability: p)
        #expect(abs(value - expected) <= 1e-6 * expected, "\(value) vs scipy \(expected)")
    }

    /// Bisection counts the same tail as checking every k (R's loop), on both sides of np.
    @Test(arguments: [(60_100, 0.3), (59_700, 0.3), (100_400, 0.5), (99_000, 0.5)])
    func bisectionCountsWhatTheLoopCounts(_ k: Int, _ p: Double) throws {
        let n = 200_000
        let fast = try Binomial.exactTestPValue(successes: k, trials: n, probability: p)
        let d = Binomial.probability(k, trials: n, probability: p) * (1 + 1e-7)
        let m = Double(n) * p
        let loop: Double
        if Double(k) < m {
            let y = (Int(m.rounded(.up))...n).filter { Binomial.probability($0, trials: n, probability: p) <= d }.count
            loop = Binomial.cdf(k, trials: n, probability: p) + Binomial.survival(n - y, trials: n, probability: p)
        } else {
            let y = (0...Int(m.rounded(.down))).filter { Binomial.probability($0, trials: n, probability: p) <= d }.count
            loop = Binomial.cdf(y - 1, trials: n, probability: p) + Binomial.survival(k - 1, trials: n, probability: p)
        }
        #expect(fast == min(1, loop))
    }

    /// 3 · 10¹¹ events (a count a rate ratio can meet) used to take minutes.
    @Test func hundredsOfBillionsOfTrialsAreFast() throws {
        let start = Date()
        let value = try Binomial.exactTestPValue(successes: 150_000_020_000, trials: 300_000_000_000, probability: 0.5)
        #expect(Date().timeIntervalSince(start) < 1)
        // z = 20 000 / sqrt(7.5e10) = 0.0730: the normal approximation's 0.9418 is exact to 4 digits here.
        #expect(abs(value - 0.9418) < 1e-3, "\(value)")
    }
}
