/// The national and international rules applied to a ``PhoneCandidate``.
extension PhoneCandidate {
    /// Whether the candidate is a phone number under the enabled checks.
    func isPhoneNumber(checks: IdentifierChecks) -> Bool {
        guard !isExcludedByContext, digitCount >= 8, digitCount <= 15, groupCount <= 15 else {
            return false
        }
        if isServiceNumber { return false }
        let formatted = checks.contains(.formattedPhoneNumbers)
        if hasPlus { return formatted }
        if digits[0] == 0 && digits[1] == 0 { return formatted && isInternationalWithZeros }
        // More than eight groups is a number spelled out digit by digit (`6 0 1 2 3 4 5 6 7`):
        // the grouping says nothing, so it must start like a mobile number.
        if groupCount > 8 { return formatted && !isListOfNumbers && isBareMobile }
        if groupCount >= 2 { return formatted && !isDecimalOrAddress && !isListOfNumbers && isGroupedNational }
        return checks.contains(.barePhoneNumbers) && isBareMobile && !isCompactDate
    }

    /// Three or more groups that read as a list of numbers, not a phone: groups of one or two
    /// digits that never decrease (`2 3 4 5 6 7 8 9`, `6/7/8/9/10/11/12`, ages of siblings), or
    /// groups of one size counting up by one (`601 602 603`, room numbers). A phone written
    /// `20 21 22 23` is missed.
    private var isListOfNumbers: Bool {
        guard groupCount >= 3 else { return false }
        var lane = 0
        var previous = -1
        var short = true
        var nonDecreasing = true
        var counting = true
        for index in 0..<groupCount {
            let size = Int(groups[index])
            var value = 0
            for offset in 0..<size { value = value * 10 + Int(digits[lane + offset]) }
            short = short && size <= 2
            nonDecreasing = nonDecreasing && value >= previous
            counting = counting && (index == 0 || (value == previous + 1 && size == Int(groups[0])))
            previous = value
            lane += size
        }
        return (short && nonDecreasing) || counting
    }

    /// Eight digits that are a date from 1900 to 2099 written YYYYMMDD or DDMMYYYY (`20231015`,
    /// `29062023`, `IMG-20231015-WA0012.jpg`): a date, not a Latvian mobile. Trade-off: a mobile
    /// number that happens to read as such a date (`20230115`, `29012023`) is missed.
    private var isCompactDate: Bool {
        guard digitCount == 8 else { return false }
        func number(_ from: Int, _ count: Int) -> Int { (from..<from + count).reduce(0) { $0 * 10 + Int(digits[$1]) } }
        let yearFirst = number(0, 4), yearLast = number(4, 4)
        if (1900...2099).contains(yearFirst) && PIIGuard.isValidDate(year: yearFirst, month: number(4, 2), day: number(6, 2)) {
            return true
        }
        return (1900...2099).contains(yearLast) && PIIGuard.isValidDate(year: yearLast, month: number(2, 2), day: number(0, 2))
    }

    /// Whether a phone number written with commas, colons or semicolons between its groups
    /// starts at `start` (`601,234,567`, `601:234:567`, `601;234;567`).
    ///
    /// Those marks separate list items, decimals and clock times, so such a run counts only
    /// when one mark joins three or more groups of two to five digits, not all of two digits
    /// (`29,12,34,56` is as likely a list of ages, `20:30:45:10` a time) and not all ending in
    /// zero (`500;600;700`, a list of round figures); it must then be a phone by the rules for
    /// grouped numbers. So `601,234,567` and `+370:612:34567` are found, and `1,2,3,4,5,6,7,8,9`,
    /// `2019;2020;2021`, `10:30-12:45` and `120,340,560` are not.
    static func isPunctuatedPhone(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var end = start
        while end < field.count && !field[end].isDigit { end += 1 }
        while end < field.count && field[end].isDigit { end += 1 }
        guard end + 1 < field.count, [0x2C, 0x3A, 0x3B].contains(field[end]), field[end + 1].isDigit else { return false }
        let candidate = PhoneCandidate(scanning: field, from: start, mark: field[end])
        guard candidate.groupCount >= 3, candidate.groupCount <= 8 else { return false }
        var allPairs = true
        var allRound = true
        for index in 0..<candidate.groupCount {
            let size = Int(candidate.groups[index])
            guard size >= 2 && size <= 5 else { return false }
            allPairs = allPairs && size == 2
            let last = candidate.groupEnds[index] - 1
            allRound = allRound && field[last] == 0x30
        }
        return !allPairs && !allRound && candidate.isPhoneNumber(checks: .formattedPhoneNumbers)
    }

