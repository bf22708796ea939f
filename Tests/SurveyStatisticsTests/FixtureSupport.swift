import Foundation
import Testing

@testable import SurveyStatistics

/// Reads the CSV fixtures written by `Fixtures/make_expected.R`.
enum Fixture {
    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures") else {
            fatalError("missing fixture \(name).csv")
        }
        return url
    }

    /// Lines split on commas (the fixtures contain no quoted fields).
    static func rows(_ name: String) -> (header: [String], rows: [[String]]) {
        let text = try! String(contentsOf: url(name), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        let split = lines.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return (split[0], Array(split.dropFirst()))
    }

    /// A data set as numeric columns, NA → NaN.
    static func data(_ name: String) -> [String: [Double]] {
        let (header, rows) = rows("data_" + name)
        var columns: [String: [Double]] = [:]
        for (j, h) in header.enumerated() { columns[h] = rows.map { Double($0[j]) ?? .nan } }
        return columns
    }

    nonisolated(unsafe) static var cache: [String: [String: [Double]]] = [:]
    static let lock = NSLock()
    static func cachedData(_ name: String) -> [String: [Double]] {
        lock.lock()
        defer { lock.unlock() }
        if let d = cache[name] { return d }
        let d = data(name)
        cache[name] = d
        return d
    }

    /// Expected values: case → key → value.
    static let expected: [String: [String: Double]] = {
        var out: [String: [String: Double]] = [:]
        // keys contain commas ("est[0,1]"), so the value is the last field and the key the middle ones
        for r in rows("expected").rows where r[0] != "_versions" {
            out[r[0], default: [:]][r[1..<(r.count - 1)].joined(separator: ",")] = Double(r[r.count - 1])!
        }
        return out
    }()

    struct Case: Sendable {
        let name, data, design, lonely, statistic, variable, group: String
        let adl: Bool
    }

    static let cases: [Case] = rows("cases").rows.map {
        Case(
            name: $0[0], data: $0[1], design: $0[2], lonely: $0[3], statistic: $0[5], variable: $0[6], group: $0[7],
            adl: $0[4] == "TRUE")
    }

    static func cases(_ statistic: String...) -> [Case] { cases.filter { statistic.contains($0.statistic) } }

    static func codes(_ x: [Double]) -> [Int32] { x.map { $0.isNaN ? -1 : Int32($0) } }

    /// The design each fixture case names, built as in `make_expected.R`.
    static func design(_ c: Case) throws -> SurveyDesign {
        let d = cachedData(c.data)
        let lonely = LonelyPSU(rawValue: c.lonely)!
        let w = d["pw"]!
        switch c.design {
        case "srs_nofpc": return try SurveyDesign(weights: w, lonelyPSU: lonely)
        case "srs_fpc": return try SurveyDesign(weights: w, fpc: d["fpc"]!, lonelyPSU: lonely)
        case "srs_unweighted": return try SurveyDesign(weights: w.map { _ in 1 }, lonelyPSU: lonely)
        case "strat_fpc":
            return try SurveyDesign(weights: w, strata: codes(d["stratum"]!), fpc: d["fpc"]!, lonelyPSU: lonely)
        case "strat_cluster", "strat_cluster_nofpc":
            return try SurveyDesign(
                weights: w, strata: codes(d["stratum"]!), psu: codes(d["psu"]!),
                fpc: c.design == "strat_cluster" ? d["fpcpsu"]! : nil, lonelyPSU: lonely)
        case "clus1_fpc": return try SurveyDesign(weights: w, psu: codes(d["psu"]!), fpc: d["fpc"]!, lonelyPSU: lonely)
        case "lonely", "lonely_fpc":
            return try SurveyDesign(
                weights: w, strata: codes(d["lstratum"]!), psu: codes(d["psu"]!),
                fpc: c.design == "lonely_fpc" ? d["lfpc"]! : nil, lonelyPSU: lonely, adjustDomainLonely: c.adl)
        default: fatalError("unknown design \(c.design)")
        }
    }

    static func grouping(_ c: Case) -> Grouping? {
        guard !c.group.isEmpty else { return nil }
        let g = codes(cachedData(c.data)[c.group]!)
        return Grouping(codes: g, count: Int(g.max()!) + 1)
    }
}
