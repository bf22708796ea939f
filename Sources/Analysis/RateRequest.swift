import Foundation

/// The denominator of a rate: which population the counts are set against.
package enum RateDenominator: String, Sendable, CaseIterable {
    /// Children aged 0–17, both sexes: the sum of single years of age 0–17 per country and
    /// year (codebook population files by sex, or Eurostat `demo_pjan` with sex `T`).
    case children
    /// The whole population: Eurostat `demo_pjan` age `TOTAL`, sex `T` (what Eurostat's own
    /// `P_HTHAB` rates use).
    case all
}

/// Where the numerators come from.
package enum RateSource: String, Sendable, CaseIterable {
    /// Record-level cases in the `incidents` table, counted per group; an offence code
    /// matches every code below it (`0301` counts `030113` and `03012`).
    case incidents
    /// Aggregate counts (`counts`, Eurostat `crim_off_cat`, unit `NR`): the exact ICCS code
    /// only, because Eurostat publishes every level and summing levels would count twice.
    case counts
}

/// The stage of proceedings a case must have reached to be counted.
///
/// The `stage` variable of an incident is the furthest stage it reached, so the stages are
/// cumulative: every case was recorded, a convicted case was also prosecuted.
package enum IncidentStage: String, Sendable, CaseIterable {
    case recorded, prosecuted, convicted

    /// The `stage` values that have reached this stage; `nil` for every case (recorded).
    var acceptedValues: [String]? {
        switch self {
        case .recorded: nil
        case .prosecuted: ["prosecuted", "convicted"]
        case .convicted: ["convicted"]
        }
    }
}

