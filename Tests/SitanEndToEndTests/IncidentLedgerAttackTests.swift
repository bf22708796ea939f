import Disclosure
import Foundation
import Testing

/// An attacker who collects every count `rates` and `incidents` publish from a register with
/// planted small cells and solves the linear system: ICCS parent and child codes (a parent
/// counts its children and the cases coded at the parent exactly) and cumulative stages (a
/// stage counts the cases whose deepest stage is it or a later one) are linked tables.
@Suite(.serialized) struct IncidentLedgerAttackTests {
    static let years = ["2023", "2024"]
    static let codes = ["030111", "030113", "03011", "03012", "0302"]
    static let stages = ["recorded", "prosecuted", "convicted"]
    /// (year, ICCS code, deepest stage, cases).
    static let cases: [(String, String, String, Int)] = [
        ("2024", "030111", "recorded", 15), ("2024", "030113", "recorded", 12), ("2024", "030113", "convicted", 10),
        ("2024", "03011", "recorded", 2), ("2024", "03012", "recorded", 3), ("2024", "0302", "recorded", 30),
        ("2024", "0302", "prosecuted", 3), ("2023", "030111", "recorded", 20), ("2023", "0302", "recorded", 25),
    ]
    /// The planted cells: rapes coded at 03011 exactly (2), 03012 (3), prosecuted-only cases (3).
    static let planted: [(String, Set<String>)] = [("iccs", ["03011"]), ("iccs", ["03012"]), ("stage", ["prosecuted"])]

    /// The atoms: year × code × stage.
    struct Atom {
        let year: String
        let code: String
        let stage: String
    }
    static let atoms = years.flatMap { y in codes.flatMap { c in stages.map { Atom(year: y, code: c, stage: $0) } } }

    /// A fresh database with the planted register.
    static func database(into existing: String? = nil) throws -> String {
        var csv = "gads,kods,stadija\n"
        for (year, code, stage, count) in cases { csv += String(repeating: "\(year),\(code),\(stage)\n", count: count) }
        return try plantedDatabase(
            csv: csv,
            codebook: """
                source: {name: planted-register, country: LV, kind: incidents, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                columns:
                  gads: {variable: year, type: integer}
                  kods: {variable: iccs, type: text}
                  stadija: {variable: stage}

                """, into: existing)
    }

    /// A random `rates` or `incidents` command with parent and child codes and stages.
    static func randomCommand(_ generator: inout SplitMix64) -> [String] {
        var arguments =
            Bool.random(using: &generator)
            ? ["rates", "--by", ["country", "year", "country,year"].randomElement(using: &generator)!]
            : [
                "incidents", "--across", ["iccs", "stage"].randomElement(using: &generator)!, "--by",
                ["country", "year"].randomElement(using: &generator)!,
            ]
        if let offence = ["0301", "03011", "030113", "030111", "03012", "0302", nil].randomElement(using: &generator)! {
            arguments += ["--offence", offence]
        }
        if let stage = ["prosecuted", "convicted", nil, nil].randomElement(using: &generator)! { arguments += ["--stage", stage] }
        return arguments
    }

    /// An equation: which atoms a published count counts, and its value.
    typealias Equation = ((Atom) -> Bool, Double)

    /// The equations one JSON output publishes.
    static func equations(_ arguments: [String], json: String) throws -> [Equation] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let option = { (name: String) in arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
        let offence = option("--offence")
        let accepted: Set<String> =
            switch option("--stage") {
            case "prosecuted": ["prosecuted", "convicted"]
            case "convicted": ["convicted"]
            default: Set(stages)
            }
        let selected = { (atom: Atom) in atom.code.hasPrefix(offence ?? "") && accepted.contains(atom.stage) }
        var found: [Equation] = []
        for row in object["rows"] as? [[String: Any]] ?? [] {
            let group = (arguments[0] == "rates" ? row["group"] as? [String: Any] : row) ?? [:]
            let year = row["is_total"] as? Bool == true ? nil : group["year"].map { "\($0)" }
            let inGroup = { (atom: Atom) in selected(atom) && (year == nil || year == "" || atom.year == year) }
            if arguments[0] == "rates" {
                if let count = row["count"] as? Double { found.append((inGroup, count)) }
                continue
            }
            if let total = row["total"] as? Double { found.append((inGroup, total)) }
            let across = option("--across")!
            for value in across == "iccs" ? codes : stages {
                guard let count = row[value] as? Double else { continue }
                found.append(({ inGroup($0) && (across == "iccs" ? $0.code : $0.stage) == value }, count))
            }
        }
        return found
    }

