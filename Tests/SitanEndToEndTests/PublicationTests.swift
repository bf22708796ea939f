import Foundation
import Testing

/// Every command is either a publication command, whose tables pass disclosure control, or a
/// diagnostic one that prints no statistics about children. A new command that is in
/// neither list fails this test until someone decides which it is.
@Suite(.serialized) struct PublicationTests {
    /// Commands that print statistics, with arguments that make small cells on the fixture database.
    static let publication: [String: [String]] = [
        "estimate": ["estimate", "csa_any_lifetime", "--by", "sex", "--lonely-psu", "adjust"],
        "compare": ["compare", "csa_any_lifetime", "--across", "sex", "--lonely-psu", "adjust"],
        "rates": ["rates", "--by", "country,year"],
        "incidents": ["incidents", "--across", "victim_sex", "--by", "country,year"],
        "report": ["report", "--lonely-psu", "adjust"],
        "model": ["model", "csa_any_lifetime ~ sex", "--lonely-psu", "adjust"],
    ]
    /// Commands that print no statistics: set-up, loading, provenance and the raw, documented
    /// not-for-publication `query` and `export` (microdata for the analyst).
    static let diagnostic: Set<String> = [
        "init", "ingest", "validate", "synth", "sources", "rejects", "variables", "query", "remove", "releases", "export", "codebook",
    ]

    /// A database with small cells everywhere: 4 survey respondents and 40 recorded cases.
    static let database: String = {
        let directory = temporaryDirectory()
        let db = directory.appendingPathComponent("small.sqlite").path
        let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
        let fixture = SitanProcess.fixtures.appendingPathComponent("ingest")
        for kind in ["incidents", "population"] {
            let file = directory.appendingPathComponent("lv-\(kind).csv").path
            _ = try? SitanProcess.run([
                "synth", "--country", "LV", "--kind", kind, "--seed", "5", "--rows", kind == "incidents" ? "40" : "360", "--out", file,
            ])
            _ = try? SitanProcess.run(["ingest", "--db", db, file, "--codebook", file + ".codebook.yaml", "--dictionary", dictionary])
        }
        _ = try? SitanProcess.run([
            "ingest", "--db", db, fixture.appendingPathComponent("lv-survey.csv").path,
            "--codebook", fixture.appendingPathComponent("lv-survey.codebook.yaml").path,
        ])
        return db
    }()

    @Test func everyCommandIsClassified() throws {
        let help = try SitanProcess.run(["--help"]).stdout
        let names = help.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n").compactMap { line -> String? in
            let characters = Array(line)
            guard characters.count > 2, characters[0] == " ", characters[1] == " ", characters[2].isLowercase else { return nil }
            return String(line.dropFirst(2).prefix { !$0.isWhitespace })
        }
        #expect(names.count >= 13)
        for name in names where name != "help" {
            #expect(Self.publication[name] != nil || Self.diagnostic.contains(name), "classify `sitan \(name)` in PublicationTests")
        }
    }

    @Test(arguments: ["estimate", "compare", "rates", "incidents"])
    func smallCountsNeverLeaveInAnyFormat(command: String) throws {
        let arguments = Self.publication[command]! + ["--db", Self.database]
        let json = try SitanProcess.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        let leaks = smallCounts(in: parsed, path: command)
        #expect(leaks.isEmpty, "small counts published: \(leaks)")
        #expect(json.stdout.contains("\"suppressed\": true"), "the fixture must exercise suppression")
        for format in ["table", "csv", "markdown"] {
            let output = try SitanProcess.run(arguments + ["--format", format])
            let notes = format == "csv" ? output.stderr : output.stdout
            #expect(output.status == 0 && notes.contains("Counts from 1 to 4 are suppressed"), "\(command) --format \(format)")
            let mark = format == "csv" ? "confidential" : ":c"
            #expect(output.stdout.contains(mark), "\(command) --format \(format) shows no suppression mark")
        }
    }

    /// A model on the small-cell database is refused: no coefficient from four respondents is printed.
    @Test func modelOnSmallCellsIsRefused() throws {
        for format in ["json", "csv", "table"] {
            let result = try SitanProcess.run(Self.publication["model"]! + ["--db", Self.database, "--format", format])
            #expect(result.status == 65 && result.stdout.isEmpty && result.stderr.contains("disclosure control"), "\(result.stderr)")
        }
    }

    @Test func reportOnSmallCellsSuppresses() throws {
        let out = temporaryDirectory().appendingPathComponent("report")
        let result = try SitanProcess.run(Self.publication["report"]! + ["--db", Self.database, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("Counts from 1 to 4 are suppressed") && report.contains(":c"))
    }

    /// Integer values from 1 to 4 under keys that hold counts of children (everything that is
    /// not an identifier, a year, a share, a rate or a test statistic).
    func smallCounts(in value: Any, path: String) -> [String] {
        let notCounts: Set<String> = [
            "year", "df", "df1", "df2", "level", "per", "estimate", "se", "ci_low", "ci_high", "deff", "rate", "p_value",
            "statistic", "mean_deff", "cramers_v", "rate_ratio", "population", "weighted_n", "difference", "risk_ratio", "odds_ratio",
            "slope", "apc", "apc_ci_low", "apc_ci_high", "deviance", "years", "iterations", "suppressed", "is_total",
        ]
        if let object = value as? [String: Any] {
            return object.flatMap { key, child -> [String] in
                if let number = child as? NSNumber, !notCounts.contains(key), !key.hasSuffix("%"), !key.hasSuffix("_low"),
                    !key.hasSuffix("_high"),
                    number.doubleValue >= 1, number.doubleValue <= 4, number.doubleValue == number.doubleValue.rounded()
                {
                    return ["\(path).\(key) = \(number)"]
                }
                return smallCounts(in: child, path: "\(path).\(key)")
            }
        }
        if let array = value as? [Any] { return array.enumerated().flatMap { smallCounts(in: $1, path: "\(path)[\($0)]") } }
        return []
    }

    /// The attack a reviewer found: with one region of one respondent, `estimate age --by region`
    /// and the overall `estimate age` gave that child's age by subtraction. The by-table must
    /// hide a second region so that the suppressed groups add up to at least k.
    @Test func suppressedGroupCannotBeRecoveredFromTheOverallEstimate() throws {
        let directory = temporaryDirectory()
        var csv = "nr;svars;rajons;vecums\n"
        for i in 1...30 { csv += "\(i);\(100 + i);\(i == 30 ? "riga" : i % 2 == 0 ? "kurzeme" : "latgale");\(11 + i % 7)\n" }
        let file = try write(csv, to: "small.csv", in: directory)
        let codebook = try write(
            """
            source: {name: small, country: LV, kind: survey, year: 2024}
            file: {encoding: utf-8, delimiter: ";"}
            design: {id: nr, weight: svars}
            columns:
              rajons: {variable: region, type: text}
              vecums: {variable: age, type: integer, range: [11, 17]}

            """, to: "small.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("s.sqlite").path
        let dictionary = SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path
        #expect(try SitanProcess.run(["ingest", "--db", db, file, "--codebook", codebook, "--dictionary", dictionary]).status == 0)
        let result = try SitanProcess.run(["estimate", "age", "--by", "region", "--db", db, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let suppressed = rows.filter { $0["suppressed"] as? Bool == true }
        #expect(suppressed.count >= 2, "only the small group is hidden: \(result.stdout)")
        let overall = try SitanProcess.run(["estimate", "age", "--db", db, "--format", "json"])
        #expect(overall.stdout.contains("\"n\": 30"))
    }
}
