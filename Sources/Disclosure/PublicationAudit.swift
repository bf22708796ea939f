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

    /// The largest number of (marginal, atom) pairs the audit visits.
    static let workLimit = 1 << 30

    /// Creates the audit of one data set.
    ///
    /// - Parameters:
    ///   - variables: every variable the published and protected counts use.
    ///   - units: the data's distinct value combinations over `variables`, with counts.
    ///   - predicates: every published and protected count (they define the classes).
    ///   - k: the threshold.
    ///   - limit: the largest number of atoms (distinct nonempty combinations of classes) audited.
    /// - Throws: ``DisclosureError/auditTooLarge(limit:)`` beyond `limit`, or when the variables
    ///   are too many for their marginals to be checked.
    package init(
        variables: [String], units: [(values: [String?], count: Int)], predicates: [CountPredicate], k: Int, limit: Int = 200_000
    ) throws {
        // The marginals checked are every subset of the variables over every atom: that work is bounded too.
        guard variables.count < 40, let grid = AtomGrid(variables: variables, predicates: predicates, units: units, limit: limit),
            (1 << variables.count) * max(1, grid.size) <= Self.workLimit
        else { throw DisclosureError.auditTooLarge(limit: limit) }
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
        // categories present, and the grid's values are the data's. The grid holds only the
        // nonempty atoms (an empty one is a coordinate fixed at zero), a superset of the zeros
        // the published counts imply (``ImplicitZeros``).
        let classes = SignatureClasses(grid: grid, rows: rows)
        let space = classes.space(without: [])
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

    /// Which candidate counts take part in pinning some of `pinned` beyond the known counts: those
    /// whose component outside the span of the known counts is not orthogonal to a pinned cell's
    /// component there. A pinned cell in the span of the known counts and the candidates has a
    /// nonzero component only if some candidate bears on it, so at least one candidate is found;
    /// candidates over other groups (another round, whose known counts are separate) are not.
    ///
    /// - Parameters:
    ///   - candidates: the counts that could be suppressed.
    ///   - pinned: the cells pinned with them.
    ///   - known: the counts already known.
    /// - Returns: per candidate, whether it takes part.
    package func involved(_ candidates: [CountPredicate], in pinned: [CountPredicate], known: [CountPredicate]) -> [Bool] {
        let classes = SignatureClasses(grid: grid, rows: known + candidates + pinned)
        let space = classes.space(without: [])
        let basis = OrthogonalBasis.spanning(known.indices.map { space.row($0, of: classes) })
        let outside = { (row: Int) -> [Double] in
            var vector = space.row(row, of: classes)
            basis.project(out: &vector)
            basis.project(out: &vector)
            return vector
        }
        let targets = pinned.indices.map { outside(known.count + candidates.count + $0) }
        return candidates.indices.map { c in
            let own = outside(known.count + c)
            return targets.contains { abs(OrthogonalBasis.dot($0, own)) > 1e-7 }
        }
    }

    /// How many atoms of each class a predicate counts.
    private func covered(_ predicate: CountPredicate, classes: SignatureClasses) -> [Int] {
        let masks = grid.masks(predicate)
        var covered = [Int](repeating: 0, count: classes.count)
        for atom in 0..<grid.size where grid.admits(masks, atom: atom) { covered[Int(classes.classOf[atom])] += 1 }
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

    /// Every marginal cell with a true count from 1 to k − 1 that is a union of classes and
    /// orthogonal to the probes, with its coefficients over the classes.
    ///
    /// The subsets of the variables are visited depth first, skipping those with the same cells as
    /// a smaller subset; each subset numbers its nonempty cells densely, so the cells of a subset with one more variable are keyed by a parent
    /// cell and a class, in flat arrays of at most (atoms × classes) entries, with no hashing.
    /// A class is pure for the subset when all its atoms fall in one cell; a cell is a union of
    /// classes when all its atoms belong to its pure classes.
    private func smallMarginalCells(classes: SignatureClasses, space: ClassSpace, probes: [[Double]]) -> [(CountPredicate, [Double])] {
        var walk = MarginalWalk(grid: grid, classes: classes)
        var cells: [(CountPredicate, [Double])] = []
        walk.visit { subset, cellOf, cellCount in
            cells += smallCells(subset: subset, cellOf: cellOf, cellCount: cellCount, classes: classes, space: space, probes: probes)
        }
        return cells
    }

    /// The small cells of one subset that are unions of classes and orthogonal to the probes.
    private func smallCells(
        subset: [Int], cellOf: [Int32], cellCount: Int, classes: SignatureClasses, space: ClassSpace, probes: [[Double]]
    ) -> [(CountPredicate, [Double])] {
        let p = probes.count
        var counts = [Int](repeating: 0, count: cellCount)
        var atoms = [Int](repeating: 0, count: cellCount)
        var representative = [Int](repeating: -1, count: cellCount)
        // -1: no atom seen yet; -2: atoms in several cells.
        var keyOfClass = [Int](repeating: -1, count: classes.count)
        for atom in 0..<grid.size {
            let key = Int(cellOf[atom])
            counts[key] += grid.counts[atom]
            atoms[key] += 1
            if representative[key] < 0 { representative[key] = atom }
            let g = Int(classes.classOf[atom])
            if keyOfClass[g] == -1 { keyOfClass[g] = key } else if keyOfClass[g] != key { keyOfClass[g] = -2 }
        }
        var pureAtoms = [Int](repeating: 0, count: cellCount)
        var sums = [Double](repeating: 0, count: cellCount * p)
        for g in 0..<classes.count where keyOfClass[g] >= 0 {
            pureAtoms[keyOfClass[g]] += classes.sizes[g]
            for q in 0..<p { sums[keyOfClass[g] * p + q] += probes[q][space.position[g]] }
        }
        var cells: [(CountPredicate, [Double])] = []
        for key in 0..<cellCount where (1..<k).contains(counts[key]) && atoms[key] == pureAtoms[key] {
            if (0..<p).contains(where: { abs(sums[key * p + $0]) > 1e-7 }) { continue }
            var vector = [Double](repeating: 0, count: space.dimension)
            for g in 0..<classes.count where keyOfClass[g] == key { vector[space.position[g]] = 1 }
            cells.append((grid.marginalPredicate(subset: subset, atom: representative[key]), vector))
        }
        return cells
    }
}

/// A depth-first walk over the nonempty subsets of a grid's variables that gives, for each
/// subset, every atom's cell of the subset's marginal, numbered densely.
private struct MarginalWalk {
    let grid: AtomGrid
    /// Scratch: a dense number per (parent cell, class) pair, -1 when not yet numbered.
    private var numbering: [Int32]

    init(grid: AtomGrid, classes: SignatureClasses) {
        self.grid = grid
        let widest = grid.classes.map(\.count).max() ?? 1
        numbering = [Int32](repeating: -1, count: max(1, grid.size) * widest)
    }

    /// Calls `body` with each subset, every atom's cell and the number of cells.
    mutating func visit(_ body: ([Int], [Int32], Int) -> Void) {
        let root = [Int32](repeating: 0, count: grid.size)
        extend(subset: [], cellOf: root, cellCount: 1, from: 0, body)
    }

    private mutating func extend(subset: [Int], cellOf: [Int32], cellCount: Int, from first: Int, _ body: ([Int], [Int32], Int) -> Void) {
        let v = grid.variables.count
        guard first < v else { return }
        for variable in first..<v {
            let radix = grid.classes[variable].count
            var next = [Int32](repeating: 0, count: grid.size)
            var count: Int32 = 0
            for atom in 0..<grid.size {
                let key = Int(cellOf[atom]) * radix + grid.classIndex(atom, variable)
                if numbering[key] < 0 {
                    numbering[key] = count
                    count += 1
                }
                next[atom] = numbering[key]
            }
            for atom in 0..<grid.size { numbering[Int(cellOf[atom]) * radix + grid.classIndex(atom, variable)] = -1 }
            // A variable that splits no cell of the subset (the round given the source, say) is
            // determined by it; so it is by every superset, and the cells of every subset below
            // this one are those of a subset without it, visited elsewhere.
            if Int(count) == cellCount, !subset.isEmpty { continue }
            let extended = subset + [variable]
            body(extended, next, Int(count))
            extend(subset: extended, cellOf: next, cellCount: Int(count), from: variable + 1, body)
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
