/// Check-digit algorithms re-implemented from their published descriptions, written
/// independently of the library (plain arrays and strings, no shared code), so that the
/// tests construct valid and invalid codes rather than trusting the guard.
public enum CheckDigits {
    /// Digits of a string of ASCII digits.
    public static func digits(_ text: String) -> [Int] {
        text.compactMap { $0.wholeNumberValue }
    }

    /// PESEL control digit for the first 10 digits (Polish Ministry of Digital Affairs).
    public static func pesel(_ first10: String) -> Int {
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        let sum = zip(digits(first10), weights).map { $0 * $1 }.reduce(0, +)
        return (10 - sum % 10) % 10
    }

    /// A full PESEL for a birth date and a 4-digit serial.
    public static func pesel(year: Int, month: Int, day: Int, serial: Int) -> String {
        let offset = [1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60][year / 100 * 100]!
        let first10 = two(year % 100) + two(month + offset) + two(day) + four(serial)
        return first10 + String(pesel(first10))
    }

    /// Asmens kodas control digit (Lithuanian standard LST 1185): two passes, then 0.
    public static func lithuanian(_ first10: String) -> Int {
        let values = digits(first10)
        let first = zip(values, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]).map { $0 * $1 }.reduce(0, +) % 11
        if first != 10 { return first }
        let second = zip(values, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]).map { $0 * $1 }.reduce(0, +) % 11
        return second == 10 ? 0 : second
    }

    /// The first pass remainder of the asmens kodas checksum (to find edge cases).
    public static func lithuanianFirstPass(_ first10: String) -> Int {
        zip(digits(first10), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]).map { $0 * $1 }.reduce(0, +) % 11
    }

    /// Personas kods control value (1101 − Σ) mod 11; 10 means no valid digit exists.
    public static func latvian(_ first10: String) -> Int {
        let weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits(first10), weights).map { $0 * $1 }.reduce(0, +)
        return (1101 - sum) % 11
    }

    /// Zero-padded two digits.
    public static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Zero-padded four digits.
    public static func four(_ value: Int) -> String {
        String(repeating: "0", count: 4 - String(value).count) + String(value)
    }
}
