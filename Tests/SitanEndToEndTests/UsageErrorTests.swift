import Foundation
import Testing

/// A mistake in the command line is one `error:` line and the help to read, exit 64; the
/// database's problems are said in sitan's words.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        (["estimate"], "error: missing expected argument '<variable>'\nsee 'sitan help estimate'\n"),
        (["no-such-command"], "error: unexpected argument 'no-such-command'\nsee 'sitan help'\n"),
        (["--bogus"], "error: unknown option '--bogus'\nsee 'sitan help'\n"),
        (["codebook", "draft"], "error: missing expected argument '<file>'\nsee 'sitan help codebook draft'\n"),
        (
            ["estimate", "x", "--level", "2"],
            "error: --level \"2.0\": expected a level strictly between 0 and 1, e.g. 0.95\nsee 'sitan help estimate'\n"
        ),
        (
            ["synth", "--country", "XX"],
            "error: the value 'XX' is invalid for '--country <country>'. Please provide one of 'LV', 'LT' or 'PL'.\n"
                + "see 'sitan help synth'\n"
        ),
    ])
    func parserErrorsAreOneDiagnosticAndAHint(arguments: [String], stderr: String) throws {
        let result = try SitanProcess.run(arguments)
        #expect(result.status == 64 && result.stdout.isEmpty)
        #expect(result.stderr == stderr)
    }

    @Test func aListOfAcceptedValuesStaysOnTheErrorLine() throws {
        let result = try SitanProcess.run(["estimate", "x", "--ci", "bogus"])
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 64 && lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("error: the value 'bogus' is invalid for '--ci <method>'.") == true)
        #expect(lines.first?.hasSuffix(": logit, xlogit, likelihood, asin, beta, mean, wilson, clopper-pearson") == true)
        #expect(lines.last == "see 'sitan help estimate'")
    }

    @Test func helpAndVersionStillGoToStandardOutput() throws {
        let help = try SitanProcess.run(["help", "estimate"])
        #expect(help.status == 0 && help.stdout.hasPrefix("OVERVIEW:") && help.stderr.isEmpty)
        #expect(try SitanProcess.run(["--version"]).stdout.hasPrefix("0."))
    }

    @Test func aDatabaseWithoutSitansTablesIsNamedAsSuch() throws {
        let empty = temporaryDirectory().appendingPathComponent("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty.path, contents: nil))
        let result = try SitanProcess.run(["sources", "--db", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: database \(empty.path): the file is not a sitan database; check --db or $SITAN_DB\n")
    }

    @Test func aStatementSQLiteCannotRunIsAUsageError() throws {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        #expect(try SitanProcess.run(["init", "--db", db]).status == 0)
        let result = try SitanProcess.run(["query", "--db", db, "SELECT nope FROM sources"])
        #expect(result.status == 64)
        #expect(result.stderr == "error: sitan query cannot run the statement: no such column: nope\n")
    }
}
