/// Domain membership for `svyby`-style estimation: one code per row.
package struct Grouping: Sendable {
    /// Group code per row, 0..<count, or -1 for a row in no group.
    package let codes: [Int32]
    /// Number of groups.
    package let count: Int

    /// Creates a grouping; codes must be −1 or in 0..<count.
    package init(codes: [Int32], count: Int) {
        self.codes = codes
        self.count = count
    }
}

/// Which design effect to compute, as R survey's `deff=` argument.
package enum DesignEffectKind: String, Sendable {
    /// Variance ratio against simple random sampling without replacement with N = sum of weights (`deff = TRUE`).
    case withoutReplacement
    /// Variance ratio against simple random sampling with replacement (`deff = "replace"`).
    case withReplacement
}

/// The statistic an `EstimateTable` holds.
package enum StatisticKind: String, Sendable {
    /// Weighted mean (`svymean`).
    case mean
    /// Weighted total (`svytotal`).
    case total
    /// Mean of a 0/1 indicator.
    case proportion
    /// Mean of each category indicator of a categorical variable.
    case share
    /// Quantiles (`svyquantile`), one per requested probability.
    case quantile
}

/// One estimate for one group (domain) and one category.
package struct DomainEstimate: Sendable, Equatable {
    /// Group index (0 when ungrouped).
    package let group: Int
    /// Category index (0 for means, totals and binary proportions).
    package let category: Int
    /// Respondents in the domain with a non-missing outcome and non-zero weight.
    package let n: Int
    /// Respondents in this category (proportions, shares) or with a non-zero value.
    package let nOutcome: Int
    /// Sum of weights of the domain's respondents with a non-missing outcome.
    package let weightedN: Double
    /// The point estimate.
    package let estimate: Double
    /// Linearisation standard error (R's `SE()` on `svyby`).
    package let standardError: Double
    /// Degrees of freedom of the whole design (R `degf(design)`).
    package let degreesOfFreedom: Int
    /// PSUs − strata among the domain's rows with non-zero weight, whatever their outcome: R's
    /// `degf(subset(design, group))`, the df `svyby(..., svyciprop)` uses for the group.
    package let domainDegreesOfFreedom: Int
    /// Rows in the domain, whatever their outcome or weight: R's `nrow(subset(design, group))`,
    /// the n of the Korn–Graubard df adjustment (`svyciprop(..., na.rm = TRUE)`).
    package let domainRowCount: Int
    /// Design effect if requested (NaN when the sum of weights is below n, as R).
    package let designEffect: Double?
}

/// Estimates of a statistic for every group × category, with their joint covariance.
package struct EstimateTable: Sendable {
    /// What was estimated.
    package let statistic: StatisticKind
    /// Groups (1 when ungrouped).
    package let groupCount: Int
    /// Categories per group (1 for means, totals and binary proportions).
    package let categoryCount: Int
    /// Estimates ordered group-major: index `group * categoryCount + category`.
    package let estimates: [DomainEstimate]
    /// Joint covariance, row-major K×K with K = `estimates.count`, computed as R's
    /// `svyby(..., covmat = TRUE)`: influence functions on the whole design.
    package let covariance: [Double]
    /// The design's lonely-PSU rule, for reporting.
    package let lonelyPSU: LonelyPSU
    /// The design effect kind, if any was computed.
    package let designEffectKind: DesignEffectKind?
    /// True when the design is an unweighted simple random sample (Wilson/Clopper–Pearson allowed).
    package let designIsSimpleRandomSample: Bool

    /// The estimate of `category` in `group`.
    package func estimate(group: Int, category: Int = 0) -> DomainEstimate {
        estimates[group * categoryCount + category]
    }

    /// Covariance of two estimates given by their indices in `estimates`.
    package func covariance(_ i: Int, _ j: Int) -> Double {
        covariance[i * estimates.count + j]
    }
}
