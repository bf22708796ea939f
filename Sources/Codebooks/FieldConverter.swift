import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Converts raw field bytes to harmonised values without allocating for ordinary fields.
package struct FieldConverter {
    struct Problem: Error {
        static let unknownCode = "unknown code"
        static let inexact = "a whole number beyond ±2^53 (9007199254740992), which statistics cannot hold exactly"
        let reason: String
    }

    /// The largest magnitude of a whole number in an integer column: 2^53. Beyond it a double,
    /// which every estimate computes with, no longer represents each whole number exactly.
    package static let maximumExactInteger: Int64 = 1 << 53

    let decimalComma: Bool
    let dateFormat: DateFormat
    let missing: [[UInt8]]

    init(format: Codebook.FileFormat) {
        decimalComma = format.decimalComma
        dateFormat = format.dateFormat
        missing = format.missing.flatMap(CodeStore.spellings).map { Array($0.utf8) }
    }

    @inline(__always)
    func isMissing(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        for code in missing where code.count == field.count {
            if code.isEmpty || code.withUnsafeBufferPointer({ memcmp($0.baseAddress!, field.baseAddress!, field.count) == 0 }) {
                return true
            }
        }
        return false
    }

    @inline(__always)
    func convert(_ field: UnsafeBufferPointer<UInt8>, _ rule: CompiledRule, codes: CodeStore, categorySets: [Set<String>]) -> Result<
        Value, Problem
    > {
        let value: Value
        switch rule.kind {
        case let .codes(first, count):
            guard let index = codes.lookup(field, first: first, count: count) else { return .failure(Problem(reason: Problem.unknownCode)) }
            return .success(codes.values[index])
        case .integer:
            guard let v = integer(field) else { return .failure(Problem(reason: "not a whole number")) }
            guard v.magnitude <= Self.maximumExactInteger.magnitude else { return .failure(Problem(reason: Problem.inexact)) }
            value = .integer(v)
        case let .number(integerTarget):
            guard let v = number(field) else { return .failure(Problem(reason: notANumber(field))) }
            if integerTarget && v == v.rounded() {
                guard v.magnitude <= Double(Self.maximumExactInteger) else { return .failure(Problem(reason: Problem.inexact)) }
                value = .integer(Int64(v))
            } else {
                value = .real(v)
            }
        case let .date(extract):
            guard let date = dateFormat.parse(field) else {
                return .failure(Problem(reason: "not a valid date in the form \(dateFormat.pattern)"))
            }
            switch extract {
            case .year?: value = .integer(Int64(date.year))
            case .month?: value = .integer(Int64(date.month))
            case nil: value = .text(Self.iso(date))
            }
        case .iccs:
            let text = String(decoding: field, as: UTF8.self)
            value = .text(text.hasPrefix("ICCS") ? String(text.dropFirst(4)) : text)
        case let .text(categories):
            // Text beyond ASCII is stored composed (NFC), as a codebook and a dictionary write it:
            // a file saved decomposed (`Ri` + U+0304 + `ga`) holds the same category.
            let decoded = String(decoding: field, as: UTF8.self)
            let text = field.contains { $0 >= 0x80 } ? decoded.precomposedStringWithCanonicalMapping : decoded
            if let categories, !categorySets[categories].contains(text) { return .failure(Problem(reason: Problem.unknownCode)) }
            value = .text(text)
        }
        return check(value, rule)
    }

    @inline(__always)
    private func check(_ value: Value, _ rule: CompiledRule) -> Result<Value, Problem> {
        if rule.binary, value != .integer(0), value != .integer(1) {
            return .failure(Problem(reason: "not 0 or 1"))
        }
        if rule.hasRange, let number = value.doubleValue, number < rule.low || number > rule.high {
            return .failure(Problem(reason: "out of range [\(Self.format(rule.low)), \(Self.format(rule.high))]"))
        }
        return .success(value)
    }

    /// Parses an optionally signed whole number. Past ``maximumExactInteger`` the value stops
    /// growing (it is refused by magnitude, however many digits follow).
    func integer(_ field: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !field.isEmpty else { return nil }
        var i = 0
        var negative = false
        if field[0] == UInt8(ascii: "-") || field[0] == UInt8(ascii: "+") {
            negative = field[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < field.count else { return nil }
        var value: Int64 = 0
        while i < field.count {
            let d = field[i] &- 48
            guard d < 10 else { return nil }
            if value <= Self.maximumExactInteger { value = value * 10 + Int64(d) }
            i += 1
        }
        return negative ? -value : value
    }

    /// Parses a decimal number honouring the codebook's decimal separator (no thousands separators).
    func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !field.isEmpty, field.count < 64 else { return nil }
        let wrong = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: field.count + 1) { buffer in
            for i in 0..<field.count {
                let byte = field[i]
                if byte == wrong { return nil }
                let isDigitOrSign = (48...57).contains(byte) || byte == 45 || byte == 43 || byte == 101 || byte == 69
                if !isDigitOrSign && byte != 44 && byte != 46 { return nil }
                buffer[i] = CChar(bitPattern: byte == 44 ? 46 : byte)
            }
            buffer[field.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard end == buffer.baseAddress! + field.count, value.isFinite else { return nil }
            return value
        }
    }

    /// Why a field is not a number, naming the decimal separator when that is the likely cause
    /// (the field is not shown).
    func notANumber(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let wrong = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
        guard field.contains(wrong) else { return "not a number" + (decimalComma ? " (the codebook says decimal comma)" : "") }
        return decimalComma
            ? "not a number: it has a decimal point but the codebook says `decimal: \",\"`"
            : "not a number: it has a decimal comma but the codebook says `decimal: \".\"` (set `decimal: \",\"` under `file:`)"
    }

    static func iso(_ date: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    static func format(_ v: Double) -> String { v == v.rounded() ? String(Int64(v)) : String(v) }
}
