import Disclosure
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
    /// Per group, the count of each key; nil for a group whose round is not split.
    let counts: [[Int]?]

    /// The split of the groups' answers, or nil when no round needs one.
    ///
    /// - Parameters:
    ///   - data: the loaded rows.
    ///   - groups: the groups (each within one survey round, or one pooled level).
    ///   - answer: the label of row `i`'s answer, nil when it has none.
    ///   - isNumeric: whether the answers are the values of an integer or number variable (split by
    ///     value only when they are few); otherwise they are categories, split by weight class only.
    init?(data: SurveyData, groups: GroupIndex, answer: (Int) -> String?, isNumeric: Bool) {
        let rows = (0..<data.rowCount).filter { groups.grouping.codes[$0] >= 0 && answer($0) != nil }
        var weightsOfRound: [Int32: Set<Double>] = [:]
        for i in rows where weightsOfRound[data.rounds.codes[i], default: []].count <= Self.maxWeights {
            weightsOfRound[data.rounds.codes[i], default: []].insert(data.weights[i])
        }
        // Weights implied by a multi-stage design's fpc are not the stored ones.
        let implied = !data.weightsGiven && !data.laterStages.isEmpty && data.laterFPC != nil
        let revealing = Set(weightsOfRound.filter { !implied && $0.value.count <= Self.maxWeights }.keys)
        let split = rows.filter { revealing.contains(data.rounds.codes[$0]) }
        let byValue = !isNumeric || Self.fewValues(split.lazy.compactMap(answer))
        let byWeight = { (i: Int) in (weightsOfRound[data.rounds.codes[i]]?.count ?? 0) > 1 }
        guard !split.isEmpty, (isNumeric && byValue) || split.contains(where: byWeight) else { return nil }
        var order: [Key: Int] = [:]
        var keys: [Key] = []
        var counts = [[Int]?](repeating: nil, count: groups.count)
        for i in split {
            let key = Key(value: byValue ? answer(i) : nil, weight: byWeight(i) ? data.weights[i] : nil)
            let column = order[key] ?? keys.count
            if column == keys.count {
                order[key] = column
                keys.append(key)
            }
            let g = Int(groups.grouping.codes[i])
            var row = counts[g] ?? []
            row += [Int](repeating: 0, count: max(0, column + 1 - row.count))
            row[column] += 1
            counts[g] = row
        }
        self.keys = keys
        self.counts = counts.map { $0.map { $0 + [Int](repeating: 0, count: keys.count - $0.count) } }
    }

    /// Whether there are at most ``maxValues`` distinct values (stops counting beyond).
    private static func fewValues(_ values: some Sequence<String>) -> Bool {
        var seen = Set<String>()
        for value in values where seen.insert(value).inserted && seen.count > maxValues { return false }
        return true
    }

    /// Whether every group is split (then each group's split counts add up to its `n`).
    var coversEveryGroup: Bool { counts.allSatisfy { $0 != nil } }

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
            let text = canonicalText(.real(weight))
            predicate = predicate.and(Self.weightVariable, .oneOf(weight == 1 ? [text, nil] : [text]))
        }
        return predicate
    }

    /// The survey table's weight column, as the ledger reads it.
    static let weightVariable = "_weight"

    /// A stored numeric answer as the ledger reads it.
    static func label(_ value: Double) -> String? { value.isNaN ? nil : canonicalText(.real(value)) }
}
