import Diagnostics

/// Everything that can stop a synthetic file from being written.
package enum SynthesisError: Error, CustomStringConvertible, Equatable {
    /// `--rows` is below what the design needs.
    case tooFewRows(kind: String, country: String, minimum: Int)
    /// iconv does not know an encoding (install the `libc-bin` locales or use UTF-8).
    case encodingUnavailable(String)
    /// A generated character has no byte in the target code page (a bug in a code list).
    case unencodable(String, String)
    /// The output file could not be created or written.
    case cannotWrite(path: String, reason: String)

    package var description: String { diagnostic.rendered }
}

extension SynthesisError: DiagnosticConvertible {
    /// Too few rows is misuse (exit 64); the rest are the system's or sitan's own problem (exit 1).
    package var diagnostic: Diagnostic {
        switch self {
        case let .tooFewRows(kind, country, minimum):
            return Diagnostic(
                kind: .usage,
                message: "a \(country) \(kind) file needs at least \(minimum) rows "
                    + "(two schools per stratum and five pupils per school); use --rows \(minimum) or more")
        case let .encodingUnavailable(name):
            return Diagnostic(
                kind: .environment, message: "iconv cannot convert to \(name) on this system; check `iconv -l | grep -i \(name)`")
        case let .unencodable(character, encoding):
            return Diagnostic(
                kind: .environment,
                message: "the character \"\(character)\" has no code in \(encoding); this is a bug in a Synthesis code list")
        case let .cannotWrite(path, reason):
            return Diagnostic(
                kind: .environment, file: path,
                message: "cannot write the synthetic file: \(reason); check that the directory exists and is writable")
        }
    }
}
