import ArgumentParser
import Diagnostics
import Foundation

/// Writes diagnostics to stderr and turns errors into the documented exit codes: every error
/// sitan throws says how it is printed and which exit code it gives (``Diagnostic``), so this
/// is the only place that maps errors to exit codes.
enum DiagnosticPrinter {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Runs a command body: prints any error on stderr and exits with its kind's code (64
    /// usage, 65 bad input data, 1 environment).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            let diagnostic = diagnostic(for: error)
            write(diagnostic.rendered)
            throw ExitCode(diagnostic.kind.exitCode)
        }
    }

    /// The diagnostic for any error. Foundation's errors (`NSCocoaErrorDomain error 512`) are
    /// reduced to the system's reason and, like any error sitan does not know, exit 1.
    static func diagnostic(for error: Error) -> Diagnostic {
        if let error = error as? DiagnosticConvertible { return error.diagnostic }
        if error is CocoaError || type(of: error) == NSError.self {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String
            let posix = [underlying, error as NSError].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }
            let reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? "a file operation failed"
            return Diagnostic(kind: .environment, file: path, message: reason)
        }
        return Diagnostic(kind: .environment, message: String(describing: error))
    }
}
