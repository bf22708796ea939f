/// A band of single years of age that rates by victim age group count in (`0-4`, `5-9`, ...).
///
/// The bands are those of the harmonised variable `victim_age_group` (its categories in the
/// shipped dictionary and the incident codebooks' `bands:`): an incident's victim age (whole
/// years, `victim_age`) falls in exactly one band, and the band's population is the sum of
/// the single years of age it spans.
package struct AgeBand: Sendable, Hashable {
    /// The label, `low-high` (`10-14`).
    package let label: String
    /// The ages the band spans.
    package let ages: ClosedRange<Int>

    /// Creates a band of the ages `low...high`, labelled `low-high`.
    package init(_ low: Int, _ high: Int) {
        label = "\(low)-\(high)"
        ages = low...high
    }

    /// The bands `sitan rates --by age_group` uses: 0–4, 5–9, 10–14, 15–17, the categories of
    /// `victim_age_group` (children aged 0–17, so every child's age is in one band).
    package static let standard = [AgeBand(0, 4), AgeBand(5, 9), AgeBand(10, 14), AgeBand(15, 17)]

    /// The band of a stored age as the release ledger writes it (`"7"`), nil when the age is
    /// missing, not a whole number or outside every band.
    static func band(of age: String?, in bands: [AgeBand]) -> AgeBand? {
        guard let age, let value = Int(age), String(value) == age else { return nil }
        return bands.first { $0.ages.contains(value) }
    }

    /// The order of group labels: whole numbers (years) numerically, bands by their first age,
    /// the victim sexes in the dictionary's order (``VictimSex/values``), other labels as text.
    static func labelOrder(_ lhs: String, _ rhs: String) -> Bool {
        if let a = Int(lhs), let b = Int(rhs) { return a < b }
        if let a = VictimSex.values.firstIndex(of: lhs), let b = VictimSex.values.firstIndex(of: rhs) { return a < b }
        if let a = lowerAge(lhs), let b = lowerAge(rhs), a != b { return a < b }
        return lhs < rhs
    }

    /// The first age of a label `low-high`, nil for any other label.
    private static func lowerAge(_ label: String) -> Int? {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, Int(parts[1]) != nil else { return nil }
        return Int(parts[0])
    }
}

/// The victim sexes a rate by sex is computed for, in output order: the order of the
/// harmonised dictionary's `sex` and `victim_sex` categories, which the report's tables follow
/// too (the population files give children by these two sexes).
package enum VictimSex {
    package static let values = ["male", "female"]
}