    /// `00371`/`00370` and 8 digits, or `0048` and 9 digits.
    private var isInternationalWithZeros: Bool {
        guard digitCount == 13 else { return false }
        if digits[2] == 4 && digits[3] == 8 { return true }
        return digits[2] == 3 && digits[3] == 7 && (digits[4] == 0 || digits[4] == 1)
    }

    /// A grouped LV, LT or PL number (see ``PIIGuard/phoneNumberFound(in:checks:)``).
    private var isGroupedNational: Bool {
        if isDateOrYearRange || isRoundThousands || isSlashedCaseNumber || hasYearAmongGroups { return false }
        switch digitCount {
        case 8:
            return digits[0] == 2 || digits[0] == 6
        case 9:
            if isThousandsGrouping { return hasPolishMobilePrefix(at: 0) || startsLithuanianMobile }
            return digits[0] != 0
        case 10:
            return startsPolishTrunkZero
        case 11:
            let baltic = digits[0] == 3 && digits[1] == 7 && digits[2] <= 1
            return baltic || (digits[0] == 4 && digits[1] == 8)
        default:
            return false
        }
    }

    /// Two groups joined by one dot (a decimal, `2912.3456`), or an IPv4 address: four groups
    /// of one to three digits up to 255 joined by single dots, not all of two digits (those
    /// are read as a number written `29.12.34.56`).
    private var isDecimalOrAddress: Bool {
        guard allGapsAreSingleDots else { return false }
        if groupCount == 2 { return true }
        guard groupCount == 4 else { return false }
        var lane = 0
        var allPairs = true
        for index in 0..<4 {
            let size = Int(groups[index])
            guard size <= 3 else { return false }
            var value = 0
            for offset in 0..<size { value = value * 10 + Int(digits[lane + offset]) }
            guard value <= 255 else { return false }
            allPairs = allPairs && size == 2
            lane += size
        }
        return !allPairs
    }

    /// LV 2xxxxxxx, LT 6xxxxxxx or 86xxxxxxx, PL mobile 9 digits; with the country code 48
    /// also a Polish landline (`48221234567`: 48, an area code and 7 digits).
    private var isBareMobile: Bool {
        switch digitCount {
        case 8: digits[0] == 2 || digits[0] == 6
        case 9: startsLithuanianMobile || hasPolishMobilePrefix(at: 0)
        case 10: digits[0] == 0 && hasPolishMobilePrefix(at: 1)
        case 11: digits[0] == 4 && digits[1] == 8 && (hasPolishMobilePrefix(at: 2) || hasPolishAreaCode(at: 2))
        default: false
        }
    }

    /// 0 and a Polish number of 9 digits not starting 0: the old trunk prefix
    /// (`0 601 234 567`, `(0-22) 123-45-67`, `022 123 45 67`).
    private var startsPolishTrunkZero: Bool { digits[0] == 0 && digits[1] != 0 }

    /// 8 6xx xxxxx: a Lithuanian mobile with the national trunk prefix.
    private var startsLithuanianMobile: Bool { digits[0] == 8 && digits[1] == 6 }

    /// Whether the two digits at `index` are a Polish mobile prefix.
    private func hasPolishMobilePrefix(at index: Int) -> Bool {
        switch Int(digits[index]) * 10 + Int(digits[index + 1]) {
        case 45, 50, 51, 53, 57, 60, 66, 69, 72, 73, 78, 79, 88: true
        default: false
        }
    }

