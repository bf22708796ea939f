import ArgumentParser
import Codebooks
import Diagnostics
import Foundation

/// A command-line mistake the argument parser finds (an unknown option, a missing argument, a
/// value `validate()` refuses) as one diagnostic: `error: ...` on one line, then where to read
/// the command's help.
enum UsageDiagnostic {
    /// The diagnostic for a parser error of the command line `arguments` (without the program name).
    static func diagnostic(for error: Error, arguments: [String]) -> Diagnostic {
        Diagnostic(
            kind: .usage, message: hidingTypedText(oneLine(Sitan.message(for: error))), hint: "see '\(helpCommand(for: arguments))'")
    }

    /// The parser's message with each text it quotes in single quotes (`The value 'Anna Kowalska'
    /// is invalid`) replaced by `(as typed; not shown)` unless it is an option (`'--format <format>'`)
    /// or plain (see ``EchoedName/isPlain(_:)``): a person may type a name or a phone number.
    static func hidingTypedText(_ message: String) -> String {
        let pieces = message.split(separator: "'", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return message }
        var text = ""
        for (index, piece) in pieces.enumerated() {
            if index % 2 == 0 || index == pieces.count - 1 {
                text += index % 2 == 0 ? piece : "'" + piece
            } else {
                text += isOption(piece) || EchoedName.isPlain(String(piece)) ? "'\(piece)'" : "(as typed; not shown)"
            }
        }
        return text
    }

    /// An option or a placeholder as the parser names it: `--format`, `-o`, `--format <format>`, `<file>`.
    private static func isOption(_ text: Substring) -> Bool {
        if text.hasPrefix("<") && text.hasSuffix(">") { return EchoedName.isPlain(String(text.dropFirst().dropLast())) }
        let parts = text.split(separator: " ")
        guard let name = parts.first, name.hasPrefix("-"), parts.count <= 2 else { return false }
        let word = name.drop { $0 == "-" }
        let plainName = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        let value =
            parts.count == 1
            || (parts[1].hasPrefix("<") && parts[1].hasSuffix(">") && EchoedName.isPlain(String(parts[1].dropFirst().dropLast())))
        return plainName && value
    }

    /// The parser's message on one line: a list of accepted values (`  - logit` lines) joined
    /// with commas, and a leading capital lowered as in every other diagnostic.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let items = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        var text = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ")
        if !items.isEmpty { text += " " + items.joined(separator: ", ") }
        guard let first = text.first, let second = text.dropFirst().first, first.isUppercase, second.isLowercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// `sitan help` followed by the subcommands named at the start of `arguments`
    /// (`sitan help codebook draft`).
    static func helpCommand(for arguments: [String]) -> String {
        var words = ["sitan", "help"]
        var command: ParsableCommand.Type = Sitan.self
        for argument in arguments where !argument.hasPrefix("-") {
            guard let subcommand = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            words.append(argument)
            command = subcommand
        }
        return words.joined(separator: " ")
    }
}
