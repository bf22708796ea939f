/// The guard that ingest runs on every field of every row to refuse direct identifiers.
///
/// It detects valid Polish PESELs, Lithuanian asmens kodai, Latvian personas kodi (both
/// forms), e-mail addresses and phone numbers (see ``IdentifierChecks``), anywhere in the
/// field, so an identifier typed into a free-text column is found too.
///
/// Cost: a field shorter than 6 bytes, or one with no `@` and fewer than 8 ASCII digits,
/// is rejected after one pass over its bytes with no allocation. No identifier the guard
/// knows has fewer than 8 digits, so this exit loses nothing. Longer numeric fields go
/// through a slower, still allocation-free scan.
///
/// The guard answers with an ``IdentifierKind`` only, never with the value or its position
/// inside the field, so callers cannot echo it by accident.
///
/// Trade-offs (false positives against misses) are documented on each check:
/// ``PIIGuard/personalCodeKind(in:)``, ``PIIGuard/phoneNumberFound(in:)`` and
/// ``PIIGuard/emailAddressFound(in:)``.
public struct PIIGuard: Sendable {
    /// The checks this guard runs.
    public let checks: IdentifierChecks

    /// Creates a guard.
    ///
    /// - Parameter checks: the checks to run; ``IdentifierChecks/all`` unless a codebook
    ///   declares a reason to relax one for a column.
    public init(checks: IdentifierChecks = .all) {
        self.checks = checks
    }

    /// Classifies one field given as UTF-8 bytes.
    ///
    /// - Parameter field: the field's bytes, without surrounding quotes.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    @inline(__always)
    public func classify(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        let count = field.count
        if count < 6 { return nil }
        var digits = 0
        var hasAt = false
        for byte in field {
            digits &+= (byte &- 0x30) < 10 ? 1 : 0
            hasAt = hasAt || byte == 0x40
        }
        if !hasAt && digits < 8 { return nil }
        return classifyCandidate(field, digits: digits, hasAt: hasAt)
    }

    /// Classifies one field given as raw UTF-8 bytes.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    @inline(__always)
    public func classify(_ field: UnsafeRawBufferPointer) -> IdentifierKind? {
        classify(field.assumingMemoryBound(to: UInt8.self))
    }

    /// Classifies a string (convenience for tests and small inputs; ingest uses the byte API).
    ///
    /// - Parameter field: the field.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    public func classify(_ field: String) -> IdentifierKind? {
        var copy = field
        return copy.withUTF8 { classify($0) }
    }

    /// The slow path: a field with an `@` or at least 8 digits.
    private func classifyCandidate(
        _ field: UnsafeBufferPointer<UInt8>, digits: Int, hasAt: Bool
    ) -> IdentifierKind? {
        var codeKind: IdentifierKind? = nil
        if digits >= 11 && checks.contains(.personalCodes) {
            codeKind = Self.personalCodeKind(in: field)
            if let codeKind, codeKind != .latvianPersonalCodeWithoutBirthDate { return codeKind }
        }
        if hasAt && checks.contains(.emailAddresses) && Self.emailAddressFound(in: field) {
            return .emailAddress
        }
        let phones = checks.intersection([.formattedPhoneNumbers, .barePhoneNumbers])
        if digits >= 8 && !phones.isEmpty && Self.phoneNumberFound(in: field, checks: phones) {
            return .phoneNumber
        }
        // A shape match without a checksum comes last, so "+37129123456" is called a phone.
        return codeKind
    }
}

// MARK: - Byte helpers shared by the checks

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    @inline(__always) var isDigit: Bool { (self &- 0x30) < 10 }
    /// The digit's value (only meaningful when ``isDigit``).
    @inline(__always) var digitValue: Int { Int(self &- 0x30) }
    /// Whether the byte is an ASCII letter.
    @inline(__always) var isLetter: Bool { ((self | 0x20) &- 0x61) < 26 }
    /// Whether the byte is a decimal separator (`.` or `,`).
    @inline(__always) var isDecimalSeparator: Bool { self == 0x2E || self == 0x2C }
}
