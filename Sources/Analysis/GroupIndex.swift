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
    ///
    /// The last factor's array of codes becomes the groups' when nothing else holds it (a `--by`
    /// variable's codes the caller took out of the data): each row's codes are read before its
    /// group is written, so no second array of a code per row is made.
    init(factors: consuming [FactorColumn], names: [String], data: SurveyData, extra: ((Int) -> Bool)? = nil) {
        // Few possible combinations (the usual case) are marked in an array instead of a set, and
        // each row's key is held in its code until the keys are numbered.
        let possible = factors.reduce(1.0) { $0 * Double($1.levels.count) }
        let dense = possible <= 0x1p20
        var combined = [Int64](repeating: -1, count: dense ? 0 : data.rowCount)
        let reused = dense && factors.last?.codes.count == data.rowCount
        var codes = reused ? factors[factors.count - 1].codes : [Int32](repeating: -1, count: data.rowCount)
        let levels = factors.map(\.levels)
        let isInteger = factors.map(\.isInteger)
        if reused { factors[factors.count - 1].codes = [] }
        let read = reused ? factors.count - 1 : factors.count
        var marked = [Bool](repeating: false, count: dense ? Int(possible) : 0)
        var present = Set<Int64>()
        for i in 0..<data.rowCount {
            guard data.isInDomain(i) && (extra?(i) ?? true) else {
                if reused { codes[i] = -1 }
                continue
            }
            var key: Int64 = 0
            var missing = false
            for j in 0..<factors.count {
                let code = j < read ? factors[j].codes[i] : codes[i]
                if code < 0 {
                    missing = true
                    break
                }
                key = key * Int64(levels[j].count) + Int64(code)
            }
            if missing {
                if reused { codes[i] = -1 }
                continue
            }
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
        self.isInteger = isInteger
        labels = keys.map { key in Self.decode(key, levels: levels) }
        grouping = Grouping(codes: codes, count: keys.count)
    }

    /// The labels of a combined key.
    private static func decode(_ key: Int64, levels: [[String]]) -> [String] {
        var key = key
        var out: [String] = []
        for factorLevels in levels.reversed() {
            let n = Int64(factorLevels.count)
            out.append(factorLevels[Int(key % n)])
            key /= n
        }
        return out.reversed()
    }
}
