/// A published number that is a linear function of counts: the sum of a numeric variable over
/// some units (a mean times its `n`, a total), each term a count of the units with one value
/// (and one weight class) times that value (and weight).
///
/// The audit sees it as one more equation over the atoms: the terms split the atoms by the
/// variable's values, so a count of units with a value (two pupils aged 15) is pinned when the
/// equations of the counts and the sums together fix it.
package struct LinearCount: Hashable, Sendable {
    /// The counts and their coefficients; the terms are disjoint.
    package let terms: [Term]

    /// One term: a count times a coefficient.
    package struct Term: Hashable, Sendable {
        package let predicate: CountPredicate
        package let coefficient: Double

        package init(_ predicate: CountPredicate, coefficient: Double) {
            self.predicate = predicate
            self.coefficient = coefficient
        }
    }

    /// The function of `terms`, scaled so that its largest coefficient is 1 in absolute value
    /// (the span, and so the audit, does not depend on the scale).
    package init(_ terms: [Term]) {
        let largest = terms.map { abs($0.coefficient) }.max() ?? 0
        self.terms = largest > 0 ? terms.map { Term($0.predicate, coefficient: $0.coefficient / largest) } : terms
    }

    /// The counts the terms use.
    package var predicates: [CountPredicate] { terms.map(\.predicate) }
}
