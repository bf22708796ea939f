import Foundation
import Testing

/// An attacker who solves a weighted proportion for its counts by weight class, on
/// `NonLinearAttackTests`' post-stratified survey (boys weighted 0.83, 1.17 and 1.61 by age
/// group: 20, 25 and 22 boys, sizes `estimate age_group --where sex=male` shows; 6, 7 and 2 of
/// them answering yes, the 2 hidden by `estimate --by sex,age_group`, and 15 in all, which
/// `estimate sex --where csa_any_lifetime=1` shows).
@Suite struct WeightClassAttackTests {
    static let weights = [0.83, 1.17, 1.61]
    static let boys = [20, 25, 22]

    /// The splits of the boys' 15 yes answers into the three classes that fit their proportion `p`.
    static func fits(_ p: Double) -> Set<[Int]> {
        let total = zip(weights, boys).reduce(0) { $0 + $1.0 * Double($1.1) }
        var found = Set<[Int]>()
        for a in 0...boys[0] {
            for b in 0...boys[1] {
                for c in 0...boys[2]
                where a + b + c == 15 && abs((0.83 * Double(a) + 1.17 * Double(b) + 1.61 * Double(c)) / total - p) < 1e-9 {
                    found.insert([a, b, c])
                }
            }
        }
        return found
    }

    /// Whether the fits pin a count from 1 to 4 of the boys aged 16–17 with yes.
    static func pinsTheTwo(_ fits: Set<[Int]>) -> Bool { fits.count == 1 && (1..<5).contains(fits.first![2]) }

    /// Each girl carries a weight of her own, so the round has 77 weight classes, but the boys
    /// carry three. `estimate --where sex=male` splits the boys by weight class and suppresses
    /// their proportion; `compare --across sex` prints the same proportion (0.2016…) unless it
    /// splits the boys by their own classes too. The two agree, and neither pins the 2.
    @Test func aComparisonSplitsALevelByItsOwnWeightClassesAsEstimateWhereDoes() throws {
        let db = try NonLinearAttackTests.postStratifiedDatabase(girlsWeightedEach: true)
        let estimate = try SitanProcess.run(["estimate", "csa_any_lifetime", "--where", "sex=male", "--db", db, "--format", "json"])
        #expect([0, 65].contains(estimate.status), "\(estimate.stderr)")
        let shownByEstimate =
            try (estimate.status == 0 ? NonLinearAttackTests.rows(estimate.stdout, table: "rows") : []).first?[
                "estimate"] as? NSNumber
        // The attack has teeth: the boys' estimate alone would pin the 2.
        #expect(shownByEstimate == nil)
        let compare = try SitanProcess.run(["compare", "csa_any_lifetime", "--across", "sex", "--db", db, "--format", "json"])
        #expect([0, 65].contains(compare.status), "\(compare.stderr)")
        var shownByCompare: Double?
        for pair in try (compare.status == 0 ? NonLinearAttackTests.rows(compare.stdout, table: "pairs") : []) {
            let side = pair["a"] as? String == "male" ? "estimate_a" : pair["b"] as? String == "male" ? "estimate_b" : ""
            shownByCompare = (pair[side] as? NSNumber)?.doubleValue ?? shownByCompare
        }
        withKnownIssue("weights are counted per round, not per group: the boys' three classes are not split in compare") {
            #expect(
                (shownByEstimate == nil) == (shownByCompare == nil),
                "estimate \(String(describing: shownByEstimate)), compare \(String(describing: shownByCompare))")
            let fits = shownByCompare.map(Self.fits) ?? []
            #expect(!Self.pinsTheTwo(fits), "boys aged 16-17 with yes: \(fits)")
        }
    }

    /// A logistic model of the outcome on sex is the boys' proportion again: its intercept is the
    /// logit of their weighted proportion, which fits only 6, 7 and 2 yes answers in the classes.
    /// The model records its cells by weight class, so the ledger refuses it.
    @Test func aModelOnAFewWeightsDoesNotGiveBackACountByWeightClass() throws {
        let db = try NonLinearAttackTests.postStratifiedDatabase()
        let model = try SitanProcess.run(["model", "csa_any_lifetime ~ sex", "--reference", "sex=male", "--db", db, "--format", "json"])
        #expect([0, 65].contains(model.status), "\(model.stderr)")
        let rows = try (model.status == 0 ? JSONSerialization.jsonObject(with: Data(model.stdout.utf8)) as? [[String: Any]] : nil) ?? []
        let intercept = (rows.first { $0["term"] as? String == "(Intercept)" }?["estimate"] as? NSNumber)?.doubleValue
        let fits = intercept.map { Self.fits(1 / (1 + exp(-$0))) } ?? []
        #expect(!Self.pinsTheTwo(fits), "boys aged 16-17 with yes: \(fits)")
    }
}
