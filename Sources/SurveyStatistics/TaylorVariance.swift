/// Assembles with-replacement (ultimate cluster) Taylor variances from per-stratum PSU sums,
/// reproducing R survey's `onestage`/`onestrat` including the lonely-PSU rules.
struct TaylorVariance {
    let design: SurveyDesign
    let sums: LinearisedSums
    let domains: DomainSums

    var k: Int { domains.groups * domains.categories }

    /// How one stratum enters a variance: its multiplier of the centred or raw cross-product,
    /// or `nil` when it is "NA" in R (lonely with `average`) and triggers the rescaling.
    private func stratumTerm(_ h: Int, psusPresent: Int) throws -> (scale: Double, centred: Bool)? {
        let nPSU = design.psuPerStratum[h]
        let f = design.finiteFactor[h]
        let lonely = design.lonelyPSU
        let adl = design.adjustDomainLonely
        if f < 1e-7 { return (0, true) }
        let scale = nPSU > 1 ? f * Double(nPSU) / Double(nPSU - 1) : f
        let centred = lonely != .adjust || psusPresent > 1 || (nPSU > 1 && !adl)
        if psusPresent == 1 && nPSU > 1 && adl && lonely == .average { return nil }
        if nPSU > 1 { return (scale, centred) }
        switch lonely {
        case .fail: throw SurveyStatisticsError.lonelyPSU(stratum: h)
        case .average: return nil
        case .remove, .certainty, .adjust: return (scale, centred)
        }
    }

    /// Σ over PSUs of the stratum of (U_a − Ū_a)(U_b − Ū_b), or the raw product when not centred.
    @inline(__always)
    private func product(_ h: Int, _ a: Int, _ b: Int, centred: Bool) -> Double {
        let centredValue = sums.cross[h * k * k + a * k + b]
        guard !centred else { return centredValue }
        return centredValue + sums.sum[h * k + a] * sums.sum[h * k + b] / Double(design.psuPerStratum[h])
    }

    /// Variance–covariance block of one group's categories, as R computes it on the `svyby`
    /// subset: strata absent from the domain are skipped and `average` rescales by the strata
    /// present in the domain.
    func domainBlock(group g: Int) throws -> [Double] {
        let c = domains.categories
        let base = g * c
        var v = [Double](repeating: 0, count: c * c)
        var present = 0
        var usable = 0
        for h in 0..<design.strataCount {
            let psus = domains.psusInDomain[h * domains.groups + g]
            guard psus > 0 else { continue }
            present += 1
            guard let term = try stratumTerm(h, psusPresent: psus) else { continue }
            usable += 1
            guard term.scale != 0 else { continue }
            for a in 0..<c {
                for b in 0..<c {
                    v[a * c + b] += term.scale * product(h, base + a, base + b, centred: term.centred)
                }
            }
        }
        let factor = usable == 0 ? Double.nan : Double(present) / Double(usable)
        if factor != 1 { v = v.map { $0 * factor } }
        guard !design.laterStages.isEmpty else { return v }
        let later = try laterStages()
        for a in 0..<c {
            for b in 0..<c { v[a * c + b] += later[(base + a) * k + base + b] }
        }
        return v
    }

    /// Joint covariance of all group × category estimates on the whole design, as R's
    /// `svyby(..., covmat = TRUE)` (influence functions passed to `svyrecvar`).
    func wholeDesign() throws -> [Double] {
        var v = [Double](repeating: 0, count: k * k)
        var present = 0
        var usable = 0
        for h in 0..<design.strataCount {
            let psus = design.psuPerStratum[h]
            var touched = false
            for g in 0..<domains.groups where domains.psusInDomain[h * domains.groups + g] > 0 { touched = true }
            present += 1
            let term: (scale: Double, centred: Bool)?
            do { term = try stratumTerm(h, psusPresent: psus) } catch  where !touched { term = (0, true) }
            guard let term else { continue }
            usable += 1
            guard term.scale != 0 else { continue }
            for a in 0..<k {
                for b in 0..<k { v[a * k + b] += term.scale * product(h, a, b, centred: term.centred) }
            }
        }
        let factor = usable == 0 ? Double.nan : Double(present) / Double(usable)
        if factor != 1 { v = v.map { $0 * factor } }
        guard !design.laterStages.isEmpty else { return v }
        return zip(v, try laterStages()).map { $0 + $1 }
    }
}
