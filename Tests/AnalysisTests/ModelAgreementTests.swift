import Disclosure
import Foundation
import Storage
import SurveyStatistics
import TestSupport
import Testing

@testable import Analysis

/// `sitan model` through the whole loading path (SQLite → design → model matrix → svyglm)
/// against R survey's svyglm, summary() and confint() (SurveyStatisticsTests/Fixtures/make_glm_expected.R).
@Suite struct ModelAgreementTests {
    struct ModelCase: Sendable, CustomStringConvertible {
        let name, data, design, formula: String
        var filters: [DomainFilter] = []
        /// The disclosure threshold of the fit.
        var k = 5
        var description: String { name }
    }

    static let predictors = "country + sex + agegroup + hours"
    static let cases: [ModelCase] = [
        ModelCase(name: "model_logit", data: "model", design: "strat_cluster", formula: "abuse ~ " + predictors),
        ModelCase(name: "model_gauss", data: "model", design: "strat_cluster", formula: "score ~ " + predictors),
        ModelCase(name: "model_logit_nofpc", data: "model", design: "strat_cluster_nofpc", formula: "abuse ~ " + predictors),
        ModelCase(
            name: "model_logit_girls", data: "model", design: "strat_cluster", formula: "abuse ~ country + agegroup + hours",
            filters: [DomainFilter(variable: "sex", values: ["0"])]),
        ModelCase(
            name: "model_gauss_lt_pl", data: "model", design: "strat_cluster", formula: "score ~ country + sex + hours",
            filters: [DomainFilter(variable: "country", values: ["1", "2"])]),
        ModelCase(name: "strat_gauss", data: "strat", design: "strat_fpc", formula: "api00m ~ stypec + awards"),
        ModelCase(name: "strat_logit", data: "strat", design: "strat_fpc", formula: "yes ~ stypec + api00"),
        // The 0/1 predictor `yes` with `stypec` = 1 has a cell of 3 schools, which k = 5 refuses.
        ModelCase(name: "clus1_gauss", data: "clus1", design: "clus1_fpc", formula: "api00 ~ stypec + yes", k: 3),
    ]

    static let expected = Fixtures.expected(Fixtures.surveyStatistics.appendingPathComponent("expected_glm.csv"))

