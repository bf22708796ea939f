/// How a survey was carried out, as its codebook's `methods:` section states it: what the
/// report's methods chapter shows for each survey (see docs/codebooks.md).
///
/// Every field is optional; the report shows a dash for one the codebook leaves out. The
/// values are the partner's own words, stored with the source and shown as text; each text is
/// given once or per language (``LocalizedText``).
package struct SurveyMethods: Sendable, Equatable, Codable {
    /// The first and last day of fieldwork (`yyyy-MM-dd`).
    package var fieldworkStart: String?
    package var fieldworkEnd: String?
    /// The list the sample was drawn from (a register of schools, say).
    package var samplingFrame: LocalizedText?
    /// How the sample was drawn (strata, stages, sizes).
    package var design: LocalizedText?
    /// The share of sampled schools and of sampled pupils that took part, in percent (0–100).
    package var schoolResponseRate: Double?
    package var pupilResponseRate: Double?
    /// How the weights were built (design weights, non-response adjustment, calibration).
    package var weighting: LocalizedText?
    /// The questionnaire and how it was given (self-completed on paper, online).
    package var instrument: LocalizedText?
    /// The wording of the question behind each harmonised variable, by variable name.
    package var questions: [String: LocalizedText] = [:]

    package init() {}
}
