import SurveyStatistics

/// The model matrix of one round's fit, as R's `model.matrix` with treatment contrasts, and
/// the disclosure check on its cells.
struct ModelMatrix {
    /// The n × p matrix (intercept first), held by columns: the data's numeric columns and
    /// factor codes, shared, not copied (rows not used are never read).
    let values: ModelColumns
    /// The coefficients' terms.
    let terms: [ModelTerm]
    /// Rows that enter the fit: in the domain, non-zero weight, outcome and every predictor present.
    let used: [Bool]
    /// The reference level of each categorical predictor.
    let references: [(variable: String, level: String)]
    /// Outcome per row.
    let y: [Double]
    /// Per categorical or binary (0/1) predictor: its name, level labels and codes (−1 missing).
    let factors: [(name: String, levels: [String], codes: [Int32])]
    /// Per numeric (integer or number, not binary) predictor with at most ``CountSplit/maxValues``
    /// distinct values among the fit's respondents: its name, the values as the ledger labels them
    /// and each row's code among them (−1 outside the fit). Each value is a cell of the model, as a
    /// categorical level is: with two values a logistic model is saturated and gives each value's
    /// proportion, and X′X holds their counts through the moments Σx, Σx², ….
    let fewValued: [(name: String, levels: [String], codes: [Int32])]

    /// Builds the matrix: numeric predictors as they are, each categorical predictor as one
    /// indicator per level with respondents except the reference (the chosen one, or the first
    /// dictionary category with respondents). Levels without respondents are left out, as R's
    /// `factor()` of the data would.
    init(
        y: [Double], domain: [Bool], predictors: [CatalogVariable], references: [String: String], data: SurveyData,
        design: SurveyDesign
    ) throws {
        let n = data.rowCount
        var used = (0..<n).map { domain[$0] && !y[$0].isNaN && design.weights[$0] != 0 }
        for p in predictors {
            if let codes = data.factors[p.name]?.codes {
                for i in 0..<n where codes[i] < 0 { used[i] = false }
            } else if let values = data.numericColumns[p.name] {
                for i in 0..<n where values[i].isNaN { used[i] = false }
            }
        }
        guard used.contains(true) else {
            throw AnalysisError.statistics(
                "no respondent in the domain has an answer to the outcome and to every predictor ("
                    + predictors.map(\.name).joined(separator: ", ") + "), so there is nothing to fit")
        }
        var terms = [ModelTerm.intercept]
        var chosen: [(variable: String, level: String)] = []
        var factors: [(name: String, levels: [String], codes: [Int32])] = []
        // Each term's column: a numeric column, or a factor's code (one column per level).
        var columns = [ModelColumns.Column.intercept]
        for p in predictors {
            guard let factor = data.factors[p.name] else {
                let column = data.numericColumns[p.name]!
                columns.append(.values(column))
                terms.append(ModelTerm(variable: p.name, level: nil))
                // A 0/1 predictor's coefficient is a contrast of its two groups, as a factor's is:
                // its groups are cells of the design matrix too.
                if p.type == .binary { factors.append((p.name, ["0", "1"], column.map { $0 == 0 ? 0 : $0 == 1 ? 1 : -1 })) }
                continue
            }
            var present = [Bool](repeating: false, count: factor.levels.count)
            for i in 0..<n where used[i] { present[Int(factor.codes[i])] = true }
            let levels = factor.levels.indices.filter { present[$0] }
            let reference = try Self.reference(p.name, requested: references[p.name], factor: factor, present: levels)
            guard levels.count >= 2 else {
                throw AnalysisError.statistics(
                    "predictor \"\(p.name)\" has only one level among the model's respondents; drop it from the model "
                        + "(each survey round is fitted on its own unless --pool)")
            }
            chosen.append((p.name, factor.levels[reference]))
            factors.append((p.name, factor.levels, factor.codes))
            for level in levels where level != reference {
                columns.append(.indicator(codes: factor.codes, level: Int32(level)))
                terms.append(ModelTerm(variable: p.name, level: factor.levels[level]))
            }
        }
        self.values = ModelColumns(columns, rows: n)
        self.terms = terms
        self.used = used
        self.references = chosen
        self.y = y
        self.factors = factors
        self.fewValued = predictors.filter { $0.type != .binary && data.factors[$0.name] == nil }.compactMap { p in
            Self.fewValues(data.numericColumns[p.name]!, used: used).map { (p.name, $0.levels, $0.codes) }
        }
    }

