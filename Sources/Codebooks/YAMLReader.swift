import Foundation
import Privacy
import Yams

/// Reads a YAML file into typed values, reporting every problem with file, line and column.
///
/// Codebooks, dictionaries and the project configuration are written by hand; an unknown key
/// is more often a typo than an extension, so every mapping is checked against the keys it may
/// have.
package struct YAMLReader {
    let file: String

    package init(file: String) { self.file = file }

    func load() throws -> (Node, String) {
        if let kind = PIIGuard().classify((file as NSString).lastPathComponent) {
            throw CodebookError(
                file: "codebook", line: 0, column: 0,
                message: "the name of a codebook or dictionary file holds what looks like \(kind) (not shown); rename the file")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CodebookError(
                file: file, line: 0, column: 0, message: "cannot read the file (missing or not readable)", isUnreadable: true)
        }
        let bytes = [UInt8](data)
        if bytes.count > Self.maximumBytes {
            throw CodebookError(
                file: file, line: 0, column: 0,
                message:
                    "the file is larger than \(Self.maximumBytes) bytes, sitan's limit (docs/limits.md); no codebook or dictionary is that long"
            )
        }
        guard let node = try compose(bytes) else { throw error(nil, "the file is empty") }
        if let found = try firstIdentifier(in: node, limit: Self.maximumValues, entries: "entries") {
            throw error(
                found.node,
                "this text holds what looks like \(found.kind) (not shown); direct identifiers may not appear in codebooks "
                    + "or dictionaries, which are stored with the data")
        }
        return (node, String(decoding: bytes, as: UTF8.self))
    }

    /// The first key or value under `root`, in the file's order, that holds a direct
    /// identifier, and its kind; nil when there is none.
    ///
    /// Codebooks, dictionaries and the project configuration are stored beside the data or
    /// printed in messages, so every string in them (descriptions, labels, notes, keys) is
    /// checked before anything else reads or echoes it; the caller names the line and the kind
    /// only. Aliases share the node they name, so the walk counts the values it visits: a file of
    /// nested aliases (a "billion laughs" bomb) is refused once it passes `limit`, instead of
    /// being walked for ever.
    ///
    /// - Parameters:
    ///   - root: the composed file.
    ///   - limit: the most values the walk visits.
    ///   - entries: what the file holds (`entries`, `settings`), for the message past the limit.
    /// - Throws: ``CodebookError`` at `root` when the file expands to more than `limit` values.
    package func firstIdentifier(in root: Node, limit: Int, entries: String) throws -> (node: Node, kind: IdentifierKind)? {
        let guardian = PIIGuard()
        var pending = [root]
        var visited = 0
        while let node = pending.popLast() {
            visited += 1
            if visited > limit {
                throw error(root, "the file expands to more than \(limit) YAML values (nested aliases?); write the \(entries) out")
            }
            switch node {
            case let .scalar(scalar):
                if let kind = guardian.classify(scalar.string) { return (node, kind) }
            case let .mapping(mapping):
                for pair in mapping { pending += [pair.value, pair.key] }
            case let .sequence(sequence):
                pending += sequence.reversed()
            default:
                break
            }
        }
        return nil
    }

    /// The YAML text composed into nodes (never expanded: an alias refers to the node it names),
    /// nil for an empty document.
    ///
    /// - Throws: ``CodebookError`` at the line and column of bytes that are not UTF-8 or not YAML.
    package func compose(_ bytes: [UInt8]) throws -> Node? {
        do { return try YAMLPosition.compose(bytes) } catch let failure as YAMLPosition.Failure {
            throw CodebookError(file: file, line: failure.line, column: failure.column, message: failure.message)
        }
    }

    /// The most YAML values a codebook or dictionary may expand to.
    package static let maximumValues = 200_000

    /// The largest codebook or dictionary file read, in bytes.
    package static let maximumBytes = 4 << 20

    package func error(_ node: Node?, _ message: String) -> CodebookError {
        CodebookError(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, message: message)
    }

    /// The key–value pairs of a mapping, refusing keys outside `allowed` (when given).
    package func mapping(_ node: Node, _ what: String, allowed: [String]? = nil) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard case let .mapping(map) = node else { throw error(node, "\(what) must be a mapping (key: value)") }
        return try map.map { pair in
            guard let key = pair.key.string else { throw error(pair.key, "keys in \(what) must be text") }
            if let allowed, !allowed.contains(key) {
                throw error(
                    pair.key, "unknown key \(EchoedName.quoted(key)) in \(what); expected one of: \(allowed.joined(separator: ", "))")
            }
            return (key, pair.key, pair.value)
        }
    }

    package func isNull(_ node: Node) -> Bool {
        if case let .scalar(s) = node { return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    package func string(_ node: Node, _ what: String) throws -> String {
        guard case let .scalar(s) = node, !isNull(node) else { throw error(node, "\(what) must be a single value") }
        return s.string
    }

    func optionalString(_ node: Node?, _ what: String) throws -> String? {
        guard let node, !isNull(node) else { return nil }
        return try string(node, what)
    }

    package func int(_ node: Node, _ what: String) throws -> Int {
        guard let value = Int(try string(node, what)) else { throw error(node, "\(what) must be a whole number") }
        return value
    }

    func double(_ node: Node, _ what: String) throws -> Double {
        let text = try string(node, what)
        guard let value = Double(text) else {
            // YAML numbers take a decimal point; a decimal comma is the commonest reason in these countries.
            let comma = Double(text.replacingOccurrences(of: ",", with: ".")) != nil
            throw error(node, "\(what) must be a number" + (comma ? " written with a decimal point (a comma is not read as one)" : ""))
        }
        return value
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        guard let value = node.bool else { throw error(node, "\(what) must be true or false") }
        return value
    }

    func list(_ node: Node, _ what: String) throws -> [Node] {
        guard case let .sequence(seq) = node else { throw error(node, "\(what) must be a list ([a, b, ...])") }
        return Array(seq)
    }

    func strings(_ node: Node, _ what: String) throws -> [String] {
        try list(node, what).map { try string($0, "an entry of \(what)") }
    }

    /// A `{en: ..., lv: ...}` mapping of labels.
    func labels(_ node: Node, _ what: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for (key, _, value) in try mapping(node, what, allowed: ["en", "lv", "lt", "pl"]) {
            out[key] = try string(value, "label \(EchoedName.plain(key)) of \(what)")
        }
        return out
    }
}