    static func model(_ store: Store, _ formula: String, k: Int = 5, filters: [DomainFilter] = [], references: [String] = [])
        throws -> PublishedModel
    {
        let request = try ModelRequest(formula: formula, references: references, options: EstimationOptions(filters: filters))
        return try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: k)).model(request)
    }

    /// Every value R wrote for the case (coefficients, SE, t, p, CIs, odds ratios, df) equals
    /// the published model's to 1e-9 (relative); a value not compared fails.
    @Test(arguments: cases)
    func publishedModelMatchesR(_ c: ModelCase) throws {
        let store = try FixtureDatabase.make(data: c.data, design: c.design)
        let model = try Self.model(store, c.formula, k: c.k, filters: c.filters)
        let expected = try #require(Self.expected[c.name])
        var compared: Set<String> = ["p"]
        #expect(Double(model.rows.count) == expected["p"])
        func check(_ actual: Double, _ key: String) {
            compared.insert(key)
            Agreement.check(actual, expected[key], "\(c.name) \(key)")
        }
        for (j, row) in model.rows.enumerated() {
            let k = "[\(j)]"
            let b = row.coefficient
            check(Double(row.residualDegreesOfFreedom), "df")
            #expect(row.degreesOfFreedom == (c.data == "strat" ? nil : row.residualDegreesOfFreedom))
            for (value, key) in [(b.estimate, "coef"), (b.standardError, "se"), (b.t, "t"), (b.pValue, "pvalue")] { check(value, key + k) }
            check(b.lower, "lower" + k)
            check(b.upper, "upper" + k)
            if model.isLogistic {
                check(exp(b.estimate), "or" + k)
                check(exp(b.lower), "or_lower" + k)
                check(exp(b.upper), "or_upper" + k)
            }
        }
        let notCompared = Set(expected.keys).subtracting(compared).filter { !$0.hasPrefix("cov") }
        #expect(notCompared.isEmpty, "\(c.name): fixture values not compared: \(notCompared.sorted())")
    }

    /// Treatment contrasts: the first category with respondents is the reference unless another
    /// is chosen, and choosing one changes only the parametrisation (the fitted intercept moves).
    @Test func referenceLevelCanBeChosen() throws {
        let store = try FixtureDatabase.make(data: "model", design: "strat_cluster")
        let first = try Self.model(store, "abuse ~ country + sex")
        let chosen = try Self.model(store, "abuse ~ country + sex", references: ["country=2"])
        #expect(first.rows.map(\.level) == [nil, "1", "2", "1"])
        #expect(chosen.rows.map(\.level) == [nil, "0", "1", "1"])
        #expect(first.notes[0].contains("country = 0"))
        #expect(chosen.notes[0].contains("country = 2"))
        // The 0-versus-2 contrast is the negative of 2-versus-0.
        Agreement.check(chosen.rows[1].coefficient.estimate, -first.rows[2].coefficient.estimate, "reference switch")
        Agreement.check(chosen.rows[3].coefficient.estimate, first.rows[3].coefficient.estimate, "sex unchanged")
    }

    /// A design-matrix cell with fewer than k respondents refuses the model, naming the
    /// variable and level but not the count; a binary outcome's level × outcome cells count too.
    @Test func smallCellsAreRefused() throws {
        let store = try FixtureDatabase.make(data: "model", design: "strat_cluster")
        // Girls in country 0 aged 0 answering 1: a combination of few respondents at a high k.
        do {
            _ = try Self.model(store, "abuse ~ country + sex + agegroup", k: 40)
            Issue.record("a model with small cells was fitted")
        } catch let error as AnalysisError {
            let text = error.description
            // The model's variables are named, never the small cell nor k's count.
            #expect(text.contains("too few respondents") && text.contains("disclosure control"), "\(text)")
            #expect(text.contains(#"("country", "sex", "agegroup", "abuse")"#) && !text.contains("\"abuse\" = "), "\(text)")
        }
        // Levels of 1 to k − 1 respondents in the domain: agegroup within one stratum's girls.
        #expect(throws: AnalysisError.self) {
            try Self.model(store, "score ~ agegroup", k: 200, filters: [DomainFilter(variable: "country", values: ["0"])])
        }
        // The same models at k = 5 are fitted.
        _ = try Self.model(store, "abuse ~ country + sex + agegroup")
        _ = try Self.model(store, "score ~ agegroup", filters: [DomainFilter(variable: "country", values: ["0"])])
    }

    /// Formulas that do not parse, unknown or repeated variables and a categorical outcome of
    /// three categories are refused before anything is computed.
    @Test func badRequestsAreRefused() throws {
        for formula in ["abuse", "abuse ~", "~ sex", "abuse ~ sex +", "abuse ~ sex + sex", "a b ~ sex"] {
            #expect(throws: AnalysisError.self, "\(formula)") {
                try ModelRequest(formula: formula, options: EstimationOptions())
            }
        }
        #expect(throws: AnalysisError.self) {
            try ModelRequest(formula: "abuse ~ sex", references: ["age=1"], options: EstimationOptions())
        }
        let store = try FixtureDatabase.make(data: "model", design: "strat_cluster")
        #expect(throws: AnalysisError.self) { try Self.model(store, "agegroup ~ sex") }
        #expect(throws: AnalysisError.self) { try Self.model(store, "abuse ~ nosuchvariable") }
        #expect(throws: AnalysisError.self) { try Self.model(store, "abuse ~ sex", references: ["sex=9"]) }
        // The quasibinomial family needs a binary outcome.
        #expect(throws: AnalysisError.self) {
            let request = try ModelRequest(formula: "score ~ sex", family: .quasibinomial, options: EstimationOptions())
            return try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5)).model(request)
        }
    }
}
