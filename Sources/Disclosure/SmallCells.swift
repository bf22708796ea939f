/// Every cell of every marginal of a grid's atoms whose true count is from 1 to k − 1, each set of
/// atoms once.
///
/// A cell of a marginal (the atoms that agree on the classes of some subset of the variables) is,
/// as a set of atoms, a closed set: it is exactly the atoms that agree on the variables where all
/// its atoms agree (its closure). Two subsets of variables often give the same set (the round
/// given the source, a region given its respondents' other answers), and the audit needs each set
/// once, so the cells are enumerated as the closed sets of the atoms (the extents of the formal
/// concepts of atoms × (variable, class); Ganter and Wille 1999) by Close-by-One (Kuznetsov
/// 1993): from a closed set, fix one more variable j at each of its classes, close the result,
/// and keep it only when closing fixed no variable before j that was free (otherwise the same set
/// is reached from an earlier branch). Each closed set is reached exactly once, and a walk over
/// the subsets of the variables (2^v × atoms, whatever the data) becomes work proportional to the
/// distinct cells and their sizes.
///
/// Only the small cells are kept. Every atom has a count of at least 1, so a small cell has at
/// most k − 1 atoms, and checking all of them against a set of published counts is cheap; the
/// enumeration is done once per audit, however many sets of published counts it is asked about.
struct SmallCells {
    /// The atoms of every small cell, cell after cell.
    private var members: [Int32] = []
    /// Where each cell's atoms start in `members`, with the end as the last entry.
    private var starts: [Int] = [0]

    /// The number of small cells.
    var count: Int { starts.count - 1 }

    /// The atoms of cell `i`.
    func atoms(_ i: Int) -> ArraySlice<Int32> { members[starts[i]..<starts[i + 1]] }

    /// Enumerates the small cells.
    ///
    /// - Parameters:
    ///   - grid: the atoms.
    ///   - k: the threshold: cells with a true count from 1 to k − 1 are kept.
    ///   - workLimit: the most (atom, variable) steps the enumeration may take.
    /// - Returns: nil when the enumeration needs more than `workLimit` steps.
    init?(grid: AtomGrid, k: Int, workLimit: Int) {
        guard grid.size > 0 else { return }
        var walk = ClosedSetWalk(grid: grid, k: k, limit: workLimit)
        let all = (0..<grid.size).map { Int32($0) }
        var intent = [Int32](repeating: -1, count: grid.variables.count)
        for v in intent.indices where walk.constant(all, v) { intent[v] = Int32(grid.classIndex(0, v)) }
        guard walk.expand(extent: all[...], intent: intent, from: 0) else { return nil }
        members = walk.members
        starts = walk.starts
    }

    /// The shortest description of cell `i` found by dropping variables in grid order: the
    /// variables where its atoms agree, less each one whose removal leaves the same atoms. It
    /// depends only on the grid and the cell, so every audit of one grid names a cell alike.
    func predicate(_ i: Int, grid: AtomGrid) -> CountPredicate {
        let cell = atoms(i)
        let first = Int(cell[cell.startIndex])
        var fixed = grid.variables.indices.filter { v in cell.allSatisfy { grid.classIndex(Int($0), v) == grid.classIndex(first, v) } }
        var position = 0
        while position < fixed.count {
            var without = fixed
            without.remove(at: position)
            let matching = (0..<grid.size).count { atom in without.allSatisfy { grid.classIndex(atom, $0) == grid.classIndex(first, $0) } }
            if matching == cell.count { fixed = without } else { position += 1 }
        }
        return grid.marginalPredicate(subset: fixed, atom: first)
    }
}

/// The depth-first Close-by-One walk behind ``SmallCells``.
private struct ClosedSetWalk {
    let grid: AtomGrid
    let k: Int
    let limit: Int
    let variables: Int
    var work = 0
    var members: [Int32] = []
    var starts: [Int] = [0]

    /// The class of each atom's variables, atom after atom (``AtomGrid/classIndex(_:_:)``).
    let atomClasses: [Int32]
    /// The number of classes of each variable.
    let radices: [Int]

    init(grid: AtomGrid, k: Int, limit: Int) {
        self.grid = grid
        self.k = k
        self.limit = limit
        variables = grid.variables.count
        atomClasses = grid.atomClasses
        radices = grid.classes.map(\.count)
    }

    /// The class of variable `v` of an atom.
    @inline(__always)
    func classIndex(_ atom: Int32, _ v: Int) -> Int { Int(atomClasses[Int(atom) * variables + v]) }

    /// Whether every atom of `extent` has the same class of variable `v`.
    func constant(_ extent: [Int32], _ v: Int) -> Bool { constant(extent[...], v) }

    /// Whether every atom of `extent` has the same class of variable `v`.
    func constant(_ extent: ArraySlice<Int32>, _ v: Int) -> Bool {
        let first = classIndex(extent[extent.startIndex], v)
        return extent.allSatisfy { classIndex($0, v) == first }
    }

    /// Keeps `extent` when it is small, then visits every closed set below it that fixes one more
    /// variable from `first` on. Returns false when the work limit is passed.
    mutating func expand(extent: ArraySlice<Int32>, intent: [Int32], from first: Int) -> Bool {
        if extent.count < k {
            let total = extent.reduce(0) { $0 + grid.counts[Int($1)] }
            if (1..<k).contains(total) {
                members += extent
                starts.append(members.count)
            }
        }
        guard extent.count > 1, first < variables else { return true }
        for j in first..<variables where intent[j] < 0 {
            work += extent.count * (variables - j)
            if work > limit { return false }
            // The extent split by the class of variable j (a counting sort keeps atom order).
            let radix = radices[j]
            var offsets = [Int](repeating: 0, count: radix + 1)
            for atom in extent { offsets[classIndex(atom, j) + 1] += 1 }
            for c in 0..<radix { offsets[c + 1] += offsets[c] }
            var sorted = [Int32](repeating: 0, count: extent.count)
            var next = offsets
            for atom in extent {
                let c = classIndex(atom, j)
                sorted[next[c]] = atom
                next[c] += 1
            }
            for c in 0..<radix where offsets[c + 1] > offsets[c] {
                let part = sorted[offsets[c]..<offsets[c + 1]]
                var closed = intent
                closed[j] = Int32(c)
                var canonical = true
                for u in 0..<variables where intent[u] < 0 && u != j && constant(part, u) {
                    // Closing fixed a free variable before j: this set is reached from that branch.
                    if u < j {
                        canonical = false
                        break
                    }
                    closed[u] = Int32(classIndex(part[part.startIndex], u))
                }
                if canonical, !expand(extent: part, intent: closed, from: j + 1) { return false }
            }
        }
        return true
    }
}
