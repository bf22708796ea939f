/// Phone numbers of Latvia, Lithuania and Poland, and any number in international format.
///
/// A candidate is a run of digit groups joined by the gaps of ``PIIGuard/isJoiningGap(_:from:to:)``
/// (the model the personal-code check uses: whitespace and grouping marks such as `-`, `.`,
/// `/`, `_`, `'`, parentheses), optionally led by `+` or `(`, not glued to a letter, digit or
/// decimal separator on either side and not followed by `:` (a clock time). It is a phone
/// number when it is written like one:
///
/// - international: a leading `+` and 8–15 digits (E.164, any country), or `00371`/`00370`
///   and 8 digits, or `0048` and 9 digits;
/// - grouped national (two or more groups): LV 8 digits starting 2 (mobile) or 6
///   (landline), LT 8 digits starting 6 or 9 digits with the trunk prefix 8, PL 9 digits
///   not starting 0, and 11 digits starting 371, 370 or 48;
/// - bare (one group, checked only with ``IdentifierChecks/barePhoneNumbers``): LV mobile
///   8 digits starting 2, LT mobile 8 digits starting 6 or 9 digits starting 86, PL mobile
///   9 digits starting 45, 50, 51, 53, 57, 60, 66, 69, 72, 73, 78, 79 or 88. A group of 8 or 9
///   digits after whitespace inside a longer run is tried alone too (`w 2020 601234567`).
///
/// A run that is a list of numbers (a gap with a slash, or with whitespace and a mark:
/// `601234567/602345678`, `601 234 567 / 602 345 678`) is read again from each group after
/// such a gap, so the second of two numbers written together is found.
///
/// A number with a decimal separator (`61 234,5`, `0.29123456`) is never a phone number: two
/// groups joined by a single dot are a decimal (`2912.3456`), and a decimal part after the run
/// rules it out (`26.123.456,78`). Three or more groups joined by dots are a grouping
/// (`601.234.567`, `601.234 567`, `601 . 234 . 567`), so `26.123.456` is a phone number.
///
/// Trade-offs. False positives the rules accept: a figure of 20–29 or 60–69 million grouped in
/// thousands with spaces or dots (`29 123 456`, `29.123.456`), a 9-digit serial number with a
/// mobile prefix, a case number of 8 digits starting 2 or 6 or of 9 digits in groups other
/// than thousands (`2/123/4567`, `601/2019/12`), an 11-digit number starting 32–39 (caught
/// earlier as a Latvian code shape). Excluded to avoid false positives: dates written
/// `2023-10-15`, `15-10-2023`, `25.10.2023` or `01/02/2019` and year ranges `2019-2023`
/// (groups 4-2-2, 2-2-4, and two 19xx/20xx groups); IPv4 addresses (four groups of one to three
/// digits up to 255 joined by single dots, unless every group has two digits, which is how a
/// Latvian number is written `29.12.34.56`); 9-digit numbers grouped in thousands
/// (`512 345 678`) unless they carry a Polish mobile prefix; round figures grouped in
/// thousands (`600 000 000`, `20.000.000`); bare LV/PL landlines. Misses that follow: phones
/// written as a date-like 4-2-2 grouping, bare landline numbers, numbers split by words, and a
/// grouped number right after another number with only a joining gap between them
/// (`12/2020 601 234 567`: the run has 15 digits).
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
        phoneNumberFound(in: field, from: 0, checks: checks)
    }

    /// Whether a phone number starts at or after `start`.
    private static func phoneNumberFound(in field: UnsafeBufferPointer<UInt8>, from start: Int, checks: IdentifierChecks) -> Bool {
        var index = start
        while index < field.count {
            let byte = field[index]
            let canStart = byte.isDigit || byte == 0x2B || byte == 0x28
            let glued = index > 0 && isGlue(field, before: index)
            guard canStart && !glued else {
                index += 1
                continue
            }
            if let uuidEnd = uuidEnd(field, around: index) {
                index = uuidEnd
                continue
            }
            let candidate = PhoneCandidate(scanning: field, from: index)
            if let date = candidate.firstDate(field) {
                // A date is no phone's digits (`1. 12.05.2021`, `6 09.09.2018 5`): what stands
                // before it is read as a run of its own, and the scan goes on after it.
                if date.start > index
                    && phoneNumberFound(in: UnsafeBufferPointer(rebasing: field[0..<date.start]), from: index, checks: checks)
                {
                    return true
                }
                index = date.end
                continue
            }
            if candidate.groupCount >= 2 && (candidate.allGapsHaveSlash || candidate.isPretrialInvestigationShape)
                && isAfterCaseWord(field, before: index)
            {
                index = candidate.end  // `sprawa nr 26/123/456`, `IT Nr. 01-1-12345-23`: a case number
                continue
            }
            if candidate.isPhoneNumber(checks: checks) { return true }
            if checks.contains(.barePhoneNumbers) && candidate.hasBareNumberInside(field) { return true }
            if candidate.hasNumberAfterListBreak(field, checks: checks) { return true }
            if candidate.hasNumberAfterSeparatorChange(field, checks: checks) { return true }
            if candidate.hasNumberAtRunEdge(field, from: index, checks: checks) { return true }
            if checks.contains(.formattedPhoneNumbers) && PhoneCandidate.isPunctuatedPhone(field, from: index) { return true }
            // A run that starts with a date may end in a phone: go on after the date, so
            // `2023 10 15 29 123 456` is read again as `29 123 456`.
            index = max(candidate.datePrefixEnd ?? candidate.end, index + 1)
        }
        return false
    }

    /// The value of the digits `start..<end` (at most nine of them).
    static func number(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        (start..<end).reduce(0) { $0 * 10 + field[$1].digitValue }
    }

    /// One past the end of a UUID (hex groups of 8, 4, 4, 4 and 12 joined by `-`) that the
    /// digit at `index` is part of, or `nil`: `c9a6e1f0-2612-3456-a1b2-c3d4e5f60718` holds no
    /// phone number.
    static func uuidEnd(_ field: UnsafeBufferPointer<UInt8>, around index: Int) -> Int? {
        func isHex(_ byte: UInt8) -> Bool { byte.isDigit || ((byte | 0x20) &- 0x61) < 6 }
        guard index > 0, field[index - 1] == 0x2D || isHex(field[index - 1]) else { return nil }
        var start = index
        while start > 0 && (isHex(field[start - 1]) || field[start - 1] == 0x2D) { start -= 1 }
        var end = index
        while end < field.count && (isHex(field[end]) || field[end] == 0x2D) { end += 1 }
        guard end - start == 36 else { return nil }
        var sizes: [Int] = []
        var size = 0
        for position in start..<end {
            if field[position] == 0x2D {
                sizes.append(size)
                size = 0
            } else {
                size += 1
            }
        }
        return sizes + [size] == [8, 4, 4, 4, 12] ? end : nil
    }

    /// Whether the byte before `index` glues a candidate to a neighbouring word or number: a
    /// digit, a single letter glued to a code (`1M0006`, `e9800998` in a hash), or a decimal
    /// separator or colon right after a digit (the decimals of `0.29123456`, the minutes of
    /// `12:30`). After a word (`tel:29123456`, `nr.601234567`) a colon, dot or comma is
    /// punctuation and the number is read; so is a number glued to a word of three or more
    /// letters that stands on its own (`kom601234567`, `tel601234567`); after one or two letters
    /// (`ID29123456`, a record number) it is not.
    @inline(__always)
    static func isGlue(_ field: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let byte = field[index - 1]
        if byte.isDigit { return true }
        if byte.isLetter { return !isWordBefore(field, index) }
        guard byte.isDecimalSeparator || byte == 0x3A else { return false }
        return index >= 2 && field[index - 2].isDigit
    }

    /// Whether the ASCII letters that end at `index` are a word of three or more letters not
    /// glued to a digit before it.
    private static func isWordBefore(_ field: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var start = index
        while start > 0 && field[start - 1].isLetter { start -= 1 }
        return index - start >= 3 && (start == 0 || !field[start - 1].isDigit)
    }
}

