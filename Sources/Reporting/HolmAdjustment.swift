/// Holm's step-down adjustment of p-values for multiple testing (Holm 1979), as R's
/// `p.adjust(p, method = "holm")`.
///
/// The i-th smallest of m p-values becomes `max over j ≤ i of min(1, (m − j + 1) p_(j))`. A
/// p-value that is not published (nil) counts as the largest of the family: the adjusted values
/// of the others are then at least as large as with the true value, so the adjustment stays
/// conservative; its own adjusted value stays nil.
enum HolmAdjustment {
    /// The adjusted p-values, in the order given.
    static func adjust(_ pValues: [Double?]) -> [Double?] {
        let m = pValues.count
        let known = pValues.indices.filter { pValues[$0] != nil }.sorted { (pValues[$0]!, $0) < (pValues[$1]!, $1) }
        var adjusted = [Double?](repeating: nil, count: m)
        var running = 0.0
        for (rank, index) in known.enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[index]!))
            adjusted[index] = running
        }
        return adjusted
    }
}
