import Disclosure
import Foundation
import SurveyStatistics

/// Where one long-format output row (group × category) finds its values in the wide table.
struct EstimateRowLayout: Sendable, Hashable {
    /// Row of the published table.
    let tableRow: Int
    /// The category label (shares), nil for means and binary proportions.
    let category: String?
    /// Column names of each field in the wide table.
    let columns: EstimateColumns
    /// NCHS reasons behind a `:u` or `u` mark on the estimate (never data values).
    let reliabilityReasons: [String]
}

/// The names of the wide table's columns one output row reads.
struct EstimateColumns: Sendable, Hashable {
    var n = "n"
    var nOutcome: String?
    var weightedN = "weighted_n"
    var estimate: String
    var se: String
    var ciLow: String
    var ciHigh: String
    var deff: String
    var df = "df"

    init(suffix: String, nOutcome: String?) {
        self.nOutcome = nOutcome
        estimate = "estimate" + suffix
        se = "se" + suffix
        ciLow = "ci_low" + suffix
        ciHigh = "ci_high" + suffix
        deff = "deff" + suffix
    }
}

/// Builds the wide disclosure-control ``CountTable`` of an ``EstimateResult``: one row per group.
///
/// Counts are the respondents with a value (`n`) and per category (`n_outcome`); for a binary
/// variable the respondents with 0 are a hidden count, so that `n = n_outcome + n_other` is a
/// published line and complementary suppression protects both a small number of 1s and a
/// small number of 0s. Every estimate, SE, CI and design effect is derived from its counts.
/// Totals (`--statistic total`) have the same counts and are derived from them too: on an
/// unweighted design a total is a count (weight × `n_outcome`, or × `n`), and it is suppressed
/// whenever the count it comes from is; the ledger records that count.
struct EstimateTableBuilder {
    let result: EstimateResult

    private var slots: [(suffix: String, category: String?)] {
        result.categories.isEmpty ? [("", nil)] : result.categories.map { ("[\($0)]", $0) }
    }

    /// The table and the long-format layout.
    func build() -> (CountTable, [EstimateRowLayout]) {
        var columns = result.groups.variables.map { CountTable.Column($0, role: .key) }
        let n = columns.count
        columns.append(CountTable.Column("n", role: .count))
        var outcomeColumns: [Int] = []
        switch result.outcome {
        case .binary:
            outcomeColumns = [n + 1, n + 2]
            columns.append(CountTable.Column("n_outcome", role: .count))
            columns.append(CountTable.Column("n_other", role: .count, isPublished: false))
        case .categorical:
            for slot in slots {
                outcomeColumns.append(columns.count)
                columns.append(CountTable.Column("n_outcome" + slot.suffix, role: .count))
            }
        case .numeric: break
        }
        // The counts the estimates give back on rounds whose weights do not hide them: hidden,
        // audited by the ledger as published, and every estimate of the row is derived from them.
        var split: [Int] = []
        for j in result.split?.keys.indices ?? 0..<0 {
            split.append(columns.count)
            columns.append(CountTable.Column(CountSplit.columnName(j), role: .count, isPublished: false))
        }
        columns.append(CountTable.Column("weighted_n", role: .derived(from: [n] + split), decimals: 1))
        var estimateColumns: [Int] = []
        let decimals = estimateDecimals
        for (j, slot) in slots.enumerated() {
            let sources = [n] + (result.outcome == .categorical ? [outcomeColumns[j]] : outcomeColumns) + split
            let e = columns.count
            estimateColumns.append(e)
            columns.append(CountTable.Column("estimate" + slot.suffix, role: .derived(from: sources), decimals: decimals))
            columns.append(CountTable.Column("se" + slot.suffix, role: .derived(from: [e]), decimals: decimals))
            columns.append(CountTable.Column("ci_low" + slot.suffix, role: .derived(from: [e]), decimals: decimals))
            columns.append(CountTable.Column("ci_high" + slot.suffix, role: .derived(from: [e]), decimals: decimals))
            columns.append(CountTable.Column("deff" + slot.suffix, role: .derived(from: [e]), decimals: 2))
        }
        columns.append(CountTable.Column("df", role: .derived(from: [n])))
        let rows = (0..<result.groups.count).map { row($0, estimateColumns: estimateColumns) }
        let known = knownTotalRowSets(labels: userLabels, fixed: roundLabels)
        var margins =
            outcomeColumns.isEmpty
            ? Margins(knownTotals: known) : Margins(totalColumn: n, addendColumns: outcomeColumns, knownTotals: known)
        // A mean's respondents by value add up to its n when every group is split.
        if outcomeColumns.isEmpty, !split.isEmpty, result.split?.coversEveryGroup == true {
            margins = Margins(totalColumn: n, addendColumns: split, knownTotals: known)
        }
        margins.unsummedColumns = Set(split)
        let title = "\(result.variable): \(result.statistic.rawValue)"
        return (CountTable(title: title, columns: columns, rows: rows, margins: margins), layout())
    }

