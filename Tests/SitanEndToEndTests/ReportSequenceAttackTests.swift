import Disclosure
import Foundation
import Testing

/// An attacker who reads the report and then runs random sequences of later commands against the
/// same database (`estimate`, `compare` and `model` with `--by`, `--where`, categorical shares and
/// every format, as `LedgerAttackTests`), collects every count the report and the outputs print,
/// and solves the linear system of all of them together: no planted cell of 1 to 4 may be pinned
/// (but the number of respondents without a sex, which the report states exactly).
@Suite(.serialized) struct ReportSequenceAttackTests {
    /// The report's counts, then `count` random commands' counts, on one planted database; the
    /// report is written again in the middle of the sequence when `reportTwice`.
    static func attack(seed: UInt64, count: Int, reportTwice: Bool) throws -> (pinned: [String], released: Int) {
        let db = try LedgerAttackTests.database()
        var equations = try report(db: db)
        var generator = SplitMix64(seed: seed)
        let commands = (0..<count).map { _ in LedgerAttackTests.randomCommand(&generator) }
        let halves = reportTwice ? [Array(commands.prefix(count / 2)), Array(commands.dropFirst(count / 2))] : [commands]
        var released = 0
        for (index, half) in halves.enumerated() {
            if index > 0 { equations += try report(db: db, again: true) }
            try runAttack(half, db: db) {
                equations += try LedgerAttackTests.equations($0, json: $1)
                released += 1
            }
        }
        let stated = "\(["sex": nil] as [String: String?])"
        return (LedgerAttackTests.pinned(by: equations).filter { $0 != stated }, released)
    }

    /// Writes the report and returns the counts its report.md prints, as equations. Written again
    /// after later outputs, the report may be refused (exit 65: its numbers would differ from the
    /// edition in the ledger), which publishes nothing.
    static func report(db: String, again: Bool = false) throws -> [([String: Set<String?>], Double)] {
        let out = temporaryDirectory().appendingPathComponent("report").path
        let result = try SitanProcess.run(["report", "--db", db, "--out", out, "--quiet"])
        #expect(result.status == 0 || (again && result.status == 65), "\(result.stderr)")
        guard result.status == 0 else {
            #expect(result.stderr.contains("start a new ledger") && !FileManager.default.fileExists(atPath: out + "/report.md"))
            return []
        }
        return ReportAttackTests.equations(try String(contentsOfFile: out + "/report.md", encoding: .utf8))
    }

    @Test(arguments: [4, 41] as [UInt64])
    func theReportAndFiftyLaterCommandsPinNoPlantedCell(seed: UInt64) throws {
        let (pinned, released) = try Self.attack(seed: seed, count: 50, reportTwice: seed % 2 == 1)
        #expect(released > 10, "later outputs released: \(released)")
        #expect(pinned.isEmpty, "pinned by the attacker (seed \(seed)): \(pinned)")
    }

    /// The attack has teeth: the report's counts and the same later commands, each run on a new
    /// ledger (so that no output is audited against the report or the earlier ones), pin a
    /// planted cell.
    @Test func withoutTheLedgerTheReportAndLaterCommandsPinACell() throws {
        let db = try LedgerAttackTests.database(groups: LedgerAttackTests.groups.filter { $0.0 != "9" && $0.2 != "8" })
        var equations = try Self.report(db: db)
        let commands = [
            ["estimate", "csa_any_lifetime", "--by", "region"], ["estimate", "csa_any_lifetime", "--where", "region=latgale,riga"],
        ]
        try runAttack(commands, db: db, newLedgerBetween: true) { equations += try LedgerAttackTests.equations($0, json: $1) }
        #expect(!LedgerAttackTests.pinned(by: equations).isEmpty)
    }
}
