/// What the NCHS standard needs to know about one estimated proportion.
package struct ReliabilityInputs: Sendable, Hashable {
    /// The actual (unweighted) sample size of the denominator.
    package var sampleSize: Int
    /// The effective sample size, p(1 − p)/SE² (n / design effect); see
    /// ``ProportionReliability/effectiveSampleSize(estimate:standardError:sampleSize:)``.
    package var effectiveSampleSize: Double
    /// The estimated proportion, in [0, 1].
    package var estimate: Double
    /// The lower Korn–Graubard 95% confidence limit.
    package var lower: Double
    /// The upper Korn–Graubard 95% confidence limit.
    package var upper: Double
    /// The design degrees of freedom (PSUs − strata), or `nil` for unweighted data.
    package var degreesOfFreedom: Double?

    /// Creates reliability inputs.
    package init(
        sampleSize: Int, effectiveSampleSize: Double, estimate: Double,
        lower: Double, upper: Double, degreesOfFreedom: Double? = nil
    ) {
        self.sampleSize = sampleSize
        self.effectiveSampleSize = effectiveSampleSize
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.degreesOfFreedom = degreesOfFreedom
    }
}

/// The outcome of the NCHS standard for one proportion.
package enum Reliability: Sendable, Hashable {
    /// Presented as it is.
    case reliable
    /// Presented, marked `u` (low reliability) for the listed reasons.
    case flagged(Set<ReliabilityFlag>)
    /// Not presented: shown as `:u`.
    case suppressed(UnreliabilityReason)
}

/// Why a presented proportion is flagged for review.
package enum ReliabilityFlag: Sendable, Hashable, CaseIterable {
    /// The CI is wide relative to the complement: width / (1 − p) > 130%.
    case wideRelativeToComplement
    /// The design has fewer than 8 degrees of freedom.
    case fewDegreesOfFreedom
    /// The estimate is 0% or 100%.
    case zeroOrHundredPercent
}

/// Why a proportion is not presented.
package enum UnreliabilityReason: Sendable, Hashable, CaseIterable {
    /// Sample size below 30.
    case sampleSize
    /// Effective sample size below 30.
    case effectiveSampleSize
    /// Korn–Graubard CI 0.30 wide or wider.
    case absoluteWidth
    /// CI between 0.05 and 0.30 wide and wider than 130% of the estimate.
    case relativeWidth
}

/// The NCHS Data Presentation Standards for Proportions.
///
/// Parker JD, Talih M, Malec DJ, et al. National Center for Health Statistics Data
/// Presentation Standards for Proportions. Vital Health Stat 2(175), 2017. The steps, in
/// the order NCHS applies them (and as CDC's R package `surveytable` implements them):
///
/// 1. Suppress if the sample size n < 30 or the effective sample size < 30. The effective
///    sample size is capped at n, and set to n when the estimate is 0 or 1.
/// 2. Present if the absolute Korn–Graubard CI width is ≤ 0.05.
/// 3. Suppress if the width is ≥ 0.30.
/// 4. Suppress if the relative width, width / p, is > 130%.
/// 5. Otherwise present, and flag when the relative width of the complement,
///    width / (1 − p), is > 130%.
///
/// A presented estimate is also flagged for review when the design df < 8, and when it is
/// 0% or 100% (the CI width is then taken as 0, as `surveytable` does).
///
/// Comparisons treat values within 1e-9 of a cut-off as equal to it, so a CI computed as
/// 0.2 to 0.5 counts as exactly 0.30 wide (suppressed) despite binary rounding. NaN
/// inputs fail every test and lead to suppression.
package enum ProportionReliability {
    /// Applies the standard to one proportion.
    ///
    /// - Parameter inputs: the estimate, its Korn–Graubard CI, n, effective n and design df.
    /// - Returns: whether to present it, present it flagged, or suppress it.
    package static func assess(_ inputs: ReliabilityInputs) -> Reliability {
        let p = inputs.estimate
        let isBoundary = p <= 0 || p >= 1
        let n = Double(inputs.sampleSize)
        let effective = isBoundary ? n : min(inputs.effectiveSampleSize, n)
        let tolerance = 1e-9
        if inputs.sampleSize < 30 { return .suppressed(.sampleSize) }
        if !(effective > 30 - tolerance) { return .suppressed(.effectiveSampleSize) }
        let width = isBoundary ? 0 : inputs.upper - inputs.lower
        var flags: Set<ReliabilityFlag> = []
        if width > 0.05 + tolerance {
            if !(width < 0.30 - tolerance) { return .suppressed(.absoluteWidth) }
            if !(width / p <= 1.30 + tolerance) { return .suppressed(.relativeWidth) }
            if width / (1 - p) > 1.30 + tolerance { flags.insert(.wideRelativeToComplement) }
        }
        if let df = inputs.degreesOfFreedom, !(df >= 8) { flags.insert(.fewDegreesOfFreedom) }
        if isBoundary { flags.insert(.zeroOrHundredPercent) }
        return flags.isEmpty ? .reliable : .flagged(flags)
    }

    /// The effective sample size of a proportion as NCHS defines it.
    ///
    /// n_eff = p(1 − p) / SE², i.e. n divided by the design effect, capped at n; equal to
    /// n when p is 0 or 1 or the standard error is 0.
    ///
    /// - Parameters:
    ///   - estimate: the proportion p.
    ///   - standardError: its design-based standard error.
    ///   - sampleSize: the unweighted sample size n.
    /// - Returns: the effective sample size.
    package static func effectiveSampleSize(
        estimate: Double, standardError: Double, sampleSize: Int
    ) -> Double {
        let n = Double(sampleSize)
        guard estimate > 0, estimate < 1, standardError > 0 else { return n }
        return min(estimate * (1 - estimate) / (standardError * standardError), n)
    }
}
