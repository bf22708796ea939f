/// Phone numbers of Latvia, Lithuania and Poland, and any number in international format.
///
/// A candidate is a run of digit groups separated by at most two of space, hyphen,
/// parentheses and line breaks, optionally led by `+` or `(`, not glued to a letter, digit or decimal
/// separator on either side and not followed by `:` (a clock time); after a `+`, dots and
/// slashes separate groups too (`+371.2912.3456`), as after a first group of 4 or more digits
/// starting `00` (`0048.601.234.567`). It is a phone number
/// when it is written like one:
///
/// - international: a leading `+` and 8–15 digits (E.164, any country), or `00371`/`00370`
///   and 8 digits, or `0048` and 9 digits;
/// - grouped national (two or more groups): LV 8 digits starting 2 (mobile) or 6
///   (landline), LT 8 digits starting 6 or 9 digits with the trunk prefix 8, PL 9 digits
///   not starting 0, and 11 digits starting 371, 370 or 48;
/// - bare (one group, checked only with ``IdentifierChecks/barePhoneNumbers``): LV mobile
///   8 digits starting 2, LT mobile 8 digits starting 6 or 9 digits starting 86, PL mobile
///   9 digits starting 45, 50, 51, 53, 57, 60, 66, 69, 72, 73, 78, 79 or 88.
///
/// A number with a decimal separator (`61 234,5`, `0.29123456`) is never a phone number.
///
/// - dotted national (three or more groups joined by single dots and nothing else, read again
///   when the groups above fail): the grouped national rules, so `601.234.567`, `26.123.456`
///   and `8.612.34567` are phone numbers. One dot is a decimal point (`2912.3456` is not), and
///   a decimal part after the run rules it out (`26.123.456,78`).
///
/// Trade-offs. False positives the rules accept: a figure of 20–29 or 60–69 million grouped in
/// thousands with spaces or dots (`29 123 456`, `29.123.456`), a 9-digit serial number with a
/// mobile prefix, an IPv4-like run of 8 digits starting 2 or 6 (`26.123.45.6`), an 11-digit
/// number starting 32–39 (caught earlier as a Latvian code shape). Excluded to avoid false
/// positives: dates written `2023-10-15`, `15-10-2023` or `25.10.2023` and year ranges
/// `2019-2023` (groups 4-2-2, 2-2-4, and two 19xx/20xx groups); 9-digit numbers grouped in
/// thousands (`512 345 678`) unless they carry a Polish mobile prefix; round figures grouped in
/// thousands (`600 000 000`, `20.000.000`); bare LV/PL landlines. Misses that follow: phones
/// written as a date-like 4-2-2 grouping, bare landline numbers, and numbers split by words.
extension PIIGuard {
    /// Whether the field contains a phone number (see the extension's discussion).
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - checks: which of the phone checks to run.
    /// - Returns: whether a phone number was found.
    static func phoneNumberFound(
        in field: UnsafeBufferPointer<UInt8>, checks: IdentifierChecks = .all
    ) -> Bool {
        var index = 0
        while index < field.count {
            let byte = field[index]
            let canStart = byte.isDigit || byte == 0x2B || byte == 0x28
            let glued = index > 0 && isGlue(field, before: index)
            guard canStart && !glued else {
                index += 1
                continue
            }
            let candidate = PhoneCandidate(scanning: field, from: index)
            if candidate.isPhoneNumber(checks: checks) { return true }
            // The same digits read again with single dots between the groups (`601.234.567`).
            if candidate.groupEnds[0] < field.count, field[candidate.groupEnds[0]] == 0x2E, !candidate.hasPlus,
                PhoneCandidate(scanning: field, from: index, dotted: true).isPhoneNumber(checks: checks)
            {
                return true
            }
            // A run that starts with a date may end in a phone: go on after the date, so
            // `2023-10-15 29123456` is read again as `29123456`.
            index = max(candidate.datePrefixEnd ?? candidate.end, index + 1)
        }
        return false
    }

