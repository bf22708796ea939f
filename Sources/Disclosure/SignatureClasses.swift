/// The atoms of a grid grouped by which of some published counts include them.
///
/// Atoms that every published count includes or excludes alike have the same column in the
/// linear system, so every combination of published counts gives them the same coefficient:
/// a function is in the row space only if it is constant on each group, and the row space is
/// that of the groups' columns. The audit's linear algebra therefore runs over the groups, not
/// the atoms: atoms outside every published domain, or in it but without an answer to the
/// outcome, collapse into few groups.
struct SignatureClasses {
    /// The class of every atom.
    let classOf: [Int32]
    /// Per class, the published counts that include it (a bit set over the rows).
    let signatures: [[UInt64]]
    /// Per class, its number of atoms.
    let sizes: [Int]
    /// Per class, the true count of its units.
    let counts: [Int]

    /// The number of classes.
    var count: Int { signatures.count }

    /// Groups the atoms of a grid by the rows that include them.
    ///
    /// The signature of an atom is the intersection, over the variables, of the rows that admit
    /// its class of that variable.
    init(grid: AtomGrid, rows: [CountPredicate]) {
        let words = max(1, (rows.count + 63) / 64)
        let masks = rows.map(grid.masks)
        let admitting = grid.variables.indices.map { v in
            (0..<grid.classes[v].count).map { c in
                var bits = [UInt64](repeating: 0, count: words)
                for r in rows.indices where masks[r][v][c] { bits[r / 64] |= 1 << UInt64(r % 64) }
                return bits
            }
        }
        var classOf = [Int32](repeating: 0, count: grid.size)
        var signatures: [[UInt64]] = []
        var bySignature: [[UInt64]: Int32] = [:]
        var signature = [UInt64](repeating: 0, count: words)
        for atom in 0..<grid.size {
            for w in 0..<words { signature[w] = ~0 }
            for v in grid.variables.indices {
                let bits = admitting[v][grid.classIndex(atom, v)]
                for w in 0..<words { signature[w] &= bits[w] }
            }
            if let known = bySignature[signature] {
                classOf[atom] = known
            } else {
                let id = Int32(signatures.count)
                signatures.append(signature)
                bySignature[signature] = id
                classOf[atom] = id
            }
        }
        var sizes = [Int](repeating: 0, count: signatures.count)
        var counts = [Int](repeating: 0, count: signatures.count)
        for atom in 0..<grid.size {
            sizes[Int(classOf[atom])] += 1
            counts[Int(classOf[atom])] += grid.counts[atom]
        }
        self.classOf = classOf
        self.signatures = signatures
        self.sizes = sizes
        self.counts = counts
    }

    /// Whether row `r` includes class `g`.
    @inline(__always) func includes(_ g: Int, row r: Int) -> Bool {
        signatures[g][r / 64] & (1 << UInt64(r % 64)) != 0
    }

    /// The coordinates left when some classes are forced to zero.
    func space(without forced: Set<Int>) -> ClassSpace {
        var position = [Int](repeating: -1, count: count)
        var dimension = 0
        for g in 0..<count where !forced.contains(g) {
            position[g] = dimension
            dimension += 1
        }
        return ClassSpace(position: position, dimension: dimension)
    }

    /// The column of class `g`: which rows include it, as a 0/1 vector.
    func column(_ g: Int, rows: Int) -> [Double] {
        (0..<rows).map { includes(g, row: $0) ? 1 : 0 }
    }
}

/// The classes not forced to zero, as the coordinates of the audit's vectors: the unit rows of
/// the forced classes are in the span, so a function is pinned exactly when its restriction to
/// the other classes is in the span of the published rows restricted alike.
struct ClassSpace {
    /// Per class, its coordinate, or -1 when it is forced to zero.
    let position: [Int]
    /// The number of coordinates.
    let dimension: Int

    /// Row `r` over the coordinates.
    func row(_ r: Int, of classes: SignatureClasses) -> [Double] {
        var vector = [Double](repeating: 0, count: dimension)
        for g in position.indices where position[g] >= 0 && classes.includes(g, row: r) { vector[position[g]] = 1 }
        return vector
    }

    /// The coordinates of a 0/1 function of the atoms (given by how many atoms of each class it
    /// includes), or nil when it splits a class that is not forced to zero: such a function is
    /// not constant on the class, so it is not in the row space.
    func coefficients(covered: [Int], sizes: [Int]) -> [Double]? {
        var vector = [Double](repeating: 0, count: dimension)
        for g in position.indices where covered[g] > 0 && position[g] >= 0 {
            guard covered[g] == sizes[g] else { return nil }
            vector[position[g]] = 1
        }
        return vector
    }
}
