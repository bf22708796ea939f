import Analysis
import Codebooks
import Disclosure
import Storage
import SurveyStatistics

/// Every published survey result the report shows, computed once: per indicator the estimates
/// by country, by country and sex, by country and age group, the Rao–Scott comparison across
/// countries and the comparison of the sexes within countries; and the help-seeking
/// indicators among the respondents each survey asked them of. Everything across
/// countries uses the latest survey round of each country; where a country has several rounds,
/// the change between them is compared as well.
struct SurveyResults: Sendable {
    /// One harmonised binary indicator.
    struct Indicator: Sendable {
        let name: String
        let byCountry: EstimateSeries
        /// The estimated number of children with the experience (`svytotal` of the 0/1 indicator).
        let totalByCountry: EstimateSeries?
        let byCountrySex: EstimateSeries?
        let byCountryAge: EstimateSeries?
        let acrossCountries: PublishedComparison?
        let acrossSexes: PublishedComparison?
        /// Change between the survey rounds of each country that has several (nil when none has).
        let betweenRounds: PublishedComparison?
        /// Estimates by country and each of ``placeVariables`` present (``placeIndicators`` only).
        var byPlace: [String: EstimateSeries] = [:]
        /// The place variables this indicator is broken down by (whether or not each output was released).
        var places: [String] = []
        /// The Rao–Scott comparison across each of ``placeVariables`` within each country.
        var acrossPlace: [String: PublishedComparison] = [:]
        /// The estimated numbers of children by country and each place variable, beside the
        /// percentages.
        var totals: [String: EstimateSeries] = [:]
    }

    /// The prevalence indicators of the harmonised dictionary, in report order.
    static let prevalenceIndicators = [
        "csa_any_lifetime", "csa_contact_lifetime", "csa_contact_past_year", "csa_noncontact_lifetime",
        "csa_noncontact_past_year", "online_solicitation", "image_based_abuse",
    ]
    /// Indicators defined as the union of others (`any_of` in the shipped codebooks): a reader
    /// who knows the definition adds the parts' yes counts and subtracts the union's, which
    /// gives the respondents with both experiences (inclusion–exclusion), a count that no two of
    /// the three indicators' tables pin; their tables are audited jointly as well.
    static let unions = [["csa_any_lifetime", "csa_contact_lifetime", "csa_noncontact_lifetime"]]
    /// The indicators broken down by region and by urban/rural setting.
    static let placeIndicators = ["csa_any_lifetime", "csa_contact_lifetime", "csa_noncontact_lifetime", "online_solicitation"]
    /// The survey variables that say where the respondent lives, in report order.
    static let placeVariables = ["region", "setting"]
    /// The disclosure and help-seeking indicators.
    static let helpIndicators = ["disclosed_anyone", "disclosed_parent", "reported_police", "received_help"]

    let indicators: [Indicator]
    /// The help-seeking estimates, one group per set of respondents asked (one group when every
    /// country's latest round asked the questions of the same respondents).
    let help: [HelpGroup]
    /// The sample description: respondents by country and each of ``groupingVariables``
    /// (category shares: unweighted n per category and weighted percentage), latest rounds.
    var sample: [PublishedEstimate] = []
    /// The ages (single years) present in each `age_group` code of the latest rounds: the
    /// groups of a published table of respondents by age group and age.
    var agesPresent: [String: Set<Int>] = [:]
    /// The perpetrator's relation to the child, as the respondents asked told it (category
    /// shares by country), one estimate per set of respondents asked; empty without the variable.
    var perpetrators: [(domain: AskedIf, estimate: PublishedEstimate)] = []
    /// Per question asked of some respondents only, every condition a survey source put it to,
    /// with the sources that put it so.
    var conditions: [String: [AskedIf: [String]]] = [:]
    /// The survey rounds without weights (or an fpc), sorted: their totals would count
    /// respondents, so the report prints no estimated number of children for them.
    var roundsWithoutWeights: [String] = []

    /// The publication the sample description is registered in.
    static let samplePublication = "sample"

    /// Runs every estimate and comparison the report needs; indicators missing from the
    /// database are left out.
    ///
    /// - Parameters:
    ///   - analysis: the analysis of one prevalence indicator's tables (called once per
    ///     indicator, the help-seeking indicators going with the indicator that defines the
    ///     respondents asked): each call may collect them in a publication of their own.
    ///   - sample: the respondents every table analyses (nil: all).
    static func load(
        analysis: (String) -> SurveyAnalysis, store: Store, lonelyPSU: LonelyPSU = .fail, sample: AnalysisSample? = nil
    ) throws -> SurveyResults {
        let restrict = { (options: EstimationOptions) in sample?.restricting(options) ?? options }
        let columns = try store.columns(of: "survey")
        let present = { (name: String) in columns.contains(name) }
        guard present("country") else { return SurveyResults(indicators: [], help: []) }
        let withoutWeights = try store.surveyRoundsWithoutWeights()
        let indicators = try prevalenceIndicators.filter(present).map { name in
            try indicator(
                name, analysis: analysis(name), present: present, lonelyPSU: lonelyPSU, restrict: restrict,
                withoutWeights: withoutWeights)
        }
        let (help, perpetrators) = try loadHelp(
            analysis: analysis, store: store, present: present, lonelyPSU: lonelyPSU, restrict: restrict)
        var results = SurveyResults(
            indicators: indicators, help: help, perpetrators: perpetrators, conditions: try conditions(store: store),
            roundsWithoutWeights: withoutWeights.sorted())
        try results.loadSample(
            analysis: analysis(samplePublication), present: present,
            options: restrict(EstimationOptions(lonelyPSU: lonelyPSU, rounds: latestRounds)))
        return results
    }