    /// Whether the byte before `index` glues a candidate to a neighbouring word or number: a
    /// letter or digit, or a decimal separator or colon right after a digit (the decimals of
    /// `0.29123456`, the minutes of `12:30`). After a word (`tel:29123456`, `nr.601234567`)
    /// a colon, dot or comma is punctuation and the number is read.
    @inline(__always)
    static func isGlue(_ field: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let byte = field[index - 1]
        if byte.isLetter || byte.isDigit { return true }
        guard byte.isDecimalSeparator || byte == 0x3A else { return false }
        return index >= 2 && field[index - 2].isDigit
    }
}

/// One run of digit groups that may be a phone number.
struct PhoneCandidate {
    /// The first 16 digits.
    private(set) var digits = SIMD16<UInt8>()
    /// How many digits the run has.
    private(set) var digitCount = 0
    /// The sizes of the first 8 digit groups.
    private(set) var groups = SIMD8<UInt8>()
    /// How many digit groups the run has.
    private(set) var groupCount = 0
    /// Whether the run starts with `+`.
    private(set) var hasPlus = false
    /// Whether the text around the run rules it out (decimal, time, glued to a word).
    private(set) var isExcludedByContext = false
    /// Whether the groups are joined by single dots only (a national number written
    /// `601.234.567`).
    private(set) var isDotted = false
    /// One past the last byte of the run.
    private(set) var end = 0
    /// One past the last byte of each of the first three digit groups.
    private(set) var groupEnds = SIMD3<Int>()

    /// Scans a candidate starting at `start` (a digit, `+` or `(`).
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - start: where the candidate starts.
    ///   - dotted: read digit groups joined by single dots, and nothing else, as one run.
    init(scanning field: UnsafeBufferPointer<UInt8>, from start: Int, dotted: Bool = false) {
        var position = start
        if dotted {
            isDotted = true
            scanDotted(field, from: start)
            return
        }
        if field[position] == 0x2B {
            hasPlus = true
            position += 1
        }
        // After `+` or an international prefix written with `00` (`0048.601.234.567`), dots
        // and slashes separate groups too.
        var dotted = hasPlus
        while position < field.count {
            position = Self.skipSeparators(field, from: position, dotsAndSlashes: dotted)
            guard position < field.count, field[position].isDigit else { break }
            let groupStart = position
            position = readGroup(field, from: position)
            if groupCount == 1 && position - groupStart >= 4 && digits[0] == 0 && digits[1] == 0 { dotted = true }
        }
        end = position
        isExcludedByContext = Self.isExcluded(field, end: position)
    }

    /// Reads digit groups joined by single dots.
    private mutating func scanDotted(_ field: UnsafeBufferPointer<UInt8>, from start: Int) {
        var position = field[start] == 0x28 ? start + 1 : start
        while position < field.count && field[position].isDigit {
            position = readGroup(field, from: position)
            guard position + 1 < field.count, field[position] == 0x2E, field[position + 1].isDigit else { break }
            position += 1
        }
        end = position
        isExcludedByContext = Self.isExcluded(field, end: position)
    }

    /// Reads one group of digits starting at `start`; returns one past its end.
    private mutating func readGroup(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < field.count && field[position].isDigit {
            if digitCount < 16 { digits[digitCount] = field[position] &- 0x30 }
            digitCount += 1
            position += 1
        }
        if groupCount < 3 { groupEnds[groupCount] = position }
        if groupCount < 8 { groups[groupCount] = UInt8(clamping: position - start) }
        groupCount += 1
        return position
    }

    /// Skips at most two separators when a digit follows them.
    private static func skipSeparators(_ field: UnsafeBufferPointer<UInt8>, from start: Int, dotsAndSlashes: Bool) -> Int {
        var position = start
        while position < field.count && position - start < 2
            && (Self.isSeparator(field[position]) || (dotsAndSlashes && (field[position] == 0x2E || field[position] == 0x2F)))
        {
            position += 1
        }
        return position < field.count && field[position].isDigit ? position : start
    }

    /// Whether a byte separates digit groups of a phone number (a line break too: a number
    /// split over two lines of a quoted field is still read as one).
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x28 || byte == 0x29 || byte == 0x0A || byte == 0x0D
    }

    /// Whether what follows the run rules it out.
    private static func isExcluded(_ field: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard end < field.count else { return false }
        let next = field[end]
        if next.isLetter || next == 0x3A { return true }
        if next.isDecimalSeparator && end + 1 < field.count && field[end + 1].isDigit {
            return true
        }
        return false
    }
}
