// MARK: - Public estimators (R survey: svymean, svytotal, svyby)

/// Design-based mean of a numeric variable, overall or per group (domain).
///
/// Ratio estimator Σwy/Σw with Taylor-linearisation with-replacement variance, reproducing
/// R survey's `svymean(~y, design, na.rm = TRUE, deff = ...)` and, with `groups`,
/// `svyby(~y, ~g, design, svymean, na.rm = TRUE, covmat = TRUE)`. Missing values (NaN) and rows
/// outside a group are domains of the full design: they contribute zero, the PSU count and df
/// are unchanged. Breaks down (NaN) for a domain with no respondents; a stratum with one PSU
/// follows `design.lonelyPSU`.
/// - Parameters:
///   - y: one value per row, NaN = missing.
///   - design: the sample design.
///   - groups: optional domains (codes −1 = in no group).
///   - deff: design effect to compute, if any.
/// - Returns: one estimate per group with SE, df, deff and the joint covariance.
/// - Throws: `SurveyStatisticsError` on mismatched lengths, bad codes or a lonely PSU with `.fail`.
package func surveyMean(
    _ y: [Double], design: SurveyDesign, by groups: Grouping? = nil, deff: DesignEffectKind? = nil
) throws -> EstimateTable {
    try estimateTable(NumericOutcome(values: y), kind: .mean, design: design, groups: groups, deff: deff)
}

/// Design-based total Σwy of a numeric variable, overall or per group (domain).
///
/// Horvitz–Thompson total with Taylor with-replacement variance, as R survey's
/// `svytotal(~y, design, na.rm = TRUE)` and `svyby(..., svytotal)`. Missing values and rows
/// outside a group contribute zero. `nOutcome` counts non-zero values.
/// - Parameters:
///   - y: one value per row, NaN = missing.
///   - design: the sample design.
///   - groups: optional domains.
///   - deff: design effect to compute, if any (R's `svytotal` formula, N = Σw of the domain).
/// - Returns: one total per group.
/// - Throws: `SurveyStatisticsError` as `surveyMean`.
package func surveyTotal(
    _ y: [Double], design: SurveyDesign, by groups: Grouping? = nil, deff: DesignEffectKind? = nil
) throws -> EstimateTable {
    try estimateTable(NumericOutcome(values: y), kind: .total, design: design, groups: groups, deff: deff)
}

/// Design-based proportion of a binary 0/1 variable, overall or per group (domain).
///
/// The mean of a 0/1 indicator (R survey `svymean(~as.numeric(y), design, na.rm = TRUE)`, the
/// point estimate and variance behind `svyciprop`). `nOutcome` counts the 1s. Use
/// `proportionInterval` for CIs.
/// - Parameters:
///   - y: 0, 1 or NaN (missing) per row.
///   - design: the sample design.
///   - groups: optional domains.
///   - deff: design effect to compute, if any.
/// - Returns: one proportion per group.
/// - Throws: `SurveyStatisticsError.notBinary` for any other value, or as `surveyMean`.
package func surveyProportion(
    _ y: [Double], design: SurveyDesign, by groups: Grouping? = nil, deff: DesignEffectKind? = nil
) throws -> EstimateTable {
    for (i, v) in y.enumerated() where !(v == 0 || v == 1 || v.isNaN) {
        throw SurveyStatisticsError.notBinary(row: i, value: v)
    }
    return try estimateTable(NumericOutcome(values: y), kind: .proportion, design: design, groups: groups, deff: deff)
}

/// Design-based share of each category of a categorical variable, overall or per group.
///
/// The means of the category indicators, as R survey's `svymean(~factor(x), design,
/// na.rm = TRUE)` and `svyby(~factor(x), ~g, design, svymean, na.rm = TRUE, covmat = TRUE)`;
/// shares in a group sum to 1 and their covariance matrix is singular. A category with no
/// respondents has share 0 and SE 0.
/// - Parameters:
///   - codes: category code per row, 0..<categoryCount, −1 = missing.
///   - categoryCount: number of categories.
///   - design: the sample design.
///   - groups: optional domains.
///   - deff: design effect to compute, if any.
///   - scale: `.share` (default), or `.total` for the totals of the category indicators: the
///     estimated number in each category, as `svytotal(~factor(x), design, na.rm = TRUE)` and
///     `svyby(..., svytotal)` (R's `svytotal` design effect); a group's totals add up to its
///     estimated population.
/// - Returns: a table with `categoryCount` estimates per group.
/// - Throws: `SurveyStatisticsError` on codes out of range, or as `surveyMean`.
package func surveyShares(
    _ codes: [Int32], categoryCount: Int, design: SurveyDesign, by groups: Grouping? = nil,
    deff: DesignEffectKind? = nil, scale: CategoryScale = .share
) throws -> EstimateTable {
    let outcome = CategoricalOutcome(codes: codes, categoryCount: categoryCount)
    return try estimateTable(outcome, kind: scale == .share ? .share : .total, design: design, groups: groups, deff: deff)
}

