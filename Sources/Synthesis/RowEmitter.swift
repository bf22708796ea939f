/// Renders generator keys into native fields and writes rows, planting problems in dirty files.
struct RowEmitter {
    let schema: RawSchema
    let writer: CSVFileWriter
    let plan: DirtyPlan?
    /// Data rows written so far.
    private(set) var written = 0
    /// Problems planted so far.
    private(set) var planted: [PlantedProblem] = []
    private var serials: [ProblemKind: Int] = [:]

    /// - Parameters:
    ///   - rows: the exact number of data rows that will be emitted (the last gets the broken quote).
    ///   - dirty: whether to plant problems.
    init(schema: RawSchema, writer: CSVFileWriter, rows: Int, dirty: Bool, seed: UInt64) {
        self.schema = schema
        self.writer = writer
        plan = dirty ? DirtyPlan(totalRows: rows, seed: seed) : nil
    }

    /// Writes one row from its keys (one per schema column, in column order).
    mutating func emit(_ keys: [String]) throws {
        var fields: [String] = []
        fields.reserveCapacity(keys.count)
        for (column, key) in zip(schema.columns, keys) { fields.append(column.render(key)) }
        if let kind = plan?.problem(forRow: written) {
            let serial = serials[kind, default: 0]
            serials[kind] = serial + 1
            let bad = DirtyPlan.corrupt(fields, kind: kind, schema: schema, writer: writer, serial: serial)
            try writer.write(line: bad.line)
            planted.append(PlantedProblem(line: DirtyPlan.line(ofRow: written), reason: kind.rawValue, column: bad.column))
        } else {
            try writer.write(fields: fields)
        }
        written += 1
    }
}

/// Realistic item nonresponse, missing completely at random so the truth stays the target.
///
/// - 2% of pupils refuse the whole abuse module: every abuse item, the perpetrator and the
///   disclosure items get the "refused" code (so `csa_any_lifetime` is missing at random).
/// - Past-year items: 1% "don't know"; online solicitation and image-based abuse: 1.5%
///   "don't know" and 0.5% "refused".
/// - Items asked only of abused pupils: "not applicable" for the others, 1% "don't know"
///   (2% for the perpetrator).
enum ItemNonresponse {
    /// Keys for the eleven indicator fields, in ``SurveyGenerator/fields`` order.
    static func answers(for p: SurveyPupil, rng: inout SeededGenerator) -> [String] {
        let bit: (Bool) -> String = { $0 ? "1" : "0" }
        if rng.bernoulli(0.02) { return [String](repeating: "#refused", count: 11) }
        var keys = [
            bit(p.contact), rng.bernoulli(0.01) ? "#dk" : bit(p.contactPastYear),
            bit(p.noncontact), rng.bernoulli(0.01) ? "#dk" : bit(p.noncontactPastYear),
            general(bit(p.online), rng: &rng), general(bit(p.image), rng: &rng),
        ]
        guard p.abused, let perpetrator = p.perpetrator else {
            return keys + [String](repeating: "#na", count: 5)
        }
        let categories = ["family", "known_adult", "peer", "stranger", "online_only"]
        keys.append(rng.bernoulli(0.02) ? "#dk" : categories[perpetrator])
        for answer in [p.told, p.toldParent, p.police, p.help] {
            keys.append(rng.bernoulli(0.01) ? "#dk" : bit(answer))
        }
        return keys
    }

    private static func general(_ key: String, rng: inout SeededGenerator) -> String {
        let u = rng.uniform()
        return u < 0.015 ? "#dk" : (u < 0.02 ? "#refused" : key)
    }
}

extension SurveySchemas {
    /// Letters marking urban and rural schools in school codes (LV pilsēta/lauki, LT
    /// miestas/kaimas, PL miasto/wieś).
    static func settingLetters(_ country: SynthesisRequest.Country) -> [String] {
        switch country {
        case .latvia: return ["P", "L"]
        case .lithuania: return ["M", "K"]
        case .poland: return ["M", "W"]
        }
    }

    /// Interviewers' remarks (a dropped column; never about a person).
    static func notes(_ country: SynthesisRequest.Country) -> [String] {
        switch country {
        case .latvia: return ["anketa aizpildīta daļēji", "skolēns aizgāja agrāk", "klasē bija troksnis"]
        case .lithuania: return ["anketa užpildyta iš dalies", "mokinys išėjo anksčiau", "klasėje buvo triukšminga"]
        case .poland: return ["ankieta wypełniona częściowo", "uczeń wyszedł wcześniej", "hałas w klasie"]
        }
    }
}