    /// Runs commands and returns the planted cells the attacker pins.
    static func attack(_ commands: [[String]], db: String, newLedgerBetween: Bool = false) throws -> [String] {
        var equations: [Equation] = []
        try runAttack(commands, db: db, newLedgerBetween: newLedgerBetween) { equations += try Self.equations($0, json: $1) }
        return pinned(by: equations)
    }

    /// The planted cells a set of equations pins: min = max of the cell by the simplex.
    static func pinned(by equations: [Equation]) -> [String] {
        let rows = equations.map { equation in atoms.map { equation.0($0) ? 1.0 : 0.0 } + [0] }
        let rhs = equations.map(\.1)
        return planted.filter { variable, values in
            let cell = atoms.map { values.contains(variable == "iccs" ? $0.code : $0.stage) ? 1.0 : 0.0 } + [-1]
            guard let program = LinearProgram(equations: rows + [cell], rightHandSides: rhs + [0], variables: atoms.count + 1) else {
                Issue.record("the published counts are inconsistent")
                return true
            }
            let range = program.range(of: atoms.count)
            return range.upperBound - range.lowerBound < 0.5
        }.map { "\($0.0)=\($0.1.sorted())" }
    }

    @Test func parentMinusChildAndStageDifferencesAreRefused() throws {
        let commands = [
            ["incidents", "--across", "iccs", "--offence", "0301"], ["rates", "--offence", "0301", "--by", "country"],
            ["rates", "--offence", "03011", "--by", "country"], ["rates", "--offence", "030113", "--by", "country"],
            ["incidents", "--across", "stage"], ["rates", "--stage", "prosecuted", "--by", "country"],
            ["rates", "--stage", "convicted", "--by", "country"],
        ]
        #expect(try Self.attack(commands, db: try Self.database()).isEmpty)
    }

    /// The test has teeth: with a new ledger before each command the three differences pin all three cells.
    @Test func withoutTheLedgerTheDifferencesPinThePlantedCells() throws {
        let commands = [
            ["rates", "--offence", "0301", "--by", "country"], ["rates", "--offence", "03011", "--by", "country"],
            ["rates", "--offence", "030113", "--by", "country"], ["rates", "--offence", "030111", "--by", "country"],
            ["rates", "--stage", "prosecuted", "--by", "country"], ["rates", "--stage", "convicted", "--by", "country"],
        ]
        let pinned = try Self.attack(commands, db: try Self.database(), newLedgerBetween: true)
        #expect(pinned.count == 3, "\(pinned)")
    }

    /// One database with the planted survey and register, one ledger, a random sequence of
    /// `estimate`, `compare`, `rates` and `incidents` commands in every format: no planted cell
    /// of either data set may be pinned.
    @Test(arguments: [10] as [UInt64])
    func randomSequencesOverBothDataSetsPinNoPlantedCell(seed: UInt64) throws {
        let db = try Self.database(into: try LedgerAttackTests.database())
        var generator = SplitMix64(seed: seed)
        let commands = (0..<60).map { _ in
            Bool.random(using: &generator) ? Self.randomCommand(&generator) : LedgerAttackTests.randomCommand(&generator)
        }
        var register: [Equation] = []
        var survey: [([String: Set<String?>], Double)] = []
        try runAttack(commands, db: db) { command, json in
            if ["rates", "incidents"].contains(command[0]) {
                register += try Self.equations(command, json: json)
            } else {
                survey += try LedgerAttackTests.equations(command, json: json)
            }
        }
        let pinned = Self.pinned(by: register) + LedgerAttackTests.pinned(by: survey)
        #expect(pinned.isEmpty, "pinned by the attacker: \(pinned) after \(commands.map { $0.joined(separator: " ") })")
        #expect(register.count > 30 && survey.count > 30, "both data sets should publish: \(register.count), \(survey.count) equations")
    }
}
