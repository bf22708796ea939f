import COpenSSL
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// SHA-256 of a file, streamed through OpenSSL's EVP interface.
package enum SHA256 {
    /// The lower-case hex SHA-256 of the file at `path`.
    package static func hex(ofFile path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw StorageError.cannotRead(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        let digest = try Stream(file: path)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, 1 << 20, file) }
            // A read error (a folder, an I/O error) must not give the hash of a prefix of the file.
            if ferror(file) != 0 { throw StorageError.cannotRead(file: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            try buffer.withUnsafeBytes { try digest.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return try digest.finish()
    }

    /// A SHA-256 computed piece by piece, so that a file is hashed in the same pass that
    /// parses it (ingest) instead of in a separate read.
    final class Stream {
        private let context: OpaquePointer
        private let file: String

        /// - Parameter file: the file being hashed, for messages.
        init(file: String) throws {
            guard let context = EVP_MD_CTX_new() else { throw digestFailed("OpenSSL could not allocate a digest") }
            self.context = context
            self.file = file
            guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw digestFailed("SHA-256 is not available") }
        }

        deinit { EVP_MD_CTX_free(context) }

        /// Adds the next bytes of the file.
        func update(_ bytes: UnsafeRawBufferPointer) throws {
            guard bytes.count > 0 else { return }
            guard EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) == 1 else {
                throw digestFailed("SHA-256 failed while reading \(file)")
            }
        }

        /// The lower-case hex digest of every byte added.
        func finish() throws -> String {
            var digest = [UInt8](repeating: 0, count: 32)
            var length: UInt32 = 0
            guard EVP_DigestFinal_ex(context, &digest, &length) == 1, length == 32 else { throw digestFailed("SHA-256 failed") }
            return hex(digest)
        }
    }
}

extension SHA256 {
    /// The hex SHA-256 of a text's UTF-8 bytes.
    ///
    /// - Throws: ``StorageError/database(path:problem:)`` when OpenSSL fails: a failed digest
    ///   is an error, never an empty hash.
    package static func digest(ofText text: String) throws -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let bytes = Array(text.utf8)
        guard EVP_Digest(bytes, bytes.count, &digest, &length, EVP_sha256(), nil) == 1, length == 32 else {
            throw digestFailed("SHA-256 failed")
        }
        return hex(digest)
    }

    /// Lower-case hex of a digest.
    static func hex(_ digest: [UInt8]) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// An OpenSSL failure: the environment, not the input (exit 1).
    static func digestFailed(_ problem: String) -> StorageError {
        .database(path: "(provenance)", problem: problem + "; no hash was stored and nothing was loaded")
    }
}
