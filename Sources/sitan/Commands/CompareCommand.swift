import Analysis
import ArgumentParser
import Rendering

/// `sitan compare VAR --across V [--by V2]`: Rao–Scott tests, differences, risk and odds ratios.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Compare a variable across the levels of another: Rao–Scott χ², differences, risk and odds ratios; differences of means with t-tests.",
        discussion: """
            Tests as R survey's svychisq (second-order F and first-order χ², each named), Pearson χ² with \
            Cramér's V for unweighted data, and pairwise contrasts with the design-based covariance \
            (svycontrast). Comparisons are within each survey round, except --across survey, country or year: \
            those compare rounds (independent samples, each round its own strata). Every table passes disclosure \
            control; comparisons involving a suppressed cell are suppressed. An integer or number variable is \
            compared by its means: differences (svycontrast) and design-based t-tests (svyttest).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var analysis: AnalysisOptions
    @Argument(help: ArgumentHelp("The variable to compare (binary, categorical, integer or number).", valueName: "variable")) var variable:
        String
    @Option(help: ArgumentHelp("The variable whose levels are compared.", valueName: "variable")) var across: String
    @Option(help: ArgumentHelp("Separate comparisons within these variables (comma-separated).", valueName: "variables"))
    var by: [String] = []
    @Option(
        help: ArgumentHelp(
            "Print only this table: tests or pairs (default: both; csv holds one table, the tests unless pairs).", valueName: "table"))
    var table: PublishedRendering.ComparisonTable?

    func validate() throws {
        do { _ = try parseVariableList(by) } catch let error as AnalysisError { throw ValidationError(error.description) }
    }

    func run() throws {
        try AnalysisCommandSupport.run(global: global, config: analysis.config, output: output) { survey in
            let request = CompareRequest(
                variable: variable, across: across, by: try parseVariableList(by), options: try analysis.estimation())
            return PublishedRendering.render(try survey.compare(request), as: output.resolved, table: table)
        }
    }
}
