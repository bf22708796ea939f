import Foundation
import Yams

/// Positions (1-based line and column) of problems in a YAML file's bytes, for diagnostics of
/// the form `file:line:column: error: ...`.
enum YAMLPosition {
    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
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
    static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
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
    static func describe(_ error: Error, in bytes: [UInt8]) -> (line: Int, column: Int, problem: String) {
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

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
