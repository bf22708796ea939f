import ArgumentParser
import Foundation
import Rendering
import Storage

/// `sitan releases`: the release ledger every output is audited against.
struct ReleasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "List the release ledger (what estimate, compare, model, rates, incidents and report published), or start a new one.",
        discussion: """
            Every output is audited against everything published from the same data set since the current \
            ledger started: no count from 1 to k − 1 may be recomputable from all of it together. Start a new \
            ledger only for a new, separate publication (--new-ledger --reason "..."); the act is recorded.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Flag(help: "Start a new ledger: later outputs are no longer audited against earlier ones.")
    var newLedger = false

    @Option(help: ArgumentHelp("Why a new ledger is started (required with --new-ledger).", valueName: "text"))
    var reason: String?

    @Flag(help: "List the releases of every ledger, not only the current one.")
    var all = false

    func validate() throws {
        if newLedger, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--new-ledger needs --reason \"...\": starting a new ledger is a recorded act")
        }
        if !newLedger, reason != nil { throw ValidationError("--reason goes with --new-ledger") }
    }

    func run() throws {
        try DiagnosticPrinter.run {
            if newLedger {
                _ = try Store(readOnlyPath: global.databasePath)
                let store = try Store(path: global.databasePath)
                let id = try store.startLedger(reason: reason!, command: CommandLine.arguments.joined(separator: " "))
                global.note("started release ledger \(id)")
                return
            }
            let store = try Store(readOnlyPath: global.databasePath)
            guard try store.columns(of: "releases").count > 0 else {
                try output.emit(OutputTable(columns: Self.columns, rows: []).render(output.resolved))
                return
            }
            let ledgers = try store.ledgers()
            let shown = all ? ledgers : Array(ledgers.suffix(1))
            let rows: [[OutputCell]] = try shown.flatMap { ledger in
                try store.releases(ledger: ledger.id).map { release in
                    [
                        .integer(ledger.id), .text(ledger.reason), .integer(release.id), .text(release.releasedAt), .text(release.dataset),
                        .text(release.command), .integer(Int64(Self.count(release.published))),
                        .integer(Int64(Self.count(release.protected))),
                        .json(release.published, display: "…"), .json(release.protected, display: "…"),
                    ]
                }
            }
            var table = OutputTable(columns: Self.columns, rows: rows)
            if output.resolved == .table {
                table = OutputTable(columns: Array(Self.columns.prefix(8)), rows: rows.map { Array($0.prefix(8)) })
            }
            try output.emit(table.render(output.resolved))
        }
    }

    static let columns = [
        "ledger", "ledger_reason", "release", "released_at", "dataset", "command", "counts_published", "counts_suppressed",
        "published", "suppressed",
    ]

    /// The number of counts of a JSON array (the domains of published statistics, which carry a
    /// `statistic` key, and published sums, which carry a `sum` key, are not counts).
    private static func count(_ json: String) -> Int {
        let entries = ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [Any]) ?? []
        return entries.filter { entry in ["statistic", "sum"].allSatisfy { (entry as? [String: Any])?[$0] == nil } }.count
    }
}
