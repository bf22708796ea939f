import Analysis
import CSVReading
import Codebooks
import Diagnostics
import Disclosure
import Rates
import Reporting
import StatisticalDistributions
import SurveyStatistics
import Synthesis
import Testing

@testable import StatFileReading
@testable import Storage

/// The one printer and the one table from error kind to exit code, over every error type.
@Suite struct DiagnosticTests {
    @Test func exitCodesFollowTheKind() {
        #expect(Diagnostic.Kind.allCases.map(\.exitCode) == [64, 65, 1])
    }

    @Test func printerGivesAsMuchOfThePositionAsIsKnown() {
        #expect(
            Diagnostic(kind: .data, file: "a.csv", line: 3, column: 7, message: "bad").rendered == "a.csv:3:7: error: bad")
        #expect(Diagnostic(kind: .data, file: "a.csv", line: 3, message: "bad").rendered == "a.csv:3: error: bad")
        #expect(Diagnostic(kind: .data, file: "a.csv", message: "bad").rendered == "a.csv: error: bad")
        #expect(Diagnostic(kind: .usage, message: "bad", hint: "  try this").rendered == "error: bad\n  try this")
        #expect(Diagnostic(.warning, kind: .data, file: "a.csv", line: 1, column: 1, message: "odd").rendered == "a.csv:1:1: warning: odd")
    }

    /// Each case of each module's error type, with the exit code it must give.
    static let cases: [(error: any DiagnosticConvertible, exitCode: Int32)] = [
        (CSVReadingError.cannotOpen(file: "a.csv", reason: "No such file"), 1),
        (CSVReadingError.wrongEncoding(file: "a.csv", line: 2, column: 3, declared: .utf8, likely: .windows1257), 65),
        (CSVReadingError.wrongEncoding(file: "a.csv", line: 2, column: 3, declared: .utf8, likely: nil), 65),
        (CSVReadingError.looksLikeUTF8(file: "a.csv", declared: .windows1257, line: nil, column: nil), 65),
        (CSVReadingError.looksLikeUTF8(file: "a.csv", declared: .windows1257, line: 4, column: nil), 65),
        (CSVReadingError.unsupportedEncoding("koi8"), 65),
        (CSVReadingError.emptyFile(file: "a.csv"), 65),
        (CSVReadingError.forbiddenByte(file: "a.csv", line: 1, column: 1, byteOrderMark: true), 65),
        (CSVReadingError.forbiddenByte(file: "a.csv", line: 1, column: 1, byteOrderMark: false), 65),
        (CSVReadingError.parserUnavailable, 1),
        (CSVReadingError.limitExceeded(file: "a.csv", line: 1, column: 1, what: "a field of 2 MB"), 65),
        (StatFileError(path: "a.sav", message: "cannot read the SPSS file"), 65),
        (CodebookError(file: "c.yaml", line: 3, column: 2, message: "unknown key"), 65),
        (CodebookError(file: "c.yaml", line: 0, column: 0, message: "cannot read", isUnreadable: true), 1),
        (IngestFileError(file: "a.csv", line: 1, column: 4, "column appears twice"), 65),
        (IngestFileError(file: "c.yaml", "design column missing"), 65),
        (StorageError.sqlite(code: 1, message: "syntax error", sql: nil), 1),
        (StorageError.cannotOpen(path: "db", message: "no such file"), 1),
        (StorageError.alreadyLoaded(file: "a.csv", source: "s", when: "today"), 65),
        (StorageError.nameTaken(name: "s", file: "a.csv", previous: "b.csv"), 65),
        (StorageError.identifierFound(file: "a.csv", line: 2, column: 3, field: "f", kind: "a PESEL"), 65),
        (StorageError.identifierColumn(file: "a.csv", column: 3, index: 2, field: "pesel", kind: "a PESEL"), 65),
        (StorageError.identifierInFileName(kind: "a PESEL"), 65),
        (StorageError.strictRejects(file: "a.csv", count: 1, first: ["a.csv:2:1: bad"]), 65),
        (StorageError.allRejected(file: "a.csv", count: 2, reasons: ["2 × bad"], advice: []), 65),
        (StorageError.notReadOnly("the statement writes"), 64),
        (StorageError.queryFailed("no such column: x"), 64),
        (StorageError.newerSchema(found: 9, supported: 5), 1),
        (StorageError.database(path: "db", problem: "disk full"), 1),
        (StorageError.databaseLimit("more than 2000 columns"), 65),
        (StorageError.cannotRead(file: "a.csv", reason: "Permission denied"), 1),
        (ExportError(kind: .usage, message: "no survey round \"x\""), 64),
        (ExportError(kind: .environment, message: "cannot write out.sav"), 1),
        (ConfigurationFileError(path: "sitan.yaml", line: 2, column: 5, message: "not YAML"), 64),
        (ConfigurationFileError(path: "sitan.yaml", line: 0, column: 0, message: "cannot read", isUnreadable: true), 1),
        (AnalysisError.unknownVariable("x"), 64),
        (AnalysisError.thresholdTooLow(path: "sitan.yaml", k: 2), 64),
        (AnalysisError.identifierInConfiguration(path: "sitan.yaml", line: 2, column: 5, kind: "a PESEL"), 65),
        (AnalysisError.lonelyPSU(source: "s"), 65),
        (AnalysisError.emptyDomain, 65),
        (AnalysisError.ledgerInconsistent(table: "t"), 65),
        (RateError.malformedArgument(option: "--per", argument: "x", expected: "a number"), 64),
        (RateError.missingData(table: "population", hint: "ingest demo_pjan"), 65),
        (RateError.nothingToCount(what: "no incidents"), 65),
        (ReportError.unreadableTemplate(path: "t.md"), 64),
        (ReportError.invalidTemplate(path: "t.md", line: 3, column: 4, problem: "unclosed section"), 64),
        (ReportError.missingDefaultTemplate, 1),
        (ReportError.cannotWrite(path: "out/report.md", reason: "Permission denied"), 1),
        (ReportError.stale(directory: "reports", files: ["report.md"]), 1),
        (DisclosureError.nothingReleasable, 65),
        (DisclosureError.nothingReleasableBecause("Some rows (:c) are suppressed."), 65),
        (DisclosureError.auditTooLarge(limit: 20), 65),
        (DisclosureError.cannotProtect, 1),
        (DisclosureError.invalidMargins, 1),
        (SynthesisError.tooFewRows(kind: "survey", country: "PL", minimum: 320), 64),
        (SynthesisError.encodingUnavailable("CP1257"), 1),
        (SynthesisError.cannotWrite(path: "out.csv", reason: "No such directory"), 1),
        (SurveyStatisticsError.invalidLevel(1.5), 64),
        (SurveyStatisticsError.lonelyPSU(stratum: 1), 65),
        (RatesError.invalidLevel(2), 64),
        (RatesError.noEvents, 65),
        (StatisticalDistributionsError.invalidLevel(0), 64),
        (StatisticalDistributionsError.invalidCounts(successes: 3, trials: 2), 65),
    ]

    @Test(arguments: 0..<cases.count) func everyErrorHasItsExitCodeAndOneErrorPrefix(index: Int) {
        let (error, exitCode) = Self.cases[index]
        let diagnostic = error.diagnostic
        #expect(diagnostic.kind.exitCode == exitCode, "\(error)")
        #expect(!diagnostic.message.lowercased().hasPrefix("error"), "\(error)")
        #expect(!diagnostic.message.contains("error:"), "\(error)")
        #expect(diagnostic.rendered.components(separatedBy: "error: ").count == 2, "\(error)")
        if let described = error as? CustomStringConvertible, described.description.contains("error: ") {
            #expect(described.description == diagnostic.rendered, "\(error)")
        }
    }

    @Test func positionsAreStructuredNotWrittenIntoTheMessage() {
        let header = IngestFileError(file: "a.csv", line: 1, column: 4, "column \"x\" appears twice in the header")
        #expect(header.description == "a.csv:1:4: error: column \"x\" appears twice in the header")
        let codebook = CodebookError(file: "c.yaml", line: 0, column: 0, message: "cannot read", isUnreadable: true)
        #expect(codebook.diagnostic.line == nil && codebook.description == "c.yaml: error: cannot read")
        let strict = StorageError.strictRejects(file: "a.csv", count: 1, first: ["a.csv:2:1: bad"]).description
        #expect(strict == "a.csv: error: --strict: 1 row(s) rejected, nothing was loaded:\n  a.csv:2:1: bad")
        let threshold = AnalysisError.thresholdTooLow(path: "sitan.yaml", k: 2).diagnostic
        #expect(threshold.rendered.hasPrefix("sitan.yaml: error: disclosure.k = 2 is below the minimum of 3"))
    }
}
