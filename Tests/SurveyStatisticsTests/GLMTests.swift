import Foundation
import TestSupport
import Testing

@testable import SurveyStatistics

/// `surveyGLM` against R survey's `svyglm`, `summary()` and `confint()` (Fixtures/make_glm_expected.R).
@Suite struct GLMTests {
    /// One R case: the data, the design, the outcome, the predictors (`factor(x)` as `x*`) and the domain.
    struct ModelCase: Sendable, CustomStringConvertible {
        let name, data, design, outcome: String
        let predictors: [String]
        let family: GLMFamily
        let domain: String?
        let levels: [Double]
        var description: String { name }
    }

    static let cases: [ModelCase] = [
        ModelCase(
            name: "model_logit", data: "model", design: "model", outcome: "abuse",
            predictors: ["country*", "sex*", "agegroup*", "hours"], family: .quasibinomial, domain: nil, levels: []),
        ModelCase(
            name: "model_gauss", data: "model", design: "model", outcome: "score",
            predictors: ["country*", "sex*", "agegroup*", "hours"], family: .gaussian, domain: nil, levels: []),
        ModelCase(
            name: "model_logit_nofpc", data: "model", design: "model_nofpc", outcome: "abuse",
            predictors: ["country*", "sex*", "agegroup*", "hours"], family: .quasibinomial, domain: nil, levels: []),
        ModelCase(
            name: "model_logit_girls", data: "model", design: "model", outcome: "abuse",
            predictors: ["country*", "agegroup*", "hours"], family: .quasibinomial, domain: "sex", levels: [0]),
        ModelCase(
            name: "model_gauss_lt_pl", data: "model", design: "model", outcome: "score",
            predictors: ["country*", "sex*", "hours"], family: .gaussian, domain: "country", levels: [1, 2]),
        ModelCase(
            name: "strat_gauss", data: "strat", design: "strat", outcome: "api00m", predictors: ["stypec*", "awards"],
            family: .gaussian, domain: nil, levels: []),
        ModelCase(
            name: "strat_logit", data: "strat", design: "strat", outcome: "yes", predictors: ["stypec*", "api00"],
            family: .quasibinomial, domain: nil, levels: []),
        ModelCase(
            name: "clus1_logit", data: "clus1", design: "clus1", outcome: "awards", predictors: ["api00", "stypem*"],
            family: .quasibinomial, domain: nil, levels: []),
        ModelCase(
            name: "clus1_gauss", data: "clus1", design: "clus1", outcome: "api00", predictors: ["stypec*", "yes"],
            family: .gaussian, domain: nil, levels: []),
        ModelCase(
            name: "clus2_logit", data: "clus2", design: "clus2", outcome: "yes", predictors: ["api00", "stypec*"],
            family: .quasibinomial, domain: nil, levels: []),
    ]

    static let expected: [String: [String: Double]] = {
        var out: [String: [String: Double]] = [:]
        for r in Fixture.rows("expected_glm").rows where r[0] != "_versions" { out[r[0], default: [:]][r[1]] = Double(r[2])! }
        return out
    }()

    static func design(_ name: String, _ d: [String: [Double]]) throws -> SurveyDesign {
        let codes = { (column: String) in d[column]!.map { Int32($0) } }
        switch name {
        case "model":
            return try SurveyDesign(weights: d["pw"]!, strata: codes("stratum"), psu: codes("psu"), fpc: d["fpcpsu"]!)
        case "model_nofpc": return try SurveyDesign(weights: d["pw"]!, strata: codes("stratum"), psu: codes("psu"))
        case "strat": return try SurveyDesign(weights: d["pw"]!, strata: codes("stratum"), fpc: d["fpc"]!)
        case "clus1": return try SurveyDesign(weights: d["pw"]!, psu: codes("psu"), fpc: d["fpc"]!)
        default: return try .multistage(weights: nil, stages: [codes("dnum"), codes("snum")], fpc: [d["fpc1"]!, d["fpc2"]!])
        }
    }

    /// The model matrix as R's `model.matrix`: intercept, then each predictor (a factor's levels
    /// after the first, in numeric order), and the rows used (domain and complete); also held by
    /// columns, a factor's levels as indicators of its codes.
    static func modelMatrix(_ c: ModelCase, _ d: [String: [Double]], rows n: Int) -> (
        x: [Double], p: Int, used: [Bool], columns: ModelColumns
    ) {
        var columns: [ModelColumns.Column] = [.intercept]
        var used = (0..<n).map { !d[c.outcome]![$0].isNaN }
        if let domain = c.domain { for i in 0..<n where !c.levels.contains(d[domain]![i]) { used[i] = false } }
        for predictor in c.predictors {
            let name = predictor.replacingOccurrences(of: "*", with: "")
            let values = d[name]!
            for i in 0..<n where values[i].isNaN { used[i] = false }
            guard predictor.hasSuffix("*") else {
                columns.append(.values(values.map { $0.isNaN ? 0 : $0 }))
                continue
            }
            let levels = Set((0..<n).filter { used[$0] || c.domain == nil }.map { values[$0] }.filter { !$0.isNaN }).sorted()
            let codes = values.map { Int32(levels.firstIndex(of: $0) ?? -1) }
            for level in levels.indices.dropFirst() { columns.append(.indicator(codes: codes, level: Int32(level))) }
        }
        let matrix = ModelColumns(columns, rows: n)
        let p = columns.count
        return ((0..<(n * p)).map { matrix.value(row: $0 / p, column: $0 % p) }, p, used, matrix)
    }

