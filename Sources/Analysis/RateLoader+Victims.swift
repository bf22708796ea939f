import Storage

/// The incidents of one country × year that no victim group can hold.
struct LeftOutCell: Sendable {
    /// The country × year.
    let cell: RateCell
    /// Matching incidents whose victim sex is missing or neither male nor female (nil without
    /// `sex` in `--by`).
    let noSex: Int?
    /// Matching incidents with a usable victim sex (or any, without `sex` in `--by`) whose
    /// victim age is missing or in no band (nil without `age_group` in `--by`).
    let noAge: Int?
}

/// Incident counts per country × year × victim sex × age band.
struct VictimIncidents: Sendable {
    /// One cell per victim group of every country × year the register covers (0 when none).
    let numerators: [NumeratorCell]
    /// Per country × year, the incidents in no group.
    let leftOut: [LeftOutCell]
    /// The stored victim sexes that are in no group (nil: missing), and the victim ages, as
    /// the release ledger writes them: what the left-out counts count.
    let otherSexes: [String?]
    let otherAges: [String?]
}

/// Rates by victim sex and age group: incidents and children counted in the same cells.
extension RateLoader {
    /// Incident counts per country × year and victim group for an offence and stage.
    ///
    /// A victim whose sex is `female` or `male` is in that sex's group; one whose age (whole
    /// years) lies in a band is in that band's group. An incident whose victim sex is missing
    /// or other (with `sex` grouped), or whose age is missing or outside the bands (with
    /// `age_group` grouped), is in no group and counted in ``LeftOutCell``. Every country ×
    /// year with an incident row gets every group, 0 when no case matches.
    ///
    /// - Parameters:
    ///   - bySex: whether groups are split by victim sex.
    ///   - bands: the age bands, nil when groups are not split by age.
    /// - Throws: ``RateError/missingData(table:hint:)`` when a needed variable was not ingested.
    func victimCells(offence: String?, stage: IncidentStage?, bySex: Bool, bands: [AgeBand]?) throws -> VictimIncidents {
        let columns = try incidentColumns(offence: offence, stage: stage)
        guard !columns.isEmpty else { return VictimIncidents(numerators: [], leftOut: [], otherSexes: [], otherAges: []) }
        let detail = (bySex ? ["victim_sex"] : []) + (bands == nil ? [] : ["victim_age"])
        for variable in detail where !columns.contains(variable) {
            throw RateError.missingData(
                table: "incidents", hint: "no \(variable) variable; map it in the incident codebooks or drop it from --by")
        }
        var counts: [RateCell: Int] = [:]
        var leftOut: [RateCell: (sex: Int, age: Int)] = [:]
        var otherSexes = Set<String?>(), otherAges = Set<String?>()
        for tally in try store.incidentTallies(iccsPrefix: offence, stages: stage?.acceptedValues, detail: detail) {
            guard let year = RateValues.year(tally.year) else { continue }
            let place = RateCell(country: tally.country, year: year)
            let matching = tally.matching.flatMap(RateValues.wholeNumber) ?? 0
            if leftOut[place] == nil { leftOut[place] = (0, 0) }  // the register covers it
            var cell = place
            if bySex {
                let sex = canonicalText(tally.detail[0])
                guard let sex, VictimSex.values.contains(sex) else {
                    otherSexes.insert(sex)
                    leftOut[place]!.sex += matching
                    continue
                }
                cell.sex = sex
            }
            if let bands {
                let age = canonicalText(tally.detail[detail.count - 1])
                guard let band = AgeBand.band(of: age, in: bands) else {
                    otherAges.insert(age)
                    leftOut[place]!.age += matching
                    continue
                }
                cell.ageBand = band.label
            }
            counts[cell, default: 0] += matching
        }
        let sexes: [String?] = bySex ? VictimSex.values : [nil]
        let labels: [String?] = bands?.map(\.label) ?? [nil]
        let numerators = leftOut.keys.sorted().flatMap { place in
            sexes.flatMap { sex in
                labels.map { band in
                    let cell = RateCell(country: place.country, year: place.year, sex: sex, ageBand: band)
                    return NumeratorCell(cell: cell, offence: offence, count: counts[cell] ?? 0, flag: nil, source: .incidents)
                }
            }
        }
        return VictimIncidents(
            numerators: numerators,
            leftOut: leftOut.sorted { $0.key < $1.key }.map { place, out in
                LeftOutCell(cell: place, noSex: bySex ? out.sex : nil, noAge: bands == nil ? nil : out.age)
            },
            otherSexes: otherSexes.sorted { ($0 ?? "") < ($1 ?? "") }, otherAges: otherAges.sorted { ($0 ?? "") < ($1 ?? "") })
    }

    /// Children per country × year × sex (with `bySex`) × age band (with `bands`): the sum of the
    /// single years of age of the band (0–17 without bands), of the sex, or of sex `total` when
    /// the source has it and `male` + `female` otherwise. Only complete cells count: every age
    /// of the band present once. Sources are chosen per cell as in ``denominators(_:preferEurostat:)``.
    func victimDenominators(preferEurostat: Bool, bySex: Bool, bands: [AgeBand]?) throws -> [RateCell: DenominatorCell] {
        // source → country × year → sex → age → (population, values, flag)
        var ages: [Int64: [RateCell: [String: [Int: (Double, Double, String?)]]]] = [:]
        var names: [Int64: String] = [:]
        for tally in try store.childPopulationByAge() {
            guard let year = RateValues.year(tally.year), let age = tally.age.flatMap(RateValues.wholeNumber) else { continue }
            names[tally.source] = tally.sourceName
            let cell = RateCell(country: tally.country, year: year)
            let population = try RateValues.population(tally.population ?? 0, cell: cell, sourceName: tally.sourceName)
            ages[tally.source, default: [:]][cell, default: [:]][tally.sex, default: [:]][age] = (population, tally.values ?? 0, tally.flag)
        }
        let spans = bands.map { $0.map { ($0.label as String?, $0.ages) } } ?? [(nil, 0...17)]
        let sexes: [String?] = bySex ? VictimSex.values : [nil]
        var candidates: [Candidate] = []
        for (source, cells) in ages {
            for (place, bySexAndAge) in cells {
                for sex in sexes {
                    for (label, span) in spans {
                        // The parts that add up to the cell: its sex, or both sexes (total if given).
                        let parts = sex.map { [[$0]] } ?? [["total"], ["male", "female"]]
                        guard
                            let chosen = parts.first(where: { part in
                                part.allSatisfy { s in span.allSatisfy { bySexAndAge[s]?[$0]?.1 == 1 } }
                            })
                        else { continue }
                        let values = chosen.flatMap { s in span.map { bySexAndAge[s]![$0]! } }
                        let flags = Set(values.compactMap(\.2)).sorted().joined(separator: ",")
                        candidates.append(
                            Candidate(
                                cell: RateCell(country: place.country, year: place.year, sex: sex, ageBand: label), source: source,
                                value: DenominatorCell(
                                    population: values.map(\.0).reduce(0, +), sourceName: names[source] ?? "",
                                    flag: flags.isEmpty ? nil : flags)))
                    }
                }
            }
        }
        return try choose(candidates, preferEurostat: preferEurostat)
    }
}
