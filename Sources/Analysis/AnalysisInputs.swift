import Codebooks
import Storage
import SurveyStatistics

/// Resolves variable names and `--where` conditions against the database and loads the rows.
struct AnalysisInputs {
    let catalog: VariableCatalog
    let store: Store
    /// Columns read by earlier analyses (nil: each load reads its own).
    let cache: SurveyLoadCache?
    /// The release ledger's unit tally, whose first read a scan of every row makes too (nil: none).
    let tally: UnitTally?

    init(store: Store, cache: SurveyLoadCache? = nil, tally: UnitTally? = nil) throws {
        self.store = store
        self.cache = cache
        self.tally = tally
        catalog = try VariableCatalog(store: store)
    }

    /// The outcome variable of `estimate` or `compare`, checked against the allowed types.
    func outcome(_ name: String, allowed: [VariableType], role: String) throws -> CatalogVariable {
        let variable = try catalog.variable(name)
        guard allowed.contains(variable.type) else {
            throw AnalysisError.unsupportedType(variable: name, type: variable.type.rawValue, role: role)
        }
        return variable
    }

    /// The grouping variables, which must differ from each other and from `exclude`.
    func groupingVariables(_ names: [String], exclude: [String], role: String) throws -> [CatalogVariable] {
        var seen = Set(exclude)
        return try names.map { name in
            guard seen.insert(name).inserted else { throw AnalysisError.conflictingVariables(name) }
            if name == SurveyRounds.variable { return CatalogVariable.round }
            return try catalog.groupingVariable(name, role: role)
        }
    }

    /// The `--where` conditions with values typed for SQLite, checked against the dictionary.
    func filters(_ filters: [DomainFilter]) throws -> [(variable: CatalogVariable, values: [SQLValue])] {
        try filters.map { filter in
            if filter.variable == SurveyRounds.variable {
                throw AnalysisError.malformedArgument(
                    option: "--where", argument: filter.variable, expected: "a variable; select survey rounds with --survey ID[,ID]")
            }
            let variable = try catalog.variable(filter.variable)
            return (variable, try filter.values.map { try typedValue($0, for: variable) })
        }
    }

    /// One `--where` value as the column stores it.
    private func typedValue(_ text: String, for variable: CatalogVariable) throws -> SQLValue {
        switch variable.type {
        case .binary, .integer:
            guard let value = Int64(text), variable.type == .integer || value == 0 || value == 1 else {
                throw AnalysisError.unknownValue(variable: variable.name, valid: variable.type == .binary ? ["0", "1"] : [])
            }
            return .integer(value)
        case .number:
            guard let value = Double(text) else { throw AnalysisError.unknownValue(variable: variable.name, valid: []) }
            return .real(value)
        default:
            if let categories = variable.categories, !categories.contains(text) {
                throw AnalysisError.unknownValue(variable: variable.name, valid: categories)
            }
            return .text(text)
        }
    }

    /// Loads the rows of the rounds `selection` keeps.
    func load(_ plan: LoadPlan, selection: RoundSelection) throws -> SurveyData {
        try SurveyLoader(store: store, cache: cache, tally: tally).load(
            plan, rounds: try SurveyRounds(store: store, selection: selection), pool: selection.pool)
    }
}

/// Runs a SurveyStatistics call, translating its errors.
func statistics<T>(_ data: SurveyData, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as SurveyStatisticsError { throw data.translate(error) }
}
