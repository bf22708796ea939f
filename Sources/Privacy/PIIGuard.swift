/// The guard that ingest runs on every field of every row to refuse direct identifiers.
///
/// It detects valid Polish PESELs, Lithuanian asmens kodai, Latvian personas kodi (both
/// forms), e-mail addresses, phone numbers and IBANs (see ``IdentifierChecks``), anywhere in the
/// field, so an identifier typed into a free-text column is found too.
///
/// It sees what a person sees: before checking, a field with unusual bytes is brought to a
/// normal form (Unicode NFKC, so fullwidth `８` is `8`; format characters such as U+200B and
/// U+FEFF and control characters such as NUL removed; digits of any script made ASCII;
/// Unicode spaces made a space, other Unicode punctuation a grouping mark). Digit groups joined
/// by short gaps of whitespace and grouping marks are one run, for personal codes and phone
/// numbers alike (see ``PIIGuard/isJoiningGap(_:from:to:)``).
///
/// Cost: a plain ASCII (or Latin letter) field with no `@` and fewer than 8 ASCII digits is
/// passed after one pass over its bytes with no allocation. No identifier the guard knows
/// has fewer than 8 digits, so this exit loses nothing. Longer numeric fields go through a
/// slower, still allocation-free scan; only fields with unusual bytes and enough
/// digit-like characters are copied to be normalised.
///
/// The guard answers with an ``IdentifierKind`` only, never with the value or its position
/// inside the field, so callers cannot echo it by accident.
///
/// Trade-offs (false positives against misses) are documented on each check:
/// ``PIIGuard/personalCodeKind(in:)``, ``PIIGuard/phoneNumberFound(in:)`` and
/// ``PIIGuard/emailAddressFound(in:bareHosts:)``.
package struct PIIGuard: Sendable {
    /// The checks this guard runs.
    package let checks: IdentifierChecks

    /// Creates a guard.
    ///
    /// - Parameter checks: the checks to run; ``IdentifierChecks/all`` unless a codebook
    ///   declares a reason to relax one for a column.
    package init(checks: IdentifierChecks = .all) {
        self.checks = checks
    }

    /// Classifies one field given as UTF-8 bytes.
    ///
    /// - Parameter field: the field's bytes, without surrounding quotes.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    @inline(__always)
    package func classify(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        if case let .identifier(kind) = inspect(field) { return kind }
        return nil
    }

    /// Inspects one field: an identifier, else a control character, else `nil`.
    ///
    /// One pass over the bytes counts ASCII digits and `@` and notes any byte outside printable
    /// ASCII; only then is the field scanned again for bytes that need the slow path: control characters other than tab and line breaks, and the lead
    /// bytes of characters that may be or hide a digit or an `@` (U+0080–U+00BF such as
    /// superscripts, soft hyphen and C1 controls; combining marks; everything from U+0400 on,
    /// which includes fullwidth forms, zero-width and other format characters, and the
    /// digits of other scripts). Plain ASCII, Latin-1 letters and the Latin Extended-A
    /// letters of Latvian, Lithuanian and Polish text never take the slow path; a field that
    /// does is normalised (one copy) and checked whole. Free text with at least two word breaks
    /// (spaces, colons, slashes, ...) is also read for names, handles and addresses (``IdentifierChecks/namesAndAddresses``).
    ///
    /// - Parameter field: the field's bytes, without surrounding quotes.
    /// - Returns: what was found, or `nil` when the field looks clean.
    @inline(__always)
    package func inspect(_ field: UnsafeBufferPointer<UInt8>) -> FieldFinding? {
        var digits = 0
        var ats = 0
        var nonPrintable = 0
        var brackets = 0
        for byte in field {
            digits &+= (byte &- 0x30) < 10 ? 1 : 0
            ats &+= byte == 0x40 ? 1 : 0
            brackets &+= (byte | 0x20) == 0x7B || byte == 0x28 || byte == 0x3C || (byte &- 0x25) < 2 || byte == 0x3D || byte == 0x5C ? 1 : 0
            nonPrintable &+= (byte &- 0x20) >= 0x5F ? 1 : 0
        }
        if nonPrintable > 0 && Self.needsNormalising(field) { return inspectUnusual(field) }
        let hasAt = ats > 0
        // Encodings are read first: `&` and `%` also join digit groups (`29%12%34%56`), which
        // would call `850101&#8209;12345` a phone instead of the code it is.
        if brackets > 0 && (digits >= 8 || hasAt || Self.mayHaveWrittenAt(field)), let kind = classifyDecoded(field) {
            return .identifier(kind)
        }
        if hasAt || digits >= 8, let kind = classifyCandidate(field, digits: digits, hasAt: hasAt) {
            return .identifier(kind)
        }
        if digits >= 4 && field.count >= 8, let kind = classifyWithZeroLookAlikes(field) { return .identifier(kind) }
        if checks.contains(.emailAddresses) && field.count >= 8 && (brackets > 0 || hasAt || Self.mayHaveWrittenAt(field))
            && Self.obfuscatedEmailAddressFound(in: field)
        {
            return .identifier(.emailAddress)
        }
        if brackets > 0, let kind = nameOrAddressKindDecoded(field) { return .identifier(kind) }
        guard field.count >= 6, Self.hasWordBreak(field) else { return nil }
        return nameOrAddressKind(field).map { .identifier($0) }
    }

    /// Names and addresses read with HTML and URL encodings decoded (`ul.&nbsp;Długa&nbsp;5`,
    /// `ul. <b>Długa</b> 5`, `Pani<br>Nowak`), when the field has any.
    private func nameOrAddressKindDecoded(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        guard checks.contains(.namesAndAddresses), let decoded = Self.encodingsDecoded(field) else { return nil }
        return decoded.withUnsafeBufferPointer { Self.normalised($0) }.withUnsafeBufferPointer { nameOrAddressKind($0) }
    }

    /// The digit checks run again with the letter O read as a zero where it stands for one
    /// (`6O1 234 567`, `85O1O1...`; see ``zeroLookAlikesReplaced(_:)``), when it does.
    private func classifyWithZeroLookAlikes(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        guard !checks.intersection([.personalCodes, .formattedPhoneNumbers, .barePhoneNumbers]).isEmpty,
            let replaced = Self.zeroLookAlikesReplaced(field)
        else { return nil }
        return replaced.withUnsafeBufferPointer { bytes in
            let digits = bytes.reduce(0) { $0 + ($1.isDigit ? 1 : 0) }
            return digits >= 8 ? classifyCandidate(bytes, digits: digits, hasAt: false) : nil
        }
    }

    /// The checks run again on the field with its HTML and URL encodings decoded
    /// (`601&nbsp;234&nbsp;567`, `601%20234%20567`; see ``encodingsDecoded(_:)``), when it has any.
    private func classifyDecoded(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        guard let decoded = Self.encodingsDecoded(field) else { return nil }
        return decoded.withUnsafeBufferPointer { bytes in
            if case let .identifier(kind) = inspectUnusual(bytes, decoding: false) { return kind }
            return nil
        }
    }

    /// Classifies one field given as raw UTF-8 bytes.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    @inline(__always)
    package func classify(_ field: UnsafeRawBufferPointer) -> IdentifierKind? {
        classify(field.assumingMemoryBound(to: UInt8.self))
    }

    /// Classifies a string (convenience for tests and small inputs; ingest uses the byte API).
    ///
    /// - Parameter field: the field.
    /// - Returns: the kind of identifier found, or `nil` when the field looks clean.
    package func classify(_ field: String) -> IdentifierKind? {
        var copy = field
        return copy.withUTF8 { classify($0) }
    }

    /// Inspects a string (convenience for tests and small inputs).
    ///
    /// - Parameter field: the field.
    /// - Returns: what was found, or `nil` when the field looks clean.
    package func inspect(_ field: String) -> FieldFinding? {
        var copy = field
        return copy.withUTF8 { inspect($0) }
    }

    /// The slow path for a field with bytes that need normalising (see ``normalised(_:)``).
    /// `decoding` is false for a field whose encodings are decoded already (twice over, see
    /// ``encodingsDecoded(_:)``): decoding again would recurse once per layer of `%25%25…`, and
    /// a long such field would take quadratic time.
    private func inspectUnusual(_ field: UnsafeBufferPointer<UInt8>, decoding: Bool = true) -> FieldFinding? {
        let plain = Self.normalised(field)
        let kind = plain.withUnsafeBufferPointer { bytes -> IdentifierKind? in
            var digits = 0
            var hasAt = false
            for byte in bytes {
                digits &+= byte.isDigit ? 1 : 0
                hasAt = hasAt || byte == 0x40
            }
            if hasAt || digits >= 8, let kind = classifyCandidate(bytes, digits: digits, hasAt: hasAt) { return kind }
            if digits >= 4, let kind = classifyWithZeroLookAlikes(bytes) { return kind }
            if checks.contains(.emailAddresses) && Self.obfuscatedEmailAddressFound(in: bytes) { return .emailAddress }
            return nameOrAddressKind(bytes)
        }
        if let kind { return .identifier(kind) }
        // Encoded and typed separators in one field (`601&nbsp;234\u{2011}567`).
        if decoding, let kind = classifyDecoded(field) { return .identifier(kind) }
        return Self.controlCharacterFound(in: field) ? .controlCharacter : nil
    }

    /// Whether the field has a space, tab, line break, colon, slash, full stop, `@` or `=` (free
    /// text worth reading for names and handles: `Pani Nowak`, `@ieva_2010`, `ul.Długa 5`,
    /// `sprawca=Kowalski`).
    @inline(__always)
    private static func hasWordBreak(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.contains { byte in
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3A, 0x2F, 0x2E, 0x40, 0x3D: true
            default: false
            }
        }
    }

    /// Whether any byte of the field sends it to the normalising slow path.
    @inline(__always)
    private static func needsNormalising(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in field {
            if byte.needsNormalising { return true }
            // `×` (U+00D7) and `÷` (U+00F7), the two symbols among the Latin-1 letters.
            if previous == 0xC3 && (byte == 0x97 || byte == 0xB7) { return true }
            previous = byte
        }
        return false
    }

    /// Names and street addresses in free text, when that check is on.
    private func nameOrAddressKind(_ field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        checks.contains(.namesAndAddresses) ? Self.nameOrAddressKind(in: field) : nil
    }

    /// The checks proper: a field with an `@` or at least 8 digits, in normal form.
    private func classifyCandidate(
        _ field: UnsafeBufferPointer<UInt8>, digits: Int, hasAt: Bool
    ) -> IdentifierKind? {
        if let integer = Self.scientificInteger(field) {
            // `1,0231545672E10`: the integer the number stands for is checked instead.
            return integer.withUnsafeBufferPointer { classifyCandidate($0, digits: $0.count, hasAt: false) }
        }
        if checks.contains(.bankAccounts) && Self.bankAccountFound(in: field) { return .bankAccount }
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
        // A decimal is never a phone inside text, but a field that is nothing but a decimal
        // with 8 or more integer digits (`601234567,00` in an amount column) has its integer
        // part checked as a phone on its own.
        if digits >= 8 && !phones.isEmpty, let (integerPart, _) = Self.pureDecimalParts(field), integerPart.count >= 8,
            Self.phoneNumberFound(in: UnsafeBufferPointer(rebasing: field[integerPart.start..<integerPart.end]), checks: phones)
        {
            return .phoneNumber
        }
        // A shape match without a checksum comes last, so "+37129123456" is called a phone.
        return codeKind
    }
}

/// What ``PIIGuard/inspect(_:)`` found in a field. Never carries the value.
package enum FieldFinding: Sendable, Hashable {
    /// A direct identifier: the whole file is refused.
    case identifier(IdentifierKind)
    /// A control character (NUL, escape, ...) other than tab and line breaks: the row is
    /// quarantined, since such bytes hide text from people reading the data.
    case controlCharacter
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
    /// Whether the byte sends a field to the normalising slow path: a control byte other
    /// than tab, LF and CR, DEL, or the lead byte of U+0080–U+00BF (0xC2), of Latin
    /// Extended-B, the IPA letters and the spacing modifiers (0xC6–0xCB: `ǀ`, `ʼ`, `ˇ`, `˙`,
    /// `ː`, which no Latvian, Lithuanian or Polish word uses and which can stand between
    /// digit groups), of combining marks (0xCC, 0xCD), of Greek (0xCE, 0xCF, letters drawn
    /// like Latin ones) or of any character from U+0400 on (0xD0 and above).
    @inline(__always) var needsNormalising: Bool {
        if self < 0x20 { return self != 0x09 && self != 0x0A && self != 0x0D }
        return self == 0x7F || self == 0xC2 || self >= 0xC6
    }
}
