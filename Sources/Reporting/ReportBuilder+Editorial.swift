/// The sections the tool does not compute: the authors' recommendations (a marked placeholder)
/// and the references of the methods the report uses.
extension ReportBuilder {
    /// The works the methods, notes and annex cite, in citation style, after Eurostat's data
    /// sets (`ref.eurostat`, in the report's language, with the data sets' pages); the titles of
    /// works are not translated.
    static let references = [
        "Garwood, F. (1936). Fiducial limits for the Poisson distribution. *Biometrika*, 28(3/4), 437–442.",
        "Holm, S. (1979). A simple sequentially rejective multiple test procedure. *Scandinavian Journal of Statistics*, 6(2), 65–70.",
        "Hundepool, A., Domingo-Ferrer, J., Franconi, L., et al. (2012). *Statistical Disclosure Control*. Wiley.",
        "Korn, E. L., & Graubard, B. I. (1998). Confidence intervals for proportions with small expected number of positive counts estimated from survey data. *Survey Methodology*, 24(2), 193–201.",
        "Lumley, T. (2004). Analysis of complex survey samples. *Journal of Statistical Software*, 9(8), 1–19.",
        "McCullagh, P., & Nelder, J. A. (1989). *Generalized Linear Models* (2nd ed.). Chapman & Hall.",
        "Parker, J. D., Talih, M., Malec, D. J., et al. (2017). National Center for Health Statistics Data Presentation Standards for Proportions. *Vital and Health Statistics*, 2(175).",
        "Rao, J. N. K., & Scott, A. J. (1984). On chi-squared tests for multiway contingency tables with cell proportions estimated from survey data. *The Annals of Statistics*, 12(1), 46–60.",
        "UNODC (2015). *International Classification of Crime for Statistical Purposes (ICCS)*, version 1.0. Vienna: United Nations Office on Drugs and Crime.",
    ]

    /// The glossary's terms, in the order shown (`glossary.<key>.term` and `.text`).
    static let glossaryTerms = [
        "prevalence", "incidence", "recordedRate", "weight", "psu", "designEffect", "ci", "raoScott", "quasiPoisson", "iccs", "sdc",
        "suppression", "reliability",
    ]

    /// `glossary`: `intro`, `terms` (each {`term`, `text`}).
    func glossarySection() -> [String: Any] {
        [
            "intro": strings["glossary.intro"],
            "terms": Self.glossaryTerms.map { ["term": strings["glossary.\($0).term"], "text": strings["glossary.\($0).text"]] },
        ]
    }

    /// `recommendations`: `{text}`, the placeholder the authors replace.
    func recommendationsSection() -> [String: Any] {
        ["text": strings["recommendations.placeholder"]]
    }

    /// The web pages the report cites as sources (the legal provisions shown and Eurostat's data
    /// sets): `report.html` makes exactly these links, so a label cannot make one.
    var sourcePages: Set<String> {
        let legal = legalContext?.countries.flatMap { $0.provisions.filter(\.verified).map(\.source) } ?? []
        return Set(legal + EurostatAnnex.datasetPages)
    }

    /// `references`: list of `{text}`.
    func referencesSection() -> [[String: String]] {
        ([strings["ref.eurostat"] + " " + EurostatAnnex.datasetLinks] + Self.references).map { ["text": $0] }
    }
}
