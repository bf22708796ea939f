import Disclosure

/// The tests and pairwise comparisons of `sitan compare`, as they may be published.
///
/// Made only by ``SurveyAnalysis/compare(_:)`` from two tables that passed
/// ``DisclosureControl/publish(_:)``; no public initialiser.
package struct PublishedComparison: Sendable {
    /// Tests of independence per `--by` group: `rao-scott-f` (second-order, R `svychisq`
    /// `statistic = "F"`), `rao-scott-chisq` (R `statistic = "Chisq"`: unadjusted X² with the
    /// first-order corrected p-value), and `pearson` with Cramér's V for unweighted data.
    package let tests: PublishedTable
    /// Differences, risk ratios and odds ratios between each pair of `--across` levels.
    package let pairs: PublishedTable
    /// The variable compared.
    package let variable: String
    /// The variable whose levels are compared.
    package let across: String
    /// The `--by` variables.
    package let by: [String]
    /// The methods used.
    package let method: EstimateMethod
    /// Columns holding labels rather than numbers.
    package let keyColumns: Set<String>
    /// True when the means of a numeric variable are compared (t-tests, no Rao–Scott tests).
    package let comparesMeans: Bool

    init(
        tests: PublishedTable, pairs: PublishedTable, variable: String, across: String, by: [String],
        method: EstimateMethod, comparesMeans: Bool = false
    ) {
        self.tests = tests
        self.pairs = pairs
        self.variable = variable
        self.across = across
        self.by = by
        self.method = method
        self.comparesMeans = comparesMeans
        keyColumns = Set(by + ["test", "category", "a", "b"])
    }

    /// Notes printed under the tables.
    package var footnotes: [String] {
        if comparesMeans {
            return [
                "Differences of means a − b with t intervals on the domain's design df (R svycontrast on svyby(..., "
                    + "svymean, covmat = TRUE)); t, t_df and p_value: design-based t-test of the two levels (R svyttest, "
                    + "which reports t of b − a: the opposite sign). Variance: \(method.variance); level \(method.level)."
            ]
        }
        return [
            "rao-scott-f: second-order Rao–Scott F with fractional df (R svychisq, statistic = \"F\"); "
                + "rao-scott-chisq: Pearson X² with the first-order corrected p-value (statistic = \"Chisq\"); "
                + "pearson: unweighted χ² without continuity correction, with Cramér's V.",
            "Differences with t intervals on the domain's design df; risk ratios and odds ratios by the "
                + "log method with the design-based covariance (R svycontrast). Variance: \(method.variance); "
                + "level \(method.level).",
        ]
    }
}

extension SurveyAnalysis {
    /// `sitan compare`: Rao–Scott tests, pairwise differences, risk and odds ratios between the
    /// levels of `--across`, per `--by` group.
    ///
    /// R equivalents: `svychisq(~y + across, subset(design, where & by))`, and
    /// `svycontrast` on `svyby(~y, ~across, ..., svymean, covmat = TRUE)`. The comparison is
    /// within each survey round (the `survey` key), unless `--across` is `survey`, `country` or
    /// `year`: then it is between rounds on their combined design, where each round is a set of
    /// strata of its own, so the variance of a difference is the sum of the two variances.
    /// - Throws: ``AnalysisError``; `DisclosureError` if a table cannot be protected.
    package func compare(_ request: CompareRequest) throws -> PublishedComparison {
        let inputs = try AnalysisInputs(store: store, cache: cache, tally: ledger?.tally)
        let result = try ComparisonComputation(inputs: inputs).run(request)
        let builder = ComparisonTableBuilder(result: result)
        let counts = CompareCounts(result: result, domain: try domainPredicate(request.options, inputs: inputs))
        let (tests, pairs) = (builder.tests(), builder.pairs())
        // With equal weights a proportion and its SE (or a χ² printed to many digits) solve for the
        // hidden counts, and with a few weights for their split by weight class and value
        // (``CountSplit``): the ledger takes them as published.
        let ledgerTable = { (table: CountTable, cells: [CellPosition: CountPredicate]) in
            var entry = LedgerTable(table: table, counts: cells, revealing: result.revealsCounts)
            entry.revealed.formUnion(table.columns.indices.filter { CountSplit.isColumn(table.columns[$0].name) })
            entry.statistics = counts.statistics(of: entry.counts)
            entry.sums = counts.sums(of: entry.statistics, counts: entry.counts)
            return entry
        }
        let published = try publish([ledgerTable(tests, counts.tests(tests)), ledgerTable(pairs, counts.pairs(pairs))])
        return PublishedComparison(
            tests: published[0], pairs: published[1],
            variable: result.variable, across: result.across, by: result.by,
            method: Self.method(request.options, statistic: result.comparesMeans ? .mean : .share),
            comparesMeans: result.comparesMeans)
    }
}
