import Disclosure
import Foundation
import Storage

/// The counts an estimate gives back although it is not a count, on survey rounds whose weights
/// do not hide them.
///
/// When the respondents of a round in the domain carry at most ``maxWeights`` distinct weights
/// (unweighted, equal weights, or post-stratification into a few cells whose weights a reader can
/// know), every estimate is a ratio of sums over a few weight classes with known weights, and its
/// digits, with `n` and `weighted_n`, pin the counts by weight class (and by value) behind it:
///
/// - a proportion or share: the respondents of each category in each weight class;
/// - a mean, total or quantile of a variable with at most ``maxValues`` distinct values among the
///   answers in those rounds: the respondents with each value in each weight class (the mean over
///   two values is a count; with the standard error, three);
/// - any other mean: the respondents with an answer in each weight class (`weighted_n`).
///
/// Equal weights need no weight class: the round is one class. Rounds with more distinct weights
/// (design weights of individual respondents), and weights implied by a multi-stage design's fpc,
/// are not split. The split counts are hidden count columns of the estimate table that the ledger
/// audits and records as published, and the row's estimates are derived from them.
struct CountSplit {
    /// One hidden count: an outcome value (nil: any answer) in a weight class (nil: the round's only one).
    struct Key: Hashable {
        let value: String?
        let weight: Double?
    }

    /// More distinct weights in a round than this hide the counts.
    static let maxWeights = 10
    /// A numeric variable with more distinct values than this is continuous: its mean is not split by value.
    static let maxValues = 20

    /// The hidden counts, one column each, in order.
    let keys: [Key]
    /// The stored weights of each weight class (``weightClass(_:)``), as the ledger reads them.
    private let members: [Double: Set<String?>]
    /// Per group, the count of each key (nil for a key that does not apply to the group: a value
    /// key in a group not split by value, a weight class in a round of one weight, and the other
    /// way round); nil for a group whose round is not split.
    let counts: [[Int?]?]

    /// The split of the groups' answers, or nil when no round needs one.
    ///
    /// - Parameters:
    ///   - data: the loaded rows.
    ///   - groups: the groups (each within one survey round, or one pooled level).
    ///   - answer: the label of row `i`'s answer, nil when it has none.
    ///   - isNumeric: whether the answers are the values of an integer or number variable (split by
    ///     value only when they are few); otherwise they are categories, split by weight class only.
    ///   - answered: whether row `i` has an answer (`answer(i) != nil`), when it costs less to ask.
    init?(data: SurveyData, groups: GroupIndex, answer: (Int) -> String?, isNumeric: Bool, answered: ((Int) -> Bool)? = nil) {
        // The rows are visited by index, not listed: a list of a million indices would outweigh the columns.
        func isRow(_ i: Int) -> Bool { groups.grouping.codes[i] >= 0 && (answered?(i) ?? (answer(i) != nil)) }
        var weightsOfRound: [Int32: Set<Double>] = [:]
        for i in 0..<data.rowCount where isRow(i) && weightsOfRound[data.rounds.codes[i], default: []].count <= Self.maxWeights {
            weightsOfRound[data.rounds.codes[i], default: []].insert(Self.weightClass(data.weights[i]))
        }
        // Weights implied by a multi-stage design's fpc are not the stored ones.
        let implied = !data.weightsGiven && !data.laterStages.isEmpty && data.laterFPC != nil
        let revealing = Set(weightsOfRound.filter { !implied && $0.value.count <= Self.maxWeights }.keys)
        func isSplit(_ i: Int) -> Bool { revealing.contains(data.rounds.codes[i]) && isRow(i) }
        guard !revealing.isEmpty else { return nil }
        // Few values in a group are enough: its mean over them is a count, whatever the other groups hold.
        let fewInGroup = Self.groupsWithFewValues(data.rowCount, where: isSplit, groups: groups, answer: answer)
        let byValue = { (i: Int) in !isNumeric || fewInGroup.contains(groups.grouping.codes[i]) }
        let byWeight = { (i: Int) in (weightsOfRound[data.rounds.codes[i]]?.count ?? 0) > 1 }
        guard (isNumeric && !fewInGroup.isEmpty) || (0..<data.rowCount).contains(where: { isSplit($0) && byWeight($0) }) else {
            return nil
        }
        var order: [Key: Int] = [:]
        var keys: [Key] = []
        var members: [Double: Set<String?>] = [:]
        var counts = [[Int]?](repeating: nil, count: groups.count)
        // Per group, whether its keys carry a value and a weight class.
        var shape: [Int: (value: Bool, weight: Bool)] = [:]
        for i in 0..<data.rowCount where isSplit(i) {
            let weight = byWeight(i) ? Self.weightClass(data.weights[i]) : nil
            if let weight { members[weight, default: []].insert(canonicalText(.real(data.weights[i]))) }
            let key = Key(value: byValue(i) ? answer(i) : nil, weight: weight)
            let column = order[key] ?? keys.count
            if column == keys.count {
                order[key] = column
                keys.append(key)
            }
            let g = Int(groups.grouping.codes[i])
            shape[g] = (key.value != nil, key.weight != nil)
            var row = counts[g] ?? []
            row += [Int](repeating: 0, count: max(0, column + 1 - row.count))
            row[column] += 1
            counts[g] = row
        }
        self.keys = keys
        self.members = members
        self.counts = counts.enumerated().map { g, row in
            row.map { row in
                keys.indices.map { j in
                    guard let shape = shape[g], (keys[j].value != nil) == shape.value, (keys[j].weight != nil) == shape.weight else {
                        return nil
                    }
                    return j < row.count ? row[j] : 0
                }
            }
        }
    }

