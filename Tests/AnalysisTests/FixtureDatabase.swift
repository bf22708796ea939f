import Foundation
import Storage
import TestSupport

@testable import Analysis

/// The R reference fixtures of SurveyStatisticsTests (read-only) and those of this target.
enum Fixtures {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let surveyStatistics = here.deletingLastPathComponent().appendingPathComponent("SurveyStatisticsTests/Fixtures")
    static let analysis = here.appendingPathComponent("Fixtures")

    /// Comma-separated lines (no quoted commas in these files), quotes stripped.
    static func rows(_ url: URL) -> (header: [String], rows: [[String]]) {
        let text = try! String(contentsOf: url, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let split = lines.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\"", with: "") }
        }
        return (split[0], Array(split.dropFirst()))
    }

    /// case → key → value from an `expected.csv` (keys may contain commas).
    static func expected(_ url: URL) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for r in rows(url).rows where r[0] != "_versions" {
            out[r[0], default: [:]][r[1..<(r.count - 1)].joined(separator: ",")] = Double(r[r.count - 1]) ?? .nan
        }
        return out
    }

    static let surveyExpected = expected(surveyStatistics.appendingPathComponent("expected.csv"))
    static let domainExpected = expected(analysis.appendingPathComponent("expected_domain.csv"))
}

/// How a fixture design maps onto the survey table's design columns.
struct FixtureDesign {
    var stratum: String?
    var psu: String?
    var fpc: String?
    var weighted = true
    /// The second stage of a two-stage design: its units and fpc (`_psu2`, `_fpc2`).
    var stage2: (psu: String, fpc: String)?

    /// The designs of `make_expected.R`.
    static let all: [String: FixtureDesign] = [
        "srs_nofpc": FixtureDesign(),
        "srs_fpc": FixtureDesign(fpc: "fpc"),
        "srs_unweighted": FixtureDesign(weighted: false),
        "strat_fpc": FixtureDesign(stratum: "stratum", fpc: "fpc"),
        "strat_cluster": FixtureDesign(stratum: "stratum", psu: "psu", fpc: "fpcpsu"),
        "strat_cluster_nofpc": FixtureDesign(stratum: "stratum", psu: "psu"),
        "clus1_fpc": FixtureDesign(psu: "psu", fpc: "fpc"),
        "lonely": FixtureDesign(stratum: "lstratum", psu: "psu"),
        "lonely_fpc": FixtureDesign(stratum: "lstratum", psu: "psu", fpc: "lfpc"),
        // make_multistage_expected.R: svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2), weights implied
        "two_stage_implied": FixtureDesign(psu: "dnum", fpc: "fpc1", weighted: false, stage2: ("snum", "fpc2")),
    ]
}

/// A fresh temporary sitan database holding one fixture data set under one design.
enum FixtureDatabase {
    /// Variables of the fixture data sets and their harmonised types.
    static let variables: [(name: String, type: String, categories: [String]?)] = [
        ("api00", "integer", nil), ("api00m", "integer", nil), ("yes", "binary", nil), ("yesm", "binary", nil),
        ("awards", "binary", nil), ("stypec", "categorical", ["0", "1", "2"]), ("stypem", "categorical", ["0", "1", "2"]),
        ("allyes", "binary", nil), ("api99", "integer", nil), ("enroll", "integer", nil),
        // data_model.csv (make_glm_expected.R): country, sex and age group as codes
        ("country", "categorical", ["0", "1", "2"]), ("sex", "categorical", ["0", "1"]),
        ("agegroup", "categorical", ["0", "1", "2"]), ("hours", "number", nil), ("abuse", "binary", nil), ("score", "number", nil),
    ]

    /// Creates the database from `folder`'s `data_<data>.csv` (SurveyStatisticsTests' fixtures by
    /// default); `keep` drops rows (to show what dropping does).
    static func make(
        data: String, design: String, folder: URL = Fixtures.surveyStatistics, keep: (([String: String]) -> Bool)? = nil
    ) throws -> Store {
        let path = Scratch.file("analysis", suffix: "sqlite").path
        let store = try Store(path: path)
        let db = store.database
        let (header, rows) = Fixtures.rows(folder.appendingPathComponent("data_\(data).csv"))
        let present = variables.filter { header.contains($0.name) }
        try db.execute(
            "INSERT INTO sources(id, name, country, kind, file, sha256, size_bytes, encoding, codebook, codebook_sha256, sitan_version, rows_read, rows_loaded, rows_rejected, ingested_at) VALUES (1, 'api-\(data)', 'LV', 'survey', 'data.csv', 'x', 0, 'utf-8', 'cb', 'y', 'test', 0, 0, 0, 'now')"
        )
        for v in present {
            let sqlType = v.type == "categorical" ? "TEXT" : v.type == "number" ? "REAL" : "INTEGER"
            try db.execute("ALTER TABLE survey ADD COLUMN \"\(v.name)\" \(sqlType)")
            let categories = v.categories.map { "'[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]'" } ?? "NULL"
            try db.execute("INSERT INTO variables VALUES ('\(v.name)', '\(v.type)', \(categories), '{\"en\":\"\(v.name)\"}', '{}', 'test')")
        }
        try insert(rows, header: header, variables: present.map(\.name), design: FixtureDesign.all[design]!, keep: keep, into: db)
        return store
    }

    private static func insert(
        _ rows: [[String]], header: [String], variables: [String], design: FixtureDesign,
        keep: (([String: String]) -> Bool)?, into db: Database
    ) throws {
        if design.stage2 != nil { try db.execute("ALTER TABLE survey ADD COLUMN _psu2 TEXT; ALTER TABLE survey ADD COLUMN _fpc2 REAL") }
        let stage2 = design.stage2 == nil ? [] : ["_psu2", "_fpc2"]
        let columns = ["_source", "_line", "_weight", "_stratum", "_psu", "_fpc"] + stage2 + variables.map { "\"\($0)\"" }
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let statement = try db.prepare("INSERT INTO survey(\(columns.joined(separator: ","))) VALUES (\(marks))")
        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        try db.transaction {
            for (line, row) in rows.enumerated() {
                let record = Dictionary(uniqueKeysWithValues: header.map { ($0, row[index[$0]!]) })
                if let keep, !keep(record) { continue }
                let real = { (name: String?) -> SQLValue in name.flatMap { Double(record[$0]!) }.map { .real($0) } ?? .null }
                let text = { (name: String?) -> SQLValue in name.map { .text(record[$0]!) } ?? .null }
                var values: [SQLValue] = [.integer(1), .integer(Int64(line + 2))]
                values += [design.weighted ? real("pw") : .null, text(design.stratum), text(design.psu), real(design.fpc)]
                if let stage2 = design.stage2 { values += [text(stage2.psu), real(stage2.fpc)] }
                for v in variables {
                    let raw = record[v]!
                    let type = Self.variables.first { $0.name == v }!.type
                    values.append(
                        raw == "NA"
                            ? .null : type == "categorical" ? .text(raw) : type == "number" ? .real(Double(raw)!) : .integer(Int64(raw)!))
                }
                try statement.bind(values)
                try statement.run()
            }
        }
    }
}
