import Analysis
import ArgumentParser
import SurveyStatistics

/// Options shared by `estimate` and `compare`: the domain, the design and the intervals.
struct AnalysisOptions: ParsableArguments {
    @Option(
        name: .customLong("where"),
        help: ArgumentHelp(
            "Restrict to a domain: VARIABLE=VALUE[,VALUE...] (repeatable; all must hold). Other respondents stay in the design and contribute zero.",
            valueName: "condition"))
    var conditions: [String] = []

    @Option(
        name: .customLong("lonely-psu"),
        help: ArgumentHelp("Strata with one PSU: fail (default, as R), remove, adjust, average or certainty.", valueName: "rule"))
    var lonelyPSU = LonelyPSU.fail

    @Option(
        help: ArgumentHelp(
            "Interval for proportions: logit (default), xlogit (the same closed form), likelihood (profile likelihood, binary variables), asin, beta (Korn–Graubard), mean (Wald), or for unweighted data wilson, clopper-pearson.",
            valueName: "method"))
    var ci = ProportionCI.logit

    @Option(help: "Confidence level, strictly between 0 and 1.")
    var level = 0.95

    @Option(help: ArgumentHelp("Design effect: srswor (default, R's deff = TRUE) or srswr (deff = \"replace\").", valueName: "kind"))
    var deff = DesignEffectKind.withoutReplacement

    @Option(help: ArgumentHelp("Interval quantile: design (t on each domain's df) or inf (normal).", valueName: "rule"))
    var df = DegreesOfFreedomRule.design

    @Option(
        name: .customLong("survey"),
        help: ArgumentHelp("Use only these survey rounds (comma-separated ids, e.g. LV-2019,LV-2023; repeatable).", valueName: "ids"))
    var surveys: [String] = []

    @Option(
        name: .customLong("year"),
        help: ArgumentHelp("Use only the survey rounds of these years (comma-separated; repeatable).", valueName: "years"))
    var years: [String] = []

    @Flag(
        help:
            "Pool the selected rounds into one design (each round a set of strata of its own, weights as given: the estimate is for the combined population-years). Without it every round is estimated on its own."
    )
    var pool = false

    @Option(help: ArgumentHelp("Project configuration file (default: $SITAN_CONFIG, then ./sitan.yaml).", valueName: "path"))
    var config: String?

    /// The options for the Analysis library.
    func estimation() throws -> EstimationOptions {
        EstimationOptions(
            filters: try conditions.map(DomainFilter.init(parsing:)), lonelyPSU: lonelyPSU, ci: ci, level: level,
            designEffect: deff, rounds: try RoundSelection(surveys: surveys, years: years, pool: pool), degreesOfFreedom: df)
    }

    func validate() throws {
        do {
            try EstimationOptions.validateLevel(level)
            _ = try estimation()
        } catch let error as AnalysisError {
            throw ValidationError(error.description)
        }
    }
}

extension LonelyPSU: ExpressibleByArgument {}
extension DegreesOfFreedomRule: ExpressibleByArgument {}
extension EstimateStatistic: ExpressibleByArgument {
    package static var allValueStrings: [String] { ["mean", "total", "median", "quantile:0.25,0.5,0.75"] }
}

extension ProportionCI: ExpressibleByArgument {
    package init?(argument: String) { self.init(optionName: argument) }
    package static var allValueStrings: [String] { EstimationOptions.ciNames }
    package var defaultValueDescription: String { optionName }
}

extension DesignEffectKind: ExpressibleByArgument {
    package init?(argument: String) { self.init(optionName: argument) }
    package static var allValueStrings: [String] { ["srswor", "srswr"] }
    package var defaultValueDescription: String { optionName }
}
