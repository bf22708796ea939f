import Foundation
import Testing

/// `sitan report` on the database built from `datasets/`: the committed `reports/` must be
/// what the current code and data produce (CI fails when it is stale).
@Suite(.serialized) struct ReportTests {
    static let repository = SitanProcess.repository

    /// Builds the database from `datasets/` with the built binary, as `make report` does.
    static func datasetsDatabase() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("report.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "scripts/ingest-datasets.sh", SitanProcess.executable.path, "datasets"]
        process.currentDirectoryURL = repository
        var environment = ProcessInfo.processInfo.environment
        environment["SITAN_DB"] = db
        environment.removeValue(forKey: "SITAN_CONFIG")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/ingest-datasets.sh failed")
        return db
    }

    @Test func committedReportsAreUpToDate() throws {
        let db = try Self.datasetsDatabase()
        for language in ["en", "lv", "lt", "pl"] {
            let result = try SitanProcess.run(
                ["report", "--db", db, "--lang", language, "--out", "reports/" + language, "--check"], in: Self.repository)
            #expect(result.status == 0, "reports/\(language) is stale; run `make report` and commit: \(result.stderr)")
        }
    }

    /// The README's short session is what sitan prints after `make report` (the report is in
    /// the database's ledger, so a later estimate is audited against it): each `$ sitan` line
    /// of its example is run, and the lines shown after it must be what it prints, up to a line
    /// the README cuts with `...`.
    @Test func readmeSessionIsWhatSitanPrints() throws {
        let db = try Self.datasetsDatabase()
        let out = temporaryDirectory().appendingPathComponent("r")
        let write = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--lang", "en", "--quiet"], in: Self.repository)
        #expect(write.status == 0, "\(write.stderr)")
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var checked = 0
        // The last command of the example ingests a researcher's own file, which is not in the repository.
        for (index, line) in lines.enumerated() where line.hasPrefix("$ sitan ") && !line.contains("private.csv") {
            var arguments = line.split(separator: " ").dropFirst(2).map(String.init)
            if let option = arguments.firstIndex(of: "--db") {
                arguments[option + 1] = temporaryDirectory().appendingPathComponent("try.sqlite").path
            } else {
                arguments += ["--db", db, "--format", "table"]
            }
            let result = try SitanProcess.run(arguments, in: Self.repository)
            let printed = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
            let shown = lines[(index + 1)...].prefix { !$0.hasPrefix("$ ") && !$0.hasPrefix("```") && $0 != "..." }
            #expect(shown.count >= 2 && printed.count >= shown.count, "\(line)\n\(printed.joined(separator: "\n"))")
            for (readmeLine, printedLine) in zip(shown, printed) {
                let cut = readmeLine.hasSuffix(" ...") ? String(readmeLine.dropLast(4)) : nil
                let same = cut.map { printedLine.hasPrefix($0) } ?? (printedLine == readmeLine)
                #expect(same, "\(line)\nREADME:  \(readmeLine)\nprinted: \(printedLine)")
            }
            checked += 1
        }
        #expect(checked == 2, "the README's example has two commands to check")
    }

