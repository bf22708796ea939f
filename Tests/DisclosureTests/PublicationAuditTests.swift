import Testing

@testable import Disclosure

/// Random small data sets for the audit: three variables, missing values included.
private struct RandomSystem {
    static let values: [[String?]] = [[nil, "a", "b", "c"], [nil, "m", "f"], [nil, "0", "1"]]
    static let names = ["region", "sex", "y"]
    var generator: SplitMix64
    var units: [(values: [String?], count: Int)] = []

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
        for r in Self.values[0] {
            for s in Self.values[1] {
                for y in Self.values[2] where Int.random(in: 0..<3, using: &generator) > 0 {
                    units.append(([r, s, y], Int.random(in: 1...7, using: &generator)))
                }
            }
        }
    }

    /// A random conjunction: each variable unconstrained, present, or one of a random subset.
    mutating func predicate() -> CountPredicate {
        var conditions: [String: ValueCondition] = [:]
        for (v, name) in Self.names.enumerated() {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: conditions[name] = .present
            case 1:
                let size = Int.random(in: 1...2, using: &generator)
                conditions[name] = .oneOf(Array(Self.values[v].shuffled(using: &generator).prefix(size)))
            default: break
            }
        }
        return CountPredicate(conditions)
    }

    /// Every cell of every marginal over the raw values.
    static var marginalCells: [CountPredicate] {
        var cells = [CountPredicate()]
        for (v, name) in names.enumerated() {
            cells = cells.flatMap { cell in [cell] + values[v].map { cell.and(name, .oneOf([$0])) } }
        }
        return cells.filter { !$0.conditions.isEmpty }
    }
}

/// The interval of a predicate's count over every table consistent with the published counts,
/// by linear programming over the raw atoms: the attacker's own computation, who knows which
/// atoms are empty.
private func interval(of target: CountPredicate, published: [CountPredicate], units: [(values: [String?], count: Int)])
    -> ClosedRange<Double>
{
    var atoms: [[String?]] = [[]]
    for list in RandomSystem.values { atoms = atoms.flatMap { prefix in list.map { prefix + [$0] } } }
    let truth = atoms.map { atom in units.first { $0.values == atom }?.count ?? 0 }
    let row = { (p: CountPredicate) in
        atoms.map { atom -> Double in
            p.matches(Dictionary(uniqueKeysWithValues: zip(RandomSystem.names, atom))) ? 1 : 0
        }
    }
    var equations = published.map(row)
    var rhs = equations.map { zip($0, truth).reduce(0) { $0 + $1.0 * Double($1.1) } }
    // The reader knows which atoms are empty (tables list only the groups and categories present).
    for (j, count) in truth.enumerated() where count == 0 {
        equations.append(atoms.indices.map { $0 == j ? 1 : 0 })
        rhs.append(0)
    }
    // One more variable: the target itself, t = c·x.
    equations = equations.map { $0 + [0] }
    equations.append(row(target) + [-1])
    rhs.append(0)
    let program = LinearProgram(equations: equations, rightHandSides: rhs, variables: atoms.count + 1)!
    return program.range(of: atoms.count)
}

