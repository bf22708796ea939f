/// Elementary functions computed with basic IEEE arithmetic only.
///
/// The platform's `exp` may differ in the last bit between glibc, musl and Apple's libm, and
/// one bit can flip a comparison `u < p` and change a generated file. These versions use only
/// `+ − × ÷` and exact scaling, so they give identical results everywhere.
enum PortableMath {
    private static let ln2Hi = 6.931_471_803_691_238_164_90e-01
    private static let ln2Lo = 1.908_214_929_270_587_700_02e-10
    private static let invLn2 = 1.442_695_040_888_963_387_00

    /// e^x with a relative error below 1e-15 for |x| < 700 (Cody–Waite reduction, Taylor degree 13).
    static func exp(_ x: Double) -> Double {
        if x < -700 { return 0 }
        if x > 700 { return .infinity }
        let k = (x * invLn2).rounded()
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = 1.0
        var n = 13.0
        while n >= 1 {
            p = 1 + p * r / n
            n -= 1
        }
        return Double(sign: .plus, exponent: Int(k), significand: p)
    }

    /// The logistic function 1 / (1 + e^−x).
    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}

/// Fixed-point formatting that does not depend on the C library's `printf`.
enum DecimalText {
    /// `value` rounded to `places` decimals, with `separator` as the decimal mark (e.g. "1234,56").
    static func fixed(_ value: Double, places: Int, separator: Character = ".") -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let unit = Int64(scale)
        let whole = String(scaled / unit)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        var fraction = String(scaled % unit)
        while fraction.count < places { fraction = "0" + fraction }
        return sign + whole + String(separator) + fraction
    }

    /// `dd.MM.yyyy` for a calendar date.
    static func date(day: Int, month: Int, year: Int) -> String {
        two(day) + "." + two(month) + "." + String(year)
    }

    /// A zero-padded two-digit number.
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Days in `month` of `year` (Gregorian).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
