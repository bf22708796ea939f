import Disclosure
import Foundation

/// A sum an output row publishes besides its counts: a mean of a numeric variable times its `n`
/// (or its weighted total), a total, a gaussian model's coefficients (with its counts, the sums
/// of the outcome over the fit and each level of a categorical predictor, and of the outcome
/// times each numeric predictor), and an estimate's standard error (the second moment, Σ w² x²,
/// and Σ w² x).
struct LedgerSum: Hashable {
    /// The numeric variables whose product is summed (times each unit's weight);
    /// ``LedgerStatistic/weight`` among them is the weight once more.
    let variables: [String]
    /// The units summed over.
    let over: CountPredicate
    /// The cells that count the units summed over (a row's `n`, a level's hidden count; a
    /// model's every cell): the sum is published unless all of them are suppressed.
    let cells: [CellPosition]
}

/// Sums in the release ledger.
///
/// A mean over many values is no count, but `n` times it is the sum of the values, and the
/// difference of two such sums over nested domains is a sum over the few units between them: over
/// a band of two values (14 and 15), a count (the pupils aged 15). Each published sum is therefore
/// an equation of the audit (``LinearCount``): the units of its domain split by the variables'
/// values and weight classes, each count times its value and weight. A weighted sum is one only
/// on rounds of a few weight classes (``CountSplit/maxWeights``) that a reader can know; a sum over
/// a round of more (design weights of individual respondents) is not recorded, as those weights
/// hide the counts.
extension ReleaseLedger {
    /// The sums of an output whose count cells are not all suppressed, each once, with their table.
    static func shownSums(
        _ tables: [LedgerTable], forcing: [Set<CellPosition>], disclosure: DisclosureControl
    ) throws -> [(table: Int, sum: LedgerSum)] {
        var seen = Set<[String: CountPredicate]>()
        return try tables.indices.flatMap { t in
            let hidden = try disclosure.confidentialCells(of: tables[t].table, forcing: forcing[t])
            return tables[t].sums.filter { sum in
                !Set(sum.cells).isSubset(of: hidden) && seen.insert([sum.variables.joined(separator: "*"): sum.over]).inserted
            }.map { (t, $0) }
        }
    }

    /// The sums published in the current ledger for a data set.
    func previousSums(_ dataset: LedgerDataset, in publication: Publication?) throws -> [CountCell] {
        try previousCells(dataset, in: publication).published.filter { $0.sum != nil }
    }

    /// The ledger cells of the shown sums, each with its number of units.
    func sumCells(_ sums: [LedgerSum], dataset: LedgerDataset) throws -> [CountCell] {
        try sums.map { sum in
            let names = Array(sum.over.conditions.keys).sorted()
            let units = try self.units(dataset, variables: names, presenceOnly: [])
            let count = units.reduce(0) { total, unit in
                let values = Dictionary(uniqueKeysWithValues: zip(names, unit.values))
                return sum.over.matches(values) ? total + unit.count : total
            }
            return CountCell(dataset: dataset.name, predicate: sum.over, value: count, sum: sum.variables)
        }
    }

    /// The equation of a sum over the data set's units: a term per combination of the variables'
    /// values and weight class within the domain, the count of those units times the product of
    /// the values and the weight.
    ///
    /// - Returns: nil when the sum reveals no equation a reader can solve (a round of the domain
    ///   has more than ``CountSplit/maxWeights`` weight classes), or a variable is not numeric.
    func linearCount(of variables: [String], over domain: CountPredicate, dataset: LedgerDataset) throws -> LinearCount? {
        let weighted = dataset.table == LedgerDataset.survey.table
        // The weight as a factor of the product (a standard error's Σ w² x²), besides each unit's own weight.
        let factors = variables.filter { $0 == LedgerStatistic.weight }.count
        let summed = variables.filter { $0 != LedgerStatistic.weight }
        let distinct = Array(Set(summed)).sorted()
        let own = Array(Set(domain.conditions.keys).subtracting(distinct)).sorted()
        let extra = weighted ? [CountSplit.weightVariable, SurveyRounds.variable] : []
        let names = distinct + own + extra.filter { !own.contains($0) && !distinct.contains($0) }
        let units = try self.units(dataset, variables: names, presenceOnly: [])
        let column = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        struct Cell: Hashable {
            let values: [String]
            let weight: Double
        }
        var texts: [Double: Set<String?>] = [:]
        var classes: [String?: Set<Double>] = [:]
        var cells = Set<Cell>()
        for unit in units {
            let values = Dictionary(uniqueKeysWithValues: names.indices.map { (names[$0], unit.values[$0]) })
            guard domain.matches(values) else { continue }
            let answers = distinct.compactMap { unit.values[column[$0]!] }
            guard answers.count == distinct.count else { continue }
            guard answers.allSatisfy({ Double($0) != nil }) else { return nil }
            let stored = weighted ? unit.values[column[CountSplit.weightVariable]!] : nil
            // A row without a weight weighs 1.
            let weight = CountSplit.weightClass(stored.flatMap(Double.init) ?? 1)
            texts[weight, default: []].insert(stored)
            if weighted { classes[unit.values[column[SurveyRounds.variable]!], default: []].insert(weight) }
            cells.insert(Cell(values: answers, weight: weight))
        }
        guard classes.values.allSatisfy({ $0.count <= CountSplit.maxWeights }) else { return nil }
        let split = texts.count > 1
        let order = { (cell: Cell) in (cell.weight, cell.values.joined(separator: "\u{1}")) }
        let terms = cells.sorted { order($0) < order($1) }.map {
            cell -> LinearCount.Term in
            var predicate = zip(distinct, cell.values).reduce(domain) { $0.restricted($1.0, to: [$1.1]) }
            if split {
                predicate = predicate.and(CountSplit.weightVariable, .oneOf(texts[cell.weight]!.sorted { ($0 ?? "") < ($1 ?? "") }))
            }
            let value = Dictionary(uniqueKeysWithValues: zip(distinct, cell.values.map { Double($0)! }))
            let product = summed.reduce(pow(cell.weight, Double(1 + factors))) { $0 * value[$1]! }
            return LinearCount.Term(predicate, coefficient: product)
        }
        return LinearCount(terms)
    }
}
