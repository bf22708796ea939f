/// The outcome model behind every synthetic pupil: logistic in sex, age and a school effect.
///
/// For a pupil of sex s (1 = girl), age a and school effect u:
/// - contact abuse, lifetime: logit⁻¹(α_c + 0.55 s + 0.20 (a − 14) + u)
/// - non-contact, lifetime: logit⁻¹(α_n + 0.60 s + 0.18 (a − 14) + u + 2.0·contact)
/// - past year, given lifetime: 40% (contact), 50% (non-contact)
/// - online solicitation: logit⁻¹(α_o + 0.50 s + 0.15 (a − 14) + u + 1.5·noncontact)
/// - image-based abuse: logit⁻¹(α_i + 0.40 s + 0.25 (a − 14) + u + 1.8·solicitation)
/// - among abused pupils: perpetrator (by contact/non-contact), told anyone (girls 65%,
///   boys 45%), told a parent (55% of those who told), police (12% contact, 4% otherwise),
///   help (35% if told, 5% if not).
/// The intercepts α are calibrated so the population shares hit ``PrevalenceTargets``;
/// the girl/boy log odds ratio 0.55–0.60 reproduces Poland's 2012 15.7% vs 9.2%.
struct SurveyModel: Sendable {
    let alphaContact: Double
    let alphaNoncontact: Double
    let alphaOnline: Double
    let alphaImage: Double

    /// Share of girls among pupils aged 11–17.
    static let femaleShare = 0.487
    /// Ages in the school population.
    static let ages = 11...17
    /// Standard deviation of the school effect on the logit scale (gives a design effect near 2).
    static let schoolSD = 0.5
    /// Perpetrator distribution when there was contact abuse: family, known adult, peer, stranger, online only.
    static let perpetratorContact = [0.22, 0.25, 0.33, 0.15, 0.05]
    /// Perpetrator distribution when there was only non-contact abuse.
    static let perpetratorNoncontact = [0.05, 0.10, 0.35, 0.20, 0.30]

    /// Calibrates the four intercepts to `targets` by bisection over the population model.
    init(targets: PrevalenceTargets) {
        let c = SurveyModel.calibrate(targets.contactLifetime) {
            SurveyModel(alphas: [$0, -30, -30, -30]).populationShare(.contactLifetime)
        }
        let n = SurveyModel.calibrate(targets.noncontactLifetime) {
            SurveyModel(alphas: [c, $0, -30, -30]).populationShare(.noncontactLifetime)
        }
        let o = SurveyModel.calibrate(targets.onlineSolicitation) {
            SurveyModel(alphas: [c, n, $0, -30]).populationShare(.onlineSolicitation)
        }
        let i = SurveyModel.calibrate(targets.imageBasedAbuse) {
            SurveyModel(alphas: [c, n, o, $0]).populationShare(.imageBasedAbuse)
        }
        self.init(alphas: [c, n, o, i])
    }

    private init(alphas: [Double]) {
        alphaContact = alphas[0]
        alphaNoncontact = alphas[1]
        alphaOnline = alphas[2]
        alphaImage = alphas[3]
    }

