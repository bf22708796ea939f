import Analysis
import ArgumentParser
import Foundation
import Rendering
import SurveyStatistics

/// `sitan model OUTCOME ~ X1 + X2 ...`: a design-based regression, as R survey's svyglm.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract:
            "Design-based regression (R survey's svyglm): logistic (quasibinomial) for binary outcomes, linear (gaussian) for numbers.",
        discussion: """
            Write the formula as OUTCOME ~ X1 + X2 (quote it or leave spaces around ~ and +). Categorical predictors \
            become treatment contrasts against the first dictionary category with respondents (--reference to choose). \
            Prints coefficients, SE, t, p and Wald intervals on the residual df (design df + 1 − coefficients), and for a \
            logistic model the odds ratios with exp of the interval. A model with a design-matrix cell (a level, a level \
            with an outcome value, a combination of levels) of fewer than k respondents is refused (exit 65), as is \
            one that separates the outcome or does not converge.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var analysis: AnalysisOptions
    @Argument(help: ArgumentHelp("The model: OUTCOME ~ PREDICTOR + PREDICTOR ...", valueName: "formula"))
    var formula: [String]
    @Option(
        help: ArgumentHelp(
            "quasibinomial (default for binary and two-category outcomes) or gaussian (default for numbers).", valueName: "family"))
    var family: GLMFamily?
    @Option(help: ArgumentHelp("Reference level of a categorical predictor: VARIABLE=LEVEL (repeatable).", valueName: "variable=level"))
    var reference: [String] = []

    /// The formula's words; an unquoted `~` that the shell expanded to the home folder is read back as `~`.
    var formulaText: String {
        let home = ProcessInfo.processInfo.environment["HOME"]
        let words = formula.contains { $0.contains("~") } ? formula : formula.map { $0 == home ? "~" : $0 }
        return words.joined(separator: " ")
    }

    func request() throws -> ModelRequest {
        try ModelRequest(formula: formulaText, family: family, references: reference, options: try analysis.estimation())
    }

    func validate() throws {
        do { _ = try request() } catch let error as AnalysisError { throw ValidationError(error.description) }
    }

    func run() throws {
        try AnalysisCommandSupport.run(global: global, config: analysis.config, output: output) { survey in
            PublishedRendering.render(try survey.model(try request()), as: output.resolved)
        }
    }
}

extension GLMFamily: ExpressibleByArgument {}
