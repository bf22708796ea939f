import Analysis
import Codebooks
import Storage
import SurveyStatistics

/// The help-seeking and perpetrator questions, estimated among the respondents each survey
/// asked them of (the codebook's `asked_if:`, else every respondent with any lifetime abuse).
extension SurveyResults {
    /// The help-seeking estimates of the countries whose latest rounds asked the questions of
    /// the same respondents.
    struct HelpGroup: Sendable {
        /// Who was asked.
        let domain: AskedIf
        /// The countries whose latest rounds asked some of the questions of ``domain``.
        let countries: [String]
        /// Per help-seeking indicator asked of ``domain``, its estimates by country.
        let series: [EstimateSeries]
    }

    /// The respondents asked a question when the codebook does not say: those with any lifetime
    /// abuse (the skip pattern of the surveys the report was first written for).
    static let defaultDomain = AskedIf(variable: "csa_any_lifetime", value: "1")

    /// The questions asked only of some respondents: the help-seeking indicators and the
    /// perpetrator's relation.
    static let askedQuestions = helpIndicators + ["perpetrator_relation"]

    /// ``defaultDomain`` for each of ``askedQuestions``: who was asked when a codebook does not say.
    static var defaultAskedIf: [String: AskedIf] {
        Dictionary(uniqueKeysWithValues: askedQuestions.map { ($0, defaultDomain) })
    }

    /// Who each of ``askedQuestions`` was put to in one source: its codebook's `asked_if:`,
    /// else ``defaultDomain``.
    static func askedIf(_ source: SourceRecord) -> [String: AskedIf] {
        defaultAskedIf.merging(source.askedIf) { _, own in own }
    }

    /// Per question, the respondents asked in each country's latest round, by country and with
    /// the round; a round whose sources ask a question of different respondents is left out for
    /// that question (its rows cannot be put in one domain).
    static func latestDomains(store: Store, present: (String) -> Bool) throws -> [String: [String: (domain: AskedIf, round: String)]] {
        let sources = Dictionary(try store.sources().map { ($0.id, askedIf($0)) }, uniquingKeysWith: { a, _ in a })
        var out: [String: [String: (domain: AskedIf, round: String)]] = [:]
        for (round, country, ids) in try latestRounds.rounds(in: store) {
            for question in askedQuestions where present(question) {
                let domains = Set(ids.compactMap { sources[$0]?[question] })
                guard domains.count == 1, let domain = domains.first, present(domain.variable) else { continue }
                out[question, default: [:]][country] = (domain, round)
            }
        }
        return out
    }

    /// The help-seeking groups and the perpetrator estimates, one per domain, in the order the
    /// countries first use the domains; `restrict` narrows every estimate to the report's sample.
    static func loadHelp(
        analysis: (String) -> SurveyAnalysis, store: Store, present: (String) -> Bool, lonelyPSU: LonelyPSU,
        restrict: (EstimationOptions) -> EstimationOptions = { $0 }
    ) throws -> (help: [HelpGroup], perpetrators: [(domain: AskedIf, estimate: PublishedEstimate)]) {
        let domains = try latestDomains(store: store, present: present)
        let order = try latestRounds.rounds(in: store).map(\.country)
        var seen: [AskedIf] = []
        for country in order {
            for question in askedQuestions {
                if let domain = domains[question]?[country]?.domain, !seen.contains(domain) { seen.append(domain) }
            }
        }
        /// The question's estimate by country among `domain`, in the rounds that asked it so.
        func estimate(_ question: String, _ domain: AskedIf, _ analysis: SurveyAnalysis) throws -> PublishedEstimate? {
            let rounds = order.compactMap { country in domains[question]?[country].flatMap { $0.domain == domain ? $0.round : nil } }
            guard !rounds.isEmpty else { return nil }
            let options = restrict(
                EstimationOptions(
                    filters: [DomainFilter(variable: domain.variable, values: [domain.value])], lonelyPSU: lonelyPSU,
                    rounds: RoundSelection(surveys: rounds)))
            return try optional { try analysis.estimate(EstimateRequest(variable: question, by: ["country"], options: options)) }
        }
        var help: [HelpGroup] = []
        var perpetrators: [(domain: AskedIf, estimate: PublishedEstimate)] = []
        for domain in seen {
            // Audited with the tables of the indicator that defines the domain.
            let analysis = analysis(domain.variable)
            let series = try helpIndicators.compactMap { try estimate($0, domain, analysis).map(EstimateSeries.init) }
            let countries = order.filter { country in helpIndicators.contains { domains[$0]?[country]?.domain == domain } }
            if !series.isEmpty { help.append(HelpGroup(domain: domain, countries: countries, series: series)) }
            if let perpetrator = try estimate("perpetrator_relation", domain, analysis) { perpetrators.append((domain, perpetrator)) }
        }
        return (help, perpetrators)
    }

    /// Every condition the survey sources put a question to, by question, with the names of the
    /// sources that put it so: what the quality section's missing-value table counts each
    /// question among.
    static func conditions(store: Store) throws -> [String: [AskedIf: [String]]] {
        var out: [String: [AskedIf: [String]]] = [:]
        for source in try store.sources() where source.kind == SourceKind.survey.rawValue {
            for (question, domain) in askedIf(source) { out[question, default: [:]][domain, default: []].append(source.name) }
        }
        return out
    }
}