    /// Each group's survey round: the groups of one round add up to that round's total.
    private var roundLabels: [[String]] {
        let position = result.groups.variables.firstIndex(of: SurveyRounds.variable)!
        return result.groups.labels.map { [$0[position]] }
    }

    /// Each group's `--by` labels other than the survey round.
    private var userLabels: [[String]] {
        let keep = result.groups.variables.indices.filter { result.groups.variables[$0] != SurveyRounds.variable }
        return result.groups.labels.map { labels in keep.map { labels[$0] } }
    }

    /// One group's cells.
    private func row(_ g: Int, estimateColumns: [Int]) -> CountTable.Row {
        let table = result.table
        let first = table.estimate(group: g, category: 0)
        var cells: [CountTable.Cell] = result.groups.labels[g].map { .text($0) }
        cells.append(.count(first.n))
        switch result.outcome {
        case .binary:
            cells += [.count(first.nOutcome), .count(first.n - first.nOutcome)]
        case .categorical:
            cells += (0..<slots.count).map { .count(table.estimate(group: g, category: $0).nOutcome) }
        case .numeric: break
        }
        cells += result.split?.cells(ofGroup: g) ?? []
        cells.append(.number(first.weightedN))
        var reliability: [Int: ReliabilityInputs] = [:]
        for j in 0..<slots.count {
            let index = g * table.categoryCount + j
            let e = table.estimates[index]
            let ci = result.intervals[index]
            cells += [.number(e.estimate), .number(e.standardError), .number(ci.lower), .number(ci.upper)]
            // R's svyquantile has no design effect: the cell stays empty (the note says why).
            cells.append(result.statistic == .quantile ? .empty : .number(e.designEffect ?? .nan))
            if let inputs = result.reliability[index] { reliability[estimateColumns[j]] = inputs }
        }
        // Without PSUs, df is respondents minus strata: a count of the domain that would give
        // back, beside n, the number of missing answers. It is shown only when it counts PSUs.
        cells.append(result.degreesOfFreedomCountPSUs ? .number(Double(result.degreesOfFreedom[g])) : .empty)
        return CountTable.Row(cells, reliability: reliability)
    }

    /// The long-format rows: group-major, then category.
    private func layout() -> [EstimateRowLayout] {
        (0..<result.groups.count).flatMap { g in
            slots.enumerated().map { j, slot in
                let index = g * result.table.categoryCount + j
                return EstimateRowLayout(
                    tableRow: g, category: slot.category,
                    columns: EstimateColumns(
                        suffix: slot.suffix,
                        nOutcome: result.outcome == .numeric ? nil : "n_outcome" + (slot.category == nil ? "" : slot.suffix)),
                    reliabilityReasons: result.reliability[index].map(Self.reasons) ?? [])
            }
        }
    }

    /// Decimal places for estimates: 4 for proportions; for means and totals, about four
    /// significant digits.
    private var estimateDecimals: Int {
        guard result.statistic != .proportion && result.statistic != .share else { return 4 }
        let largest = result.table.estimates.map { abs($0.estimate) }.filter(\.isFinite).max() ?? 1
        guard largest > 0 else { return 4 }
        return max(0, min(6, 3 - Int(floor(log10(largest)))))
    }

    /// The NCHS reasons for a proportion's reliability outcome.
    static func reasons(_ inputs: ReliabilityInputs) -> [String] {
        switch ProportionReliability.assess(inputs) {
        case .reliable: return []
        case let .suppressed(reason): return [reasonName(reason)]
        case let .flagged(flags): return flags.map(flagName).sorted()
        }
    }

    private static func reasonName(_ reason: UnreliabilityReason) -> String {
        switch reason {
        case .sampleSize: "nchs_sample_size_below_30"
        case .effectiveSampleSize: "nchs_effective_sample_size_below_30"
        case .absoluteWidth: "nchs_ci_width_0.30_or_more"
        case .relativeWidth: "nchs_relative_ci_width_above_130pct"
        }
    }

    private static func flagName(_ flag: ReliabilityFlag) -> String {
        switch flag {
        case .wideRelativeToComplement: "nchs_complement_relative_ci_width_above_130pct"
        case .fewDegreesOfFreedom: "nchs_df_below_8"
        case .zeroOrHundredPercent: "nchs_estimate_0_or_100pct"
        }
    }
}
