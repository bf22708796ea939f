/// One generated pupil's true answers (before item nonresponse is applied).
struct SurveyPupil: Sendable {
    var female: Bool
    var age: Int
    var contact = false
    var contactPastYear = false
    var noncontact = false
    var noncontactPastYear = false
    var online = false
    var image = false
    /// Index into family, known adult, peer, stranger, online only; nil when not abused.
    var perpetrator: Int?
    var told = false
    var toldParent = false
    var police = false
    var help = false

    /// True when the pupil experienced any contact or non-contact abuse.
    var abused: Bool { contact || noncontact }
}

extension SurveyModel {
    /// Draws one pupil of a school with effect `u`, following the model exactly.
    func drawPupil(u: Double, rng: inout SeededGenerator) -> SurveyPupil {
        var pupil = SurveyPupil(
            female: rng.bernoulli(SurveyModel.femaleShare),
            age: rng.integer(in: SurveyModel.ages))
        // Only the four probabilities this pupil's path needs (the same formulas as `probabilities`).
        let l = logits(female: pupil.female, age: pupil.age, u: u)
        pupil.contact = rng.bernoulli(PortableMath.logistic(l.contact))
        pupil.noncontact = rng.bernoulli(PortableMath.logistic(l.noncontact + (pupil.contact ? 2.0 : 0)))
        pupil.contactPastYear = pupil.contact && rng.bernoulli(0.40)
        pupil.noncontactPastYear = pupil.noncontact && rng.bernoulli(0.50)
        pupil.online = rng.bernoulli(PortableMath.logistic(l.online + (pupil.noncontact ? 1.5 : 0)))
        pupil.image = rng.bernoulli(PortableMath.logistic(l.image + (pupil.online ? 1.8 : 0)))
        guard pupil.abused else { return pupil }
        let shares = pupil.contact ? SurveyModel.perpetratorContact : SurveyModel.perpetratorNoncontact
        pupil.perpetrator = rng.pick(weights: shares)
        pupil.told = rng.bernoulli(SurveyModel.tellShare(female: pupil.female))
        pupil.toldParent = pupil.told && rng.bernoulli(0.55)
        pupil.police = rng.bernoulli(pupil.contact ? 0.12 : 0.04)
        pupil.help = rng.bernoulli(pupil.told ? 0.35 : 0.05)
        return pupil
    }
}
