import Disclosure
import Testing

@testable import Analysis

/// Categorical columns read as dictionary codes: each stored text is found among the categories
/// byte for byte, short or long, and a text outside them is refused, never counted as missing.
@Suite struct FactorColumnTests {
    private func estimate(_ regions: [String]) throws -> PublishedEstimate {
        var respondents = SyntheticSurvey.group("female", count: 40, ones: 12) + SyntheticSurvey.group("male", count: 40, ones: 20)
        for i in respondents.indices { respondents[i].region = regions[i % regions.count] }
        let store = try SyntheticSurvey.make(respondents)
        return try SurveyAnalysis(store: store, disclosure: DisclosureControl(k: 5)).estimate(
            EstimateRequest(variable: "y", by: ["region", "sex"]))
    }

    @Test func categoriesAreFoundByTheirText() throws {
        let published = try estimate(["south", "north", "north"])
        #expect(published.rows.count == 4)
    }

    @Test(arguments: [["north", "west"], ["south", "north-north-west"], ["North", "south"]])
    func aTextOutsideTheCategoriesIsRefused(_ regions: [String]) throws {
        #expect {
            try estimate(regions)
        } throws: { error in
            "\(error)".contains("outside its dictionary categories")
        }
    }
}
