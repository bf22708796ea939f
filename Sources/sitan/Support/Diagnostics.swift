import Analysis
import ArgumentParser
import CSVReading
import Codebooks
import Disclosure
import Foundation
import StatFileReading
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
            throw ExitCode(exitCode(for: error))
        }
    }

    /// The one-line message for an error. Foundation's errors (`NSCocoaErrorDomain error 512`)
    /// are reduced to the system's reason; sitan's own errors say what to do next.
    static func describe(_ error: Error) -> String {
        if error is CocoaError || type(of: error) == NSError.self {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String
            let posix = [underlying, error as NSError].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }
            let reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? "a file operation failed"
            return (path.map { "\($0): " } ?? "") + "error: " + reason
        }
        let text = String(describing: error)
        return text.contains("error:") ? text : "error: \(text)"
    }

    /// 65 for bad input data, 64 for a malformed project configuration, 1 for the environment
    /// (unreadable files, the database, the disk).
    static func exitCode(for error: Error) -> Int32 {
        if let error = error as? ConfigurationFileError { return error.isUnreadable ? 1 : 64 }
        return isDataError(error) ? 65 : 1
    }

    static func isDataError(_ error: Error) -> Bool {
        switch error {
        case let error as CSVReadingError:
            if case .cannotOpen = error { return false }
            return true
        case let error as CodebookError: return !error.isUnreadable
        case is IngestFileError, is StatFileError: return true
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
