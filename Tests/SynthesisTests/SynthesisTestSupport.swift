import Foundation
import TestSupport

@testable import Synthesis

/// Helpers shared by the Synthesis tests: temporary files and an independent row checker.
enum Support {
    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        Scratch.folder("synthesis-tests")
    }

    /// Writes a file for `request` as `name` in a fresh directory and returns its path and summary.
    static func generate(_ request: SynthesisRequest, name: String = "sample.csv") throws -> (String, SynthesisSummary) {
        let path = try temporaryDirectory().appendingPathComponent(name).path
        return (path, try Synthesizer.write(request, to: path))
    }

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// The file's text, decoded with iconv (not with the generator's own encoder), BOM removed.
    static func text(_ path: String, encoding: SynthesisEncoding) throws -> String? {
        var raw = try bytes(path)
        if encoding == .utf8BOM, raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
        return try Iconv.decode(raw, from: encoding.iconvName)
    }

    /// Physical lines, ended by LF or CRLF ("\r\n" is a single Character in Swift).
    static func physicalLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    /// Splits one physical line into fields; nil when a quote is left open.
    static func fields(_ line: String, delimiter: Character) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"", i + 1 < chars.count, chars[i + 1] == "\"" {
                    field.append("\""); i += 1
                } else if c == "\"" {
                    quoted = false
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == delimiter {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        chars.removeAll()
        if quoted { return nil }
        fields.append(field)
        return fields
    }

    /// Physical line numbers (header = 1) of rows that break the schema: bad quoting, wrong
    /// field count, unknown codes, out-of-range integers, bad dates or weights.
    static func badLines(in text: String, schema: RawSchema) -> [Int] {
        var lines = physicalLines(text)
        if lines.last == "" { lines.removeLast() }
        var bad: [Int] = []
        for (i, line) in lines.enumerated().dropFirst() {
            guard let f = fields(line, delimiter: schema.dialect.delimiter), f.count == schema.columns.count,
                zip(schema.columns, f).allSatisfy({ valid($1, $0, schema.dialect) })
            else { bad.append(i + 1); continue }
        }
        return bad
    }

    /// Whether one raw value is acceptable under its column's rule ("" is missing, always accepted).
    static func valid(_ value: String, _ column: RawColumn, _ dialect: FileDialect) -> Bool {
        if value.isEmpty { return true }
        switch column.rule {
        case let .codes(_, codes): return codes.contains { $0.raw == value }
        case let .integer(_, range): return Int(value).map(range.contains) ?? false
        case .date: return validDate(value)
        case .design(.weight):
            return Double(value.replacingOccurrences(of: String(dialect.decimal), with: ".")) != nil
        case .design, .text, .dropped: return true
        }
    }

    static func validDate(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1...12).contains(m)
        else { return false }
        return (1...DecimalText.daysIn(month: m, year: y)).contains(d)
    }

    /// The schema the generator used for `request` (source name "sample").
    static func schema(for request: SynthesisRequest) throws -> RawSchema {
        let profile = CountryProfile.of(request.country)
        switch request.kind {
        case .survey: return try SurveyGenerator(request: request, profile: profile, name: "sample").schema
        case .incidents: return try IncidentGenerator(request: request, profile: profile, name: "sample").schema
        case .population: return try PopulationGenerator(request: request, profile: profile, name: "sample").schema
        }
    }

    /// Every country × kind.
    static let allRequests: [(SynthesisRequest.Country, SynthesisRequest.Kind)] =
        SynthesisRequest.Country.allCases.flatMap { c in SynthesisRequest.Kind.allCases.map { (c, $0) } }
}
