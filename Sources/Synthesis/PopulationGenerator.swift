/// Writes children by year, sex and single year of age (0–17), as a statistics office exports them.
///
/// A cohort born in year b numbers births(b) × sex share × (1 − attrition × age) at each
/// age, with 1% noise; births interpolate ``CountryProfile/births``. Totals land near the
/// real child populations (LV ~0.33 M, LT ~0.49 M, PL ~6.8 M in 2024).
struct PopulationGenerator {
    let request: SynthesisRequest
    let profile: CountryProfile
    let schema: RawSchema
    private let slots: [Int]

    static let fields = ["date", "sex", "age", "count"]
    static let lastYear = 2024

    init(request: SynthesisRequest, profile: CountryProfile, name: String) throws {
        self.request = request
        self.profile = profile
        var schema = PopulationGenerator.schema(for: request.country, name: name)
        if let encoding = request.encoding { schema.dialect.encoding = encoding }
        self.schema = schema
        slots = schema.columns.map { column in PopulationGenerator.fields.firstIndex(of: column.field)! }
    }

    /// Years written for a request of `rows` rows: ⌈rows / 36⌉, between 1 and 60, ending in 2024.
    static func years(forRows rows: Int) -> ClosedRange<Int> {
        let count = min(60, max(1, (rows + 35) / 36))
        return (lastYear - count + 1)...lastYear
    }

    func write(to path: String) throws -> GeneratedFile {
        let years = PopulationGenerator.years(forRows: request.rows)
        let rows = years.count * 36
        let writer = try CSVFileWriter(path: path, dialect: schema.dialect)
        try writer.write(fields: schema.header)
        var emitter = RowEmitter(schema: schema, writer: writer, rows: rows, dirty: request.dirty, seed: request.seed)
        var totals: [String] = []
        for year in years {
            var rng = SeededGenerator(seed: request.seed, stream: [6, UInt64(year)])
            var total = 0
            for sex in ["male", "female"] {
                for age in 0...17 {
                    let count = cohort(year: year, age: age, male: sex == "male", rng: &rng)
                    total += count
                    let date = request.country == .poland ? "31.12.\(year)" : "01.01.\(year)"
                    let keys = [date, sex, "\(age)", "\(count)"]
                    try emitter.emit(slots.map { keys[$0] })
                }
            }
            totals.append("\"\(year)\": \(total)")
        }
        try writer.finish()
        var truth = Truth(country: request.country.rawValue, kind: "population", seed: request.seed, rows: rows)
        truth.extra.append(("children_by_year", "{" + totals.joined(separator: ", ") + "}"))
        return GeneratedFile(schema: schema, rows: rows, planted: emitter.planted, truth: truth)
    }

    private func cohort(year: Int, age: Int, male: Bool, rng: inout SeededGenerator) -> Int {
        let births = profile.births(in: year - age) * (male ? 0.513 : 0.487)
        let kept = 1 - profile.attritionPerYear * Double(age) - (age > 0 ? 0.004 : 0)
        return Int((births * kept * (1 + 0.01 * rng.standardNormal())).rounded())
    }

    static func schema(for country: SynthesisRequest.Country, name: String) -> RawSchema {
        typealias Words = (
            date: String, sex: String, age: String, count: String, male: String, female: String,
            total: String, office: String
        )
        let w: Words
        let dialect: FileDialect
        switch country {
        case .latvia:
            w = ("datums", "dzimums", "vecums", "iedzīvotāju_skaits", "vīrieši", "sievietes", "kopā", "Centrālā statistikas pārvalde")
            dialect = FileDialect(encoding: .utf8, delimiter: ",", decimal: ".", lineEnding: "\n")
        case .lithuania:
            w = ("data", "lytis", "amžius", "gyventojų_skaičius", "Vyrai", "Moterys", "Iš viso", "Valstybės duomenų agentūra")
            dialect = FileDialect(encoding: .utf8BOM, delimiter: ";", decimal: ".", lineEnding: "\n")
        case .poland:
            w = ("stan_na", "płeć", "wiek", "liczba_ludności", "mężczyźni", "kobiety", "ogółem", "Główny Urząd Statystyczny")
            dialect = FileDialect(encoding: .windows1250, delimiter: ";", decimal: ".", lineEnding: "\r\n")
        }
        let columns = [
            RawColumn(name: w.date, field: "date", rule: .date(variable: "year", extract: "year")),
            RawColumn(
                name: w.sex, field: "sex",
                rule: .codes(
                    variable: "sex",
                    codeList(
                        [(w.male, "male", w.male), (w.female, "female", w.female)]))),
            RawColumn(name: w.age, field: "age", rule: .integer(variable: "age", range: 0...17)),
            RawColumn(name: w.count, field: "count", rule: .integer(variable: "population", range: 0...100_000_000)),
        ]
        return RawSchema(
            source: SourceInfo(
                name: name, country: country.rawValue, kind: "population", year: nil,
                description: "SYNTHETIC children by year, sex and single year of age (0-17) imitating an "
                    + "export of \(w.office); magnitudes follow real births, values are invented."),
            dialect: dialect, columns: columns,
            faults: FaultTargets(
                rangeColumn: w.age, outOfRangeValue: "99", codeColumn: w.sex,
                unknownCode: w.total, dateColumn: w.date))
    }
}
