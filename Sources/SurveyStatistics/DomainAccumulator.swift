/// An outcome column seen row by row: the category a row falls in and its value, or nil if missing.
protocol OutcomeColumn {
    var categoryCount: Int { get }
    var rowCount: Int { get }
    func cell(_ row: Int) -> (category: Int, value: Double)?
}

/// A numeric outcome (NaN = missing) in a single column.
struct NumericOutcome: OutcomeColumn {
    let values: [Double]
    var categoryCount: Int { 1 }
    var rowCount: Int { values.count }
    @inline(__always) func cell(_ row: Int) -> (category: Int, value: Double)? {
        let v = values[row]
        return v.isNaN ? nil : (0, v)
    }
}

/// A categorical outcome (codes 0..<count, −1 = missing) expanded to indicator columns.
struct CategoricalOutcome: OutcomeColumn {
    let codes: [Int32]
    let categoryCount: Int
    var rowCount: Int { codes.count }
    @inline(__always) func cell(_ row: Int) -> (category: Int, value: Double)? {
        let c = codes[row]
        return c < 0 ? nil : (Int(c), 1)
    }
}

/// First-pass sums per domain (group) and category.
struct DomainSums {
    let groups: Int
    let categories: Int
    /// Respondents with a non-missing outcome and non-zero weight, per group.
    var n: [Int]
    /// Sum of weights per group (non-missing outcome).
    var weightSum: [Double]
    /// Weighted total per group × category.
    var total: [Double]
    /// Respondents (non-zero weight) with a non-zero value per group × category.
    var nOutcome: [Int]
    /// Distinct PSUs holding domain rows, per stratum × group (R's `nsubset`).
    var psusInDomain: [Int]
    /// PSUs − strata among each domain's rows with non-zero weight, whatever their outcome
    /// (R's `degf` of the domain's subset design).
    var domainDF: [Int]
    /// Rows in each domain, whatever their outcome or weight (R's `nrow` of the subset design).
    var rows: [Int]
}

extension DomainSums {
    /// All sums zero.
    init(groups g: Int, categories c: Int, strata h: Int) {
        self.init(
            groups: g, categories: c, n: .init(repeating: 0, count: g), weightSum: .init(repeating: 0, count: g),
            total: .init(repeating: 0, count: g * c), nOutcome: .init(repeating: 0, count: g * c),
            psusInDomain: .init(repeating: 0, count: h * g), domainDF: .init(repeating: 0, count: g),
            rows: .init(repeating: 0, count: g))
    }

    /// One pass over the rows: totals, counts and the PSU presence needed by the lonely-PSU rules.
    static func accumulate<O: OutcomeColumn>(_ y: O, design: SurveyDesign, groups: Grouping) throws -> DomainSums {
        let g = groups.count
        let c = y.categoryCount
        let h = design.strataCount
        var s = DomainSums(groups: g, categories: c, strata: h)
        let units = design.psuOfRow == nil ? design.rowCount : design.psuCount
        var seenDomain = [Bool](repeating: false, count: design.psuOfRow == nil ? 0 : units * g)
        var seenAny = [Bool](repeating: false, count: units * g)
        var seenStratum = [Bool](repeating: false, count: h * g)
        for i in 0..<design.rowCount {
            let gi = Int(groups.codes[i])
            if gi < 0 { continue }
            guard gi < g else {
                throw SurveyStatisticsError.codeOutOfRange(what: "group", row: i, code: groups.codes[i], count: g)
            }
            let w = design.weights[i]
            let st = Int(design.stratumOfRow[i])
            let unit = design.psuOfRow.map { Int($0[i]) } ?? i
            s.rows[gi] += 1
            if w != 0 && !seenAny[unit * g + gi] {
                seenAny[unit * g + gi] = true
                s.domainDF[gi] += 1
                if !seenStratum[st * g + gi] {
                    seenStratum[st * g + gi] = true
                    s.domainDF[gi] -= 1
                }
            }
            guard let (cat, v) = y.cell(i) else { continue }
            guard cat < c else {
                throw SurveyStatisticsError.codeOutOfRange(what: "category", row: i, code: Int32(cat), count: c)
            }
            if design.psuOfRow == nil {
                s.psusInDomain[st * g + gi] += 1
            } else if !seenDomain[unit * g + gi] {
                seenDomain[unit * g + gi] = true
                s.psusInDomain[st * g + gi] += 1
            }
            s.weightSum[gi] += w
            s.total[gi * c + cat] += w * v
            if w != 0 {
                s.n[gi] += 1
                if v != 0 { s.nOutcome[gi * c + cat] += 1 }
            }
        }
        return s
    }

    /// Ratio (mean) estimates T/W or totals T, per group × category.
    func estimates(_ kind: StatisticKind) -> [Double] {
        (0..<(groups * categories)).map { k in
            kind == .total ? total[k] : total[k] / weightSum[k / categories]
        }
    }
}