/// `sitan rates [--offence CODE] [--by country,year,sex,age_group] [--year YEARS] [--per 100000]
/// [--population children|all] [--source incidents|counts] [--stage recorded|prosecuted|convicted]
/// [--level 0.95]`.
package struct RateRequest: Sendable, Equatable {
    /// The variables that may define groups: `sex` and `age_group` are the victim's (record-level
    /// incidents against children of that sex and age band).
    package static let groupingVariables = ["country", "year", "sex", "age_group"]
    /// The grouping variables that split incidents by their victim.
    package static let victimVariables = ["sex", "age_group"]

    /// The ICCS code without Eurostat's `ICCS` prefix, nil for every offence.
    package var offence: String?
    /// The grouping variables, a subset of ``groupingVariables`` in the order given.
    package var by: [String]
    /// The rate multiplier (100 000: rate per 100 000).
    package var per: Double
    /// The denominator.
    package var population: RateDenominator
    /// The numerator source; nil chooses per group (incidents where the group has incident
    /// rows, aggregate counts otherwise).
    package var source: RateSource?
    /// The stage cases must have reached (incidents only).
    package var stage: IncidentStage?
    /// The confidence level of the intervals.
    package var level: Double
    /// The countries to include (codes as stored, e.g. `LV`); nil for every country.
    package var countries: [String]?
    /// The years to include; nil for every year.
    package var years: [Int]?
    /// The age bands of `age_group`.
    package var ageBands: [AgeBand] = AgeBand.standard

    /// Whether the groups split incidents by victim sex or age group.
    package var byVictim: Bool { by.contains { Self.victimVariables.contains($0) } }

    /// Whether a country × year is among those requested (`--country`, `--year`).
    func selects(_ cell: RateCell) -> Bool {
        (countries?.contains(cell.country) ?? true) && (years?.contains(cell.year) ?? true)
    }

    /// Creates a request; the defaults are those of the command line.
    package init(
        offence: String? = nil, by: [String] = ["country", "year"], per: Double = 100_000,
        population: RateDenominator = .children, source: RateSource? = nil, stage: IncidentStage? = nil,
        level: Double = 0.95, countries: [String]? = nil, years: [Int]? = nil
    ) {
        self.offence = offence
        self.by = by
        self.per = per
        self.population = population
        self.source = source
        self.stage = stage
        self.level = level
        self.countries = countries
        self.years = years
    }

    /// Creates a request from command-line text, checking every option.
    ///
    /// - Throws: ``RateError/malformedArgument(option:argument:expected:)`` for a bad value.
    package init(
        offence: String?, by: [String], per: Double, population: String, source: String?, stage: String?,
        level: Double, countries: [String] = [], years: [String] = []
    ) throws {
        let code = try offence.map(Self.parseOffence)
        let groups = try Self.parseGroups(by)
        if groups.contains(where: Self.victimVariables.contains) {
            if source == RateSource.counts.rawValue {
                throw RateError.malformedArgument(
                    option: "--by", argument: by.joined(separator: ","),
                    expected: "country or year with --source counts (aggregate counts have no victim sex or age)")
            }
            if population == RateDenominator.all.rawValue {
                throw RateError.malformedArgument(
                    option: "--population", argument: population, expected: "children with sex or age_group in --by")
            }
        }
        guard per.isFinite, per > 0 else {
            throw RateError.malformedArgument(option: "--per", argument: "\(per)", expected: "a positive number such as 100000")
        }
        guard level > 0, level < 1 else {
            throw RateError.malformedArgument(option: "--level", argument: "\(level)", expected: "a number strictly between 0 and 1")
        }
        guard let denominator = RateDenominator(rawValue: population) else {
            throw RateError.malformedArgument(option: "--population", argument: population, expected: "children or all")
        }
        let numerators = try source.map { name in
            guard let value = RateSource(rawValue: name) else {
                throw RateError.malformedArgument(option: "--source", argument: name, expected: "incidents or counts")
            }
            return value
        }
        let stages = try stage.map { name in
            guard let value = IncidentStage(rawValue: name) else {
                throw RateError.malformedArgument(
                    option: "--stage", argument: name, expected: "recorded, prosecuted or convicted")
            }
            return value
        }
        if numerators == .counts, stages?.acceptedValues != nil {
            throw RateError.malformedArgument(
                option: "--stage", argument: stage ?? "", expected: "recorded with --source counts (aggregate counts are recorded offences)"
            )
        }
        self.init(
            offence: code, by: groups, per: per, population: denominator, source: numerators, stage: stages,
            level: level, countries: try Self.parseCountries(countries), years: try Self.parseYears(years))
    }

    /// An ICCS code as typed (`0301` or `ICCS0301`) without the prefix.
    ///
    /// - Throws: ``RateError/malformedArgument(option:argument:expected:)`` unless the code
    ///   is 2 to 8 digits after an optional `ICCS` prefix.
    package static func parseOffence(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let code = trimmed.uppercased().hasPrefix("ICCS") ? String(trimmed.dropFirst(4)) : trimmed
        guard (2...8).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw RateError.malformedArgument(
                option: "--offence", argument: text, expected: "an ICCS code such as 0301 or ICCS0301")
        }
        return code
    }

    /// Splits a `--country` list (`LV,LT,PL`, repeatable) into upper-case codes; nil when empty.
    static func parseCountries(_ arguments: [String]) throws -> [String]? {
        let codes = arguments.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() } }
        for code in codes where code.count < 2 || code.count > 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw RateError.malformedArgument(option: "--country", argument: code, expected: "country codes such as LV,LT,PL")
        }
        return codes.isEmpty ? nil : codes
    }

    /// Splits a `--year` list (`2023,2024`, repeatable) into years; nil when empty.
    static func parseYears(_ arguments: [String]) throws -> [Int]? {
        let texts = arguments.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let years = try texts.map { text in
            guard text.count == 4, let year = Int(text) else {
                throw RateError.malformedArgument(option: "--year", argument: text, expected: "years such as 2023,2024")
            }
            return year
        }
        return years.isEmpty ? nil : years
    }

    /// Splits a `--by` list into grouping variables, each one of `allowed`.
    static func parseGroups(_ arguments: [String], allowed: [String] = groupingVariables) throws -> [String] {
        let names = arguments.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for name in names where !allowed.contains(name) {
            let expected =
                allowed.count > 2 ? "a comma-separated list of " + allowed.joined(separator: ", ") : "country, year or country,year"
            throw RateError.malformedArgument(option: "--by", argument: name, expected: expected)
        }
        guard Set(names).count == names.count else {
            throw RateError.malformedArgument(option: "--by", argument: arguments.joined(separator: ","), expected: "each variable once")
        }
        return names
    }
}