/// What `surveyShares` estimates for each category.
package enum CategoryScale: Sendable {
    /// The category's share of its group (`svymean(~factor(x))`).
    case share
    /// The estimated number in the category (`svytotal(~factor(x))`).
    case total
}

// MARK: - Shared engine

/// Two passes over the rows for all groups and categories, then the variance assembly.
func estimateTable<O: OutcomeColumn>(
    _ y: O, kind: StatisticKind, design: SurveyDesign, groups: Grouping?, deff: DesignEffectKind?
) throws -> EstimateTable {
    guard y.rowCount == design.rowCount else {
        throw SurveyStatisticsError.lengthMismatch(what: "outcome", expected: design.rowCount, actual: y.rowCount)
    }
    let groups = groups ?? Grouping(codes: [Int32](repeating: 0, count: design.rowCount), count: 1)
    guard groups.codes.count == design.rowCount else {
        throw SurveyStatisticsError.lengthMismatch(what: "group", expected: design.rowCount, actual: groups.codes.count)
    }
    let domains = try DomainSums.accumulate(y, design: design, groups: groups)
    let point = domains.estimates(kind)
    let lin = LinearisedSums.accumulate(
        y, design: design, groups: groups, sums: domains, estimates: point, ratio: kind != .total)
    let taylor = TaylorVariance(design: design, sums: lin, domains: domains)
    let c = domains.categories
    var rows: [DomainEstimate] = []
    for g in 0..<domains.groups {
        let block = try taylor.domainBlock(group: g)
        for j in 0..<c {
            let k = g * c + j
            let variance = block[j * c + j]
            let effect = deff.map {
                designEffect(variance: variance, kind: kind, effect: $0, sums: domains, linearised: lin, column: k)
            }
            rows.append(
                DomainEstimate(
                    group: g, category: j, n: domains.n[g], nOutcome: domains.nOutcome[k],
                    weightedN: domains.weightSum[g], estimate: point[k], standardError: variance.squareRoot(),
                    degreesOfFreedom: design.degreesOfFreedom, domainDegreesOfFreedom: domains.domainDF[g],
                    domainRowCount: domains.rows[g], designEffect: effect))
        }
    }
    return EstimateTable(
        statistic: kind, groupCount: domains.groups, categoryCount: c, estimates: rows,
        covariance: try taylor.wholeDesign(), lonelyPSU: design.lonelyPSU, designEffectKind: deff,
        designIsSimpleRandomSample: design.isSimpleRandomSample)
}

/// R survey's `deff` for `svymean`/`svytotal`: design variance over the SRS variance built from
/// `svyvar` (weighted variance × n/(n − 1)) with N = Σw of the domain. NaN for a mean whose
/// Σw < n, as R.
func designEffect(
    variance: Double, kind: StatisticKind, effect: DesignEffectKind, sums: DomainSums, linearised: LinearisedSums,
    column k: Int
) -> Double {
    let g = k / sums.categories
    let n = Double(sums.n[g])
    let w = sums.weightSum[g]
    let svyvar = n / (n - 1) * (linearised.wd2[k] - linearised.wd[k] * linearised.wd[k] / w) / w
    let vsrs: Double
    switch (kind, effect) {
    case (.total, .withReplacement): vsrs = svyvar * w * w / n
    case (.total, .withoutReplacement): vsrs = svyvar * w * w * (w - n) / (w * n)
    case (_, .withReplacement): vsrs = svyvar / n
    case (_, .withoutReplacement): vsrs = w < n ? .nan : svyvar * (w - n) / (w * n)
    }
    return variance / vsrs
}
