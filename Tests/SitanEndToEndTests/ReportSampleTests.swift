import Foundation
import Testing

/// The sample description of the committed report (`reports/en/report.md`, written from
/// `datasets/`) against awk on the raw survey files: the unweighted n of each age group and its
/// weighted share (the weight column summed over the pupils of the group, over all pupils with a recorded sex: the report analyses only those).
@Suite struct ReportSampleTests {
    /// The output of `awk -F SEPARATOR PROGRAM FILE` (FILE relative to the repository).
    static func awk(_ program: String, separator: String, file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["awk", "-F" + separator, program, SitanProcess.repository.appendingPathComponent(file).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `n weighted%` of the pupils aged `low`–`high` in a `;`-separated file with a decimal comma,
    /// among the pupils with a recorded sex (1 or 2; 9 is a refusal): the report's analysis sample.
    static func ageGroup(file: String, ageColumn: Int, sexColumn: Int, weightColumn: Int, low: Int, high: Int) throws -> String {
        let program = """
            NR > 1 && ($\(sexColumn) == 1 || $\(sexColumn) == 2) {
                w = $\(weightColumn); gsub(",", ".", w); t += w; if ($\(ageColumn) >= \(low) && $\(ageColumn) <= \(high)) { n++; s += w }
            }
            END { printf "%d %.1f", n, 100 * s / t }
            """
        return try awk(program, separator: ";", file: file)
    }

    @Test func ageGroupsMatchAwkOnTheRawFiles() throws {
        let text = try String(contentsOf: SitanProcess.repository.appendingPathComponent("reports/en/report.md"), encoding: .utf8)
        let report = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = ReportInternalDifferencingTests.table(report, marker: "| Country | Characteristic |")
        #expect(!rows.isEmpty, "the sample table is missing")
        // Latvian and Polish files: `;`, decimal comma, weight in column 4, sex in column 8, age in column 9;
        // the table shows each country's latest round (Latvia: 2023).
        var checked = 0
        for (country, file) in [("Latvia", "datasets/lv-survey-2023.csv"), ("Poland", "datasets/pl-survey.csv")] {
            for (band, low, high) in [("11–13", 11, 13), ("14–15", 14, 15), ("16–17", 16, 17)] {
                let row = try #require(rows.first { $0[0] == country && $0[2] == band }, "\(country) \(band)")
                let expected = try Self.ageGroup(file: file, ageColumn: 9, sexColumn: 8, weightColumn: 4, low: low, high: high)
                #expect("\(row[3]) \(row[4].replacingOccurrences(of: "%", with: ""))" == expected, "\(country) \(band)")
                checked += 1
            }
        }
        #expect(checked == 6)
    }
}