    /// Whether the two digits at `index` are a Polish geographic area code (`22` Warsaw, `12`
    /// Kraków, ...).
    private func hasPolishAreaCode(at index: Int) -> Bool {
        switch Int(digits[index]) * 10 + Int(digits[index + 1]) {
        case 12...18, 22...25, 29, 32...34, 41...44, 46, 48, 52, 54...56, 58, 59, 61...63, 65, 67, 68, 71, 74...77, 81...87, 89, 91, 94,
            95:
            true
        default: false
        }
    }

    /// Groups 1–3 digits then groups of exactly 3: a number with thousands separators.
    private var isThousandsGrouping: Bool {
        guard groupCount >= 2, groupCount <= 16, groups[0] >= 1, groups[0] <= 3 else {
            return false
        }
        for index in 1..<groupCount where groups[index] != 3 { return false }
        return true
    }

    /// Groups of thousands after the first that are all zeros (`600 000 000`): an amount.
    private var isRoundThousands: Bool {
        guard isThousandsGrouping, digitCount <= 16 else { return false }
        for index in Int(groups[0])..<digitCount where digits[index] != 0 { return false }
        return true
    }

    /// One past the date when the run starts with one written 4-2-2 or 2-2-4 and goes on
    /// after it (the rest may be a phone number); otherwise `nil`.
    var datePrefixEnd: Int? {
        guard groupCount > 3 else { return nil }
        let first = (groups[0], groups[1], groups[2])
        return first == (4, 2, 2) || first == (2, 2, 4) ? groupEnds[2] : nil
    }

    /// The first date among the run's groups, from its first digit to one past its last, or
    /// `nil`: three groups written like a date with one mark, the same twice (`12.05.2021`,
    /// `2023-03-15`, `1/2/2019`; day and month of one or two digits, a valid date from 1900 to
    /// 2099).
    func firstDate(_ field: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        guard groupCount >= 3 else { return nil }
        for index in 0..<min(groupCount, 16) - 2 {
            let (firstEnd, secondEnd, end) = (groupEnds[index], groupEnds[index + 1], groupEnds[index + 2])
            let mark = field[firstEnd]
            let sizes = (Int(groups[index]), Int(groups[index + 1]), Int(groups[index + 2]))
            guard mark == 0x2E || mark == 0x2D || mark == 0x2F, secondEnd - sizes.1 == firstEnd + 1,
                end - sizes.2 == secondEnd + 1, field[secondEnd] == mark
            else { continue }
            let values = (
                PIIGuard.number(field, from: firstEnd - sizes.0, to: firstEnd), PIIGuard.number(field, from: firstEnd + 1, to: secondEnd),
                PIIGuard.number(field, from: secondEnd + 1, to: end)
            )
            let dayFirst = sizes.0 <= 2 && sizes.1 <= 2 && sizes.2 == 4
            let yearFirst = sizes.0 == 4 && sizes.1 <= 2 && sizes.2 <= 2
            let (year, month, day) = dayFirst ? (values.2, values.1, values.0) : (values.0, values.1, values.2)
            if (dayFirst || yearFirst) && (1900...2099).contains(year) && PIIGuard.isValidDate(year: year, month: month, day: day) {
                return (firstEnd - sizes.0, end)
            }
        }
        return nil
    }

    /// Three or more groups joined by whitespace alone, one of them a year 19xx or 20xx and not
    /// all of four digits: a year beside counts (`w 2017 38 891 osób`, `2 735 2018`), not a
    /// phone. A Lithuanian number after the trunk prefix 8 (`8 5 212 2019`) is kept.
    var hasYearAmongGroups: Bool {
        guard groupCount >= 3, groupCount <= 16, markedGaps == 0, !(groups[0] == 1 && digits[0] == 8) else { return false }
        var lane = 0
        var year = false
        var allFour = true
        for index in 0..<groupCount {
            let size = Int(groups[index])
            year = year || (size == 4 && lane + 1 < 16 && isCenturyPrefix(at: lane))
            allFour = allFour && size == 4
            lane += size
        }
        return year && !allFour
    }