/// One run of digit groups that may be a phone number.
struct PhoneCandidate {
    /// The first 16 digits.
    private(set) var digits = SIMD16<UInt8>()
    /// How many digits the run has.
    private(set) var digitCount = 0
    /// The sizes of the first 16 digit groups.
    private(set) var groups = SIMD16<UInt8>()
    /// How many digit groups the run has.
    private(set) var groupCount = 0
    /// Whether the run starts with `+`.
    private(set) var hasPlus = false
    /// Whether the text around the run rules it out (decimal, time, glued to a word).
    private(set) var isExcludedByContext = false
    /// Whether every gap of the run is a single dot (`2912.3456`, `192.168.1.1`).
    private(set) var allGapsAreSingleDots = true
    /// Whether a gap of the run holds a slash (`11/2020/123`, `+48/601/234/567`).
    private(set) var hasSlash = false
    /// Whether every gap of the run holds a slash (`26/123/456`, how case numbers are written).
    private(set) var allGapsHaveSlash = true
    /// Bit `i` set when the gap before group `i` (of the first 16) holds whitespace.
    private(set) var spacedGroups: UInt16 = 0
    /// Bit `i` set when the gap before group `i` (of the first 16) separates two numbers of a
    /// list: it holds a slash, or whitespace and a mark (`601 234 567 / 602 345 678`,
    /// `601-234-567 - 602-345-678`).
    private(set) var listBreaks: UInt16 = 0
    /// One past the last byte of the run.
    private(set) var end = 0
    /// One past the last byte of each of the first 16 digit groups.
    private(set) var groupEnds = SIMD16<Int>()
    /// Bit `i` set when the gap before group `i` (of the first 16) holds a mark (not only
    /// whitespace).
    private(set) var markedGaps: UInt16 = 0

