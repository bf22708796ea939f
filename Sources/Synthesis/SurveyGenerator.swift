/// Writes a synthetic survey file: selects schools, draws pupils, applies item nonresponse,
/// renders native codes, and computes the truth over the whole generated school population.
struct SurveyGenerator {
    let request: SynthesisRequest
    let profile: CountryProfile
    let schema: RawSchema
    let model: SurveyModel
    let frame: SurveyFrame
    /// For each schema column, its index in ``fields``.
    private let slots: [Int]

    /// Generator fields, in the order ``row(for:pupil:school:date:)`` fills them.
    static let fields = [
        "id", "school", "stratum", "weight", "date", "region", "setting", "sex", "age",
        "csa_contact_lifetime", "csa_contact_past_year", "csa_noncontact_lifetime", "csa_noncontact_past_year",
        "online_solicitation", "image_based_abuse", "perpetrator_relation",
        "disclosed_anyone", "disclosed_parent", "reported_police", "received_help", "notes",
    ]

    init(request: SynthesisRequest, profile: CountryProfile, name: String) throws {
        self.request = request
        self.profile = profile
        var schema = SurveySchemas.schema(for: request.country, profile: profile, name: name)
        if let encoding = request.encoding { schema.dialect.encoding = encoding }
        self.schema = schema
        model = SurveyModel(targets: profile.targets)
        frame = try SurveyFrame(profile: profile, rows: request.rows, seed: request.seed)
        slots = schema.columns.map { column in SurveyGenerator.fields.firstIndex(of: column.field)! }
    }

    /// Writes the file and returns its schema, planted problems and truth.
    func write(to path: String) throws -> GeneratedFile {
        var sample: [SurveyFrame.SampledSchool] = []
        var truth = SurveyTruthAccumulator()
        for stratum in frame.strata {
            sample += frame.select(stratum)
            for i in 0..<stratum.schools {
                let school = frame.school(stratum: stratum, index: i)
                truth.add(size: school.size, effect: school.effect, model: model)
            }
        }
        SurveyGenerator.assignTakes(&sample, rows: request.rows)
        let writer = try CSVFileWriter(path: path, dialect: schema.dialect)
        try writer.write(fields: schema.header)
        var emitter = RowEmitter(schema: schema, writer: writer, rows: request.rows, dirty: request.dirty, seed: request.seed)
        for school in sample where school.take > 0 {
            var rng = SeededGenerator(seed: request.seed, stream: [2, UInt64(school.stratum), UInt64(school.index)])
            let date = SurveyGenerator.interviewDate(year: profile.surveyYear, rng: &rng)
            for _ in 0..<school.take {
                let pupil = model.drawPupil(u: school.effect, rng: &rng)
                let keys = row(for: emitter.written + 1, pupil: pupil, school: school, date: date, rng: &rng)
                try emitter.emit(slots.map { keys[$0] })
            }
        }
        try writer.finish()
        return GeneratedFile(
            schema: schema, rows: emitter.written, planted: emitter.planted,
            truth: makeTruth(truth, sample: sample))
    }

    /// Pupils per sampled school: 20 (or the whole school if smaller), then adjusted one at a
    /// time, school by school, until the total is exactly `rows`.
    static func assignTakes(_ sample: inout [SurveyFrame.SampledSchool], rows: Int) {
        for i in sample.indices { sample[i].take = min(SurveyFrame.nominalTake, sample[i].size) }
        var gap = rows - sample.reduce(0) { $0 + $1.take }
        while gap != 0 {
            var moved = false
            for i in sample.indices where gap != 0 {
                if gap > 0, sample[i].take < sample[i].size {
                    sample[i].take += 1; gap -= 1; moved = true
                } else if gap < 0, sample[i].take > 1 {
                    sample[i].take -= 1; gap += 1; moved = true
                }
            }
            if !moved { break }
        }
    }

    /// One school's interview day, in the spring or autumn term of `year`.
    static func interviewDate(year: Int, rng: inout SeededGenerator) -> String {
        let month = [3, 4, 5, 10, 11][rng.integer(in: 0...4)]
        let day = rng.integer(in: 1...DecimalText.daysIn(month: month, year: year))
        return DecimalText.date(day: day, month: month, year: year)
    }

    /// The generator keys of one respondent, in ``fields`` order, with item nonresponse.
    private func row(
        for id: Int, pupil: SurveyPupil, school: SurveyFrame.SampledSchool, date: String, rng: inout SeededGenerator
    ) -> [String] {
        let stratum = frame.strata[school.stratum - 1]
        let weight = Double(school.size) / (school.probability * Double(school.take))
        let settingLetter = SurveySchemas.settingLetters(request.country)[stratum.urban ? 0 : 1]
        var keys = [
            "\(id)", stratum.region.code + settingLetter + SurveyGenerator.padded(school.index + 1, 4),
            "\(stratum.region.code)-\(stratum.urban ? 1 : 2)",
            DecimalText.fixed(weight, places: 4, separator: schema.dialect.decimal), date,
            stratum.region.slug, stratum.urban ? "urban" : "rural",
            rng.bernoulli(0.003) ? "#refused" : (pupil.female ? "female" : "male"), "\(pupil.age)",
        ]
        keys += ItemNonresponse.answers(for: pupil, rng: &rng)
        let notes = SurveySchemas.notes(request.country)
        keys.append(rng.bernoulli(0.03) ? notes[rng.integer(in: 0...(notes.count - 1))] : "")
        return keys
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    private func makeTruth(_ acc: SurveyTruthAccumulator, sample: [SurveyFrame.SampledSchool]) -> Truth {
        let binary = Indicator.allCases.filter { $0.rawValue < Indicator.perpetratorFamily.rawValue }
        var truth = Truth(country: request.country.rawValue, kind: "survey", seed: request.seed, rows: request.rows)
        truth.proportions = binary.map { ($0.variable, acc.share($0)) }
        let bySex = [("male", 0), ("female", 1)].map { name, sex in
            (name, Truth.object(binary.map { ($0.variable, acc.share($0, sexes: [sex])) }, indent: "    "))
        }
        truth.extra.append(
            (
                "proportions_by_sex",
                "{\n"
                    + bySex.map { "    \(Truth.string($0.0)): \($0.1)" }
                    .joined(separator: ",\n") + "\n  }"
            ))
        let categories = Indicator.allCases.filter { $0.rawValue >= Indicator.perpetratorFamily.rawValue }
        truth.extra.append(
            (
                "categories",
                "{\"perpetrator_relation\": "
                    + Truth.object(categories.map { ($0.variable, acc.share($0)) }, indent: "  ") + "}"
            ))
        let pupils = acc.pupils[0] + acc.pupils[1]
        truth.extra.append(
            (
                "population",
                "{\"pupils\": \(Int(pupils.rounded())), \"schools\": \(acc.schools), "
                    + "\"strata\": \(frame.strata.count), \"sampled_schools\": \(sample.filter { $0.take > 0 }.count)}"
            ))
        truth.extra.append(("definition", Truth.string(SurveyGenerator.definition)))
        return truth
    }

    static let definition =
        "Each proportion is the population share in the generated school population the weights "
        + "represent: sum over all schools of M_i * E[y | school i] / sum of M_i, where M_i is the school's number "
        + "of pupils aged 11-17 and E[y | school i] the model expectation given its random effect (ages equally "
        + "likely, 48.7% girls). Disclosure, police and help items are shares among pupils with any lifetime abuse. "
        + "Item nonresponse (codes for don't know / refused) is missing completely at random."
}
