/// The exact audit of everything published from one data set: which small counts a reader
/// who solves the linear system of all published counts can pin to a single value.
///
/// Every published count is an equation over the atoms (``AtomGrid``) with x ≥ 0, and the
/// reader is taken to know which atoms are empty (the tables list only the groups and categories
/// present), so x = 0 on them. The true table is positive on every other atom, so the affine
/// hull of the consistent tables is cut out by the published equations and those zeros: a
/// linear function c·x is constant on them exactly when c lies in the row space of the
/// published rows together with the unit rows of the empty atoms. So the audit is linear
/// algebra — an orthonormal basis of the published rows over the nonempty atoms.
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
    /// The linear algebra runs over ``SignatureClasses``: the atoms grouped by the published
    /// counts that include them (a pinned function is constant on each group).
    ///
    /// - Parameters:
    ///   - published: the counts a reader knows.
    ///   - protected: further counts that must not be pinned when small (suppressed cells).
    /// - Returns: each pinned aggregate whose true count is from 1 to k − 1, as a predicate.
    package func pinned(published: [CountPredicate], protected: [CountPredicate] = []) -> [CountPredicate] {
        var seen = Set<CountPredicate>()
        let rows = published.filter { seen.insert($0).inserted }
        // The reader is taken to know which atoms are empty: tables list only the groups and
        // categories present, and the grid's values are the data's. The empty atoms are forced
        // to zero (a superset of the zeros the published counts imply, ``ImplicitZeros``).
        let classes = SignatureClasses(grid: grid, rows: rows, separatingEmpty: true)
        let forced = Set(classes.counts.indices.filter { classes.counts[$0] == 0 })
        // The unit rows of the forced-zero classes are in the span: their coordinates are dropped.
        let space = classes.space(without: forced)
        var basis = OrthogonalBasis(dimension: space.dimension)
        for r in rows.indices where basis.rank < space.dimension { basis.add(space.row(r, of: classes)) }
        let probes = probes(dimension: space.dimension, orthogonalTo: basis)
        var found: [CountPredicate] = []
        var checked = Set<CountPredicate>()
        let passes = { (vector: [Double]) in probes.allSatisfy { abs(OrthogonalBasis.dot($0, vector)) <= 1e-7 } }
        let confirm = { (predicate: CountPredicate, vector: [Double]) in
            if checked.insert(predicate).inserted, basis.contains(vector) { found.append(predicate) }
        }
        for (predicate, vector) in smallMarginalCells(classes: classes, space: space, probes: probes) {
            confirm(predicate, vector)
        }
        var distinct = Set<CountPredicate>()
        for predicate in protected where distinct.insert(predicate).inserted && (1..<k).contains(grid.count(predicate)) {
            guard let vector = space.coefficients(covered: covered(predicate, classes: classes), sizes: classes.sizes) else { continue }
            if passes(vector) { confirm(predicate, vector) }
        }
        return found
    }

    /// Whether each candidate count follows from the known counts alone (lies in their span):
    /// suppressing such a count protects nothing.
    package func follows(_ candidates: [CountPredicate], from known: [CountPredicate]) -> [Bool] {
        let classes = SignatureClasses(grid: grid, rows: known + candidates)
        let space = classes.space(without: [])
        let basis = OrthogonalBasis.spanning(known.indices.map { space.row($0, of: classes) })
        return candidates.indices.map { basis.contains(space.row(known.count + $0, of: classes)) }
    }

    /// How many atoms of each class a predicate counts.
    private func covered(_ predicate: CountPredicate, classes: SignatureClasses) -> [Int] {
        let masks = grid.masks(predicate)
        var covered = [Int](repeating: 0, count: classes.count)
        for atom in 0..<grid.size where grid.variables.indices.allSatisfy({ masks[$0][grid.classIndex(atom, $0)] }) {
            covered[Int(classes.classOf[atom])] += 1
        }
        return covered
    }

    /// Random vectors over the classes projected onto the orthogonal complement of the basis (a
    /// fixed seed, so audits are repeatable).
    private func probes(dimension: Int, orthogonalTo basis: OrthogonalBasis) -> [[Double]] {
        guard basis.rank < dimension else { return [] }
        var generator = SplitMix64(seed: 0x5174_A11D)
        return (0..<3).map { _ in
            var vector = (0..<dimension).map { _ in Double(generator.next() >> 11) / Double(1 << 53) * 2 - 1 }
            basis.project(out: &vector)
            basis.project(out: &vector)
            return vector
        }
    }

    /// Every marginal cell with a true count from 1 to k − 1 that is a union of classes (outside
    /// the forced-zero ones) and orthogonal to the probes, with its coefficients over the classes.
    ///
    /// For each subset of the variables, the atoms are summed into flat arrays indexed by the
    /// subset's classes in mixed radix (at most the grid's size), with no allocation per atom. A
    /// class is pure for the subset when all its atoms fall in one cell; a cell is a union of
    /// classes when its atoms of non-forced classes are exactly those of its pure classes.
    private func smallMarginalCells(classes: SignatureClasses, space: ClassSpace, probes: [[Double]]) -> [(CountPredicate, [Double])] {
        let v = grid.variables.count
        let p = probes.count
        var cells: [(CountPredicate, [Double])] = []
        let radices = grid.classes.map(\.count)
        // Per atom, its class of each variable (row-major), read once for every subset.
        var atomClasses = [Int32](repeating: 0, count: grid.size * v)
        for atom in 0..<grid.size {
            for variable in 0..<v { atomClasses[atom * v + variable] = Int32(grid.classIndex(atom, variable)) }
        }
        let positions = classes.classOf.map { space.position[Int($0)] >= 0 ? $0 : -1 }
        for mask in 1..<(1 << v) {
            let subset = (0..<v).filter { mask & (1 << $0) != 0 }
            let cellCount = subset.reduce(1) { $0 * radices[$1] }
            var counts = [Int](repeating: 0, count: cellCount)
            var atoms = [Int](repeating: 0, count: cellCount)
            var representative = [Int](repeating: -1, count: cellCount)
            // -1: no atom seen yet; -2: atoms in several cells.
            var keyOfClass = [Int](repeating: -1, count: classes.count)
            Self.tally(
                subset: subset, radices: radices, atomClasses: atomClasses, atomCounts: grid.counts, classOf: positions,
                into: &counts, atoms: &atoms, representative: &representative, keyOfClass: &keyOfClass)
            var pureAtoms = [Int](repeating: 0, count: cellCount)
            var sums = [Double](repeating: 0, count: cellCount * p)
            for g in 0..<classes.count where keyOfClass[g] >= 0 {
                pureAtoms[keyOfClass[g]] += classes.sizes[g]
                for q in 0..<p { sums[keyOfClass[g] * p + q] += probes[q][space.position[g]] }
            }
            for key in 0..<cellCount where (1..<k).contains(counts[key]) && atoms[key] == pureAtoms[key] {
                if (0..<p).contains(where: { abs(sums[key * p + $0]) > 1e-7 }) { continue }
                var vector = [Double](repeating: 0, count: space.dimension)
                for g in 0..<classes.count where keyOfClass[g] == key { vector[space.position[g]] = 1 }
                cells.append((grid.marginalPredicate(subset: subset, atom: representative[key]), vector))
            }
        }
        return cells
    }

    /// Sums the atoms into the cells of one subset of the variables: their counts, a representative
    /// atom, how many atoms of non-forced classes each has, and the one cell of each class (-2 when
    /// the class spreads over several).
    private static func tally(
        subset: [Int], radices: [Int], atomClasses: [Int32], atomCounts: [Int], classOf: [Int32],
        into counts: inout [Int], atoms: inout [Int], representative: inout [Int], keyOfClass: inout [Int]
    ) {
        let v = radices.count
        atomClasses.withUnsafeBufferPointer { atomClasses in
            atomCounts.withUnsafeBufferPointer { atomCounts in
                classOf.withUnsafeBufferPointer { classOf in
                    counts.withUnsafeMutableBufferPointer { counts in
                        atoms.withUnsafeMutableBufferPointer { atoms in
                            representative.withUnsafeMutableBufferPointer { representative in
                                keyOfClass.withUnsafeMutableBufferPointer { keyOfClass in
                                    for atom in 0..<atomCounts.count {
                                        var key = 0
                                        for variable in subset { key = key * radices[variable] + Int(atomClasses[atom * v + variable]) }
                                        counts[key] += atomCounts[atom]
                                        if representative[key] < 0 { representative[key] = atom }
                                        let g = Int(classOf[atom])
                                        if g < 0 { continue }
                                        atoms[key] += 1
                                        if keyOfClass[g] == -1 { keyOfClass[g] = key } else if keyOfClass[g] != key { keyOfClass[g] = -2 }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
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