    /// The split of a categorical variable's answers: by weight class only.
    init?(data: SurveyData, groups: GroupIndex, categories factor: FactorColumn) {
        self.init(
            data: data, groups: groups, answer: { factor.codes[$0] >= 0 ? factor.levels[Int(factor.codes[$0])] : nil },
            isNumeric: false, answered: { factor.codes[$0] >= 0 })
    }

    /// The split of stored numeric answers (NaN: none), by value when `isNumeric` and they are few.
    init?(data: SurveyData, groups: GroupIndex, values: [Double], isNumeric: Bool) {
        self.init(
            data: data, groups: groups, answer: { Self.label(values[$0]) }, isNumeric: isNumeric, answered: { !values[$0].isNaN })
    }

    /// The groups whose answers take at most ``maxValues`` distinct values (stops counting beyond).
    private static func groupsWithFewValues(
        _ rowCount: Int, where isSplit: (Int) -> Bool, groups: GroupIndex, answer: (Int) -> String?
    ) -> Set<Int32> {
        var seen: [Int32: Set<String>] = [:]
        for i in 0..<rowCount where isSplit(i) {
            let g = groups.grouping.codes[i]
            if let value = answer(i), seen[g, default: []].count <= maxValues { seen[g, default: []].insert(value) }
        }
        return Set(seen.filter { $0.value.count <= maxValues }.keys)
    }

    /// The weight class of a stored weight: the weight to 6 significant digits. Weights that differ
    /// only further down (a post-stratification weight computed per row, 0.83 and 0.8300000000010)
    /// are one class to a reader who solves for the counts, and so to the audit.
    static func weightClass(_ weight: Double) -> Double {
        guard weight.isFinite, weight != 0 else { return weight }
        let scale = pow(10, 5 - floor(log10(abs(weight))))
        return (weight * scale).rounded() / scale
    }

    /// The split cells of a group, one per key in column order: the group's answered respondents
    /// with the key's value in the key's weight class, empty where the key does not apply to the
    /// group (or the group, nil when it has no index here, is not split). With ``predicate(_:group:variable:)``
    /// these are the ledger cells of `estimate`, `compare` and `model` alike.
    func cells(ofGroup g: Int?) -> [CountTable.Cell] {
        let row = g.flatMap { counts[$0] }
        return keys.indices.map { j in row.flatMap { $0[j].map(CountTable.Cell.count) } ?? .empty }
    }

    /// Whether every group is split by the same keys (then each group's split counts add up to its `n`).
    var coversEveryGroup: Bool { counts.allSatisfy { $0?.contains(nil) == false } }

    /// The hidden column of key `j` (`prefix`: the count it splits).
    static func columnName(_ j: Int, of prefix: String = "n") -> String { "\(prefix)_split[\(j)]" }

    /// Whether a column of an estimate or comparison table is a split count.
    static func isColumn(_ name: String) -> Bool { name.contains("_split[") }

    /// The predicate of key `j` within a group's answered respondents (`group`: the group's predicate).
    func predicate(_ j: Int, group: CountPredicate, variable: String) -> CountPredicate {
        let key = keys[j]
        var predicate = key.value.map { group.restricted(variable, to: [$0]) } ?? group.answered(variable)
        if let weight = key.weight {
            // A row without a weight weighs 1.
            let texts = (members[weight] ?? []).compactMap { $0 }.sorted().map { Optional($0) }
            predicate = predicate.and(Self.weightVariable, .oneOf(weight == 1 ? texts + [nil] : texts))
        }
        return predicate
    }

    /// The survey table's weight column, as the ledger reads it.
    static let weightVariable = "_weight"

    /// A stored numeric answer as the ledger reads it.
    static func label(_ value: Double) -> String? { value.isNaN ? nil : canonicalText(.real(value)) }
}
