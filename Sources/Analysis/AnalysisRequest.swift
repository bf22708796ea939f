import Foundation
import SurveyStatistics

/// One `--where VAR=VALUE[,VALUE...]` condition: the respondent's value is one of `values`.
package struct DomainFilter: Sendable, Equatable {
    /// The variable.
    package let variable: String
    /// The accepted values, as typed.
    package let values: [String]

    /// Creates a condition.
    package init(variable: String, values: [String]) {
        self.variable = variable
        self.values = values
    }

    /// Parses `VAR=VALUE[,VALUE...]`.
    ///
    /// - Throws: ``AnalysisError/malformedArgument(option:argument:expected:)``.
    package init(parsing argument: String) throws {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        // Stored text is composed (NFC); a value pasted in decomposed form names the same category.
        let values = parts.count == 2 ? parts[1].split(separator: ",").map { String($0).precomposedStringWithCanonicalMapping } : []
        guard parts.count == 2, !parts[0].isEmpty, !values.isEmpty else {
            throw AnalysisError.malformedArgument(
                option: "--where", argument: argument, expected: "VARIABLE=VALUE or VARIABLE=VALUE,VALUE,...")
        }
        self.init(variable: String(parts[0]), values: values)
    }
}

/// How estimates are computed, shared by `estimate` and `compare`.
package struct EstimationOptions: Sendable, Equatable {
    /// Conditions defining the domain (all must hold); rows outside it contribute zero.
    package var filters: [DomainFilter]
    /// Treatment of strata with a single PSU.
    package var lonelyPSU: LonelyPSU
    /// The interval method for proportions (means always use the t interval).
    package var ci: ProportionCI
    /// The confidence level.
    package var level: Double
    /// The design effect reported.
    package var designEffect: DesignEffectKind
    /// The survey rounds used, and whether they are pooled.
    package var rounds: RoundSelection
    /// The quantile of the intervals: t on each domain's design df, or the normal quantile.
    package var degreesOfFreedom: DegreesOfFreedomRule

    /// Creates options; the defaults are R survey's.
    package init(
        filters: [DomainFilter] = [], lonelyPSU: LonelyPSU = .fail, ci: ProportionCI = .logit,
        level: Double = 0.95, designEffect: DesignEffectKind = .withoutReplacement, rounds: RoundSelection = RoundSelection(),
        degreesOfFreedom: DegreesOfFreedomRule = .design
    ) {
        self.rounds = rounds
        self.degreesOfFreedom = degreesOfFreedom
        self.filters = filters
        self.lonelyPSU = lonelyPSU
        self.ci = ci
        self.level = level
        self.designEffect = designEffect
    }
}

/// What `sitan estimate` estimates: `--statistic mean|total|median|quantile:P[,P...]`.
package enum EstimateStatistic: Sendable, Equatable {
    /// The mean (integer, number), the proportion (binary) or the category shares (categorical).
    case mean
    /// The estimated number in the population (`svytotal`): of 1s (binary), per category
    /// (categorical), or the sum of the values (integer, number).
    case total
    /// Quantiles of an integer or number variable (`svyquantile`), at these probabilities.
    case quantiles([Double])

    /// Parses `mean`, `total`, `median` or `quantile:P[,P...]` (each P strictly between 0 and 1).
    package init?(argument: String) {
        switch argument {
        case "mean": self = .mean
        case "total": self = .total
        case "median": self = .quantiles([0.5])
        default:
            guard argument.hasPrefix("quantile:") else { return nil }
            let list = argument.dropFirst("quantile:".count).split(separator: ",", omittingEmptySubsequences: false)
            let values = list.map { Double($0.trimmingCharacters(in: .whitespaces)) }
            // 0 and 1 are the smallest and largest value: one respondent's answer, never published.
            guard !values.isEmpty, values.allSatisfy({ $0.map { $0 > 0 && $0 < 1 } ?? false }) else { return nil }
            self = .quantiles(values.map { $0! })
        }
    }
}

/// `sitan estimate VAR --by V1,V2`.
package struct EstimateRequest: Sendable, Equatable {
    /// The variable estimated.
    package var variable: String
    /// The grouping variables, outermost first.
    package var by: [String]
    /// How to estimate.
    package var options: EstimationOptions
    /// Means (proportions, shares) or totals.
    package var statistic: EstimateStatistic

    /// Creates a request.
    package init(
        variable: String, by: [String] = [], options: EstimationOptions = EstimationOptions(),
        statistic: EstimateStatistic = .mean
    ) {
        self.variable = variable
        self.by = by
        self.options = options
        self.statistic = statistic
    }
}