    /// The rows used with each value of a predictor of ``fewValued``.
    private static func valueCounts(_ predictor: (name: String, levels: [String], codes: [Int32]), used: [Bool]) -> [Int] {
        var counts = [Int](repeating: 0, count: predictor.levels.count)
        for i in used.indices where used[i] { counts[Int(predictor.codes[i])] += 1 }
        return counts
    }

    /// A numeric column's distinct values among the rows used, labelled as the ledger labels stored
    /// values, with each row's code; nil when there are more than ``CountSplit/maxValues``.
    private static func fewValues(_ column: [Double], used: [Bool]) -> (levels: [String], codes: [Int32])? {
        var distinct = Set<Double>()
        for i in used.indices where used[i] {
            distinct.insert(column[i])
            if distinct.count > CountSplit.maxValues { return nil }
        }
        let sorted = distinct.sorted()
        let code = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, Int32($0)) })
        return (sorted.map { CountSplit.label($0)! }, used.indices.map { used[$0] ? code[column[$0]]! : -1 })
    }

    /// The reference level's code: the requested label, or the first level with respondents.
    private static func reference(_ name: String, requested: String?, factor: FactorColumn, present: [Int]) throws -> Int {
        guard let requested else { return present[0] }
        guard let code = factor.levels.firstIndex(of: requested) else {
            throw AnalysisError.malformedArgument(
                option: "--reference", argument: "\(name)=\(requested)",
                expected: "one of the levels of \"\(name)\": \(factor.levels.joined(separator: ", "))")
        }
        guard present.contains(code) else {
            throw AnalysisError.statistics(
                "the reference level \"\(requested)\" of \"\(name)\" has no respondents in the model; choose another with --reference")
        }
        return code
    }

    /// The discrete predictors: each categorical or binary predictor (``factors``) and each
    /// numeric predictor of few values (``fewValued``), whose levels and values are the cells of
    /// the model.
    var discrete: [(name: String, levels: [String], codes: [Int32])] { factors + fewValued }

    /// Refuses the model when a cell of its design matrix holds fewer than k respondents: each
    /// level of each categorical or binary predictor, and for a binary outcome each level with each
    /// outcome value and each outcome value overall (any count below k, 0 included: such a
    /// level also separates the outcome); each value of a numeric predictor of few values
    /// (``fewValued``) below k; and each combination of all discrete predictors' levels and values
    /// (``discrete``), with the outcome's value for a binary outcome or a gaussian outcome of at
    /// most ``CountSplit/maxValues`` values, that holds 1 to k − 1 respondents.
    ///
    /// When every predictor is discrete, the fit on an unweighted design (or one of a few weight
    /// classes) is a function of that cross-classification: its coefficients, and its standard
    /// errors, whose middle term Σ x x′ (y − ŷ)² sums over the same cells. A combination below k
    /// would come back from the fit beside the counts published elsewhere.
    ///
    /// The message is the same whichever cell is small: it names the model's variables, never a
    /// level, a value or a count. A message naming the cell said that it held 1 to k − 1
    /// respondents, and refusals over disjoint domains, beside their union's, gave the counts back.
    func requireCells(k: Int, binary: Bool, outcome: String, survey: String) throws {
        let numeric = fewValued.map(\.name)
        let variables = (discrete.map(\.name) + [outcome]).map { "\"\($0)\"" }.joined(separator: ", ")
        let advice =
            numeric.isEmpty
            ? "merge levels (codebook), drop a predictor or widen the domain"
            : "each value of a numeric predictor with at most \(CountSplit.maxValues) values in the model is a cell of it ("
                + numeric.map { "\"\($0)\"" }.joined(separator: ", ")
                + "); use its bands instead (a derived categorical variable, as age_group for age)"
                + (factors.isEmpty ? "" : ", merge levels (codebook)") + ", drop a predictor or widen the domain"
        let refusal = AnalysisError.statistics(
            "survey \(survey): model refused by disclosure control: a level, value or combination of its variables ("
                + variables + ") has too few respondents, or none with one of the outcome's values; " + advice)
        let rows = used.indices.filter { used[$0] }
        if binary {
            for value in [0.0, 1.0] where rows.filter({ y[$0] == value }).count < k { throw refusal }
        } else if rows.count < k {
            throw refusal
        }
        for factor in factors {
            var counts = [Int](repeating: 0, count: factor.levels.count * 2)
            for i in rows { counts[Int(factor.codes[i]) * 2 + (y[i] == 1 ? 1 : 0)] += 1 }
            for code in factor.levels.indices where counts[code * 2] + counts[code * 2 + 1] > 0 {
                if counts[code * 2] + counts[code * 2 + 1] < k { throw refusal }
                if binary && (counts[code * 2] < k || counts[code * 2 + 1] < k) { throw refusal }
            }
        }
        for predictor in fewValued where Self.valueCounts(predictor, used: used).contains(where: { $0 < k }) { throw refusal }
        let discrete = discrete
        let (outcomeLevels, outcomeCode) = outcomeCodes(binary ? ["0", "1"] : [])
        guard !discrete.isEmpty || !outcomeLevels.isEmpty else { return }
        let radices = discrete.map(\.levels.count) + (outcomeLevels.isEmpty ? [] : [outcomeLevels.count])
        let combinations = tally(radices: radices) { i, j in j < discrete.count ? discrete[j].codes[i] : outcomeCode(i) }
        if combinations.values.contains(where: { $0 < k }) { throw refusal }
    }

    /// The counts a fit implies, which the release ledger records: the respondents of the fit,
    /// each level of each categorical or binary predictor, and each combination of all their
    /// levels, each also split by the outcome's two values for a logistic model (an unweighted
    /// fit gives them back through its coefficients and standard errors), and the respondents with
    /// each value of a numeric predictor of few values (``fewValued``): with the sums of
    /// ``ModelCounts``, they cover the score equations of a logistic model on one such predictor.
    ///
    /// A gaussian model's outcome with few values (at most ``CountSplit/maxValues`` among the fit's
    /// respondents) is split by its values too: its coefficients are means of the outcome, and a
    /// mean over a few values, with its standard error, pins the counts of each.
    ///
    /// - Parameter outcomeLevels: the stored values of a logistic model's outcome codes 0 and 1;
    ///   empty for gaussian.
    /// - Returns: each cell as the values it fixes (the outcome under `outcome`) and its count.
    func publishedCells(outcome: String, outcomeLevels: [String]) -> [(values: [String: String], count: Int)] {
        let (outcomeLevels, code) = outcomeCodes(outcomeLevels)
        // The rows are tallied by their codes first: the cells are built once per distinct combination.
        let discrete = discrete
        let rows = tally(radices: [max(1, outcomeLevels.count)] + discrete.map(\.levels.count)) { i, j in
            j == 0 ? (outcomeLevels.isEmpty ? 0 : code(i)) : discrete[j - 1].codes[i]
        }
        var cells: [[String: String]: Int] = [:]
        for (codes, count) in rows {
            let split: [String: String] = outcomeLevels.isEmpty ? [:] : [outcome: outcomeLevels[Int(codes[0])]]
            var keys: Set<[String: String]> = [[:], split]
            var combination: [String: String] = [:]
            for (factor, code) in zip(discrete, codes.dropFirst()) where code >= 0 {
                let level = [factor.name: factor.levels[Int(code)]]
                combination.merge(level) { $1 }
                keys.formUnion([level, level.merging(split) { $1 }])
            }
            keys.formUnion([combination, combination.merging(split) { $1 }])
            for key in keys { cells[key, default: 0] += count }
        }
        func name(_ values: [String: String]) -> String {
            values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        }
        return cells.map { (values: $0.key, count: $0.value) }.sorted { name($0.values) < name($1.values) }
    }

    /// The fit's respondents in each combination of all its categorical and binary predictors'
    /// levels, split by weight class (``CountSplit``) on a round whose respondents carry 2 to
    /// ``CountSplit/maxWeights`` distinct weights, and by the outcome's value (a logistic model's
    /// two, a gaussian model's when few): the coefficients are weighted means over the classes, and
    /// with weights a reader can know they pin the counts of each class as an estimate does.
    ///
    /// - Returns: the combinations and their split, nil on a round of one weight (the cells of
    ///   ``publishedCells(outcome:outcomeLevels:)`` cover it) or of many.
    func weightSplit(data: SurveyData, outcomeLevels: [String]) -> (groups: GroupIndex, counts: CountSplit)? {
        let discrete = discrete
        let columns = discrete.map { FactorColumn(codes: $0.codes, levels: $0.levels, isInteger: false) }
        let groups = GroupIndex(factors: columns, names: discrete.map(\.name), data: data) { self.used[$0] }
        let split =
            outcomeLevels.isEmpty
            ? CountSplit(data: data, groups: groups, values: y, isNumeric: true)
            : CountSplit(data: data, groups: groups, answer: { outcomeLevels[Int(self.y[$0])] }, isNumeric: false)
        guard let split, split.keys.contains(where: { $0.weight != nil }) else { return nil }
        return (groups, split)
    }

    /// The rows used, counted by their codes (`code(i, j)`: row `i`'s code in column `j`, from −1
    /// to `radices[j]` − 1), each combination's codes packed into one integer per row.
    private func tally(radices: [Int], code: (_ row: Int, _ column: Int) -> Int32) -> [[Int32]: Int] {
        let sizes = radices.map { $0 + 1 }
        let combinations = sizes.reduce(1.0) { $0 * Double($1) }
        guard combinations <= 0x1p62 else {
            var counts: [[Int32]: Int] = [:]
            for i in used.indices where used[i] { counts[sizes.indices.map { code(i, $0) }, default: 0] += 1 }
            return counts
        }
        let dense = combinations <= 0x1p20
        var table = [Int](repeating: 0, count: dense ? Int(combinations) : 0)
        var sparse: [Int: Int] = [:]
        for i in used.indices where used[i] {
            var key = 0
            for j in sizes.indices { key = key * sizes[j] + Int(code(i, j)) + 1 }
            if dense { table[key] += 1 } else { sparse[key, default: 0] += 1 }
        }
        let packed = dense ? table.indices.filter { table[$0] > 0 }.map { ($0, table[$0]) } : Array(sparse)
        return Dictionary(
            uniqueKeysWithValues: packed.map { key, count in
                var key = key
                var codes = [Int32](repeating: 0, count: sizes.count)
                for j in sizes.indices.reversed() {
                    codes[j] = Int32(key % sizes[j]) - 1
                    key /= sizes[j]
                }
                return (codes, count)
            })
    }

    /// The outcome's labels and each row's code among them: a logistic model's two values, a
    /// gaussian model's values when the fit has at most ``CountSplit/maxValues`` of them, else none.
    private func outcomeCodes(_ levels: [String]) -> (levels: [String], code: (Int) -> Int32) {
        guard levels.isEmpty else { return (levels, { Int32(self.y[$0]) }) }
        var values = Set<Double>()
        for i in used.indices where used[i] {
            values.insert(y[i])
            if values.count > CountSplit.maxValues { return ([], { _ in 0 }) }
        }
        let sorted = values.sorted()
        let codes = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, Int32($0)) })
        return (sorted.compactMap(CountSplit.label), { codes[self.y[$0]]! })
    }
}
