/// National personal codes: PESEL (PL), asmens kodas (LT), personas kods (LV).
extension PIIGuard {
    /// Finds a national personal code in a field (in normal form, see ``normalised(_:)``).
    ///
    /// The field is read as chains of digit groups joined by the gaps of
    /// ``isJoiningGap(_:from:to:)``, the same model the phone check uses (`850101 12345`,
    /// `85-01-01-12345`, `010190/12349`, `010190_12349`, `3 8 7 0 1 0 1 1 2 3 4`, a code split
    /// over two lines). Every run of
    /// consecutive groups of a chain with exactly 11 digits in all is tested; so a single group
    /// of 11 digits, glued to letters or not (`ID85010112345`), is tested as before. A group
    /// of 12 or more digits is not a code.
    ///
    /// A code verified by its check digit is found in any grouping. The new Latvian form has
    /// no check digit, so its shape alone is flagged only when written as 11 digits or as 6
    /// and 5 digits with a separator (its official written form), to keep false positives down.
    ///
    /// The one exemption: a field that is nothing but a decimal number (`0.44051401359`,
    /// `-12,5`, R and Excel print weights with many decimals, and about 2% of random 11-digit
    /// strings pass the PESEL rules) has only its integer part tested, so a code that a
    /// spreadsheet turned into `44051401359.0` is found; and 6 + 5 digits (`010190.12345`) are
    /// tested as an old-form personas kods, whose birth date and check digit leave about one
    /// such decimal in 300 (a weight with six integer digits and five decimals) refused wrongly. Inside text a fraction is tested like
    /// any digits (`x1.85010112345` is found). A code turned into `4.4051401359E+10` is not.
    ///
    /// Order: PESEL, asmens kodas, old-form personas kods, new-form personas kods. A string
    /// valid under two schemes is reported under the first; a code verified by its check
    /// digit anywhere in the field wins over a new-form shape match.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func personalCodeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        if let (integerPart, fraction) = pureDecimalParts(field) {
            var single = GroupChain()
            single.append(integerPart)
            if let kind = single.codeKind(in: field) { return kind }
            // DDMMYY.CNNNN: an old-form personas kods with a decimal point or comma in place of
            // its dash, told from a number by its birth date and check digit.
            guard integerPart.count == 6, fraction.count == 5 else { return nil }
            var pair = single
            pair.append(fraction)
            return pair.codeKind(in: field) == .latvianPersonalCode ? .latvianPersonalCode : nil
        }
        var shapeOnly: IdentifierKind? = nil
        var chain = GroupChain()
        var index = 0
        while index < field.count {
            guard field[index].isDigit else {
                index += 1
                continue
            }
            var end = index
            while end < field.count && field[end].isDigit { end += 1 }
            let group = DigitGroup(start: index, end: end)
            if let last = chain.last, !isJoiningGap(field, from: last.end, to: group.start) { chain = GroupChain() }
            chain.append(group)
            if let kind = chain.codeKind(in: field).flatMap({ readAsLatvianCaseNumber($0, group, in: field) }) {
                if kind != .latvianPersonalCodeWithoutBirthDate { return kind }
                shapeOnly = kind
            }
            index = end
        }
        return punctuatedCodeKind(in: field) ?? straightLinedCodeKind(in: field) ?? spacedOutCodeKind(in: field) ?? shapeOnly
    }

    /// The kind a chain's run is read as: a PESEL or asmens kodas that is one group of 11 digits
    /// right after `kriminālprocess Nr.` is a Latvian criminal-case number, read only as a
    /// Latvian code (see ``isAfterLatvianCriminalCaseWord(_:before:)``).
    private static func readAsLatvianCaseNumber(_ kind: IdentifierKind, _ group: DigitGroup, in field: UnsafeBufferPointer<UInt8>)
        -> IdentifierKind?
    {
        if kind == .lithuanianPersonalCode && group.count == 11 && isLatvianRegistrationNumber(group, in: field) { return nil }
        guard kind == .polishPESEL || kind == .lithuanianPersonalCode, group.count == 11,
            isAfterLatvianCriminalCaseWord(field, before: group.start)
        else { return kind }
        var digits = SIMD16<UInt8>()
        for offset in 0..<11 { digits[offset] = field[group.start + offset] &- 0x30 }
        return latvianKind(digits)
    }

    /// Whether 11 digits in one group start `4000` or `5000` and follow a Latvian
    /// registration-number word (see ``isAfterRegistrationWord(_:before:)``).
    private static func isLatvianRegistrationNumber(_ group: DigitGroup, in field: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = field[group.start]
        guard lead == 0x34 || lead == 0x35, field[group.start + 1] == 0x30, field[group.start + 2] == 0x30,
            field[group.start + 3] == 0x30
        else { return false }
        return isAfterRegistrationWord(field, before: group.start)
    }

    /// A code verified by its check digit and written with commas, colons or semicolons
    /// between date fields (`85,01,01,12345`, `010190,12349`, `3;85;01;01;1234`).
    ///
    /// Those marks separate list items, so a run of groups joined by one of them (the same
    /// mark, with at most one space on each side) counts only when its 11 digits are split at
    /// the date fields of a scheme: after the year, month and day of a PESEL or the day, month
    /// and year of a personas kods (after digits 2, 4 and 6), or after the century digit, year,
    /// month and day of an asmens kodas (after digits 1, 3, 5 and 7). A list of numbers
    /// (`1,2,3,4,5,6,7,8,9,10`) is not split like that.
    static func punctuatedCodeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        var index = 0
        while index < field.count {
            guard field[index].isDigit, index == 0 || !field[index - 1].isDigit else {
                index += 1
                continue
            }
            var digits = SIMD16<UInt8>()
            var count = 0
            var splits: UInt16 = 0
            var mark: UInt8 = 0
            var position = index
            while position < field.count && field[position].isDigit && count < 12 {
                while position < field.count && field[position].isDigit {
                    if count < 11 { digits[count] = field[position] &- 0x30 }
                    count += 1
                    position += 1
                }
                guard count < 11, let next = punctuationJoinEnd(field, from: position, mark: &mark) else { break }
                splits |= 1 << UInt16(count)
                position = next
            }
            if count == 11 && splits != 0, let kind = splitCodeKind(digits, splits: splits) { return kind }
            index = max(position, index + 1)
        }
        return nil
    }

    /// The kind of 11 digits split at `splits` (bit `k` set: a mark after `k` digits), when the
    /// splits fall on the date fields of a scheme and the check digit holds.
    private static func splitCodeKind(_ digits: SIMD16<UInt8>, splits: UInt16) -> IdentifierKind? {
        let dayMonthYear: UInt16 = 1 << 2 | 1 << 4 | 1 << 6
        let lithuanian: UInt16 = 1 << 1 | 1 << 3 | 1 << 5 | 1 << 7
        if splits & ~dayMonthYear == 0 {
            if isValidPESEL(digits) { return .polishPESEL }
            if isValidLatvianOldCode(digits) { return .latvianPersonalCode }
        }
        if splits & ~lithuanian == 0 && isValidLithuanianCode(digits) { return .lithuanianPersonalCode }
        return nil
    }

    /// Where the next group starts when the bytes from `start` are one comma, colon or
    /// semicolon (the same as `mark` once it is set) with at most one space on each side and
    /// a digit after them; otherwise `nil`.
    private static func punctuationJoinEnd(_ field: UnsafeBufferPointer<UInt8>, from start: Int, mark: inout UInt8) -> Int? {
        var index = start
        if index < field.count && field[index] == 0x20 { index += 1 }
        guard index < field.count, [0x2C, 0x3A, 0x3B].contains(field[index]), mark == 0 || field[index] == mark else { return nil }
        mark = field[index]
        index += 1
        if index < field.count && field[index] == 0x20 { index += 1 }
        return index < field.count && field[index].isDigit ? index : nil
    }

    /// One maximal run of ASCII digits, `start..<end`.
    struct DigitGroup {
        let start: Int
        let end: Int
        var count: Int { end - start }
    }

    /// The last (at most 11) digit groups of a chain, kept without allocating.
    struct GroupChain {
        private var starts = SIMD16<Int32>()
        private var ends = SIMD16<Int32>()
        private var count = 0

        var last: DigitGroup? { count == 0 ? nil : group(count - 1) }

        func group(_ index: Int) -> DigitGroup { DigitGroup(start: Int(starts[index]), end: Int(ends[index])) }

        /// Appends a group; a group more than 11 back can never be part of an 11-digit run.
        mutating func append(_ group: DigitGroup) {
            if count == 11 {
                for index in 0..<10 {
                    starts[index] = starts[index + 1]
                    ends[index] = ends[index + 1]
                }
                count = 10
            }
            starts[count] = Int32(clamping: group.start)
            ends[count] = Int32(clamping: group.end)
            count += 1
        }

        /// Tests the run of groups ending with the last one that has exactly 11 digits.
        ///
        /// The new Latvian form (no check digit) counts only as 11 digits or 6 + 5.
        func codeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
            var total = 0
            var first = count
            while first > 0 && total < 11 {
                first -= 1
                total += group(first).count
            }
            guard total == 11 else { return nil }
            var digits = SIMD16<UInt8>()
            var lane = 0
            for index in first..<count {
                let group = group(index)
                for position in group.start..<group.end {
                    digits[lane] = field[position] &- 0x30
                    lane += 1
                }
            }
            let groups = count - first
            // Eleven one-digit answers that form a valid code are refused even when they use only two
            // values (`0 2 2 2 2 0 2 2 0 2 2` is a PESEL of someone born in 2002): thousands of real
            // codes look so, and a straight-lined questionnaire cannot be told from them.
            let latvianGrouping = groups == 2 && group(first).count == 6
            // Written DDMMYY-CNNNK, a code valid under two schemes is called Latvian.
            if latvianGrouping && PIIGuard.isValidLatvianOldCode(digits) { return .latvianPersonalCode }
            let kind = PIIGuard.elevenDigitKind(digits)
            guard kind == .latvianPersonalCodeWithoutBirthDate else { return kind }
            return groups == 1 || latvianGrouping ? kind : nil
        }
    }

    /// When the whole field is a decimal number (optional sign, digits, `.` or `,`, digits,
    /// surrounding spaces allowed), its integer part and its fraction; otherwise `nil`.
    static func pureDecimalParts(_ field: UnsafeBufferPointer<UInt8>) -> (DigitGroup, DigitGroup)? {
        var index = 0
        while index < field.count && field[index] == 0x20 { index += 1 }
        if index < field.count && (field[index] == 0x2D || field[index] == 0x2B) { index += 1 }
        let integerStart = index
        while index < field.count && field[index].isDigit { index += 1 }
        let integerEnd = index
        guard integerEnd > integerStart, index < field.count, field[index].isDecimalSeparator else { return nil }
        index += 1
        let fractionStart = index
        while index < field.count && field[index].isDigit { index += 1 }
        let fractionEnd = index
        guard fractionEnd > fractionStart else { return nil }
        while index < field.count && field[index] == 0x20 { index += 1 }
        guard index == field.count else { return nil }
        return (DigitGroup(start: integerStart, end: integerEnd), DigitGroup(start: fractionStart, end: fractionEnd))
    }

    /// The integer a number in scientific notation stands for, as ASCII digits, when the whole
    /// field is one (optional sign, digits, `.` or `,` and digits, `E` or `e`, an exponent of
    /// one or two digits, surrounding spaces allowed) and its integer has at least 8 digits;
    /// otherwise `nil`. A decimal comma is read like a point: `1,0231545672E10` and
    /// `1.0231545672E10` are both 10231545672.
    static func scientificInteger(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var index = 0
        while index < field.count && field[index] == 0x20 { index += 1 }
        if index < field.count && (field[index] == 0x2D || field[index] == 0x2B) { index += 1 }
        var mantissa: [UInt8] = []
        while index < field.count && field[index].isDigit {
            mantissa.append(field[index])
            index += 1
        }
        guard !mantissa.isEmpty, index < field.count else { return nil }
        var fractionDigits = 0
        if field[index].isDecimalSeparator {
            index += 1
            while index < field.count && field[index].isDigit {
                mantissa.append(field[index])
                fractionDigits += 1
                index += 1
            }
        }
        guard index < field.count, field[index] | 0x20 == 0x65 else { return nil }
        index += 1
        if index < field.count && field[index] == 0x2B { index += 1 }
        var exponent = 0
        let exponentStart = index
        while index < field.count && field[index].isDigit && index - exponentStart < 2 {
            exponent = exponent * 10 + field[index].digitValue
            index += 1
        }
        guard index > exponentStart else { return nil }
        while index < field.count && field[index] == 0x20 { index += 1 }
        guard index == field.count else { return nil }
        let integerDigits = mantissa.count - fractionDigits + exponent
        guard integerDigits >= 8, integerDigits <= 20 else { return nil }
        var integer = Array(mantissa.prefix(integerDigits))
        while integer.count < integerDigits { integer.append(0x30) }
        return integer
    }

    /// Classifies 11 digits written without separators.
    static func elevenDigitKind(_ digits: SIMD16<UInt8>) -> IdentifierKind? {
        if isValidPESEL(digits) { return .polishPESEL }
        if isValidLithuanianCode(digits) { return .lithuanianPersonalCode }
        return latvianKind(digits)
    }

    /// Classifies 11 digits as a Latvian personal code of either form.
    static func latvianKind(_ digits: SIMD16<UInt8>) -> IdentifierKind? {
        if isValidLatvianOldCode(digits) { return .latvianPersonalCode }
        if isLatvianNewCode(digits) { return .latvianPersonalCodeWithoutBirthDate }
        return nil
    }

    // MARK: - Poland

    /// Whether 11 digits are a valid PESEL.
    ///
    /// Check digit: weights 1,3,7,9,1,3,7,9,1,3; control = (10 − sum mod 10) mod 10.
    /// Birth date YYMMDD with the month offset giving the century: +0 for 1900s, +20 for
    /// 2000s, +40 for 2100s, +60 for 2200s. The offset +80 (1800–1899) is not accepted: no one
    /// in the data was born then, and a list of ages (`7 8 9 10 11 12 13`, `78910111213`)
    /// reads as such a PESEL with a valid check digit about one time in ten.
    static func isValidPESEL(_ digits: SIMD16<UInt8>) -> Bool {
        let weights: SIMD16<UInt8> = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 0, 0, 0, 0, 0, 0]
        let sum = weightedSum(digits, weights)
        guard (10 - sum % 10) % 10 == Int(digits[10]) else { return false }
        let encodedMonth = pair(digits, 2)
        let century: Int
        switch encodedMonth {
        case 1...12: century = 1900
        case 21...32: century = 2000
        case 41...52: century = 2100
        case 61...72: century = 2200
        default: return false
        }
        let month = encodedMonth % 20
        return isValidDate(year: century + pair(digits, 0), month: month, day: pair(digits, 4))
    }

    // MARK: - Lithuania

    /// Whether 11 digits are a valid asmens kodas.
    ///
    /// G YYMMDD NNN K: G = 1…6 gives sex and century (1–2: 1800s, 3–4: 1900s, 5–6: 2000s)
    /// and the date must exist. G = 9 (issued in exceptional cases, no reliable date) is
    /// accepted on the check digit alone. Check digit: sum with weights 1…9,1 mod 11;
    /// if that is 10, weights 3…9,1,2,3 mod 11; if that is 10 too, the control is 0.
    static func isValidLithuanianCode(_ digits: SIMD16<UInt8>) -> Bool {
        let first: SIMD16<UInt8> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 0, 0, 0, 0, 0, 0]
        let second: SIMD16<UInt8> = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 0, 0, 0, 0, 0, 0]
        var control = weightedSum(digits, first) % 11
        if control == 10 { control = weightedSum(digits, second) % 11 }
        if control == 10 { control = 0 }
        guard control == Int(digits[10]) else { return false }
        let group = Int(digits[0])
        if group == 9 { return true }
        guard (1...6).contains(group) else { return false }
        let year = 1800 + (group - 1) / 2 * 100 + pair(digits, 1)
        return isValidDate(year: year, month: pair(digits, 3), day: pair(digits, 5))
    }

    // MARK: - Latvia

    /// Whether 11 digits are a valid old-form personas kods (DDMMYY-CNNNK).
    ///
    /// C = 0, 1, 2 gives the century (1800s, 1900s, 2000s); the date must exist.
    /// K = (1101 − Σ wᵢdᵢ) mod 11 with weights 1,6,3,7,9,10,5,8,4,2. Sources disagree on a
    /// result of 10: some call such a code invalid (never issued), python-stdnum maps it to
    /// 0. The guard errs towards refusing and accepts 0 in that case.
    static func isValidLatvianOldCode(_ digits: SIMD16<UInt8>) -> Bool {
        let weights: SIMD16<UInt8> = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 0, 0, 0, 0, 0, 0]
        let control = (1101 - weightedSum(digits, weights)) % 11
        guard control % 10 == Int(digits[10]) else { return false }
        let centuryDigit = Int(digits[6])
        guard centuryDigit <= 2 else { return false }
        let year = 1800 + centuryDigit * 100 + pair(digits, 4)
        return isValidDate(year: year, month: pair(digits, 2), day: pair(digits, 0))
    }

    /// Whether 11 digits have the shape of a personas kods issued since 1 July 2017.
    ///
    /// These codes start with 3 and a digit 2–9 and encode no birth date. No check-digit
    /// rule has been published by the issuer (PMLP); one unofficial library applies the
    /// old weights, python-stdnum applies none. The guard therefore flags the shape alone,
    /// accepting that any 11-digit number starting 32–39 is refused.
    static func isLatvianNewCode(_ digits: SIMD16<UInt8>) -> Bool {
        digits[0] == 3 && digits[1] >= 2
    }

    // MARK: - Arithmetic

    /// Σ digits[i] × weights[i] over all lanes.
    @inline(__always)
    private static func weightedSum(_ digits: SIMD16<UInt8>, _ weights: SIMD16<UInt8>) -> Int {
        var sum = 0
        for index in 0..<11 { sum += Int(digits[index]) * Int(weights[index]) }
        return sum
    }

    /// The two-digit number at `index`, `index + 1`.
    @inline(__always)
    private static func pair(_ digits: SIMD16<UInt8>, _ index: Int) -> Int {
        Int(digits[index]) * 10 + Int(digits[index + 1])
    }

    /// Whether a proleptic Gregorian date exists.
    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        switch month {
        case 4, 6, 9, 11: return day <= 30
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return day <= (isLeap ? 29 : 28)
        default: return day <= 31
        }
    }
}
