import Testing

@testable import Disclosure

/// Random data over `variables` variables of three values (missing included), each value its own class.
private func randomGrid(seed: UInt64, variables: Int, units count: Int) -> (AtomGrid, [(values: [String?], count: Int)]) {
    var generator = SplitMix64(seed: seed)
    let values: [String?] = [nil, "a", "b"]
    let names = (0..<variables).map { "v\($0)" }
    let units = (0..<count).map { _ in
        (values: names.map { _ in values[Int.random(in: 0..<3, using: &generator)] }, count: Int.random(in: 1...3, using: &generator))
    }
    let predicates = names.flatMap { name in values.map { CountPredicate([name: .oneOf([$0])]) } }
    return (AtomGrid(variables: names, predicates: predicates, units: units, limit: 1_000_000)!, units)
}

/// Every cell of every marginal, by brute force over the subsets of the variables: the sets of
/// atoms with a true count from 1 to k − 1.
private func bruteForceSmallCells(_ grid: AtomGrid, k: Int) -> Set<[Int32]> {
    var found = Set<[Int32]>()
    for mask in 0..<(1 << grid.variables.count) {
        let subset = grid.variables.indices.filter { mask & (1 << $0) != 0 }
        var cells: [[Int]: [Int32]] = [:]
        for atom in 0..<grid.size { cells[subset.map { grid.classIndex(atom, $0) }, default: []].append(Int32(atom)) }
        for atoms in cells.values where (1..<k).contains(atoms.reduce(0) { $0 + grid.counts[Int($1)] }) { found.insert(atoms) }
    }
    return found
}

@Suite struct SmallCellsTests {
    @Test(arguments: [(1, 20), (2, 60), (3, 150), (4, 400)] as [(UInt64, Int)])
    func everySmallCellOfEveryMarginalOnce(seed: UInt64, units: Int) throws {
        let (grid, _) = randomGrid(seed: seed, variables: 6, units: units)
        let cells = try #require(SmallCells(grid: grid, k: 5, workLimit: 1 << 30))
        let listed = (0..<cells.count).map { Array(cells.atoms($0)) }
        #expect(Set(listed).count == listed.count, "a set of atoms listed twice")
        #expect(Set(listed) == bruteForceSmallCells(grid, k: 5))
        #expect(listed.count > 10)
    }

    @Test func aCellIsNamedByAShortDescriptionOfExactlyItsAtoms() throws {
        let (grid, _) = randomGrid(seed: 7, variables: 5, units: 80)
        let cells = try #require(SmallCells(grid: grid, k: 5, workLimit: 1 << 30))
        for i in 0..<cells.count {
            let predicate = cells.predicate(i, grid: grid)
            let atoms = grid.indicator(predicate).indices.filter { grid.indicator(predicate)[$0] == 1 }.map { Int32($0) }
            #expect(atoms == Array(cells.atoms(i)), "\(predicate)")
            // No condition can be dropped without taking in other atoms.
            for name in predicate.conditions.keys {
                var shorter = predicate.conditions
                shorter[name] = nil
                #expect(grid.count(CountPredicate(shorter)) > grid.count(predicate), "\(predicate) without \(name)")
            }
        }
    }

    @Test func theWorkLimitIsKept() {
        let (grid, _) = randomGrid(seed: 5, variables: 8, units: 300)
        #expect(SmallCells(grid: grid, k: 5, workLimit: 1_000) == nil)
    }

    /// Thirty variables that are codings of three (age in years, age group, school year, region,
    /// country, and so on): 2³⁰ subsets of the variables, which a walk over every subset could not
    /// finish (the audit refused it), but few distinct cells.
    @Test func aPublicationOverThirtyVariablesIsAudited() throws {
        var generator = SplitMix64(seed: 11)
        let names = (0..<30).map { "v\($0)" }
        // Variable i codes base variable i % 3 (four values) by dividing it by 1 + i / 3 % 2.
        let coded = { (base: [Int]) -> [String?] in names.indices.map { i in String(base[i % 3] / (1 + i / 3 % 2)) } }
        var units: [(values: [String?], count: Int)] = (0..<200).map { _ in
            (values: coded((0..<3).map { _ in Int.random(in: 0..<4, using: &generator) }), count: Int.random(in: 1...3, using: &generator))
        }
        // Four respondents with v0 = 9 (a fourth value): two with v1 = 0, two with v1 = 1.
        for (v1, count) in [("0", 1), ("0", 1), ("1", 2)] {
            units.append((values: ["9", v1] + units[0].values.dropFirst(2), count: count))
        }
        let published = [CountPredicate(["v0": .oneOf(["9"])]), CountPredicate(["v0": .oneOf(["9"]), "v1": .oneOf(["0"])])]
        let target = CountPredicate(["v0": .oneOf(["9"]), "v1": .oneOf(["1"])])
        let cells = names.flatMap { name in ["0", "1", "2", "3"].map { CountPredicate([name: .oneOf([$0])]) } }
        let audit = try PublicationAudit(variables: names, units: units, predicates: published + [target] + cells, k: 5)
        #expect(audit.grid.count(target) == 2)
        let pinned = Set(audit.pinned(published: published).map(audit.grid.indicator))
        #expect(pinned.contains(audit.grid.indicator(target)))
        #expect(!Set(audit.pinned(published: [published[0]]).map(audit.grid.indicator)).contains(audit.grid.indicator(target)))
    }
}
