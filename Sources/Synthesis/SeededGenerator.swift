/// A fast, portable pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Synthesis never uses Foundation's or the system's randomness: the same seed must give
/// byte-identical files on every machine and every Swift version. Streams for independent
/// purposes (one school, one planted problem) are derived with ``SeededGenerator/init(seed:stream:)``
/// so that changing how many numbers one part draws never shifts another part.
/// Reference: Blackman & Vigna, "Scrambled linear pseudorandom number generators" (2021).
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the four state words from SplitMix64 applied to `seed`.
    init(seed: UInt64) {
        var sm = seed
        s0 = SeededGenerator.splitMix(&sm)
        s1 = SeededGenerator.splitMix(&sm)
        s2 = SeededGenerator.splitMix(&sm)
        s3 = SeededGenerator.splitMix(&sm)
    }

    /// A generator for one named sub-stream, e.g. `(seed, [stratum, school])`.
    ///
    /// - Parameters:
    ///   - seed: the user's seed.
    ///   - stream: integers naming the sub-stream; each is mixed in with SplitMix64.
    init(seed: UInt64, stream: [UInt64]) {
        var h = seed
        for part in stream {
            var x = h ^ (part &* 0x9E37_79B9_7F4A_7C15)
            h = SeededGenerator.splitMix(&x)
        }
        self.init(seed: h)
    }

    /// One SplitMix64 step (Steele, Lea & Flood 2014).
    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**).
    mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func bernoulli(_ p: Double) -> Bool { uniform() < p }

    /// A uniform integer in `range` (Lemire's nearly-divisionless method would be faster;
    /// the modulo bias here is below 2^-40 for the small ranges used).
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// An approximately standard normal draw: the Irwin–Hall sum of 12 uniforms minus 6.
    ///
    /// Exact mean 0 and variance 1, bounded to [-6, 6]; uses additions only, so it is
    /// reproducible bit for bit without relying on the platform's `log` or `cos`.
    mutating func standardNormal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }

    /// Index drawn from unnormalised `weights` (all >= 0, not all 0).
    mutating func pick(weights: [Double]) -> Int {
        var total = 0.0
        for w in weights { total += w }
        var u = uniform() * total
        for (i, w) in weights.enumerated() {
            if u < w { return i }
            u -= w
        }
        return weights.count - 1
    }
}
