/// The finite population of schools behind a synthetic survey, and the sample drawn from it.
///
/// Strata are region × urban/rural. Each stratum holds schools whose sizes (pupils aged
/// 11–17) are log-normal (median 320 in towns, 90 in the countryside) and whose effect on
/// the logit of every outcome is normal with SD ``SurveyModel/schoolSD``. Schools are drawn
/// with probability proportional to size (certainty schools first, then systematic PPS),
/// with a √size allocation across strata (so weights differ between strata), and about 20
/// pupils are drawn in each sampled school. A school is regenerated from its own random
/// stream whenever it is needed, so memory holds only one stratum's sizes at a time.
struct SurveyFrame: Sendable {
    /// One stratum and its allocation.
    struct Stratum: Sendable {
        var number: Int
        var region: RegionProfile
        var urban: Bool
        var schools: Int
        var sample: Int
    }

    /// One sampled school.
    struct SampledSchool: Sendable {
        var stratum: Int
        var index: Int
        var size: Int
        var effect: Double
        var probability: Double
        var take: Int
    }

    let seed: UInt64
    let strata: [Stratum]

    /// Pupils drawn per school before adjusting the total to exactly `rows`.
    static let nominalTake = 20
    /// The frame holds at least this many schools per sampled school.
    static let minimumFrameRatio = 5

    /// Builds the strata and allocation for `rows` pupils.
    ///
    /// - Throws: ``SynthesisError/tooFewRows(kind:country:minimum:)`` below 10 pupils per stratum.
    init(profile: CountryProfile, rows: Int, seed: UInt64) throws {
        self.seed = seed
        var cells: [(RegionProfile, Bool, Double)] = []
        let shareTotal = profile.regions.reduce(0) { $0 + $1.childShare }
        for region in profile.regions {
            let pupils = profile.pupils * region.childShare / shareTotal
            if region.urbanShare > 0 { cells.append((region, true, pupils * region.urbanShare)) }
            if region.urbanShare < 1 { cells.append((region, false, pupils * (1 - region.urbanShare))) }
        }
        let minimum = 10 * cells.count
        guard rows >= minimum else {
            throw SynthesisError.tooFewRows(kind: "survey", country: profile.country.rawValue, minimum: minimum)
        }
        let total = max(2 * cells.count, (rows + SurveyFrame.nominalTake - 1) / SurveyFrame.nominalTake)
        let extra = Apportion.largestRemainder(total - 2 * cells.count, weights: cells.map { $0.2.squareRoot() })
        strata = cells.enumerated().map { h, cell in
            let mean = SurveyFrame.medianSize(urban: cell.1) * 1.133
            let realistic = max(2, Int((cell.2 / mean).rounded()))
            let n = 2 + extra[h]
            return Stratum(
                number: h + 1, region: cell.0, urban: cell.1,
                schools: max(realistic, SurveyFrame.minimumFrameRatio * n), sample: n)
        }
    }

    /// Median school size in pupils aged 11–17.
    static func medianSize(urban: Bool) -> Double { urban ? 320 : 90 }

    /// Size and effect of school `index` in stratum `stratum` (regenerated from its own stream).
    func school(stratum: Stratum, index: Int) -> (size: Int, effect: Double) {
        var rng = SeededGenerator(seed: seed, stream: [1, UInt64(stratum.number), UInt64(index)])
        let z = rng.standardNormal()
        let size = max(15, Int((SurveyFrame.medianSize(urban: stratum.urban) * PortableMath.exp(0.5 * z)).rounded()))
        return (size, SurveyModel.schoolSD * rng.standardNormal())
    }

    /// Selects the schools of one stratum with probability proportional to size.
    ///
    /// Schools with n·M_i ≥ M (the stratum total) are taken with certainty and removed,
    /// repeatedly; the rest are drawn by systematic PPS from a seeded random start.
    func select(_ stratum: Stratum) -> [SampledSchool] {
        let units = (0..<stratum.schools).map { school(stratum: stratum, index: $0) }
        var certain = Set<Int>()
        var remaining = stratum.sample
        while remaining > 0 {
            let rest = units.indices.filter { !certain.contains($0) }
            let total = rest.reduce(0) { $0 + units[$1].size }
            let newly = rest.filter { Double(remaining * units[$0].size) >= Double(total) }
            if newly.isEmpty { break }
            for i in newly.prefix(remaining) { certain.insert(i) }
            remaining = stratum.sample - certain.count
        }
        var chosen = certain.sorted().map { (index: $0, probability: 1.0) }
        if remaining > 0 {
            chosen += systematic(units: units, excluding: certain, n: remaining, stratum: stratum)
        }
        return chosen.sorted { $0.index < $1.index }.map {
            let unit = units[$0.index]
            return SampledSchool(
                stratum: stratum.number, index: $0.index, size: unit.size,
                effect: unit.effect, probability: $0.probability, take: 0)
        }
    }

    private func systematic(
        units: [(size: Int, effect: Double)], excluding certain: Set<Int>, n: Int, stratum: Stratum
    ) -> [(index: Int, probability: Double)] {
        let rest = units.indices.filter { !certain.contains($0) }
        let total = Double(rest.reduce(0) { $0 + units[$1].size })
        let step = total / Double(n)
        var rng = SeededGenerator(seed: seed, stream: [3, UInt64(stratum.number)])
        var next = rng.uniform() * step
        var cumulative = 0.0
        var chosen: [(index: Int, probability: Double)] = []
        for i in rest {
            cumulative += Double(units[i].size)
            if cumulative > next, chosen.count < n {
                chosen.append((i, Double(units[i].size) / step))
                next += step
            }
        }
        return chosen
    }
}

/// Integer apportionment.
enum Apportion {
    /// Splits `total` into integers proportional to `weights` (Hamilton's largest-remainder method;
    /// ties go to the earlier entry).
    static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
        guard total > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        let sum = weights.reduce(0, +)
        let exact = weights.map { Double(total) * $0 / sum }
        var parts = exact.map { Int($0) }
        let remainder = exact.indices.map { exact[$0] - Double(parts[$0]) }
        let order = exact.indices.sorted { remainder[$0] != remainder[$1] ? remainder[$0] > remainder[$1] : $0 < $1 }
        for i in order.prefix(total - parts.reduce(0, +)) { parts[i] += 1 }
        return parts
    }
}