    /// Bisection for the intercept giving `target` (share is increasing in the intercept).
    private static func calibrate(_ target: Double, share: (Double) -> Double) -> Double {
        var low = -15.0
        var high = 5.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if share(mid) < target { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// The model's population share of an unconditional indicator, integrating the school
    /// effect with 5-point Gauss–Hermite quadrature.
    func populationShare(_ indicator: Indicator) -> Double {
        let nodes = [0.0, 1.355_626_179_974_266, -1.355_626_179_974_266, 2.856_970_013_872_806, -2.856_970_013_872_806]
        let weights = [
            0.533_333_333_333_333_3, 0.222_075_922_005_612_65, 0.222_075_922_005_612_65,
            0.011_257_411_327_720_691, 0.011_257_411_327_720_691,
        ]
        var total = 0.0
        for (x, w) in zip(nodes, weights) {
            total += w * schoolExpectation(u: x * SurveyModel.schoolSD)[indicator.rawValue]
        }
        return total
    }

    /// Expected values (per pupil) in a school with effect `u` and the standard age–sex mix.
    func schoolExpectation(u: Double) -> [Double] {
        var sum = [Double](repeating: 0, count: Indicator.allCases.count)
        let ageWeight = 1 / Double(SurveyModel.ages.count)
        for female in [false, true] {
            let sexWeight = female ? SurveyModel.femaleShare : 1 - SurveyModel.femaleShare
            for age in SurveyModel.ages {
                let cell = expectation(female: female, age: age, u: u)
                for k in sum.indices { sum[k] += sexWeight * ageWeight * cell[k] }
            }
        }
        return sum
    }

    /// Expected values of every ``Indicator`` for one pupil; conditional items are joint
    /// with `csa_any_lifetime` (the truth divides them by the share abused).
    func expectation(female: Bool, age: Int, u: Double) -> [Double] {
        let p = probabilities(female: female, age: age, u: u)
        let pContact = p.contact
        let pNoncontact = pContact * p.noncontactIfContact + (1 - pContact) * p.noncontactIfNot
        let pAny = 1 - (1 - pContact) * (1 - p.noncontactIfNot)
        let pOnline = pNoncontact * p.onlineIfNoncontact + (1 - pNoncontact) * p.onlineIfNot
        let pImage = pOnline * p.imageIfOnline + (1 - pOnline) * p.imageIfNot
        let tell = SurveyModel.tellShare(female: female)
        var e = [Double](repeating: 0, count: Indicator.allCases.count)
        e[Indicator.contactLifetime.rawValue] = pContact
        e[Indicator.contactPastYear.rawValue] = pContact * 0.40
        e[Indicator.noncontactLifetime.rawValue] = pNoncontact
        e[Indicator.noncontactPastYear.rawValue] = pNoncontact * 0.50
        e[Indicator.anyLifetime.rawValue] = pAny
        e[Indicator.onlineSolicitation.rawValue] = pOnline
        e[Indicator.imageBasedAbuse.rawValue] = pImage
        e[Indicator.disclosedAnyone.rawValue] = pAny * tell
        e[Indicator.disclosedParent.rawValue] = pAny * tell * 0.55
        e[Indicator.reportedPolice.rawValue] = pContact * 0.12 + (pAny - pContact) * 0.04
        e[Indicator.receivedHelp.rawValue] = pAny * (tell * 0.35 + (1 - tell) * 0.05)
        for k in 0..<5 {
            e[Indicator.perpetratorFamily.rawValue + k] =
                pContact * SurveyModel.perpetratorContact[k] + (pAny - pContact) * SurveyModel.perpetratorNoncontact[k]
        }
        return e
    }

    /// Share of abused pupils who told someone.
    static func tellShare(female: Bool) -> Double { female ? 0.65 : 0.45 }

    /// The model's conditional probabilities for one pupil.
    func probabilities(female: Bool, age: Int, u: Double) -> Probabilities {
        let l = logits(female: female, age: age, u: u)
        return Probabilities(
            contact: PortableMath.logistic(l.contact),
            noncontactIfContact: PortableMath.logistic(l.noncontact + 2.0), noncontactIfNot: PortableMath.logistic(l.noncontact),
            onlineIfNoncontact: PortableMath.logistic(l.online + 1.5), onlineIfNot: PortableMath.logistic(l.online),
            imageIfOnline: PortableMath.logistic(l.image + 1.8), imageIfNot: PortableMath.logistic(l.image))
    }

    /// Linear predictors before the boosts for earlier outcomes (+2.0, +1.5, +1.8).
    func logits(female: Bool, age: Int, u: Double) -> (contact: Double, noncontact: Double, online: Double, image: Double) {
        let s = female ? 1.0 : 0.0
        let a = Double(age - 14)
        return (
            alphaContact + 0.55 * s + 0.20 * a + u, alphaNoncontact + 0.60 * s + 0.18 * a + u,
            alphaOnline + 0.50 * s + 0.15 * a + u, alphaImage + 0.40 * s + 0.25 * a + u
        )
    }

    /// Conditional probabilities for one pupil.
    struct Probabilities {
        var contact, noncontactIfContact, noncontactIfNot: Double
        var onlineIfNoncontact, onlineIfNot, imageIfOnline, imageIfNot: Double
    }
}

/// The survey's binary indicators and the perpetrator categories, as indices into expectation arrays.
enum Indicator: Int, CaseIterable, Sendable {
    case contactLifetime, contactPastYear, noncontactLifetime, noncontactPastYear, anyLifetime
    case onlineSolicitation, imageBasedAbuse
    case disclosedAnyone, disclosedParent, reportedPolice, receivedHelp
    case perpetratorFamily, perpetratorKnownAdult, perpetratorPeer, perpetratorStranger, perpetratorOnlineOnly

    /// The harmonised variable (or `perpetrator_relation=<category>`).
    var variable: String {
        switch self {
        case .contactLifetime: return "csa_contact_lifetime"
        case .contactPastYear: return "csa_contact_past_year"
        case .noncontactLifetime: return "csa_noncontact_lifetime"
        case .noncontactPastYear: return "csa_noncontact_past_year"
        case .anyLifetime: return "csa_any_lifetime"
        case .onlineSolicitation: return "online_solicitation"
        case .imageBasedAbuse: return "image_based_abuse"
        case .disclosedAnyone: return "disclosed_anyone"
        case .disclosedParent: return "disclosed_parent"
        case .reportedPolice: return "reported_police"
        case .receivedHelp: return "received_help"
        case .perpetratorFamily: return "family"
        case .perpetratorKnownAdult: return "known_adult"
        case .perpetratorPeer: return "peer"
        case .perpetratorStranger: return "stranger"
        case .perpetratorOnlineOnly: return "online_only"
        }
    }

    /// True for items asked only of pupils who reported abuse (their truth is a share of those).
    var isConditional: Bool { rawValue >= Indicator.disclosedAnyone.rawValue }
}
