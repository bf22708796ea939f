import Testing

@testable import Disclosure

@Suite struct SignatureClassesTests {
    /// Two regions by sex, with region and sex published as separate margins over a domain.
    private func grid() -> (AtomGrid, [CountPredicate]) {
        let rows = [
            CountPredicate(["region": .oneOf(["riga"])]), CountPredicate(["region": .oneOf(["latgale"])]),
            CountPredicate(["sex": .oneOf(["f"]), "region": .oneOf(["riga", "latgale"])]),
        ]
        let units: [(values: [String?], count: Int)] = [(["riga", "f"], 3), (["latgale", "m"], 2), ([nil, "f"], 1), ([nil, "m"], 2)]
        let grid = AtomGrid(variables: ["region", "sex"], predicates: rows, units: units, limit: 1000)!
        return (grid, rows)
    }

    @Test func atomsWithTheSameRowsShareAClassAndOthersDoNot() {
        let (grid, rows) = grid()
        let classes = SignatureClasses(grid: grid, rows: rows)
        let membership = { (atom: Int) in
            rows.map { grid.indicator($0)[atom] }
        }
        for a in 0..<grid.size {
            for b in 0..<grid.size {
                #expect((classes.classOf[a] == classes.classOf[b]) == (membership(a) == membership(b)))
            }
        }
        for g in 0..<classes.count {
            let atoms = (0..<grid.size).filter { Int(classes.classOf[$0]) == g }
            #expect(classes.sizes[g] == atoms.count)
            #expect(classes.counts[g] == atoms.reduce(0) { $0 + grid.counts[$1] })
            #expect(classes.column(g, rows: rows.count) == membership(atoms[0]))
        }
        // The nonempty atoms only: riga×f, latgale×other, and everything outside both regions.
        #expect(grid.size == 4)
        #expect(classes.count == 3)
    }

    @Test func aFunctionThatSplitsAClassHasNoCoordinates() {
        let (grid, rows) = grid()
        let classes = SignatureClasses(grid: grid, rows: rows)
        let space = classes.space(without: [])
        let coverage = { (p: CountPredicate) in
            let indicator = grid.indicator(p)
            return (0..<classes.count).map { g in (0..<grid.size).filter { Int(classes.classOf[$0]) == g && indicator[$0] > 0 }.count }
        }
        // The atoms outside both regions are one class, whatever their sex: "sex = f" splits it.
        #expect(space.coefficients(covered: coverage(CountPredicate(["sex": .oneOf(["f"])])), sizes: classes.sizes) == nil)
        let riga = space.coefficients(covered: coverage(rows[0]), sizes: classes.sizes)
        #expect(riga == space.row(0, of: classes))
        #expect(classes.space(without: [0]).dimension == classes.count - 1)
    }
}
