/// Writes a synthetic incident register: one row per recorded case over ten years.
///
/// Cases grow 4% a year; the article mix, victim ages and sexes, online share and perpetrator
/// relation follow ``OffenceCatalogue``; regions follow the child population; older cases are
/// more often at the conviction stage. Each case has its own random stream.
struct IncidentGenerator {
    let request: SynthesisRequest
    let profile: CountryProfile
    let schema: RawSchema
    let offences: [Offence]
    private let slots: [Int]

    /// Years covered (the population files cover the same years by default).
    static let years = 2015...2024
    static let fields = ["date", "article", "region", "age", "sex", "relation", "online", "agency", "stage"]

    init(request: SynthesisRequest, profile: CountryProfile, name: String) throws {
        self.request = request
        self.profile = profile
        var schema = IncidentSchemas.schema(
            for: request.country, profile: profile, name: name,
            mappingPath: request.offenceMappingPath)
        if let encoding = request.encoding { schema.dialect.encoding = encoding }
        self.schema = schema
        offences = OffenceCatalogue.offences(of: request.country.rawValue)
        slots = schema.columns.map { column in IncidentGenerator.fields.firstIndex(of: column.field)! }
    }

    /// Writes the file and returns its schema, planted problems and truth (counts by year).
    func write(to path: String) throws -> GeneratedFile {
        let writer = try CSVFileWriter(path: path, dialect: schema.dialect)
        try writer.write(fields: schema.header)
        var emitter = RowEmitter(schema: schema, writer: writer, rows: request.rows, dirty: request.dirty, seed: request.seed)
        var byYear: [Int: Int] = [:]
        let yearWeights = IncidentGenerator.years.map { PortableMath.exp(0.04 * Double($0 - IncidentGenerator.years.lowerBound)) }
        for i in 0..<request.rows {
            var rng = SeededGenerator(seed: request.seed, stream: [5, UInt64(i)])
            let year = IncidentGenerator.years.lowerBound + rng.pick(weights: yearWeights)
            byYear[year, default: 0] += 1
            let keys = caseKeys(year: year, rng: &rng)
            try emitter.emit(slots.map { keys[$0] })
        }
        try writer.finish()
        var truth = Truth(country: request.country.rawValue, kind: "incidents", seed: request.seed, rows: request.rows)
        let counts = IncidentGenerator.years.map { "\"\($0)\": \(byYear[$0, default: 0])" }
        truth.extra.append(("cases_by_year", "{" + counts.joined(separator: ", ") + "}"))
        truth.extra.append(("note", Truth.string("Counts include rows a dirty file corrupts; rejected rows lower them.")))
        return GeneratedFile(schema: schema, rows: emitter.written, planted: emitter.planted, truth: truth)
    }

    /// One case's generator keys, in ``fields`` order.
    private func caseKeys(year: Int, rng: inout SeededGenerator) -> [String] {
        let month = rng.integer(in: 1...12)
        let day = rng.integer(in: 1...DecimalText.daysIn(month: month, year: year))
        let offence = offences[rng.pick(weights: offences.map(\.share))]
        let pattern = offence.pattern
        let ages = pattern.ages
        let age = (rng.integer(in: ages) + rng.integer(in: ages) + 1) / 2
        let region = profile.regions[rng.pick(weights: profile.regions.map(\.childShare))]
        let sex = rng.bernoulli(0.01) ? "#dk" : (rng.bernoulli(pattern.femaleShare) ? "female" : "male")
        let relation =
            rng.bernoulli(0.08)
            ? "#dk" : ["family", "known_adult", "peer", "stranger", "online_only"][rng.pick(weights: pattern.relations)]
        let online = relation == "online_only" || rng.bernoulli(pattern.onlineShare)
        let agency = ["police", "prosecution", "border_guard", "other"][rng.pick(weights: [0.88, 0.08, 0.01, 0.03])]
        let elapsed = Double(IncidentGenerator.years.upperBound - year)
        let convicted = min(0.40, 0.05 + 0.06 * elapsed)
        let stage = ["recorded", "prosecuted", "convicted"][rng.pick(weights: [1 - convicted - 0.25, 0.25, convicted])]
        return [
            DecimalText.date(day: day, month: month, year: year), offence.article, region.slug, "\(age)",
            sex, relation, online ? "1" : "0", agency, stage,
        ]
    }
}
