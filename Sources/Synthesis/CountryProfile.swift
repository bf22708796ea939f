/// One region as it appears in a partner's files.
struct RegionProfile: Sendable {
    /// Harmonised value of `region` (ASCII slug).
    var slug: String
    /// Native code (LV and PL: statistical codes; LT: county number).
    var code: String
    /// Native name, with diacritics.
    var name: String
    /// Share of the country's children living in the region.
    var childShare: Double
    /// Share of those children in towns (the rest are rural).
    var urbanShare: Double
}

/// Country-level parameters of the synthetic world. Magnitudes are rounded from official
/// statistics (CSP, Statistics Lithuania, GUS); prevalence targets are documented in
/// datasets/README.md with their sources and with what is assumed.
struct CountryProfile: Sendable {
    var country: SynthesisRequest.Country
    var regions: [RegionProfile]
    /// Children aged 11–17 (the survey's target population).
    var pupils: Double
    /// Live births by calendar year (interpolated linearly between the listed years).
    var births: [(year: Int, count: Double)]
    /// Yearly net loss through emigration and mortality, as a share per year of age.
    var attritionPerYear: Double
    /// Year the synthetic survey was fielded.
    var surveyYear: Int
    /// Lifetime population shares the survey model is calibrated to.
    var targets: PrevalenceTargets

    /// Live births in `year`, linear between table entries, flat beyond the ends.
    func births(in year: Int) -> Double {
        guard let first = births.first, let last = births.last else { return 0 }
        if year <= first.year { return first.count }
        if year >= last.year { return last.count }
        for (a, b) in zip(births, births.dropFirst()) where year >= a.year && year <= b.year {
            let t = Double(year - a.year) / Double(b.year - a.year)
            return a.count + t * (b.count - a.count)
        }
        return last.count
    }

    /// The profile of `country`.
    static func of(_ country: SynthesisRequest.Country) -> CountryProfile {
        switch country {
        case .latvia: return .latvia
        case .lithuania: return .lithuania
        case .poland: return .poland
        }
    }
}

/// Population shares (ages 11–17, both sexes) the survey model is calibrated to.
extension CountryProfile {
    /// The profile of the survey round of `year` (nil or the country's own year: unchanged).
    /// Contact and non-contact abuse stay as they are; online solicitation and image-based
    /// abuse grow by 6% a year (relative) after the country's own round and shrink before it,
    /// so that change between rounds shows in the online indicators only.
    func round(_ year: Int?) -> CountryProfile {
        guard let year, year != surveyYear else { return self }
        var profile = self
        let growth = PortableMath.exp(Double(year - surveyYear) * 0.058_268_908_123_975_78)  // 1.06 per year
        profile.targets.onlineSolicitation = min(0.9, targets.onlineSolicitation * growth)
        profile.targets.imageBasedAbuse = min(0.9, targets.imageBasedAbuse * growth)
        profile.surveyYear = year
        return profile
    }
}

struct PrevalenceTargets: Sendable {
    var contactLifetime: Double
    var noncontactLifetime: Double
    var onlineSolicitation: Double
    var imageBasedAbuse: Double
}

extension CountryProfile {
    static let latvia = CountryProfile(
        country: .latvia,
        regions: [
            RegionProfile(slug: "riga", code: "1", name: "Rīga", childShare: 0.31, urbanShare: 1.0),
            RegionProfile(slug: "pieriga", code: "2", name: "Pierīga", childShare: 0.21, urbanShare: 0.45),
            RegionProfile(slug: "vidzeme", code: "3", name: "Vidzeme", childShare: 0.09, urbanShare: 0.45),
            RegionProfile(slug: "kurzeme", code: "4", name: "Kurzeme", childShare: 0.12, urbanShare: 0.6),
            RegionProfile(slug: "zemgale", code: "5", name: "Zemgale", childShare: 0.12, urbanShare: 0.5),
            RegionProfile(slug: "latgale", code: "6", name: "Latgale", childShare: 0.13, urbanShare: 0.55),
        ],
        pupils: 140_000,
        births: [
            (1997, 18_800), (2000, 20_200), (2005, 21_500), (2008, 24_400), (2010, 19_200),
            (2014, 22_000), (2016, 21_900), (2018, 19_300), (2020, 17_600), (2022, 15_900),
            (2023, 14_000), (2024, 12_900),
        ],
        attritionPerYear: 0.004,
        surveyYear: 2019,
        targets: PrevalenceTargets(
            contactLifetime: 0.055, noncontactLifetime: 0.14,
            onlineSolicitation: 0.12, imageBasedAbuse: 0.05))

