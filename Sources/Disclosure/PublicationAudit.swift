/// The exact audit of everything published from one data set: which small counts a reader
/// who solves the linear system of all published counts can pin to a single value.
///
/// Every published count is an equation over the atoms (``AtomGrid``) with x ≥ 0. A linear
/// function c·x is constant on P = {x ≥ 0 : A x = b} exactly when c lies in the row space of
/// A together with the unit rows of the atoms P forces to zero (``ImplicitZeros``): the
/// affine hull of P is cut out by those equations. So the audit is linear algebra — an
/// orthonormal basis of the published rows — plus a few small linear programs.
///
/// The aggregates checked are every cell of every marginal of the atoms (every subset of the
/// variables, every combination of classes, the atoms themselves), and every protected count
/// (a suppressed cell), whose true count is from 1 to k − 1. Membership is tested first
/// against random vectors orthogonal to the row space (a cell outside it has a nonzero product
/// with probability 1), and every cell that passes is confirmed by an exact projection, so a
/// cell is only reported pinned when it is.
package struct PublicationAudit {
    /// The grid of atoms.
    package let grid: AtomGrid
    /// The threshold: counts from 1 to k − 1 must not be pinned.
    package let k: Int

    /// Creates the audit of one data set.
    ///
    /// - Parameters:
    ///   - variables: every variable the published and protected counts use.
    ///   - units: the data's distinct value combinations over `variables`, with counts.
    ///   - predicates: every published and protected count (they define the classes).
    ///   - k: the threshold.
    ///   - limit: the largest number of atoms audited.
    /// - Throws: ``DisclosureError/auditTooLarge(atoms:)`` beyond `limit`.
    package init(
        variables: [String], units: [(values: [String?], count: Int)], predicates: [CountPredicate], k: Int, limit: Int = 200_000
    ) throws {
        guard let grid = AtomGrid(variables: variables, predicates: predicates, units: units, limit: limit) else {
            throw DisclosureError.auditTooLarge(limit: limit)
        }
        self.grid = grid
        self.k = k
    }

    /// The small aggregates pinned by a set of published counts.
    ///
    /// - Parameters:
    ///   - published: the counts a reader knows.
    ///   - protected: further counts that must not be pinned when small (suppressed cells).
    /// - Returns: each pinned aggregate whose true count is from 1 to k − 1, as a predicate.
    package func pinned(published: [CountPredicate], protected: [CountPredicate] = []) -> [CountPredicate] {
        var seen = Set<CountPredicate>()
        let rows = published.filter { seen.insert($0).inserted }.map(grid.indicator)
        var basis = OrthogonalBasis(dimension: grid.size)
        for row in rows where basis.rank < grid.size { basis.add(row) }
        for atom in ImplicitZeros.find(rows: rows, counts: grid.counts).sorted() {
            var unit = [Double](repeating: 0, count: grid.size)
            unit[atom] = 1
            basis.add(unit)
        }
        let probes = probes(orthogonalTo: basis)
        var found: [CountPredicate] = []
        var checked = Set<CountPredicate>()
        let confirm = { (predicate: CountPredicate) in
            if checked.insert(predicate).inserted, basis.contains(grid.indicator(predicate)) { found.append(predicate) }
        }
        for (predicate, sums) in smallMarginalCells(probes: probes) where sums.allSatisfy({ abs($0) <= 1e-7 }) {
            confirm(predicate)
        }
        for predicate in protected where (1..<k).contains(grid.count(predicate)) {
            let indicator = grid.indicator(predicate)
            if probes.allSatisfy({ abs(OrthogonalBasis.dot($0, indicator)) <= 1e-7 }) { confirm(predicate) }
        }
        return found
    }

    /// Whether each candidate count follows from the known counts alone (lies in their span):
    /// suppressing such a count protects nothing.
    package func follows(_ candidates: [CountPredicate], from known: [CountPredicate]) -> [Bool] {
        let basis = OrthogonalBasis.spanning(known.map(grid.indicator))
        return candidates.map { basis.contains(grid.indicator($0)) }
    }

    /// Random vectors projected onto the orthogonal complement of the basis (a fixed seed, so
    /// audits are repeatable).
    private func probes(orthogonalTo basis: OrthogonalBasis) -> [[Double]] {
        guard basis.rank < grid.size else { return [] }
        var generator = SplitMix64(seed: 0x5174_A11D)
        return (0..<3).map { _ in
            var vector = (0..<grid.size).map { _ in Double(generator.next() >> 11) / Double(1 << 53) * 2 - 1 }
            basis.project(out: &vector)
            basis.project(out: &vector)
            return vector
        }
    }

    /// Every marginal cell with a true count from 1 to k − 1, with the probes' sums over it.
    ///
    /// For each subset of the variables, the atoms are summed into flat arrays indexed by the
    /// subset's classes in mixed radix (at most the grid's size), with no allocation per atom.
    private func smallMarginalCells(probes: [[Double]]) -> [(CountPredicate, [Double])] {
        let v = grid.variables.count
        let p = probes.count
        var cells: [(CountPredicate, [Double])] = []
        for mask in 1..<(1 << v) {
            let subset = (0..<v).filter { mask & (1 << $0) != 0 }
            let space = subset.reduce(1) { $0 * grid.classes[$1].count }
            var counts = [Int](repeating: 0, count: space)
            var representative = [Int](repeating: -1, count: space)
            var sums = [Double](repeating: 0, count: space * p)
            for atom in 0..<grid.size {
                var key = 0
                for variable in subset { key = key * grid.classes[variable].count + grid.classIndex(atom, variable) }
                counts[key] += grid.counts[atom]
                if representative[key] < 0 { representative[key] = atom }
                for q in 0..<p { sums[key * p + q] += probes[q][atom] }
            }
            for key in 0..<space where (1..<k).contains(counts[key]) {
                cells.append((grid.marginalPredicate(subset: subset, atom: representative[key]), Array(sums[key * p..<(key + 1) * p])))
            }
        }
        return cells
    }
}

/// A small deterministic generator (SplitMix64; Steele, Lea and Flood 2014), also used by the
/// tests so that every random case can be reproduced by its seed.
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
