/// The truth file (`FILE.truth.json`): what the generator knows and an analysis should recover.
///
/// Written by hand, in a fixed key order and with fixed-point numbers, so it is byte-identical
/// across machines. Keys always present: `country`, `kind`, `synthetic`, `rows`, `proportions`
/// (empty for non-survey files) and `planted` (empty for clean files).
struct Truth {
    var country: String
    var kind: String
    var seed: UInt64
    var rows: Int
    /// Harmonised binary variable → true population share, in output order.
    var proportions: [(String, Double)] = []
    /// Further top-level members, each already rendered as JSON.
    var extra: [(String, String)] = []

    /// The JSON text.
    func json(planted: [PlantedProblem]) -> String {
        var members = [
            ("country", Truth.string(country)), ("kind", Truth.string(kind)), ("synthetic", "true"),
            ("seed", "\(seed)"), ("rows", "\(rows)"),
            ("proportions", Truth.object(proportions, indent: "  ")),
        ]
        members += extra
        let plantedItems = planted.map { p -> String in
            let column = p.column.map { ", \"column\": \(Truth.string($0))" } ?? ""
            return "    {\"line\": \(p.line), \"reason\": \(Truth.string(p.reason))\(column)}"
        }
        members.append(("planted", plantedItems.isEmpty ? "[]" : "[\n" + plantedItems.joined(separator: ",\n") + "\n  ]"))
        return "{\n" + members.map { "  \(Truth.string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// A JSON object of numbers, one member per line.
    static func object(_ pairs: [(String, Double)], indent: String) -> String {
        guard !pairs.isEmpty else { return "{}" }
        let lines = pairs.map { "\(indent)  \(string($0.0)): \(number($0.1))" }
        return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
    }

    /// A JSON number with 10 decimals (no exponent, no platform formatting).
    static func number(_ x: Double) -> String { DecimalText.fixed(x, places: 10) }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Sums of expected values over the whole generated school population, by sex.
///
/// For school i with M_i pupils and effect u_i, girls contribute M_i·f·E[y | girl, u_i] and
/// boys M_i·(1−f)·E[y | boy, u_i], with E averaged over ages 11–17 (see ``SurveyModel``).
struct SurveyTruthAccumulator {
    private(set) var numerator = [[Double]](repeating: [Double](repeating: 0, count: Indicator.allCases.count), count: 2)
    private(set) var pupils = [0.0, 0.0]
    private(set) var schools = 0

    /// Adds one school of the frame.
    mutating func add(size: Int, effect: Double, model: SurveyModel) {
        schools += 1
        for sex in 0..<2 {
            let share = sex == 1 ? SurveyModel.femaleShare : 1 - SurveyModel.femaleShare
            let mass = Double(size) * share
            let e = model.sexExpectation(female: sex == 1, u: effect)
            pupils[sex] += mass
            for k in e.indices { numerator[sex][k] += mass * e[k] }
        }
    }

    /// The true share of `indicator` for sexes `sexes` (0 = boys, 1 = girls): among all
    /// pupils, or among abused pupils for the conditional items.
    func share(_ indicator: Indicator, sexes: [Int] = [0, 1]) -> Double {
        let top = sexes.reduce(0) { $0 + numerator[$1][indicator.rawValue] }
        let bottom =
            indicator.isConditional
            ? sexes.reduce(0) { $0 + numerator[$1][Indicator.anyLifetime.rawValue] }
            : sexes.reduce(0) { $0 + pupils[$1] }
        return top / bottom
    }
}

extension SurveyModel {
    /// Expected values per pupil of one sex in a school with effect `u` (ages equally likely).
    func sexExpectation(female: Bool, u: Double) -> [Double] {
        var sum = [Double](repeating: 0, count: Indicator.allCases.count)
        let ageWeight = 1 / Double(SurveyModel.ages.count)
        for age in SurveyModel.ages {
            let cell = expectation(female: female, age: age, u: u)
            for k in sum.indices { sum[k] += ageWeight * cell[k] }
        }
        return sum
    }
}
