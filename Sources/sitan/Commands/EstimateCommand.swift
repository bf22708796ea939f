import Analysis
import ArgumentParser
import Rendering

/// `sitan estimate VAR [--by V1,V2] [--where ...]`: design-based means, proportions and shares.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Design-based mean (integer, number), proportion (binary), category shares (categorical) or total, by group.",
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
    @Option(
        help: ArgumentHelp(
            "mean (default: the mean, proportion or category shares), total (svytotal: the estimated number in the population), median or quantile:P[,P...] (integer and number variables) as R survey 4.1's svyquantile with its defaults: qrule \"math\", the smallest value whose weighted cumulative share reaches P (the next value when the smallest one's share alone exceeds P, as R); interval.type \"mean\", Woodruff's interval: the Wald interval of the share at or below the quantile (t on the df of the group's respondents, normal with --df inf) mapped back through the same rule, SE = width / (2 t).",
            valueName: "statistic"))
    var statistic = EstimateStatistic.mean

    func validate() throws {
        do { _ = try parseVariableList(by) } catch let error as AnalysisError { throw ValidationError(error.description) }
    }

    func run() throws {
        try AnalysisCommandSupport.run(global: global, config: analysis.config, output: output) { survey in
            let request = EstimateRequest(
                variable: variable, by: try parseVariableList(by), options: try analysis.estimation(), statistic: statistic)
            return PublishedRendering.render(try survey.estimate(request), as: output.resolved)
        }
    }
}
