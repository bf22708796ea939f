import ArgumentParser
import Codebooks
import Foundation
import Storage

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Delete a source: its rows and rejects go in one transaction; the removal is recorded in `removals`.",
        discussion: """
            Every file loaded under the source's name is removed. When the source is one part of a survey round \
            split over several files, a warning names the parts that remain. The `removals` table keeps each removed file's \
            name, hashes, counts and the time of removal (`sitan query "SELECT * FROM removals"`).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The source name (or the file name of one of its files).", valueName: "source")) var source: String

    func run() throws {
        try DiagnosticPrinter.run {
            guard FileManager.default.fileExists(atPath: global.databasePath) else {
                throw StorageError.cannotOpen(path: global.databasePath, message: "no such file")
            }
            let store = try Store(path: global.databasePath)
            guard let removal = try store.remove(source: source, sitanVersion: Sitan.version) else {
                throw ValidationError("no source or file named \(EchoedName.argument(source)) in the database; `sitan sources` lists them")
            }
            printOut(
                "removed source \(removal.name) (\(removal.files.joined(separator: ", "))): "
                    + "\(removal.rowsLoaded) rows and \(removal.rowsRejected) rejects deleted\n")
            if let round = removal.round, !removal.remainingInRound.isEmpty {
                global.note(
                    "warning: survey round \(round) still holds \(removal.remainingInRound.joined(separator: ", ")): its estimates now "
                        + "rest on that part of the sample only; load the removed part again or remove the rest of the round")
            }
        }
    }
}
