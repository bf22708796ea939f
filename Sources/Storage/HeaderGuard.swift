import Codebooks
import Foundation
import Privacy

/// The identifier checks that run before anything from a file is echoed: its name and its
/// header row.
///
/// A header that is itself an identifier is named by its position only; a column whose name
/// announces a person's name, an address or a date of birth is refused unless the codebook
/// acknowledges it under `safe:`.
struct HeaderGuard {
    let file: String
    let safe: [String: String]
    let guardian: PIIGuard

    /// The reject reason for a row with a control character (the value is never stored).
    static let controlCharacterReason = "control character (such as NUL) in the field"

    /// Refuses a file whose name holds an identifier, without echoing it.
    ///
    /// The name is the last component of the path: folder names are not checked (temporary
    /// folders carry UUIDs whose digit groups look like phone numbers).
    static func checkName(of path: String, guardian: PIIGuard = PIIGuard()) throws {
        if let kind = guardian.classify((path as NSString).lastPathComponent) {
            throw StorageError.identifierInFileName(kind: kind.description)
        }
    }

    /// Checks every header name: identifiers first (by position), then identifier columns.
    ///
    /// - Parameters:
    ///   - header: the header names.
    ///   - columns: the character column where each name starts on line 1.
    func check(_ header: [String], columns: [Int]) throws {
        for (index, name) in header.enumerated() {
            if let kind = guardian.classify(name) {
                throw StorageError.identifierFound(
                    file: file, line: 1, column: columns[index], field: "header #\(index + 1)", kind: kind.description)
            }
        }
        for (index, name) in header.enumerated() where !Codebook.isSafe(name, at: index, in: safe) {
            if let kind = PIIGuard.identifierColumnKind(named: name) {
                throw StorageError.identifierColumn(
                    file: file, column: columns[index], index: index, field: name, kind: kind.description)
            }
        }
    }
}
