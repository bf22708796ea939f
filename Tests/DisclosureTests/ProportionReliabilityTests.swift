import Testing

@testable import Disclosure

/// Every cut-off of the NCHS standard, tested on both sides.
@Suite struct ProportionReliabilityTests {
    /// Inputs with a CI of the given width centred where possible on `estimate`.
    func inputs(
        n: Int = 1000, effective: Double = 1000, p: Double, width: Double, df: Double? = nil
    ) -> ReliabilityInputs {
        let lower = max(0, p - width / 2)
        return ReliabilityInputs(
            sampleSize: n, effectiveSampleSize: effective, estimate: p,
            lower: lower, upper: lower + width, degreesOfFreedom: df)
    }

    @Test func sampleSizeCutOffIsThirty() {
        #expect(ProportionReliability.assess(inputs(n: 29, p: 0.5, width: 0.04)) == .suppressed(.sampleSize))
        #expect(ProportionReliability.assess(inputs(n: 30, effective: 30, p: 0.5, width: 0.04)) == .reliable)
    }

    @Test func effectiveSampleSizeCutOffIsThirtyAndIsCappedAtN() {
        #expect(
            ProportionReliability.assess(inputs(effective: 29.9, p: 0.5, width: 0.04))
                == .suppressed(.effectiveSampleSize))
        #expect(ProportionReliability.assess(inputs(effective: 30, p: 0.5, width: 0.04)) == .reliable)
        let effective = ProportionReliability.effectiveSampleSize(estimate: 0.5, standardError: 0.05, sampleSize: 200)
        #expect(abs(effective - 100) < 1e-9)
        #expect(ProportionReliability.effectiveSampleSize(estimate: 0.5, standardError: 0.01, sampleSize: 200) == 200)
        #expect(ProportionReliability.effectiveSampleSize(estimate: 0, standardError: 0, sampleSize: 40) == 40)
    }

    @Test func absoluteWidthCutOffIsPointThree() {
        #expect(ProportionReliability.assess(inputs(p: 0.5, width: 0.30)) == .suppressed(.absoluteWidth))
        let computed = ReliabilityInputs(
            sampleSize: 100, effectiveSampleSize: 100, estimate: 0.35, lower: 0.2, upper: 0.5)
        #expect(ProportionReliability.assess(computed) == .suppressed(.absoluteWidth))
        #expect(ProportionReliability.assess(inputs(p: 0.5, width: 0.2999)) == .reliable)
    }

    @Test func relativeWidthCutOffIs130PercentAboveAWidthOfPointZeroFive() {
        // width 0.13: p = 0.1 gives exactly 130% (presented), p = 0.0999 gives more.
        #expect(ProportionReliability.assess(inputs(p: 0.1, width: 0.13)) == .reliable)
        #expect(ProportionReliability.assess(inputs(p: 0.0999, width: 0.13)) == .suppressed(.relativeWidth))
        // A width of 0.05 or less is presented whatever the relative width.
        #expect(ProportionReliability.assess(inputs(p: 0.01, width: 0.05)) == .reliable)
        #expect(ProportionReliability.assess(inputs(p: 0.01, width: 0.0501)) == .suppressed(.relativeWidth))
    }

    @Test func complementRuleFlagsButDoesNotSuppress() {
        #expect(ProportionReliability.assess(inputs(p: 0.9, width: 0.13)) == .reliable)
        #expect(ProportionReliability.assess(inputs(p: 0.9001, width: 0.13)) == .flagged([.wideRelativeToComplement]))
        #expect(ProportionReliability.assess(inputs(p: 0.5, width: 0.13, df: .nan)) == .flagged([.fewDegreesOfFreedom]))
        #expect(
            ProportionReliability.assess(inputs(p: 0.8999, width: 0.13))
                == .reliable)
    }

    @Test func designDegreesOfFreedomBelowEightAreFlagged() {
        #expect(ProportionReliability.assess(inputs(p: 0.5, width: 0.1, df: 7.9)) == .flagged([.fewDegreesOfFreedom]))
        #expect(ProportionReliability.assess(inputs(p: 0.5, width: 0.1, df: 8)) == .reliable)
    }

    @Test func zeroAndHundredPercentAreFlaggedWhenTheSampleIsLargeEnough() {
        #expect(
            ProportionReliability.assess(inputs(n: 40, effective: 0, p: 0, width: 0.09))
                == .flagged([.zeroOrHundredPercent]))
        #expect(ProportionReliability.assess(inputs(n: 29, p: 1, width: 0.1)) == .suppressed(.sampleSize))
    }

    @Test func reliabilityIsRenderedWithEurostatMarksAndPropagates() throws {
        let (columns, rows) = threeCountries()
        let published = try DisclosureControl().publish(CountTable(title: "t", columns: columns, rows: rows))
        #expect(
            published.rows.map { $0.map(\.text) } == [
                ["LV", "50", "50.0", "45.0"], ["LT", "50", ":u", ":u"], ["PL", "50", "50.0 u", "45.0 u"],
            ])
        #expect(published.rows[2][2].mark == .lowReliability && published.rows[2][2].value == 50)
        #expect(published.footnote.contains("u = low reliability"))
    }

    /// `reliability: flag` shows what the standard would suppress, with the `u` mark; small
    /// counts stay suppressed.
    @Test func flagRuleShowsUnreliableEstimatesWithTheirMark() throws {
        var (columns, rows) = threeCountries()
        rows.append(CountTable.Row([.text("EE"), .count(2), .number(50), .number(45)], reliability: [2: inputs(n: 2, p: 0.5, width: 0.1)]))
        let published = try DisclosureControl(reliability: .flag).publish(CountTable(title: "t", columns: columns, rows: rows))
        #expect(
            published.rows.map { $0.map(\.text) } == [
                ["LV", "50", "50.0", "45.0"], ["LT", "50", "10.0 u", "5.0 u"], ["PL", "50", "50.0 u", "45.0 u"],
                ["EE", ":c", ":c", ":c"],
            ])
        #expect(published.rows[1][2].mark == .lowReliability && published.rows[1][2].value == 10)
        #expect(published.footnote.contains("reliability rule is flag") && !published.footnote.contains(":u"))
    }

    /// Country, n, a percentage with reliability inputs and its lower limit: reliable (LV),
    /// too wide for the standard (LT), few degrees of freedom (PL).
    func threeCountries() -> ([CountTable.Column], [CountTable.Row]) {
        let columns = [
            CountTable.Column("Country", role: .key), CountTable.Column("n", role: .count),
            CountTable.Column("%", role: .derived(from: [1]), decimals: 1),
            CountTable.Column("CI low", role: .derived(from: [2]), decimals: 1),
        ]
        let rows = [
            CountTable.Row(
                [.text("LV"), .count(50), .number(50), .number(45)],
                reliability: [2: inputs(p: 0.5, width: 0.1)]),
            CountTable.Row(
                [.text("LT"), .count(50), .number(10), .number(5)],
                reliability: [2: inputs(p: 0.1, width: 0.2)]),
            CountTable.Row(
                [.text("PL"), .count(50), .number(50), .number(45)],
                reliability: [2: inputs(p: 0.5, width: 0.1, df: 5)]),
        ]
        return (columns, rows)
    }
}
