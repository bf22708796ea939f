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

    /// Every cell of every marginal with a true count from 1 to k − 1, each set of atoms once.
    private let small: SmallCells

    /// The most steps the enumeration of the small cells may take.
    static let workLimit = 1 << 30

    /// Creates the audit of one data set.
    ///
    /// - Parameters:
    ///   - variables: every variable the published and protected counts use.
    ///   - units: the data's distinct value combinations over `variables`, with counts.
    ///   - predicates: every published and protected count (they define the classes).
    ///   - k: the threshold.
    ///   - limit: the largest number of atoms (distinct nonempty combinations of classes) audited.
    /// - Throws: ``DisclosureError/auditTooLarge(limit:)`` beyond `limit`, or when the cells of
    ///   the marginals are too many to enumerate.
    package init(
        variables: [String], units: [(values: [String?], count: Int)], predicates: [CountPredicate], k: Int, limit: Int = 200_000
    ) throws {
        guard let grid = AtomGrid(variables: variables, predicates: predicates, units: units, limit: limit),
            let small = SmallCells(grid: grid, k: k, workLimit: Self.workLimit)
        else { throw DisclosureError.auditTooLarge(limit: limit) }
        self.grid = grid
        self.k = k
        self.small = small
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
        pinned(adding: [], to: prepare(known: published, candidates: []), protected: protected)
    }

    /// The small aggregates pinned by prepared known counts and some more counts among the
    /// prepared candidates: the same as ``pinned(published:protected:)`` on them all, without
    /// building the known counts' basis again.
    ///
    /// - Parameter sums: sums the output publishes besides its counts (their terms prepared as
    ///   candidates, or they are audited from scratch too).
    package func pinned(
        adding shown: [CountPredicate], sums: [LinearCount] = [], to known: KnownCounts, protected: [CountPredicate] = []
    ) -> [CountPredicate] {
        let classes = known.classes, space = known.space
        guard (shown + sums.flatMap(\.predicates)).allSatisfy({ known.rows[$0] != nil }) else {
            // Not prepared candidates: audited from scratch.
            let all = prepare(known: known.published + shown, sums: known.sums + sums, candidates: [])
            return pinned(adding: [], to: all, protected: protected)
        }
        var basis = known.basis
        for predicate in shown where basis.rank < space.dimension { basis.add(space.row(known.rows[predicate]!, of: classes)) }
        for sum in sums where basis.rank < space.dimension { basis.add(known.row(sum)) }
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

    /// Known counts prepared for several checks of one output.
    ///
    /// The reader is taken to know which atoms are empty: tables list only the groups and
    /// categories present, and the grid's values are the data's. The grid holds only the nonempty
    /// atoms (an empty one is a coordinate fixed at zero), a superset of the zeros the published
    /// counts imply (``ImplicitZeros``). The atoms are grouped by the known counts and every
    /// candidate together: groups finer than one check needs change nothing, since a function is
    /// in the span of some counts over fine groups exactly when it is over coarse ones.
    package struct KnownCounts {
        /// The known counts, without repeats.
        private(set) var published: [CountPredicate]
        /// The known sums (``LinearCount``), their terms among `listed`.
        let sums: [LinearCount]
        /// The known counts and candidates in the order of their rows in `classes`.
        let listed: [CountPredicate]
        /// The row of each known count and candidate in `classes`.
        let rows: [CountPredicate: Int]
        let classes: SignatureClasses
        let space: ClassSpace
        /// A basis of the known counts.
        fileprivate(set) var basis: OrthogonalBasis

        /// Makes some prepared candidates known: returns false, changing nothing, when one of them
        /// is not a candidate.
        mutating func learn(_ more: [CountPredicate]) -> Bool {
            guard more.allSatisfy({ rows[$0] != nil }) else { return false }
            for predicate in more where !published.contains(predicate) {
                published.append(predicate)
                if basis.rank < space.dimension { basis.add(space.row(rows[predicate]!, of: classes)) }
            }
            return true
        }

        /// The row of a sum whose terms are prepared: each term's row times its coefficient.
        func row(_ sum: LinearCount) -> [Double] {
            var vector = [Double](repeating: 0, count: space.dimension)
            for term in sum.terms {
                let r = rows[term.predicate]!
                for g in 0..<classes.count where space.position[g] >= 0 && classes.includes(g, row: r) {
                    vector[space.position[g]] += term.coefficient
                }
            }
            return vector
        }
    }

    /// The known counts with more counts known: prepared candidates join the basis; any other
    /// count prepares the known counts again.
    package func adding(_ more: [CountPredicate], to known: KnownCounts) -> KnownCounts {
        var result = known
        if result.learn(more) { return result }
        return prepare(known: known.published + more, sums: known.sums, candidates: known.listed + more)
    }

    /// Prepares known counts for checks that add some of `candidates` to them.
    ///
    /// - Parameters:
    ///   - known: the counts a reader knows.
    ///   - sums: the sums a reader knows.
    ///   - candidates: counts the checks may add.
    ///   - candidateSums: sums the checks may add.
    package func prepare(
        known: [CountPredicate], sums: [LinearCount] = [], candidates: [CountPredicate], candidateSums: [LinearCount] = []
    ) -> KnownCounts {
        var rows: [CountPredicate: Int] = [:]
        var list: [CountPredicate] = []
        let terms = (sums + candidateSums).flatMap(\.predicates)
        for predicate in known + candidates + terms where rows[predicate] == nil {
            rows[predicate] = list.count
            list.append(predicate)
        }
        let published = Array(list.prefix(Set(known).count))
        let classes = SignatureClasses(grid: grid, rows: list)
        let space = classes.space(without: [])
        var basis = OrthogonalBasis(dimension: space.dimension, rank: published.count)
        for r in published.indices where basis.rank < space.dimension { basis.add(space.row(r, of: classes)) }
        var result = KnownCounts(
            published: published, sums: sums, listed: list, rows: rows, classes: classes, space: space, basis: basis)
        for sum in sums where result.basis.rank < space.dimension { result.basis.add(result.row(sum)) }
        return result
    }

    /// Whether each candidate count follows from the known counts alone (lies in their span):
    /// suppressing such a count protects nothing.
    package func follows(_ candidates: [CountPredicate], from known: KnownCounts) -> [Bool] {
        candidates.map { predicate in
            guard let r = known.rows[predicate] else { return follows([predicate], from: known.published)[0] }
            return known.basis.contains(known.space.row(r, of: known.classes))
        }
    }

    /// Whether each candidate count follows from the known counts alone (lies in their span):
    /// suppressing such a count protects nothing.
    package func follows(_ candidates: [CountPredicate], from known: [CountPredicate]) -> [Bool] {
        follows(candidates, from: prepare(known: known, candidates: candidates))
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

    /// ``involved(_:in:known:)`` over prepared known counts, without building their basis again:
    /// the same question over the classes of the known counts and every prepared candidate.
    package func involved(_ candidates: [CountPredicate], in pinned: [CountPredicate], known: KnownCounts) -> [Bool] {
        let classes = known.classes, space = known.space, basis = known.basis
        let targets = pinned.compactMap { space.coefficients(covered: covered($0, classes: classes), sizes: classes.sizes) }
        guard targets.count == pinned.count, candidates.allSatisfy({ known.rows[$0] != nil }) else {
            return involved(candidates, in: pinned, known: known.published)
        }
        let outside = { (vector: [Double]) -> [Double] in
            var vector = vector
            basis.project(out: &vector)
            basis.project(out: &vector)
            return vector
        }
        let beyond = targets.map(outside)
        return candidates.map { candidate in
            let own = outside(space.row(known.rows[candidate]!, of: classes))
            return beyond.contains { abs(OrthogonalBasis.dot($0, own)) > 1e-7 }
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

    /// Every small marginal cell that is a union of classes and orthogonal to the probes, with its
    /// coefficients over the classes.
    ///
    /// A cell is a union of classes when each class it touches lies wholly inside it; a small cell
    /// has at most k − 1 atoms, so this is a few steps per cell.
    private func smallMarginalCells(classes: SignatureClasses, space: ClassSpace, probes: [[Double]]) -> [(CountPredicate, [Double])] {
        var cells: [(CountPredicate, [Double])] = []
        var touched: [Int] = []
        for cell in 0..<small.count {
            let atoms = small.atoms(cell)
            touched.removeAll(keepingCapacity: true)
            for atom in atoms where !touched.contains(Int(classes.classOf[Int(atom)])) { touched.append(Int(classes.classOf[Int(atom)])) }
            let union = touched.allSatisfy { g in atoms.count { Int(classes.classOf[Int($0)]) == g } == classes.sizes[g] }
            guard union,
                probes.allSatisfy({ probe in abs(touched.reduce(0) { $0 + probe[space.position[$1]] }) <= 1e-7 })
            else { continue }
            var vector = [Double](repeating: 0, count: space.dimension)
            for g in touched { vector[space.position[g]] = 1 }
            cells.append((small.predicate(cell, grid: grid), vector))
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
