/// National personal codes: PESEL (PL), asmens kodas (LT), personas kods (LV).
extension PIIGuard {
    /// Finds a national personal code in a field.
    ///
    /// Every maximal run of exactly 11 ASCII digits is tested, and so is a run of 6 digits,
    /// a hyphen and 5 digits (the Latvian written form). Runs that are the fractional part
    /// of a decimal number (`0.44051401359`) are skipped: R and Excel print many such
    /// digits, and about 2% of random 11-digit strings pass the PESEL rules. The integer
    /// part of a decimal is still tested, so a code that a spreadsheet turned into
    /// `44051401359.0` is found; one turned into `4.4051401359E+10` is not.
    ///
    /// Order: PESEL, asmens kodas, old-form personas kods, new-form personas kods. A string
    /// valid under two schemes is reported under the first; a code verified by its check
    /// digit anywhere in the field wins over a new-form shape match, which has none.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func personalCodeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        let count = field.count
        var start = 0
        var shapeOnly: IdentifierKind? = nil
        while start < count {
            guard field[start].isDigit else {
                start += 1
                continue
            }
            var end = start
            while end < count && field[end].isDigit { end += 1 }
            let isFraction =
                start >= 2 && field[start - 1].isDecimalSeparator && field[start - 2].isDigit
            if !isFraction, let kind = codeKind(field, start: start, end: end) {
                if kind != .latvianPersonalCodeWithoutBirthDate { return kind }
                shapeOnly = kind
            }
            start = end
        }
        return shapeOnly
    }

    /// Tests the digit run `start..<end` (and, for 6 digits, a hyphenated tail).
    private static func codeKind(
        _ field: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> IdentifierKind? {
        var digits = SIMD16<UInt8>()
        switch end - start {
        case 11:
            for index in 0..<11 { digits[index] = field[start + index] &- 0x30 }
            return elevenDigitKind(digits)
        case 6:
            let tail = end + 1
            guard tail + 5 <= field.count, field[end] == 0x2D else { return nil }
            for index in 0..<5 where !field[tail + index].isDigit { return nil }
            if tail + 5 < field.count && field[tail + 5].isDigit { return nil }
            for index in 0..<6 { digits[index] = field[start + index] &- 0x30 }
            for index in 0..<5 { digits[6 + index] = field[tail + index] &- 0x30 }
            return latvianKind(digits)
        default:
            return nil
        }
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
    /// Birth date YYMMDD with the month offset giving the century: +80 for 1800–1899,
    /// +0 for 1900s, +20 for 2000s, +40 for 2100s, +60 for 2200s.
    static func isValidPESEL(_ digits: SIMD16<UInt8>) -> Bool {
        let weights: SIMD16<UInt8> = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 0, 0, 0, 0, 0, 0]
        let sum = weightedSum(digits, weights)
        guard (10 - sum % 10) % 10 == Int(digits[10]) else { return false }
        let encodedMonth = pair(digits, 2)
        let century: Int
        switch encodedMonth {
        case 81...92: century = 1800
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