    static let lithuania = CountryProfile(
        country: .lithuania,
        regions: [
            RegionProfile(slug: "alytus", code: "1", name: "Alytaus apskritis", childShare: 0.05, urbanShare: 0.6),
            RegionProfile(slug: "kaunas", code: "2", name: "Kauno apskritis", childShare: 0.20, urbanShare: 0.7),
            RegionProfile(slug: "klaipeda", code: "3", name: "Klaipėdos apskritis", childShare: 0.11, urbanShare: 0.7),
            RegionProfile(slug: "marijampole", code: "4", name: "Marijampolės apskritis", childShare: 0.05, urbanShare: 0.5),
            RegionProfile(slug: "panevezys", code: "5", name: "Panevėžio apskritis", childShare: 0.07, urbanShare: 0.6),
            RegionProfile(slug: "siauliai", code: "6", name: "Šiaulių apskritis", childShare: 0.09, urbanShare: 0.6),
            RegionProfile(slug: "taurage", code: "7", name: "Tauragės apskritis", childShare: 0.03, urbanShare: 0.45),
            RegionProfile(slug: "telsiai", code: "8", name: "Telšių apskritis", childShare: 0.05, urbanShare: 0.5),
            RegionProfile(slug: "utena", code: "9", name: "Utenos apskritis", childShare: 0.04, urbanShare: 0.55),
            RegionProfile(slug: "vilnius", code: "10", name: "Vilniaus apskritis", childShare: 0.31, urbanShare: 0.8),
        ],
        pupils: 205_000,
        births: [
            (1997, 37_800), (2000, 34_100), (2003, 30_600), (2006, 31_300), (2009, 36_700),
            (2012, 30_500), (2015, 31_500), (2017, 28_700), (2019, 27_400), (2021, 23_300),
            (2022, 22_100), (2023, 20_100), (2024, 19_000),
        ],
        attritionPerYear: 0.004,
        surveyYear: 2019,
        targets: PrevalenceTargets(
            contactLifetime: 0.06, noncontactLifetime: 0.15,
            onlineSolicitation: 0.13, imageBasedAbuse: 0.05))

    static let poland = CountryProfile(
        country: .poland,
        regions: [
            ("dolnoslaskie", "02", "dolnośląskie", 0.075, 0.68), ("kujawsko-pomorskie", "04", "kujawsko-pomorskie", 0.054, 0.58),
            ("lubelskie", "06", "lubelskie", 0.055, 0.45), ("lubuskie", "08", "lubuskie", 0.026, 0.63),
            ("lodzkie", "10", "łódzkie", 0.058, 0.62), ("malopolskie", "12", "małopolskie", 0.093, 0.47),
            ("mazowieckie", "14", "mazowieckie", 0.146, 0.64), ("opolskie", "16", "opolskie", 0.022, 0.52),
            ("podkarpackie", "18", "podkarpackie", 0.057, 0.40), ("podlaskie", "20", "podlaskie", 0.030, 0.60),
            ("pomorskie", "22", "pomorskie", 0.065, 0.64), ("slaskie", "24", "śląskie", 0.113, 0.76),
            ("swietokrzyskie", "26", "świętokrzyskie", 0.029, 0.44),
            ("warminsko-mazurskie", "28", "warmińsko-mazurskie", 0.036, 0.58),
            ("wielkopolskie", "30", "wielkopolskie", 0.096, 0.54),
            ("zachodniopomorskie", "32", "zachodniopomorskie", 0.042, 0.68),
        ].map { RegionProfile(slug: $0.0, code: $0.1, name: $0.2, childShare: $0.3, urbanShare: $0.4) },
        pupils: 2_700_000,
        births: [
            (1997, 412_600), (2000, 378_300), (2003, 351_100), (2006, 374_200), (2009, 417_600),
            (2012, 386_300), (2015, 369_300), (2017, 401_900), (2018, 388_200), (2019, 375_000),
            (2020, 355_300), (2021, 331_500), (2022, 305_100), (2023, 272_500), (2024, 252_000),
        ],
        attritionPerYear: 0.0005,
        surveyYear: 2018,
        targets: PrevalenceTargets(
            contactLifetime: 0.07, noncontactLifetime: 0.20,
            onlineSolicitation: 0.15, imageBasedAbuse: 0.06))
}