    /// Scans a candidate starting at `start` (a digit, `+` or `(`).
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - start: where the candidate starts.
    ///   - singleGroup: read one digit group only.
    ///   - mark: read groups joined by this one byte only (`,` `:` `;`), instead of the gaps of
    ///     ``PIIGuard/isJoiningGap(_:from:to:)``.
    init(scanning field: UnsafeBufferPointer<UInt8>, from start: Int, singleGroup: Bool = false, mark: UInt8? = nil) {
        var position = start
        if field[position] == 0x28 { position += 1 }
        if position < field.count && field[position] == 0x2B {
            hasPlus = true
            position += 1
        }
        if position < field.count && field[position] == 0x28 { position += 1 }
        while position < field.count && field[position].isDigit {
            position = readGroup(field, from: position)
            guard !singleGroup, let next = Self.nextGroupStart(field, after: position, mark: mark) else { break }
            noteGap(field, from: position, to: next)
            position = next
        }
        end = position
        isExcludedByContext = Self.isExcluded(field, end: position)
    }

    /// The first digit of the next group: after a joining gap, or after exactly `mark`.
    @inline(__always)
    private static func nextGroupStart(_ field: UnsafeBufferPointer<UInt8>, after position: Int, mark: UInt8?) -> Int? {
        guard let mark else { return PIIGuard.nextGroupStart(field, after: position) }
        let next = position + 1
        return next < field.count && field[position] == mark && field[next].isDigit ? next : nil
    }

    /// Records what the gap before the next group holds.
    private mutating func noteGap(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if end - start != 1 || field[start] != 0x2E { allGapsAreSingleDots = false }
        var whitespace = false
        var mark = false
        var slash = false
        for index in start..<end {
            let byte = field[index]
            slash = slash || byte == 0x2F
            if PIIGuard.isGapWhitespace(byte) { whitespace = true } else { mark = true }
        }
        hasSlash = hasSlash || slash
        allGapsHaveSlash = allGapsHaveSlash && slash
        guard groupCount < 16 else { return }
        if whitespace { spacedGroups |= 1 << UInt16(groupCount) }
        if mark { markedGaps |= 1 << UInt16(groupCount) }
        if slash || (whitespace && mark) { listBreaks |= 1 << UInt16(groupCount) }
    }

    /// Whether the run is written like a Lithuanian pre-trial investigation number: groups of
    /// 2, 1, 5 and 2 digits joined by marks without whitespace (`01-1-12345-23`).
    var isPretrialInvestigationShape: Bool {
        groupCount == 4 && groups[0] == 2 && groups[1] == 1 && groups[2] == 5 && groups[3] == 2 && spacedGroups == 0 && !hasPlus
    }

    /// Whether the run is a list of numbers (see ``listBreaks``) and the part after one of its
    /// breaks is a phone number on its own: the second of two numbers written together
    /// (`601234567/602345678`), which makes the whole run too long to be one.
    func hasNumberAfterListBreak(_ field: UnsafeBufferPointer<UInt8>, checks: IdentifierChecks) -> Bool {
        guard listBreaks != 0 else { return false }
        for index in 1..<min(groupCount, 16) where listBreaks & (1 << UInt16(index)) != 0 {
            let rest = PhoneCandidate(scanning: field, from: groupEnds[index] - Int(groups[index]))
            if rest.isPhoneNumber(checks: checks) { return true }
        }
        return false
    }

    /// Whether the part after a gap of whitespace alone, which follows a gap with a mark, is a
    /// phone number on its own: a number written after a case number or a code
    /// (`2019/03/1234 601 234 567`, `II K 123-19 601 234 567`), which makes the whole run too
    /// long to be one.
    func hasNumberAfterSeparatorChange(_ field: UnsafeBufferPointer<UInt8>, checks: IdentifierChecks) -> Bool {
        guard markedGaps != 0 else { return false }
        for index in 2..<max(2, min(groupCount, 16)) {
            let bit: UInt16 = 1 << UInt16(index)
            guard spacedGroups & bit != 0, markedGaps & bit == 0, markedGaps & (bit &- 1) != 0 else { continue }
            let rest = PhoneCandidate(scanning: field, from: groupEnds[index] - Int(groups[index]))
            if rest.isPhoneNumber(checks: checks) { return true }
        }
        return false
    }

    /// Whether a group of 8 or 9 digits after whitespace inside the run is a bare mobile
    /// number on its own (`w 2020 601234567`).
    func hasBareNumberInside(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard groupCount > 1 else { return false }
        for index in 1..<min(groupCount, 16) where spacedGroups & (1 << UInt16(index)) != 0 {
            guard groups[index] == 8 || groups[index] == 9 else { continue }
            let single = PhoneCandidate(scanning: field, from: groupEnds[index] - Int(groups[index]), singleGroup: true)
            if single.isPhoneNumber(checks: .barePhoneNumbers) { return true }
        }
        return false
    }

    /// Reads one group of digits starting at `start`; returns one past its end.
    private mutating func readGroup(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < field.count && field[position].isDigit {
            if digitCount < 16 { digits[digitCount] = field[position] &- 0x30 }
            digitCount += 1
            position += 1
        }
        if groupCount < 16 {
            groupEnds[groupCount] = position
            groups[groupCount] = UInt8(clamping: position - start)
        }
        groupCount += 1
        return position
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
