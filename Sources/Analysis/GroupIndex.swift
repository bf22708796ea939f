import SurveyStatistics

/// The groups (domains) of an analysis: the combinations of `--by` levels that occur.
///
/// A row whose `--by` value is missing, or that lies outside the `--where` domain, is in no
/// group (code −1): it stays in the design and contributes zero, as in R's `svyby`.
struct GroupIndex: Sendable {
    /// The grouping variables, outermost first.
    let variables: [String]
    /// Whether each variable's labels are whole numbers.
    let isInteger: [Bool]
    /// For each group, the label of each variable.
    let labels: [[String]]
    /// The grouping for SurveyStatistics.
    let grouping: Grouping

    var count: Int { labels.count }

    /// Groups rows by the given factor columns, ordered by the levels' display order
    /// (outermost variable first). Only combinations with rows in the domain are kept.
    ///
    /// - Parameters:
    ///   - factors: the `--by` columns, outermost first (empty: one group of everything).
    ///   - names: their variable names.
    ///   - data: the loaded rows (for the domain).
    ///   - extra: an additional per-row condition (false: in no group).
    init(factors: [FactorColumn], names: [String], data: SurveyData, extra: ((Int) -> Bool)? = nil) {
        // Few possible combinations (the usual case) are marked in an array instead of a set, and
        // each row's key is held in its code until the keys are numbered.
        let possible = factors.reduce(1.0) { $0 * Double($1.levels.count) }
        let dense = possible <= 0x1p20
        var combined = [Int64](repeating: -1, count: dense ? 0 : data.rowCount)
        var codes = [Int32](repeating: -1, count: data.rowCount)
        var marked = [Bool](repeating: false, count: dense ? Int(possible) : 0)
        var present = Set<Int64>()
        for i in 0..<data.rowCount where data.isInDomain(i) && (extra?(i) ?? true) {
            var key: Int64 = 0
            var missing = false
            for factor in factors {
                let code = factor.codes[i]
                if code < 0 {
                    missing = true
                    break
                }
                key = key * Int64(factor.levels.count) + Int64(code)
            }
            if missing { continue }
            if dense {
                codes[i] = Int32(key)
                marked[Int(key)] = true
            } else {
                combined[i] = key
                present.insert(key)
            }
        }
        let keys = dense ? marked.indices.filter { marked[$0] }.map { Int64($0) } : present.sorted()
        if dense {
            var position = [Int32](repeating: -1, count: marked.count)
            for (p, key) in keys.enumerated() { position[Int(key)] = Int32(p) }
            for i in 0..<data.rowCount where codes[i] >= 0 { codes[i] = position[Int(codes[i])] }
        } else {
            let position = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
            for i in 0..<data.rowCount where combined[i] >= 0 { codes[i] = position[combined[i]]! }
        }
        variables = names
        isInteger = factors.map(\.isInteger)
        labels = keys.map { key in Self.decode(key, factors: factors) }
        grouping = Grouping(codes: codes, count: keys.count)
    }

    /// The labels of a combined key.
    private static func decode(_ key: Int64, factors: [FactorColumn]) -> [String] {
        var key = key
        var out: [String] = []
        for factor in factors.reversed() {
            let n = Int64(factor.levels.count)
            out.append(factor.levels[Int(key % n)])
            key /= n
        }
        return out.reversed()
    }
}
