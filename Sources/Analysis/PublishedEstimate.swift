import Disclosure

/// The method block of the `estimate` JSON output.
package struct EstimateMethod: Sendable, Hashable {
    /// The variance estimator (with the lonely-PSU rule when it is not R's default `fail`).
    package let variance: String
    /// The interval method (`logit`, `beta`, `mean`, `wilson`, `clopper-pearson`; `t` for means).
    package let ci: String
    /// The confidence level.
    package let level: Double
    /// The design effect: R's `deff = TRUE` (`srswor`) or `deff = "replace"` (`srswr`).
    package let designEffect: String
}

/// A grouping variable's value in one output row.
package struct GroupValue: Sendable, Hashable {
    /// The variable.
    package let variable: String
    /// The label, as published.
    package let label: String
    /// Whether the label is a whole number (JSON number rather than string).
    package let isInteger: Bool
}

/// The estimates of `sitan estimate`, as they may be published.
///
/// Made only by ``SurveyAnalysis/estimate(_:)`` from a ``PublishedTable`` that passed
/// ``DisclosureControl/publish(_:)``; every number a renderer can reach is read from that
/// table's cells, so a suppressed value cannot leak. There is no public initialiser.
package struct PublishedEstimate: Sendable {
    /// The wide published table (one row per group), with its footnote.
    package let table: PublishedTable
    /// The variable estimated.
    package let variable: String
    /// `mean`, `proportion` (binary), `share` (categorical) or `total`.
    package let statistic: String
    /// The grouping variables (the survey round is not one of them: each row names its round).
    package let by: [String]
    /// The methods used.
    package let method: EstimateMethod
    /// Whether each `--by` variable has whole-number labels.
    let byIsInteger: [Bool]
    /// Where each output row's values are.
    let layout: [EstimateRowLayout]

    init(
        table: PublishedTable, variable: String, statistic: String, by: [String], byIsInteger: [Bool],
        method: EstimateMethod, layout: [EstimateRowLayout]
    ) {
        self.table = table
        self.variable = variable
        self.statistic = statistic
        self.by = by
        self.byIsInteger = byIsInteger
        self.method = method
        self.layout = layout
    }

    /// Whether the rows have an `n_outcome` (binary and categorical outcomes).
    package var hasOutcomeCounts: Bool { layout.contains { $0.columns.nOutcome != nil } }

    /// Whether the rows are per category (categorical outcomes).
    package var hasCategories: Bool { layout.contains { $0.category != nil } }

    /// The footnote: the disclosure rule, and the design notes.
    package var footnotes: [String] {
        var notes = [table.footnote]
        notes.append(
            "Variance: \(method.variance); CI: \(method.ci), level \(method.level); design effect: \(method.designEffect).")
        return notes
    }

    /// The output rows, group × category, read from the published cells.
    package var rows: [PublishedEstimateRow] {
        let index = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        return layout.map { entry in
            let cells = table.rows[entry.tableRow]
            let cell = { (name: String?) in name.flatMap { index[$0] }.map { cells[$0] } }
            let group = by.indices.map { j in
                GroupValue(variable: by[j], label: cells[index[by[j]]!].text, isInteger: byIsInteger[j])
            }
            let columns = entry.columns
            let estimate = cell(columns.estimate)
            let n = cell(columns.n)
            let mark = DisclosureMark.mostSevere([n?.mark, estimate?.mark])
            return PublishedEstimateRow(
                survey: index[SurveyRounds.variable].map { cells[$0].text } ?? "", group: group, category: entry.category, n: n,
                nOutcome: cell(columns.nOutcome),
                weightedN: cell(columns.weightedN), estimate: estimate, se: cell(columns.se),
                ciLow: cell(columns.ciLow), ciHigh: cell(columns.ciHigh), deff: cell(columns.deff), df: cell(columns.df),
                mark: mark, reasons: entry.reliabilityReasons)
        }
    }
}

/// One output row of `sitan estimate`: a group (and category) with its published cells.
package struct PublishedEstimateRow: Sendable, Hashable {
    /// The survey round (`LV-2023`; the pooled rounds joined by `+` with `--pool`).
    package let survey: String
    /// The group's values.
    package let group: [GroupValue]
    /// The category (shares), nil otherwise.
    package let category: String?
    /// Published cells; `nOutcome` is nil for means.
    package let n, nOutcome, weightedN, estimate, se, ciLow, ciHigh, deff, df: PublishedCell?
    /// The most severe mark on the row's count or estimate.
    package let mark: DisclosureMark?
    let reasons: [String]

    /// True when the estimate is not shown (`:c` confidential or `:u` unreliable).
    package var suppressed: Bool { mark == .confidential || mark == .unreliable }

    /// Why the row is suppressed or flagged: `confidential`, `unreliable` or `low_reliability`,
    /// then the NCHS reasons.
    package var flags: [String] { DisclosureMark.flags(mark: mark, reliabilityReasons: reasons) }

    /// The cells in display order, with their JSON keys.
    package var numberCells: [(key: String, cell: PublishedCell?)] {
        [
            ("n", n), ("n_outcome", nOutcome), ("weighted_n", weightedN), ("estimate", estimate), ("se", se),
            ("ci_low", ciLow), ("ci_high", ciHigh), ("deff", deff), ("df", df),
        ]
    }
}
