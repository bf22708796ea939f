import Disclosure
import Foundation
import Testing

/// An attacker who collects everything the ledger holds after the report and later outputs that
/// count no indicator (`estimate age --by region --where setting=urban`), and solves the linear
/// system: the report's parts (each indicator's tables by region and setting, the union's parts
/// together, the sample description) combined with the later outputs must not pin the planted
/// rural pupils of kurzeme (2) and zemgale (3).
@Suite struct ReportLedgerJointAttackTests {
    /// The planted survey: (sex, age, region, setting, contact, non-contact, online, pupils).
    static let groups: [(String, Int, String, String, String, String, String, Int)] = {
        var groups: [(String, Int, String, String, String, String, String, Int)] = []
        let regions = [("riga", 12), ("kurzeme", 6), ("latgale", 6), ("zemgale", 6), ("vidzeme", 5)]
        for (region, size) in regions {
            for (sex, age) in [("1", 12), ("2", 15), ("1", 15), ("2", 12)] {
                groups.append((sex, age, region, "urban", "2", "2", "2", size))
                groups.append((sex, age, region, "urban", "1", "2", "1", 1 + size / 4))
                groups.append((sex, age, region, "urban", "2", "1", "2", 1 + size / 5))
            }
        }
        // The planted rural pupils: 2 in kurzeme, 3 in zemgale; vidzeme's rural pupils are many.
        groups += [
            ("1", 12, "kurzeme", "rural", "1", "1", "2", 1), ("2", 15, "kurzeme", "rural", "2", "1", "1", 1),
            ("1", 15, "zemgale", "rural", "2", "2", "2", 2), ("2", 12, "zemgale", "rural", "1", "2", "2", 1),
            ("1", 12, "vidzeme", "rural", "2", "2", "2", 9), ("2", 15, "vidzeme", "rural", "1", "1", "1", 6),
            ("2", 12, "vidzeme", "rural", "2", "2", "2", 8), ("1", 15, "vidzeme", "rural", "1", "2", "2", 5),
            ("2", 12, "vidzeme", "rural", "2", "", "2", 2),
        ]
        return groups
    }()

    static let codebook = """
        source: {name: planted, country: LV, kind: survey, year: 2024, synthetic: true}
        file: {encoding: utf-8, delimiter: ",", missing: [""]}
        design: {id: id}
        columns:
          dzimums: {variable: sex, codes: {"1": male, "2": female}}
          vecums: {variable: age, type: integer, range: [11, 17]}
          novads: {variable: region}
          vieta: {variable: setting}
          c: {variable: csa_contact_lifetime, codes: {"1": 1, "2": 0}}
          nc: {variable: csa_noncontact_lifetime, codes: {"1": 1, "2": 0}}
          o: {variable: online_solicitation, codes: {"1": 1, "2": 0}}
        derived:
          age_group: {from: age, bands: {"11-13": [11, 13], "14-15": [14, 15], "16-17": [16, 17]}}
          csa_any_lifetime: {any_of: [csa_contact_lifetime, csa_noncontact_lifetime]}
        """

    /// A fresh database with the planted survey.
    static func plantedSurvey() throws -> String {
        var csv = "id,dzimums,vecums,novads,vieta,c,nc,o\n"
        var id = 0
        for (sex, age, region, setting, contact, noncontact, online, count) in groups {
            for _ in 0..<count {
                id += 1
                csv += "\(id),\(sex),\(age),\(region),\(setting),\(contact),\(noncontact),\(online)\n"
            }
        }
        return try plantedDatabase(csv: csv, codebook: codebook)
    }

    // MARK: - The attacker's model

    /// The variables the attacker's atoms run over, with their values and missing (the ages
    /// planted only: an attacker who knows the other ages are empty is only stronger).
    static let values: [(String, [String?])] = [
        ("sex", [nil, "male", "female"]), ("age", [nil, "12", "15"]),
        ("region", [nil, "riga", "kurzeme", "latgale", "zemgale", "vidzeme"]), ("setting", [nil, "urban", "rural"]),
        ("csa_contact_lifetime", [nil, "0", "1"]), ("csa_noncontact_lifetime", [nil, "0", "1"]),
        ("online_solicitation", [nil, "0", "1"]),
    ]

    /// Every atom.
    static let atoms: [[String: String?]] = {
        var atoms: [[String: String?]] = [[:]]
        for (variable, levels) in values {
            atoms = atoms.flatMap { atom in levels.map { atom.merging([variable: $0]) { $1 } } }
        }
        return atoms.map(derived)
    }()

    /// An atom with the variables the codebook derives (age group, the union) and those that
    /// are the same for every pupil (one source, one survey round, one country).
    static func derived(_ base: [String: String?]) -> [String: String?] {
        var atom = base
        let age = (atom["age"] ?? nil).flatMap { Int($0) }
        atom.updateValue(age.map { $0 <= 13 ? "11-13" : $0 <= 15 ? "14-15" : "16-17" }, forKey: "age_group")
        let parts = [atom["csa_contact_lifetime"] ?? nil, atom["csa_noncontact_lifetime"] ?? nil]
        atom.updateValue(parts.contains("1") ? "1" : parts.allSatisfy { $0 == "0" } ? "0" : nil, forKey: "csa_any_lifetime")
        atom["country"] = "LV"
        atom["_source"] = "planted"
        atom["survey"] = "LV-2024"
        return atom
    }

