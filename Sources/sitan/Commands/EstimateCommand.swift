import Analysis
import ArgumentParser
import Rendering

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
    var lonelyPSU = "fail"

    @Option(
        help: ArgumentHelp(
            "Interval for proportions: logit (default), beta (Korn–Graubard), mean (Wald), or for unweighted data wilson, clopper-pearson.",
            valueName: "method"))
    var ci = "logit"

    @Option(help: "Confidence level, strictly between 0 and 1.")
    var level = 0.95

    @Option(help: ArgumentHelp("Design effect: srswor (default, R's deff = TRUE) or srswr (deff = \"replace\").", valueName: "kind"))
    var deff = "srswor"

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
        try EstimationOptions(
            where: conditions, lonelyPSU: lonelyPSU, ci: ci, level: level, deff: deff,
            rounds: try RoundSelection(surveys: surveys, years: years, pool: pool))
    }

    func validate() throws {
        do { _ = try estimation() } catch let error as AnalysisError { throw ValidationError(error.description) }
    }
}

/// `sitan estimate VAR [--by V1,V2] [--where ...]`: design-based means, proportions and shares.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Design-based mean (integer, number), proportion (binary) or category shares (categorical), by group.",
        discussion: """
            Estimates as R survey's svyby(..., svymean) with Taylor with-replacement variances; domains \
            (--by, --where, missing values) are estimated on the full design. Survey rounds are independent \
            designs: every row is one round's (the survey column) unless --pool. Every table passes disclosure \
            control (k from sitan.yaml, default 5): :c confidential, :u unreliable, u low reliability (NCHS 2017).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var analysis: AnalysisOptions
    @Argument(help: ArgumentHelp("The variable to estimate.", valueName: "variable")) var variable: String
    @Option(help: ArgumentHelp("Group by these variables (comma-separated, outermost first).", valueName: "variables"))
    var by: [String] = []

    func validate() throws {
        do { _ = try parseVariableList(by) } catch let error as AnalysisError { throw ValidationError(error.description) }
    }

    func run() throws {
        try AnalysisCommandSupport.run(global: global, config: analysis.config) { survey in
            let request = EstimateRequest(variable: variable, by: try parseVariableList(by), options: try analysis.estimation())
            try output.emit(PublishedRendering.render(try survey.estimate(request), as: output.resolved))
        }
    }
}
