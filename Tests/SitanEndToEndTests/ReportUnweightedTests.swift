import Foundation
import Testing

/// A survey round without weights (a small NGO survey is often so): its totals count
/// respondents, so the report prints no estimated number of children for it. Rounded to the
/// nearest 100 such a count printed `0 (0–0)` beside a prevalence of 3.3%, with exit 0.
@Suite struct ReportUnweightedTests {
    /// A database of the shipped Latvian survey, incidents and population, and the Lithuanian ones
    /// with the survey's weight column dropped from its codebook; `latvia: false` leaves Latvia out.
    /// With `weightsOfOne`, the Lithuanian weight column stays mapped and holds 1 on every row (an
    /// export of an unweighted survey that writes its weights anyway).
    static func database(latvia: Bool, weightsOfOne: Bool = false) throws -> String {
        let folder = temporaryDirectory()
        let datasets = SitanProcess.repository.appendingPathComponent("datasets")
        let db = folder.appendingPathComponent("unweighted.sqlite").path
        var book = try String(contentsOf: datasets.appendingPathComponent("lt-survey.csv.codebook.yaml"), encoding: .utf8)
        var survey = datasets.appendingPathComponent("lt-survey.csv").path
        if weightsOfOne {
            // The weight is the fourth field, written `"94,0500"`.
            let csv = try String(contentsOfFile: survey, encoding: .utf8)
            survey = try write(csv.replacing(/,"\d+,\d+",/, with: ",\"1,0000\","), to: "lt-survey.csv", in: folder)
        } else {
            book = book.replacingOccurrences(of: "  weight: svoris\n", with: "  weight: null\n")
                .replacingOccurrences(of: "drop: [pastabos]", with: "drop: [pastabos, svoris]")
        }
        let unweighted = try write(book, to: "lt-survey.codebook.yaml", in: folder)
        var files = [(survey, unweighted)]
        for name in (latvia ? ["lv-survey", "lv-incidents", "lv-population"] : []) + ["lt-incidents", "lt-population"] {
            let file = datasets.appendingPathComponent("\(name).csv").path
            files.append((file, file + ".codebook.yaml"))
        }
        for (file, codebook) in files {
            let ingest = try SitanProcess.run([
                "ingest", "--db", db, file, "--codebook", codebook, "--dictionary", datasets.appendingPathComponent("variables.yaml").path,
            ])
            #expect(ingest.status == 0, "\(file): \(ingest.stderr)")
        }
        return db
    }

    static func report(_ db: String) throws -> [Substring] {
        let out = temporaryDirectory().appendingPathComponent("report")
        let run = try SitanProcess.run(["report", "--db", db, "--quiet", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(arguments: [false, true]) func aRoundWithoutWeightsShowsNoEstimatedNumberAndSaysWhy(weightsOfOne: Bool) throws {
        let report = try Self.report(try Self.database(latvia: true, weightsOfOne: weightsOfOne))
        #expect(!report.contains { $0.contains("(0–0)") }, "a count rounded to hundreds was printed as a number of children")
        // Every Lithuanian row of a table with estimated numbers ends in `–`; Latvia's show numbers.
        let header = "| Country | Sex | n | % (95% CI) | Estimated number (95% CI) |"
        let start = try #require(report.firstIndex { $0 == header })
        let rows = report[start...].dropFirst(2).prefix { $0.hasPrefix("|") }
        let lithuania = rows.filter { $0.hasPrefix("| Lithuania |") }, latvia = rows.filter { $0.hasPrefix("| Latvia |") }
        #expect(lithuania.count == 2 && lithuania.allSatisfy { $0.hasSuffix("| – |") }, "\(lithuania)")
        #expect(latvia.count == 2 && latvia.allSatisfy { !$0.hasSuffix("| – |") && $0.contains("00 (") }, "\(latvia)")
        let note = "Survey rounds without weights (LT-2019): a total would count respondents"
        #expect(report.contains { $0.contains(note) })
        // The overview of estimated numbers, and no Lithuanian row in the table beside recorded cases.
        let overview = try #require(report.firstIndex { $0 == "**Estimated number of children**" })
        let overviewRow = report[overview...].first { $0.hasPrefix("| Any sexual abuse, lifetime |") }
        #expect(overviewRow?.hasSuffix("| – |") == true, "\(overviewRow ?? "")")
        let gap = try #require(report.firstIndex { $0 == "### Self-reported experience and recorded cases" })
        let gapRows = report[gap...].dropFirst().prefix { !$0.hasPrefix("#") }.filter { $0.hasPrefix("| L") }
        #expect(gapRows.map { $0.prefix(9) } == ["| Latvia "], "\(gapRows)")
    }

    @Test func withOnlyRoundsWithoutWeightsTheReportHasNoEstimatedNumbers() throws {
        let report = try Self.report(try Self.database(latvia: false))
        #expect(!report.contains { $0.contains("(0–0)") || $0.contains("Estimated number") })
        #expect(report.contains { $0.hasPrefix("| Lithuania | Male | 785 |") })
    }
}
