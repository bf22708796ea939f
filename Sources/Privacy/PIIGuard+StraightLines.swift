/// Eleven one-digit answers joined by any single mark, or by any marks and short keys.
extension PIIGuard {
    /// A code verified by its check digit and written as eleven single digits joined by one
    /// mark, the same all along, with at most one space on each side (`4,4,0,5,1,4,0,1,3,5,9`,
    /// `4; 4; 0; …`, `4 : 4 : 0 …`, `4!4!0…`).
    ///
    /// Whitespace and the grouping marks of ``isJoiningGap(_:from:to:)`` already join such
    /// digits; this reading makes every other ASCII mark (`,` `;` `:` and the symbols that join
    /// only without whitespace) do the same, so no joiner hides a straight-lined code. As there,
    /// only a code whose check digit and birth date hold counts (the new Latvian form, which
    /// has neither, does not), and every eleven digits of a longer such list are tested.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func straightLinedCodeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        var digits = SIMD16<UInt8>()
        var count = 0
        var mark: UInt8 = 0
        var index = 0
        while index < field.count {
            guard isSingleDigit(field, at: index) else {
                count = 0
                mark = 0
                index += 1
                continue
            }
            if count == 11 {
                for lane in 0..<10 { digits[lane] = digits[lane + 1] }
                count = 10
            }
            digits[count] = field[index] &- 0x30
            count += 1
            if count == 11, let kind = elevenDigitKind(digits), kind != .latvianPersonalCodeWithoutBirthDate { return kind }
            guard let next = straightLineJoinEnd(field, from: index + 1, mark: &mark) else {
                count = 0
                mark = 0
                index += 1
                continue
            }
            index = next
        }
        return nil
    }

    /// Whether the byte at `index` is a digit with no digit on either side.
    @inline(__always)
    private static func isSingleDigit(_ field: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        field[index].isDigit && (index == 0 || !field[index - 1].isDigit)
            && (index + 1 == field.count || !field[index + 1].isDigit)
    }

    /// Where the next digit starts when the bytes from `start` are one ASCII mark (the same as
    /// `mark` once it is set; not a letter, digit or space) with at most one space on each side,
    /// and a single digit follows; otherwise `nil`.
    private static func straightLineJoinEnd(_ field: UnsafeBufferPointer<UInt8>, from start: Int, mark: inout UInt8) -> Int? {
        var index = start
        if index < field.count && field[index] == 0x20 { index += 1 }
        guard index < field.count else { return nil }
        let byte = field[index]
        guard byte > 0x20, byte < 0x7F, !byte.isDigit, !byte.isLetter, mark == 0 || byte == mark else { return nil }
        mark = byte
        index += 1
        if index < field.count && field[index] == 0x20 { index += 1 }
        return index < field.count && isSingleDigit(field, at: index) ? index : nil
    }

    /// A code verified by its check digit and written as exactly eleven single digits with
    /// nothing but ASCII marks, whitespace and short keys between them: mixed marks
    /// (`4,4;0,5;…`), marks with two spaces, tabs or a line break (`4;\n4;\n0…`), doubled
    /// marks (`4,,4,,0…`), quoted or bracketed answers (`"4","4",…`, `[[4],[4],…]]`), keys
    /// (`q0=4 q1=4 …`, `{"q0":4,"q1":4,…}`), numbered answers (`4., 4., …`).
    ///
    /// A single digit here has no letter or digit beside it; a key is a word of one to four
    /// ASCII letters and digits that starts with a letter. A gap longer than 12 bytes, a longer
    /// word, a number of two or more digits or a non-ASCII letter ends the run. Only a run of
    /// exactly eleven such digits counts, so a longer list of answers (a straight-lined
    /// questionnaire) is not read eleven digits at a time as the single-mark lists of
    /// ``straightLinedCodeKind(in:)`` are; the check digit and birth date must hold.
    ///
    /// - Parameter field: the field's bytes.
    /// - Returns: the kind found, or `nil`.
    static func spacedOutCodeKind(in field: UnsafeBufferPointer<UInt8>) -> IdentifierKind? {
        var digits = SIMD16<UInt8>()
        var count = 0
        var gap = 0
        var index = 0
        func finish() -> IdentifierKind? {
            defer { count = 0 }
            guard count == 11, let kind = elevenDigitKind(digits), kind != .latvianPersonalCodeWithoutBirthDate else { return nil }
            return kind
        }
        while index < field.count {
            let byte = field[index]
            let isAlphanumeric = byte.isDigit || byte.isLetter
            var end = index + 1
            while isAlphanumeric && end < field.count && (field[end].isDigit || field[end].isLetter) { end += 1 }
            let word = UnsafeBufferPointer(rebasing: field[index..<end])
            if word.count == 1 && byte.isDigit {
                if gap > 12, let kind = finish() { return kind }
                if count < 16 { digits[count] = byte &- 0x30 }
                count += 1
                gap = 0
            } else if byte < 0x80 && (!isAlphanumeric || (byte.isLetter && end - index <= 4)) {
                gap += end - index
            } else {
                if let kind = finish() { return kind }
                gap = 0
            }
            index = end
        }
        return finish()
    }

}