/// `sitan compare VAR --across V --by V2`.
package struct CompareRequest: Sendable, Equatable {
    /// The variable compared (binary or categorical).
    package var variable: String
    /// The variable whose levels are compared.
    package var across: String
    /// Variables defining separate comparisons, outermost first.
    package var by: [String]
    /// How to estimate.
    package var options: EstimationOptions

    /// Creates a request.
    package init(variable: String, across: String, by: [String] = [], options: EstimationOptions = EstimationOptions()) {
        self.variable = variable
        self.across = across
        self.by = by
        self.options = options
    }
}

/// Splits a `--by` list (`country,sex`, repeatable) into variable names.
package func parseVariableList(_ arguments: [String]) throws -> [String] {
    let split = { (argument: String) in argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    if let bad = arguments.first(where: { split($0).contains("") }) {
        throw AnalysisError.malformedArgument(option: "--by", argument: bad, expected: "VARIABLE[,VARIABLE...]")
    }
    let names = arguments.flatMap(split)
    if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
        throw AnalysisError.conflictingVariables(duplicate)
    }
    return names
}

extension ProportionCI {
    /// The name used on the command line and in JSON (`beta` for Korn–Graubard).
    package var optionName: String {
        switch self {
        case .logit: "logit"
        case .xlogit: "xlogit"
        case .asin: "asin"
        case .kornGraubard: "beta"
        case .mean: "mean"
        case .wilson: "wilson"
        case .clopperPearson: "clopper-pearson"
        case .likelihood: "likelihood"
        }
    }

    /// Parses a command-line name; `korn-graubard` is accepted for `beta`.
    package init?(optionName: String) {
        let names: [String: ProportionCI] = [
            "logit": .logit, "xlogit": .xlogit, "asin": .asin, "beta": .kornGraubard, "korn-graubard": .kornGraubard, "mean": .mean,
            "wald": .mean, "wilson": .wilson, "clopper-pearson": .clopperPearson, "likelihood": .likelihood,
        ]
        guard let value = names[optionName] else { return nil }
        self = value
    }
}

/// Which quantile the intervals use: `--df design|inf`.
package enum DegreesOfFreedomRule: String, Sendable, CaseIterable {
    /// Student's t on the domain's design df (PSUs − strata), as `svyciprop` and `--where`.
    case design
    /// The normal quantile, R's `confint()` default for `svymean` and `svytotal`.
    case inf

    /// The df to use for a domain whose design df is `domain`.
    package func value(domain: Int) -> Double {
        self == .design ? Double(domain) : .infinity
    }
}

extension EstimationOptions {
    /// The `--ci` values.
    package static let ciNames = ["logit", "xlogit", "likelihood", "asin", "beta", "mean", "wilson", "clopper-pearson"]

    /// Refuses a confidence level outside (0, 1).
    ///
    /// - Throws: ``AnalysisError/malformedArgument(option:argument:expected:)``.
    package static func validateLevel(_ level: Double) throws {
        guard level > 0, level < 1 else {
            throw AnalysisError.malformedArgument(
                option: "--level", argument: String(level), expected: "a level strictly between 0 and 1, e.g. 0.95")
        }
    }
}

extension DesignEffectKind {
    /// The `--deff` name: `srswor` is R's `deff = TRUE`, `srswr` is `deff = "replace"`.
    package var optionName: String { self == .withReplacement ? "srswr" : "srswor" }

    /// Parses a `--deff` name.
    package init?(optionName: String) {
        guard let kind = [DesignEffectKind.withoutReplacement, .withReplacement].first(where: { $0.optionName == optionName })
        else { return nil }
        self = kind
    }
}

extension RoundSelection {
    /// A selection from command-line text: `--survey ID[,ID]` (repeatable), `--year Y[,Y]`
    /// (repeatable), `--pool`.
    ///
    /// - Throws: ``AnalysisError/malformedArgument(option:argument:expected:)``.
    package init(surveys: [String], years: [String], pool: Bool) throws {
        let split = { (list: [String]) in list.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } }
        let ids = split(surveys)
        if let bad = surveys.first(where: { $0.split(separator: ",", omittingEmptySubsequences: false).contains("") }) {
            throw AnalysisError.malformedArgument(option: "--survey", argument: bad, expected: "ROUND[,ROUND...], e.g. LV-2023")
        }
        let numbers = try split(years).map { text in
            guard let year = Int(text) else {
                throw AnalysisError.malformedArgument(option: "--year", argument: text, expected: "YEAR[,YEAR...], e.g. 2023")
            }
            return year
        }
        self.init(surveys: ids, years: numbers, pool: pool)
    }
}
