import COpenSSL
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// SHA-256 of a file, streamed through OpenSSL's EVP interface.
public enum SHA256 {
    /// The lower-case hex SHA-256 of the file at `path`.
    public static func hex(ofFile path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw StorageError.badInput("\(path): error: cannot read the file: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        guard let context = EVP_MD_CTX_new() else { throw StorageError.badInput("error: OpenSSL could not allocate a digest") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw StorageError.badInput("error: SHA-256 unavailable") }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, 1 << 20, file) }
            if count == 0 { break }
            _ = buffer.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, count) }
        }
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { throw StorageError.badInput("error: SHA-256 failed") }
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}

extension SHA256 {
    /// The hex SHA-256 of a text's UTF-8 bytes.
    public static func hex(ofText text: String) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let bytes = Array(text.utf8)
        _ = EVP_Digest(bytes, bytes.count, &digest, &length, EVP_sha256(), nil)
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}
