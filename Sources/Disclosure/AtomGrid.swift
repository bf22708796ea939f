/// The finest cross-classification a set of counts can tell apart: the atoms of a data set.
///
/// For each variable, values that every condition on it treats alike form one class (a
/// numeric variable only ever asked "is it present?" has two classes: present and missing).
/// Units in the same combination of classes are indistinguishable by any published count,
/// so these atoms are exact for the audit: a count over a union of values that splits a class
/// cannot be pinned unless that class is empty, and an empty class holds no small count.
///
/// Only the nonempty combinations are atoms. The reader is taken to know which combinations are
/// empty (the tables list only the groups and categories present), so an empty combination is
/// a variable fixed at zero, which adds nothing to the linear system: leaving it out keeps the
/// audit exact and its size at most the number of distinct units, whatever the product of the
/// classes (many variables with few values each).
package struct AtomGrid {
    /// The variables, in grid order.
    package let variables: [String]
    /// Per variable, the values of each class.
    package let classes: [[[String?]]]
    /// Per variable, the class of each known value.
    let classOf: [[String?: Int]]
    /// Per atom, its class of each variable (row-major: atom × variable).
    let atomClasses: [Int32]
    /// The number of atoms.
    package let size: Int
    /// The true count of every atom (all positive).
    package let counts: [Int]

    /// Builds the grid.
    ///
    /// - Parameters:
    ///   - variables: the variables the predicates use.
    ///   - predicates: every count that defines classes (published and protected).
    ///   - units: the distinct value combinations of the data (in `variables` order) with their counts.
    ///   - limit: the largest number of atoms accepted.
    /// - Returns: nil when the grid would have more than `limit` atoms.
    package init?(variables: [String], predicates: [CountPredicate], units: [(values: [String?], count: Int)], limit: Int) {
        self.variables = variables
        var classes: [[[String?]]] = []
        var classOf: [[String?: Int]] = []
        for (v, name) in variables.enumerated() {
            let conditions = Array(Set(predicates.compactMap { $0.conditions[name] }))
            var values = Set(units.map { $0.values[v] })
            values.insert(nil)
            for case let .oneOf(listed) in conditions { values.formUnion(listed) }
            var bySignature: [[Bool]: [String?]] = [:]
            for value in values { bySignature[conditions.map { $0.matches(value) }, default: []].append(value) }
            let sorted = bySignature.values.map { $0.sorted(by: Self.order) }.sorted { Self.order($0[0], $1[0]) }
            classes.append(sorted)
            classOf.append(Dictionary(uniqueKeysWithValues: sorted.enumerated().flatMap { c, values in values.map { ($0, c) } }))
        }
        var tally: [[Int32]: Int] = [:]
        for unit in units where unit.count > 0 {
            tally[variables.indices.map { Int32(classOf[$0][unit.values[$0]]!) }, default: 0] += unit.count
        }
        guard tally.count <= limit else { return nil }
        // Atoms in the order of their classes, so that audits are repeatable.
        let atoms = tally.keys.sorted { $0.lexicographicallyPrecedes($1) }
        self.classes = classes
        self.classOf = classOf
        self.atomClasses = atoms.flatMap { $0 }
        self.size = atoms.count
        self.counts = atoms.map { tally[$0]! }
    }

    /// Missing first, then values in text order.
    private static func order(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): false
        case (nil, _): true
        case (_, nil): false
        case let (a?, b?): a < b
        }
    }

    /// Per variable, which classes a predicate counts.
    func masks(_ predicate: CountPredicate) -> [[Bool]] {
        variables.indices.map { v in
            guard let condition = predicate.conditions[variables[v]] else { return Array(repeating: true, count: classes[v].count) }
            return classes[v].map { condition.matches($0[0]) }
        }
    }

    /// The class of variable `v` in atom `index`.
    @inline(__always) func classIndex(_ index: Int, _ v: Int) -> Int { Int(atomClasses[index * variables.count + v]) }

    /// Whether the atom is counted by a predicate's masks.
    @inline(__always) func admits(_ masks: [[Bool]], atom: Int) -> Bool {
        variables.indices.allSatisfy { masks[$0][classIndex(atom, $0)] }
    }

    /// The atoms a predicate counts, as a 0/1 vector.
    package func indicator(_ predicate: CountPredicate) -> [Double] {
        let masks = masks(predicate)
        return (0..<size).map { admits(masks, atom: $0) ? 1 : 0 }
    }

    /// The true count of a predicate.
    package func count(_ predicate: CountPredicate) -> Int {
        let masks = masks(predicate)
        return (0..<size).reduce(0) { total, atom in admits(masks, atom: atom) ? total + counts[atom] : total }
    }

    /// The predicate of one cell of a marginal: the variables in `subset` fixed to the classes of `atom`.
    func marginalPredicate(subset: [Int], atom: Int) -> CountPredicate {
        var conditions: [String: ValueCondition] = [:]
        for v in subset { conditions[variables[v]] = .oneOf(classes[v][classIndex(atom, v)]) }
        return CountPredicate(conditions)
    }
}
