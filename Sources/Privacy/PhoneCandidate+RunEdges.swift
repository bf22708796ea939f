/// A grouped phone number written beside another number, in the same run of digit groups.
extension PhoneCandidate {
    /// Whether a phone number stands at the start or the end of the run, apart from the rest
    /// by whitespace: `601 234 567 12`, `512 345 678 3 razy`, `2019 601-234-567`,
    /// `8 880 123 456`, and the first of two numbers in a row (`601 234 567 602 345 678`).
    ///
    /// Each prefix and each suffix of the run that ends or starts at a gap holding whitespace is
    /// read as a run of its own, by the same rules, while it has at most 15 digits, unless it
    /// ends in a group of one digit. A run led
    /// by `+` is read whole (an international number has up to 15 digits). It must
    /// have a group of three or more digits: answers and ages of one or two digits
    /// (`12 14 9 15 26 13 11 12`) are a list, not a number written in groups. The work is
    /// bounded by those 15 digits, so a long run costs no more than its length.
    ///
    /// - Parameters:
    ///   - field: the field's bytes.
    ///   - start: where the run starts (as given to ``init(scanning:from:singleGroup:mark:)``).
    ///   - checks: which of the phone checks to run.
    /// - Returns: whether such a prefix or suffix is a phone number.
    func hasNumberAtRunEdge(_ field: UnsafeBufferPointer<UInt8>, from start: Int, checks: IdentifierChecks) -> Bool {
        guard groupCount >= 2, !hasPlus, end <= field.count else { return false }
        let amountStart = Self.amountStart(field, from: start, to: end)
        var position = start
        var digitsSeen = 0
        while position < end && digitsSeen <= 15 {
            while position < end && !field[position].isDigit { position += 1 }
            let groupStart = position
            while position < end && field[position].isDigit { position += 1 }
            digitsSeen += position - groupStart
            let (gapEnd, spaced) = Self.gap(field, from: position, to: end)
            guard gapEnd < end else { break }
            let glued = Self.isGlueMark(field, from: position, to: gapEnd)
            if (spaced || glued) && digitsSeen >= 8 && position < amountStart {
                let prefix = PhoneCandidate(scanning: UnsafeBufferPointer(rebasing: field[0..<position]), from: start)
                if prefix.isPhoneAtRunEdge(field, from: start, glued: glued, checks: checks) { return true }
            }
            position = gapEnd
        }
        position = end
        digitsSeen = 0
        while position > start && digitsSeen <= 15 {
            let groupEnd = position
            while position > start && field[position - 1].isDigit { position -= 1 }
            digitsSeen += groupEnd - position
            let groupStart = position
            var spaced = false
            while position > start && !field[position - 1].isDigit {
                spaced = spaced || PIIGuard.isGapWhitespace(field[position - 1])
                position -= 1
            }
            guard position > start else { break }
            let glued = Self.isGlueMark(field, from: position, to: groupStart)
            if (spaced || glued) && digitsSeen >= 8 {
                let suffix = PhoneCandidate(scanning: field, from: groupStart)
                if suffix.isPhoneAtRunEdge(field, from: start, glued: glued, checks: checks) { return true }
            }
        }
        return false
    }

    /// Whether this prefix or suffix of a run is a phone number on its own: it must have a
    /// group of three or more digits (or, cut off by a `-` or `/`, be written in groups of
    /// two: `29 12 34 56-12`), not end in a one-digit group, not be a case number after a case
    /// word, and not hold a year among three or more groups (`5 2013 2018 175`).
    private func isPhoneAtRunEdge(_ field: UnsafeBufferPointer<UInt8>, from start: Int, glued: Bool, checks: IdentifierChecks) -> Bool {
        guard hasLongGroup || (glued && groupCount <= 16 && groups[groupCount - 1] >= 2) else { return false }
        return !hasYearAmongGroups && !isCaseNumber(field, from: start) && isPhoneNumber(checks: checks)
    }

    /// Whether the gap `start..<end` is one `-` or `/` alone, which glues a number to a phone
    /// (`601-234-567-1`, `601234567/2`, `12-601 234 567`).
    private static func isGlueMark(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        end - start == 1 && (field[start] == 0x2D || field[start] == 0x2F)
    }

    /// Where the amount that ends the run starts, when a decimal part follows the run: groups
    /// of three digits joined by one space or dot, led by a group of one to three
    /// (`2010 7 542 479,00`: the `7`), so no prefix cuts through it; `end` when there is none.
    private static func amountStart(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard end + 1 < field.count, field[end].isDecimalSeparator, field[end + 1].isDigit else { return end }
        var position = end
        var thousands = 0
        while true {
            let groupEnd = position
            while position > start && field[position - 1].isDigit { position -= 1 }
            let size = groupEnd - position
            let joined =
                position - 2 >= start && (field[position - 1] == 0x20 || field[position - 1] == 0x2E) && field[position - 2].isDigit
            if size == 3 && joined {
                thousands += 1
                position -= 1
                continue
            }
            return thousands > 0 && size <= 3 ? position : end
        }
    }

    /// One past the gap that starts at `start` (before `end`), and whether it holds whitespace.
    private static func gap(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (end: Int, spaced: Bool) {
        var position = start
        var spaced = false
        while position < end && !field[position].isDigit {
            spaced = spaced || PIIGuard.isGapWhitespace(field[position])
            position += 1
        }
        return (position, spaced)
    }

    /// Whether this part of a run is written like a case number and the run follows a case word
    /// (`sprawa 26/123/456 12`, `sprawa nr 12 26/123/456`), as
    /// ``PIIGuard/phoneNumberFound(in:checks:)`` reads a whole run.
    private func isCaseNumber(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        (allGapsHaveSlash || isPretrialInvestigationShape) && PIIGuard.isAfterCaseWord(field, before: start)
    }

    /// Whether one of the first 16 groups has three or more digits and the last group (when it
    /// is among them) two or more: a phone does not end in one digit (`4351 9500 2` in an
    /// account-number look-alike is not one).
    private var hasLongGroup: Bool {
        guard groupCount > 16 || groups[groupCount - 1] >= 2 else { return false }
        for index in 0..<min(groupCount, 16) where groups[index] >= 3 { return true }
        return false
    }
}
