import ArgumentParser
import CSVReading
import Codebooks
import Disclosure
import Foundation
import Storage

/// Writes diagnostics to stderr and turns errors into the documented exit codes.
enum Diagnostics {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Runs a command body: prints any error on stderr and exits 65 for bad input data, 1 otherwise.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            write(describe(error))
            throw ExitCode(isDataError(error) ? 65 : 1)
        }
    }

    static func describe(_ error: Error) -> String {
        let text = String(describing: error)
        return text.contains("error:") ? text : "error: \(text)"
    }

    static func isDataError(_ error: Error) -> Bool {
        switch error {
        case let error as CSVReadingError:
            if case .cannotOpen = error { return false }
            return true
        case is CodebookError, is IngestFileError: return true
        case let error as StorageError: return error.isDataError
        case let error as DisclosureError:
            switch error {
            case .nothingReleasable, .auditTooLarge: return true
            default: return false
            }
        default: return false
        }
    }
}
