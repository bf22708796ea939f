import Foundation

/// The notes printed under `sitan rates`: what was counted, the denominator and its sources,
/// and the methods, so that every choice the command made is visible in its output.
struct RateNotes {
    let request: RateRequest
    let estimates: [RateEstimate]

    var all: [String] { [numerators, denominator, victims, missing, methods].compactMap { $0 } }

    /// How incidents are put in victim groups, and what is left out; nil without them.
    var victims: String? {
        guard request.byVictim else { return nil }
        var parts: [String] = []
        if request.by.contains("sex") {
            parts.append("victim sex male or female (rate per 100 000 boys or girls)")
        }
        if request.by.contains("age_group") {
            let bands = request.ageBands.map(\.label).joined(separator: ", ")
            parts.append("victim age in whole years in the bands \(bands) (the categories of victim_age_group)")
        }
        var text = "Victim groups: \(parts.joined(separator: "; ")), against the children of the same sex and age band. "
        text += "An incident whose victim "
        text += [
            request.by.contains("sex") ? "sex is missing or neither male nor female" : nil,
            request.by.contains("age_group") ? "age is missing or not 0-17" : nil,
        ].compactMap { $0 }.joined(separator: " or whose ")
        let sex = request.by.contains("sex")
        let columns = [
            sex ? "no_victim_sex" : nil,
            request.by.contains("age_group") ? "no_victim_age" + (sex ? " (victim sex male or female)" : "") : nil,
        ]
        text += " is in no group: the table left_out counts such incidents (\(columns.compactMap { $0 }.joined(separator: ", "))), "
        text += "under the same disclosure control."
        return text
    }

    /// The numerator source(s) and what matches the offence.
    var numerators: String {
        let incidents = estimates.filter { $0.source == .incidents }.count
        let counts = estimates.count - incidents
        let offence = request.offence.map { "ICCS \($0)" } ?? "every offence"
        let stage = request.stage.map { "cases that reached the \($0.rawValue) stage" } ?? "all recorded cases"
        let incidentText = "record-level incidents (\(offence) and the codes below it; \(stage))"
        let countText = "aggregate counts (unit NR, \(request.offence.map { "ICCS \($0) exactly" } ?? "each ICCS code separately"))"
        if request.byVictim {
            return "Numerators: \(incidentText), the only source with victim sex and age (aggregate counts have neither)."
        }
        switch (request.source, incidents > 0, counts > 0) {
        case (nil, true, true):
            return
                "Numerators: \(incidentText) for the \(incidents) groups with incident rows; \(countText) for the other \(counts) (column source)."
        case (nil, false, _):
            return "Numerators: \(countText); no group has incident rows (default source: incidents where present, counts otherwise)."
        case (nil, true, false):
            return "Numerators: \(incidentText) (default source: incidents where present, counts otherwise)."
        case (.incidents?, _, _):
            return "Numerators: \(incidentText)."
        case (.counts?, _, _):
            return "Numerators: \(countText)."
        }
    }

    /// The denominator and the population sources it came from.
    var denominator: String {
        let sources = Set(estimates.flatMap(\.populationSources)).sorted()
        let what: String
        switch request.population {
        case .children where request.byVictim:
            what =
                "children aged 0-17 of the group's sex and age band (sum of the band's single years of age, per country and year; "
                + "both sexes without sex in --by)"
        case .children:
            what = "children aged 0-17 (sum of single years of age 0-17, both sexes, per country and year)"
        case .all:
            what = "the whole population (Eurostat demo_pjan, age TOTAL, sex total, 1 January)"
        }
        let from = sources.isEmpty ? "" : " from \(sources.joined(separator: ", "))"
        let pooled =
            request.by.contains("year") ? "" : "; rates over several years divide by the sum of the yearly populations (person-years)"
        return "Denominator: \(what)\(from)\(pooled)."
    }

    /// Groups reported without a rate.
    var missing: String? {
        let none = estimates.filter { $0.flags.contains("no_denominator") }.count
        let noCount = estimates.filter { $0.flags.contains("no_count") }.count
        var parts: [String] = []
        if none > 0 { parts.append("\(none) groups have no \(request.population.title) denominator (flag no_denominator)") }
        if noCount > 0 { parts.append("\(noCount) groups have no published count (flag no_count)") }
        return parts.isEmpty ? nil : "Not computed: " + parts.joined(separator: "; ") + "."
    }

    /// The methods, with their reference software.
    var methods: String {
        let level = String(format: "%g%%", request.level * 100)
        var text = "Rates per \(RateTableBuilder.perLabel(request.per)) with exact Poisson (Garwood) \(level) intervals (R poisson.test)."
        if request.by.contains("country") {
            text +=
                " Rate ratios: exact, conditional on the total count, with the exact two-sided p-value (R poisson.test with two samples)."
        }
        if request.by.contains("year") {
            text +=
                " Trends: Poisson regression of the counts on year with log(population) offset (R glm, family poisson), "
                + "annual percent change 100 × (exp(slope) − 1) with a Wald interval and p-value; "
                + "when Pearson's dispersion (X² / df) is above 1 the model is quasi-Poisson (R glm, family quasipoisson): "
                + "the same slope, its standard error times √dispersion, a t interval and t-test on the residual df."
        }
        return text
    }
}
