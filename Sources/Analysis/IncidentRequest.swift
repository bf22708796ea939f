/// `sitan incidents --across VAR [--by country,year] [--offence CODE] [--stage STAGE]`: the
/// distribution of recorded incidents over the categories of one variable.
package struct IncidentRequest: Sendable, Equatable {
    /// The variables that may define row groups.
    package static let groupingVariables = ["country", "year"]

    /// The variable whose categories form the columns (`victim_sex`, `victim_age_group`,
    /// `perpetrator_relation`, `online`, `iccs`, or any other incident variable).
    package var across: String
    /// The row groups, a subset of ``groupingVariables`` (empty: one row of everything).
    package var by: [String]
    /// The ICCS code (without prefix); codes below it match too. Nil: every incident.
    package var offence: String?
    /// The stage cases must have reached; nil: every recorded case.
    package var stage: IncidentStage?

    /// Creates a request.
    package init(across: String, by: [String] = ["country"], offence: String? = nil, stage: IncidentStage? = nil) {
        self.across = across
        self.by = by
        self.offence = offence
        self.stage = stage
    }

    /// Creates a request from command-line text, checking every option.
    ///
    /// - Throws: ``RateError/malformedArgument(option:argument:expected:)`` for a bad value.
    package init(across: String, by: [String], offence: String?, stageName stage: String?) throws {
        let groups = try RateRequest.parseGroups(by, allowed: Self.groupingVariables)
        guard !groups.contains(across), !across.isEmpty, !across.hasPrefix("_") else {
            throw RateError.malformedArgument(
                option: "--across", argument: across, expected: "an incident variable that is not also in --by")
        }
        let stages = try stage.map { name in
            guard let value = IncidentStage(rawValue: name) else {
                throw RateError.malformedArgument(option: "--stage", argument: name, expected: "recorded, prosecuted or convicted")
            }
            return value
        }
        self.init(across: across, by: groups, offence: try offence.map(RateRequest.parseOffence), stage: stages)
    }
}