    /// Every coefficient, SE, t, p, Wald CI, vcov column and df equal to R to 1e-9 (relative);
    /// every value R wrote for the case is compared.
    @Test(arguments: cases)
    func agreesWithR(_ c: ModelCase) throws {
        let d = Fixture.cachedData(c.data)
        let design = try Self.design(c.design, d)
        let n = design.rowCount
        let (x, p, used, _) = Self.modelMatrix(c, d, rows: n)
        let y = d[c.outcome]!
        let inDomain = (0..<n).map { i in c.domain.map { c.levels.contains(d[$0]![i]) } ?? true }
        let fit = try surveyGLM(y, predictors: x, columns: p, family: c.family, design: design, rows: used, domain: inDomain)
        let expected = try #require(Self.expected[c.name])
        var compared = Set<String>()
        func check(_ actual: Double, _ key: String) {
            compared.insert(key)
            guard let value = expected[key] else {
                Issue.record("\(c.name) \(key): not in the fixture")
                return
            }
            Agreement.check(actual, value, "\(c.name) \(key)")
        }
        check(Double(p), "p")
        check(Double(fit.degreesOfFreedom), "df")
        for (j, row) in fit.coefficientTable().enumerated() {
            let k = "[\(j)]"
            check(row.estimate, "coef" + k)
            check(row.standardError, "se" + k)
            check(row.t, "t" + k)
            check(row.pValue, "pvalue" + k)
            check(row.lower, "lower" + k)
            check(row.upper, "upper" + k)
            check(fit.covariance[j * p], "cov" + k)
            if c.family == .quasibinomial {
                check(exp(row.estimate), "or" + k)
                check(exp(row.lower), "or_lower" + k)
                check(exp(row.upper), "or_upper" + k)
            }
        }
        #expect(Set(expected.keys) == compared, "\(c.name): fixture values not compared")
    }

    /// A numeric predictor that predicts the outcome perfectly is refused, never fitted.
    @Test func separationThrows() throws {
        let n = 40
        let design = try SurveyDesign(weights: [Double](repeating: 2, count: n))
        let y = (0..<n).map { Double($0 < 20 ? 0 : 1) }
        let x: [Double] = (0..<n).flatMap { i -> [Double] in [1, Double(i)] }
        #expect(throws: SurveyStatisticsError.modelSeparation) {
            try surveyGLM(
                y, predictors: x, columns: 2, family: .quasibinomial, design: design, rows: [Bool](repeating: true, count: n))
        }
    }

    /// Quasi-complete separation (the outcome's two values meet at one value of the predictor)
    /// is separation too, although the fit used to end at a singular matrix: once the other rows'
    /// fitted probabilities reach 0 or 1, only the rows at that value keep any weight.
    @Test func quasiCompleteSeparationThrows() throws {
        var x: [Double] = [], y: [Double] = [], weights: [Double] = []
        for i in 0..<240 {
            let spread = Double(i * 7919 % 1000) / 100
            x.append(i >= 200 ? 5 : spread == 5 ? 5.5 : spread)
            y.append(x[i] > 5 || (i >= 200 && i % 2 == 1) ? 1 : 0)
            weights.append(Double(20 + i * 37 % 280))
        }
        let design = try SurveyDesign(weights: weights)
        #expect(throws: SurveyStatisticsError.modelSeparation) {
            try surveyGLM(
                y, predictors: x.flatMap { [1, $0] }, columns: 2, family: .quasibinomial, design: design,
                rows: [Bool](repeating: true, count: x.count))
        }
    }

    /// Two identical predictor columns are refused as collinear.
    @Test func collinearPredictorsThrow() throws {
        let n = 30
        let design = try SurveyDesign(weights: [Double](repeating: 1, count: n))
        let y = (0..<n).map { Double($0 % 7) }
        let x: [Double] = (0..<n).flatMap { i -> [Double] in [1, Double(i % 3), Double(i % 3)] }
        #expect(throws: SurveyStatisticsError.self) {
            try surveyGLM(
                y, predictors: x, columns: 3, family: .gaussian, design: design, rows: [Bool](repeating: true, count: n))
        }
    }

    /// Intervals contain the estimate and widen with the level; the odds-ratio interval is exp of it.
    @Test func intervalsWidenWithLevel() throws {
        let c = Self.cases[0]
        let d = Fixture.cachedData(c.data)
        let design = try Self.design(c.design, d)
        let (x, p, used, _) = Self.modelMatrix(c, d, rows: design.rowCount)
        let fit = try surveyGLM(
            d[c.outcome]!, predictors: x, columns: p, family: c.family, design: design, rows: used)
        for (narrow, wide) in zip(fit.coefficientTable(level: 0.9), fit.coefficientTable(level: 0.99)) {
            #expect(wide.lower < narrow.lower && narrow.lower < narrow.estimate)
            #expect(narrow.estimate < narrow.upper && narrow.upper < wide.upper)
        }
    }
}
