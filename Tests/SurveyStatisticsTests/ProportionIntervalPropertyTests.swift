import Foundation
import StatisticalDistributions
import Testing

@testable import SurveyStatistics

/// Properties every proportion interval must have, on many random clustered designs.
@Suite struct ProportionIntervalPropertyTests {
    /// A small deterministic generator (SplitMix64) so failures are reproducible.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    static func randomTable(seed: UInt64) throws -> EstimateTable {
        var rng = SplitMix(state: seed)
        let n = 200 + Int(rng.next() * 400)
        let rate = rng.next() * rng.next()
        var w: [Double] = []
        var s: [Int32] = []
        var psu: [Int32] = []
        var y: [Double] = []
        var g: [Int32] = []
        for i in 0..<n {
            w.append(0.5 + 3 * rng.next())
            s.append(Int32(i % 4))
            psu.append(Int32((i / 4) % 9))
            y.append(rng.next() < 0.05 ? .nan : (rng.next() < rate ? 1 : 0))
            g.append(Int32(rng.next() * 3))
        }
        let design = try SurveyDesign(weights: w, strata: s, psu: psu)
        return try surveyProportion(y, design: design, by: Grouping(codes: g, count: 3))
    }

    @Test("intervals lie in [0, 1], contain the estimate and widen with the level", arguments: 0..<40)
    func properties(_ seed: Int) throws {
        let table = try Self.randomTable(seed: UInt64(seed))
        for i in table.estimates.indices {
            let p = table.estimates[i].estimate
            for method in [ProportionCI.logit, .kornGraubard] {
                if method == .logit && (p == 0 || p == 1) { continue }
                var previous: ConfidenceInterval?
                for level in [0.5, 0.8, 0.9, 0.95, 0.99] {
                    let ci = try table.proportionInterval(i, method: method, level: level)
                    #expect(ci.lower >= 0 && ci.upper <= 1, "\(method) in [0,1]")
                    #expect(ci.lower <= p && p <= ci.upper, "\(method) contains \(p): \(ci)")
                    if let previous {
                        #expect(ci.lower <= previous.lower && ci.upper >= previous.upper, "\(method) widens")
                    }
                    previous = ci
                }
            }
        }
    }
}
