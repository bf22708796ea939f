import Foundation
import Yams

/// Positions (1-based line and column) of problems in a YAML file's bytes, for diagnostics of
/// the form `file:line:column: error: ...`.
package enum YAMLPosition {
    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    package static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The line and column (in characters) of a byte offset.
    package static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        return (line, String(decoding: prefix, as: UTF8.self).count + 1)
    }

    /// The position and a one-line description of a Yams error (its own description spans
    /// several lines and quotes the file).
    package static func describe(_ error: Error, in bytes: [UInt8]) -> (line: Int, column: Int, problem: String) {
        guard let error = error as? YamlError else { return (1, 1, "the file cannot be parsed") }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return (mark.line, mark.column, oneLine(problem + during))
        case let .reader(problem, offset, _, _):
            let (line, column) = lineAndColumn(ofOffset: offset ?? 0, in: bytes)
            return (line, column, oneLine(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, context.mark.column, "duplicate key(s) " + duplicates.sorted().joined(separator: ", "))
        case .memory:
            return (1, 1, "the parser ran out of memory")
        default:
            return (1, 1, "the file cannot be parsed")
        }
    }

    /// A file that is not UTF-8 or not valid YAML: where, and a one-line description.
    package struct Failure: Error {
        package let line: Int
        package let column: Int
        package let message: String
    }

    /// Composes the bytes of a YAML file into nodes (aliases are not expanded).
    ///
    /// - Throws: ``Failure`` at the first byte that is not UTF-8 or the first YAML error.
    package static func compose(_ bytes: [UInt8]) throws -> Node? {
        if let offset = firstInvalidUTF8(in: bytes) {
            let (line, column) = lineAndColumn(ofOffset: offset, in: bytes)
            throw Failure(line: line, column: column, message: "the bytes here are not valid UTF-8; save the file as UTF-8")
        }
        do { return try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)) } catch {
            let (line, column, problem) = describe(error, in: bytes)
            throw Failure(line: max(line, 1), column: max(column, 1), message: "not valid YAML: \(problem)")
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
