/// The atoms that every table consistent with the published counts leaves empty.
///
/// On P = {x ≥ 0 : A x = b}, with the true table x* in P, atom j is forced to zero exactly
/// when some combination y of the published equations has yᵀA ≥ 0 and (yᵀA)_j > 0 (Farkas):
/// then yᵀb = yᵀA x* forces yᵀA to vanish on the support S of x*. So y lies in the orthogonal
/// complement of the columns A_S, and only the projections r_j of the other columns onto that
/// complement matter. They span a space of the redundancy's dimension, usually 0 or small,
/// where a few small linear programs (each finds at least one more forced atom) settle it.
enum ImplicitZeros {
    /// The forced-zero atoms.
    ///
    /// - Parameters:
    ///   - columns: the column of each atom in the published equations (which equations count it).
    ///   - counts: the true atom counts.
    static func find(columns: [[Double]], counts: [Int]) -> Set<Int> {
        guard let equations = columns.first?.count, equations > 0 else { return [] }
        let atoms = counts.indices
        let column = { (j: Int) in columns[j] }
        var support = OrthogonalBasis(dimension: equations)
        var seen = Set<[Double]>()
        for j in atoms where counts[j] > 0 {
            let c = column(j)
            if seen.insert(c).inserted { support.add(c) }
        }
        // Distinct nonzero projections r_j of the empty atoms' columns.
        var projections: [[Double]: [Int]] = [:]
        for j in atoms where counts[j] == 0 {
            var r = column(j)
            if r.allSatisfy({ $0 == 0 }) { continue }
            support.project(out: &r)
            support.project(out: &r)
            if OrthogonalBasis.dot(r, r).squareRoot() <= 1e-7 { continue }
            // Only the direction matters (uᵀr > 0 is scale-free): one program row per direction.
            let norm = OrthogonalBasis.dot(r, r).squareRoot()
            projections[r.map { ($0 / norm * 1e9).rounded() / 1e9 }, default: []].append(j)
        }
        guard !projections.isEmpty else { return [] }
        let keys = projections.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var span = OrthogonalBasis(dimension: equations)
        for r in keys { span.add(r) }
        let coordinates = keys.map { r in span.vectors.map { OrthogonalBasis.dot($0, r) } }
        // Should the programs fail (numerically), every candidate counts as forced: the audit
        // then assumes a reader knows more, never less.
        let forced = forcedPositive(coordinates) ?? Array(keys.indices)
        return Set(forced.flatMap { projections[keys[$0]]! })
    }

    /// The indices i for which some u with uᵀb_l ≥ 0 for all l has uᵀb_i > 0.
    ///
    /// Each round maximises the sum of the candidates' uᵀb_i, capped at 1 in total, over
    /// u = u⁺ − u⁻; positive ones are found, the rest stay candidates until the maximum is 0.
    static func forcedPositive(_ b: [[Double]]) -> [Int]? {
        let q = b.first?.count ?? 0
        let p = b.count
        var candidates = Array(0..<p)
        var found: [Int] = []
        while !candidates.isEmpty {
            // Variables: u⁺ (q), u⁻ (q), s (p), t (1).
            let width = 2 * q + p + 1
            var equations: [[Double]] = []
            var rhs: [Double] = []
            for i in 0..<p {
                var row = [Double](repeating: 0, count: width)
                for k in 0..<q {
                    row[k] = b[i][k]
                    row[q + k] = -b[i][k]
                }
                row[2 * q + i] = -1
                equations.append(row)
                rhs.append(0)
            }
            var normal = [Double](repeating: 0, count: width)
            for i in candidates { normal[2 * q + i] = 1 }
            normal[width - 1] = 1
            equations.append(normal)
            rhs.append(1)
            guard let program = LinearProgram(equations: equations, rightHandSides: rhs, variables: width) else { return nil }
            var costs = [Double](repeating: 0, count: width)
            for i in candidates { costs[2 * q + i] = -1 }
            guard let point = program.minimizer(of: costs) else { return nil }
            let positive = candidates.filter { point[2 * q + $0] > 1e-9 }
            if positive.isEmpty { break }
            found += positive
            candidates.removeAll { point[2 * q + $0] > 1e-9 }
        }
        return found.sorted()
    }
}