    @Test func checkNamesStaleFilesAndWritesNothing() throws {
        let db = try Self.datasetsDatabase()
        let out = temporaryDirectory().appendingPathComponent("r")
        let write = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--lang", "lt"], in: Self.repository)
        #expect(write.status == 0, "\(write.stderr)")
        let report = out.appendingPathComponent("report.md")
        func mode(_ url: URL) throws -> Int? { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int }
        #expect(try mode(out) == 0o700 && mode(out.appendingPathComponent("figures")) == 0o700, "report folders are private")
        #expect(try mode(report) == 0o600, "report files are private")
        let original = try String(contentsOf: report, encoding: .utf8)
        #expect(
            original.contains("## 1. Pagrindinės išvados") && original.contains("Iš dalies sintetiniai duomenys"),
            "the Eurostat annex is real, the rest synthetic")
        try (original + "edited\n").write(to: report, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: out.appendingPathComponent("figures/incident-rates.svg"))
        let check = try SitanProcess.run(["report", "--db", db, "--out", out.path, "--lang", "lt", "--check"], in: Self.repository)
        #expect(check.status == 1)
        #expect(check.stderr.contains("report.md") && check.stderr.contains("figures/incident-rates.svg"), "\(check.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8) == original + "edited\n", "--check must write nothing")
    }

    @Test func badLanguageAndTemplateAreUsageErrors() throws {
        let db = try Self.datasetsDatabase()
        let lang = try SitanProcess.run(["report", "--db", db, "--out", temporaryDirectory().path, "--lang", "de"])
        #expect(lang.status == 64)
        let template = try SitanProcess.run([
            "report", "--db", db, "--out", temporaryDirectory().path, "--template", "/nonexistent.mustache",
        ])
        #expect(template.status == 64 && template.stderr.contains("--template"))
    }
}

/// The report read as an attacker reads it: rows loaded of a survey round minus the missing
/// answers to an indicator minus its `n` by sex (or age group) is the number who answered
/// without a sex; on the shipped datasets that number is small for Lithuania, so some term of
/// the difference must be suppressed.
@Suite struct ReportInternalDifferencingTests {
    /// The cells of the markdown table that follows `marker` (after `after`, when given).
    static func table(_ report: [Substring], marker: String, after: String? = nil) -> [[String]] {
        let start = after.flatMap { a in report.firstIndex { $0.hasPrefix(a) } } ?? 0
        guard let heading = report[start...].firstIndex(where: { $0.hasPrefix(marker) }),
            let first = report[heading...].firstIndex(where: { $0.hasPrefix("|") })
        else { return [] }
        return report[(first + 2)...].prefix { $0.hasPrefix("|") }.map { line in
            // Counts are grouped with narrow no-break spaces (`1 253`).
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{202F}", with: "")
            }
        }
    }

    @Test func loadedMinusMissingMinusGroupsIsNotASmallCount() throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        let provenance = Self.table(report, marker: "| Source |")
        let missing = Self.table(report, marker: "| Variable | `lt-survey`")
        // The tables by sex and age group show each country's latest round (Latvia: 2023).
        let countries = ["Latvia": "lv-survey-2023", "Lithuania": "lt-survey", "Poland": "pl-survey"]
        let missingHeader = try #require(report.first { $0.hasPrefix("| Variable | `lt-survey`") })
            .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        var checked = 0
        for (label, variable) in [("Any sexual abuse, lifetime", "csa_any_lifetime"), ("Image-based sexual abuse", "image_based_abuse")] {
            for grouping in ["**By country and sex**", "**By country and age group**"] {
                let groups = Self.table(report, marker: grouping, after: "### " + label)
                #expect(!groups.isEmpty, "\(label) \(grouping)")
                for (country, source) in countries {
                    let loaded = provenance.first { $0[0] == "`\(source)`" }?[8]
                    let column = try #require(missingHeader.firstIndex(of: "`\(source)`: missing"))
                    let missingCount = missing.first { $0[0] == "`\(variable)`" }?[column]
                    let ns = groups.filter { $0[0] == country }.map { Int($0[2]) }
                    guard let loaded = loaded.flatMap(Int.init), let missingCount = missingCount.flatMap(Int.init),
                        !ns.isEmpty, ns.allSatisfy({ $0 != nil })
                    else { continue }  // some term is suppressed
                    let derived = loaded - missingCount - ns.reduce(0) { $0 + $1! }
                    #expect(!(1..<5).contains(derived), "\(variable) \(grouping) \(country): \(derived) recomputed")
                    checked += 1
                }
            }
        }
        #expect(checked > 0, "the derivation should be checkable where nothing small results")
    }
}