    /// The planted pupils as the attacker's atoms.
    static let pupils: [[String: String?]] = groups.flatMap { group in
        let answer = { (code: String) -> String? in ["1": "1", "2": "0"][code] }
        let atom = derived([
            "sex": ["1": "male", "2": "female"][group.0], "age": String(group.1), "region": group.2, "setting": group.3,
            "csa_contact_lifetime": answer(group.4), "csa_noncontact_lifetime": answer(group.5),
            "online_solicitation": answer(group.6),
        ])
        return Array(repeating: atom, count: group.7)
    }

    /// Every count the ledger records as published in the survey data set.
    static func publishedCounts(_ db: String) throws -> [CountCell] {
        let result = try SitanProcess.run(["query", "--db", db, "--format", "json", "SELECT published FROM releases"])
        #expect(result.status == 0, "\(result.stderr)")
        var texts: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String, text.hasPrefix("[") { texts.append(text) }
            if let array = value as? [Any] { array.forEach(collect) }
            if let object = value as? [String: Any] { object.values.forEach(collect) }
        }
        collect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        let counts = try texts.flatMap { try JSONDecoder().decode([CountCell].self, from: Data($0.utf8)) }
            .filter { $0.dataset == "survey" && $0.statistic == nil }
        let unknown = Set(counts.flatMap(\.predicate.conditions.keys)).subtracting(atoms[0].keys)
        #expect(unknown.isEmpty, "counts over variables the attacker's atoms lack: \(unknown)")
        return counts
    }

    /// Whether a cell's count is a linear combination of the published counts and the pupils
    /// loaded (a rank check over the atoms, those that no count tells apart merged into one column).
    static func isPinned(_ cell: CountPredicate, counts: [CountCell]) -> Bool {
        let predicates = [CountPredicate()] + counts.map(\.predicate)
        var classes: [[Bool]: [Bool]] = [:]
        for atom in atoms { classes[predicates.map { $0.matches(atom) }] = [cell.matches(atom)] }
        let columns = Array(classes.keys)
        // Merged atoms must agree on the cell, or it is not a function of the counts.
        let merged = Dictionary(grouping: atoms) { atom in predicates.map { $0.matches(atom) } }
        guard merged.values.allSatisfy({ Set($0.map { cell.matches($0) }).count == 1 }) else { return false }
        var basis: [(pivot: Int, row: [Double])] = []
        let reduce = { (vector: [Double]) -> [Double] in
            var v = vector
            for (pivot, row) in basis where abs(v[pivot]) > 1e-9 {
                let factor = v[pivot] / row[pivot]
                for j in v.indices { v[j] -= factor * row[j] }
            }
            return v
        }
        for i in predicates.indices {
            let v = reduce(columns.map { $0[i] ? 1.0 : 0.0 })
            if let pivot = v.indices.max(by: { abs(v[$0]) < abs(v[$1]) }), abs(v[pivot]) > 1e-9 { basis.append((pivot, v)) }
        }
        let target = reduce(columns.map { classes[$0]![0] ? 1.0 : 0.0 })
        return target.allSatisfy { abs($0) < 1e-7 }
    }

    static let planted: [(String, CountPredicate, Int)] = [
        ("kurzeme rural", CountPredicate(["region": .oneOf(["kurzeme"]), "setting": .oneOf(["rural"])]), 2),
        ("zemgale rural", CountPredicate(["region": .oneOf(["zemgale"]), "setting": .oneOf(["rural"])]), 3),
    ]

    /// The planted cells that everything published pins.
    static func pinned(_ db: String) throws -> [String] {
        let counts = try publishedCounts(db)
        // The attacker's model holds: every published count is its count of the planted pupils.
        for count in counts {
            #expect(pupils.filter(count.predicate.matches).count == count.value, "\(count)")
        }
        return planted.filter { _, cell, value in
            #expect(pupils.filter(cell.matches).count == value)
            return isPinned(cell, counts: counts)
        }.map { "\($0.0)" }
    }

    @Test func laterEstimatesAfterTheReportPinNoRuralPupils() throws {
        let db = try Self.plantedSurvey()
        let out = temporaryDirectory().appendingPathComponent("report").path
        let report = try SitanProcess.run(["report", "--db", db, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try Self.pinned(db).isEmpty, "pinned by the report alone")
        for domain in [["setting=urban"], ["setting=urban", "sex=male"]] {
            let estimate = try SitanProcess.run(
                ["estimate", "age", "--by", "region", "--db", db] + domain.flatMap { ["--where", $0] })
            #expect(estimate.status == 0 || estimate.status == 65, "\(estimate.stderr)")
            #expect(try Self.pinned(db).isEmpty, "pinned after estimate age --by region --where \(domain)")
        }
    }
}