    /// The sample description and the ages present in each age group.
    private mutating func loadSample(analysis: SurveyAnalysis, present: (String) -> Bool, options: EstimationOptions) throws {
        sample = try Self.groupingVariables.filter(present).compactMap { variable in
            try Self.optional { try analysis.estimate(EstimateRequest(variable: variable, by: ["country"], options: options)) }
        }
        guard present("age_group"), present("age") else { return }
        let ages = try Self.optional {
            // Only the groups are read; the estimated variable is one every respondent has.
            try analysis.estimate(EstimateRequest(variable: "country", by: ["age_group", "age"], options: options))
        }
        for row in ages?.rows ?? [] {
            let group = Dictionary(row.group.map { ($0.variable, $0.label) }, uniquingKeysWith: { a, _ in a })
            guard let code = group["age_group"], let age = group["age"].flatMap({ Int($0) }) else { continue }
            agesPresent[code, default: []].insert(age)
        }
    }

    private static func indicator(
        _ name: String, analysis: SurveyAnalysis, present: (String) -> Bool, lonelyPSU: LonelyPSU,
        restrict: (EstimationOptions) -> EstimationOptions, withoutWeights: Set<String>
    ) throws -> Indicator {
        let options = restrict(EstimationOptions(lonelyPSU: lonelyPSU, rounds: latestRounds))
        let everyRound = restrict(EstimationOptions(lonelyPSU: lonelyPSU))
        let estimate = { (by: [String], statistic: EstimateStatistic, excluded: Set<String>) in
            try optional { try analysis.estimate(EstimateRequest(variable: name, by: by, options: options, statistic: statistic)) }
                .map { EstimateSeries($0, excluding: excluded) }
        }
        let mean = { (by: [String]) in try estimate(by, .mean, []) }
        // A total of a round without weights counts its respondents: not an estimated number of children.
        let total = { (by: [String]) in try estimate(by, .total, withoutWeights).flatMap { $0.points.isEmpty ? nil : $0 } }
        let compare = { (across: String, by: [String], options: EstimationOptions) in
            try optional { try analysis.compare(CompareRequest(variable: name, across: across, by: by, options: options)) }
        }
        let hasSex = present("sex"), hasAge = present("age_group")
        var indicator = Indicator(
            name: name, byCountry: try mean(["country"]) ?? EstimateSeries(variable: name, points: [], threshold: 0),
            totalByCountry: try total(["country"]), byCountrySex: hasSex ? try mean(["country", "sex"]) : nil,
            byCountryAge: hasAge ? try mean(["country", "age_group"]) : nil,
            acrossCountries: try compare("country", [], options), acrossSexes: hasSex ? try compare("sex", ["country"], options) : nil,
            betweenRounds: try compare("survey", ["country"], everyRound))
        // The estimated numbers of children go beside the percentages of every breakdown table.
        for variable in groupingVariables where present(variable) {
            indicator.totals[variable] = try total(["country", variable])
        }
        let places = placeIndicators.contains(name) ? placeVariables.filter(present) : []
        indicator.places = places
        for place in places {
            indicator.byPlace[place] = try mean(["country", place])
            indicator.totals[place] = try total(["country", place])
            indicator.acrossPlace[place] = try compare(place, ["country"], options)
        }
        return indicator
    }

    /// The variables besides country that the estimates are grouped by.
    static let groupingVariables = ["sex", "age_group"]

    /// The latest survey round of each country: the rounds compared across countries.
    static let latestRounds = RoundSelection(latestPerCountry: true)

    /// The result, or nil when the data cannot support it (nobody in the domain, fewer than
    /// two levels to compare) or nothing of it can be released beside the report's other
    /// tables; other errors propagate.
    static func optional<T>(_ body: () throws -> T) throws -> T? {
        do { return try body() } catch let error as AnalysisError {
            switch error {
            case .emptyDomain, .noValues, .tooFewLevels: return nil
            default: throw error
            }
        } catch let error as DisclosureError {
            switch error {
            case .nothingReleasable, .nothingReleasableBecause: return nil
            default: throw error
            }
        }
    }
}

extension EstimateSeries {
    init(variable: String, points: [EstimatePoint], threshold: Int) {
        self.variable = variable
        self.points = points
        self.threshold = threshold
    }
}