    /// Groups 4-2-2 or 2-2-4 (a date), or two groups 19xx/20xx (a year range).
    private var isDateOrYearRange: Bool {
        guard groupCount >= 2 else { return false }
        if groupCount >= 3 {
            // A date has its year 19xx or 20xx: `2612 34 56` is a Latvian mobile.
            let first = (groups[0], groups[1], groups[2])
            if first == (4, 2, 2) && isCenturyPrefix(at: 0) { return true }
            if first == (2, 2, 4) && isCenturyPrefix(at: 4) { return true }
        }
        // Two years 19xx/20xx in a row, the second not before the first, beside one group of one
        // to three digits: a range of years and a count (`2019-2023 5 razy`, `1 2019–2023`).
        if groupCount == 3 {
            if groups[0] == 4 && groups[1] == 4 && groups[2] <= 3 && isYearRange(at: 0) { return true }
            if groups[0] <= 3 && groups[1] == 4 && groups[2] == 4 && isYearRange(at: Int(groups[0])) { return true }
        }
        guard groups[0] == 4 && groups[1] == 4 else { return false }
        // A year 19xx or 20xx and four more digits, in two groups, is a year and a sequence number
        // (`2023-0457`, `A-2023-0457`) or a year and a count (`2023 – 1234 zgłoszeń`), though a
        // Latvian mobile could be written so (`2023 0457`).
        return isCenturyPrefix(at: 0) && groupCount == 2
    }

    /// A toll-free or shared-cost line, which belongs to an organisation, not a person: Polish
    /// `800` and `801` numbers (`800 12 12 12`, also after +48 or 0048) and Lithuanian `8 800`
    /// numbers (`8 800 28888`). Latvian `80` numbers do not start like a mobile anyway.
    private var isServiceNumber: Bool {
        var offset = 0
        if digitCount == 11 && digits[0] == 4 && digits[1] == 8 { offset = 2 }
        if digitCount == 13 && digits[0] == 0 && digits[1] == 0 && digits[2] == 4 && digits[3] == 8 { offset = 4 }
        if digitCount - offset == 9 && digits[offset] == 8 && digits[offset + 1] == 0 && digits[offset + 2] <= 1 { return true }
        // `8 800 …` with the 8 apart: a Polish mobile `880 012 345` is not one.
        return digitCount == 9 && groupCount >= 2 && groups[0] == 1 && digits[0] == 8 && digits[1] == 8 && digits[2] == 0
            && digits[3] == 0
    }

    /// Groups joined by slashes with a group of four digits 19xx or 20xx: a case number or a
    /// date (`11/2020/123`, `2019/03/1234`, `01/02/2019`).
    private var isSlashedCaseNumber: Bool {
        guard hasSlash else { return false }
        var lane = 0
        for index in 0..<min(groupCount, 16) {
            let size = Int(groups[index])
            if size == 4 && lane + 1 < 16 && isCenturyPrefix(at: lane) { return true }
            lane += size
        }
        return false
    }

    /// Whether the digits at `index` start with 19 or 20.
    /// Two years 19xx/20xx from digit `index`, the second not before the first.
    private func isYearRange(at index: Int) -> Bool {
        guard index + 8 <= 16, isCenturyPrefix(at: index), isCenturyPrefix(at: index + 4) else { return false }
        let year = { (at: Int) in (0..<4).reduce(0) { $0 * 10 + Int(digits[at + $1]) } }
        return year(index + 4) >= year(index)
    }

    private func isCenturyPrefix(at index: Int) -> Bool {
        (digits[index] == 1 && digits[index + 1] == 9) || (digits[index] == 2 && digits[index + 1] == 0)
    }
}