@Suite struct PublicationAuditTests {
    @Test func linearAlgebraAgreesWithLinearProgrammingOnRandomSystems() throws {
        var disagreements: [String] = []
        var pinnedSeen = 0
        for seed in 1...24 as ClosedRange<UInt64> {
            var system = RandomSystem(seed: seed)
            let published = (0..<Int.random(in: 8...16, using: &system.generator)).map { _ in system.predicate() }
            let cells = RandomSystem.marginalCells
            let audit = try PublicationAudit(
                variables: RandomSystem.names, units: system.units, predicates: published + cells, k: 5)
            // The audit names each pinned set of atoms once, by one of the cells that are that set.
            let pinned = Set(audit.pinned(published: published).map(audit.grid.indicator))
            for cell in cells where (1..<5).contains(audit.grid.count(cell)) {
                let range = interval(of: cell, published: published, units: system.units)
                let lpPinned = range.upperBound - range.lowerBound < 1e-6
                if lpPinned { pinnedSeen += 1 }
                if lpPinned != pinned.contains(audit.grid.indicator(cell)) { disagreements.append("seed \(seed): \(cell) LP \(range)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(pinnedSeen > 5, "the random systems should pin some small cells")
    }

    @Test func mergedClassesFindWhatTheRawValuesFind() throws {
        for seed in 20...27 as ClosedRange<UInt64> {
            var system = RandomSystem(seed: seed)
            let published = (0..<6).map { _ in system.predicate() }
            for cell in RandomSystem.marginalCells {
                let audit = try PublicationAudit(
                    variables: RandomSystem.names, units: system.units, predicates: published + [cell], k: 5)
                guard (1..<5).contains(audit.grid.count(cell)) else { continue }
                let range = interval(of: cell, published: published, units: system.units)
                let found = audit.pinned(published: published, protected: [cell]).contains(cell)
                #expect(found == (range.upperBound - range.lowerBound < 1e-6), "seed \(seed): \(cell)")
            }
        }
    }

    /// g ∈ {a, c} = 3 and (g = a, y present) = 3 force the atoms of g = c and of (g = a, y missing)
    /// to zero, which pins g = a at 3 although g = a is not in the row space of the two counts.
    @Test func forcedZerosPinWhatTheRowSpaceAloneDoesNot() throws {
        let units: [(values: [String?], count: Int)] = [(["a", "0"], 1), (["a", "1"], 2), (["b", "1"], 3)]
        let published = [
            CountPredicate(["g": .oneOf(["a", "c"])]),
            CountPredicate(["g": .oneOf(["a"]), "y": .present]),
        ]
        let target = CountPredicate(["g": .oneOf(["a"])])
        let audit = try PublicationAudit(variables: ["g", "y"], units: units, predicates: published + [target], k: 5)
        // Over every combination of values (empty ones included), the target is not in the row space.
        let atoms: [[String: String?]] = ["a", "b", "c", nil].flatMap { g in ["0", nil].map { ["g": g, "y": $0] } }
        let dense = { (p: CountPredicate) in atoms.map { p.matches($0) ? 1.0 : 0 } }
        #expect(!OrthogonalBasis.spanning(published.map(dense)).contains(dense(target)))
        #expect(audit.grid.size == 2)
        #expect(audit.pinned(published: published).contains(target))
    }

    /// The first attack: `--where region=latgale,riga` minus riga from `--by region`.
    @Test func whereDifferencingIsFound() throws {
        let units: [(values: [String?], count: Int)] = [(["latgale"], 3), (["riga"], 19), (["kurzeme"], 8)]
        let byRegion = [CountPredicate(["region": .oneOf(["riga"])]), CountPredicate(["region": .oneOf(["kurzeme"])])]
        let domain = CountPredicate(["region": .oneOf(["latgale", "riga"])])
        let audit = try PublicationAudit(variables: ["region"], units: units, predicates: byRegion + [domain], k: 5)
        #expect(audit.pinned(published: byRegion).isEmpty)
        #expect(audit.pinned(published: byRegion + [domain]) == [CountPredicate(["region": .oneOf(["latgale"])])])
    }
}

extension PublicationAuditTests {
    /// The counts that take part in a pin are those of the round where it is pinned: the first
    /// round's answered count beside its known domain size gives its 2 missing answers, the
    /// second round's counts bear on nothing pinned.
    @Test func onlyTheCountsOfThePinnedRoundTakePart() throws {
        let units: [(values: [String?], count: Int)] = [
            (["a", "x"], 20), (["a", nil], 2), (["b", "x"], 30), (["b", nil], 3),
        ]
        let known = [CountPredicate(["round": .oneOf(["a"])]), CountPredicate(["round": .oneOf(["b"])])]
        let candidates = [
            CountPredicate(["round": .oneOf(["b"]), "y": .present]),
            CountPredicate(["round": .oneOf(["a"]), "y": .present]),
        ]
        let audit = try PublicationAudit(variables: ["round", "y"], units: units, predicates: known + candidates, k: 5)
        let pins = audit.pinned(published: known + [candidates[1]])
        #expect(pins.contains(CountPredicate(["round": .oneOf(["a"]), "y": .oneOf([nil])])))
        #expect(audit.involved(candidates, in: pins, known: known) == [false, true])
    }
}

/// Sums of a numeric variable as equations of the audit, checked against the attacker's linear
/// program over the raw atoms (band, age).
@Suite struct LinearCountAuditTests {
    static let names = ["band", "age"]

    /// The sum of the ages over a domain, as the ledger builds it: a term per age.
    static func sum(over domain: CountPredicate, units: [(values: [String?], count: Int)]) -> LinearCount {
        let ages = Set(units.filter { domain.matches(["band": $0.values[0], "age": $0.values[1]]) }.compactMap { $0.values[1] })
        return LinearCount(ages.sorted().map { LinearCount.Term(domain.and("age", .oneOf([$0])), coefficient: Double($0)!) })
    }

    /// The range of the count of `target` over every nonnegative table with the same empty atoms
    /// that gives the same published counts and sums.
    static func range(
        of target: CountPredicate, counts: [CountPredicate], sums: [LinearCount], units: [(values: [String?], count: Int)]
    ) -> ClosedRange<Double> {
        let atoms = units.map(\.values)
        let truth = units.map { Double($0.count) }
        let indicator = { (p: CountPredicate) in atoms.map { p.matches(["band": $0[0], "age": $0[1]]) ? 1.0 : 0.0 } }
        var rows = counts.map(indicator)
        for sum in sums {
            rows.append(atoms.indices.map { a in sum.terms.reduce(0) { $0 + $1.coefficient * indicator($1.predicate)[a] } })
        }
        var rhs = rows.map { zip($0, truth).reduce(0) { $0 + $1.0 * $1.1 } }
        rows = rows.map { $0 + [0] }
        rows.append(indicator(target) + [-1])
        rhs.append(0)
        return LinearProgram(equations: rows, rightHandSides: rhs, variables: atoms.count + 1)!.range(of: atoms.count)
    }

    /// The band 14–15 (random numbers of pupils aged 14 and 15) beside a band of five ages: the
    /// round's sum and the second band's sum pin the pupils aged 15, each alone does not, as the
    /// linear program finds too.
    @Test func twoNestedSumsPinACountOfTheBandBetweenThem() throws {
        var generator = SplitMix64(seed: 15)
        for _ in 0..<20 {
            let fifteen = Int.random(in: 1...4, using: &generator)
            var units: [(values: [String?], count: Int)] = [
                (["a", "14"], Int.random(in: 5...40, using: &generator)), (["a", "15"], fifteen),
            ]
            for age in 18...22 { units.append((["b", String(age)], Int.random(in: 5...9, using: &generator))) }
            let all = CountPredicate(["age": .present])
            let outside = all.and("band", .oneOf(["b"]))
            let target = CountPredicate(["age": .oneOf(["15"])])
            let sums = [Self.sum(over: all, units: units), Self.sum(over: outside, units: units)]
            let predicates = [all, outside, target] + sums.flatMap(\.predicates)
            let audit = try PublicationAudit(variables: Self.names, units: units, predicates: predicates, k: 5)
            for published in [[sums[0]], sums] {
                let known = audit.prepare(known: [all, outside], sums: published, candidates: [])
                let pinned = audit.pinned(adding: [], to: known).contains(target)
                let range = Self.range(of: target, counts: [all, outside], sums: published, units: units)
                #expect(pinned == (range.upperBound - range.lowerBound < 1e-6), "\(units) \(published.count) sums: \(range)")
                #expect(pinned == (published.count == 2))
            }
            // The second sum as a candidate of a later output pins it too.
            let prepared = audit.prepare(known: [all, outside], sums: [sums[0]], candidates: [], candidateSums: [sums[1]])
            #expect(audit.pinned(adding: [], sums: [sums[1]], to: prepared).contains(target))
        }
    }
}
