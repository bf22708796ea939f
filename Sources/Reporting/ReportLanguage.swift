import Disclosure
import Foundation

/// The languages the report is written in: headings, fixed labels and number style.
package enum ReportLanguage: String, Sendable, CaseIterable {
    case en, lv, lt, pl

    /// The decimal separator: a point in English, a comma in Latvian, Lithuanian and Polish.
    var decimalSeparator: String { self == .en ? "." : "," }

    /// What follows a number to make it a percentage: `20.9%` in English, `20,9 %` in Latvian
    /// and Lithuanian, `20,9%` in Polish (the convention each language's reviewers chose). The
    /// space is the narrow no-break space U+202F, the same as in grouped numbers
    /// (``NumberStyle/integer(_:)``), so a number and its sign never break across lines.
    var percentSuffix: String { self == .lv || self == .lt ? "\u{202F}%" : "%" }
}

/// Fixed number formatting for the report: the same value always gives the same text, in the
/// language's decimal style, with no locale or platform dependence.
struct NumberStyle: Sendable {
    let language: ReportLanguage

    /// `value` with `decimals` places (`%.Nf`, then the language's decimal separator), a
    /// negative number with the minus sign U+2212; negative zero is written as zero.
    func fixed(_ value: Double, _ decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return Self.minus(text.replacingOccurrences(of: ".", with: language.decimalSeparator))
    }

    /// A number's text with a leading hyphen-minus replaced by the minus sign (U+2212).
    static func minus(_ text: String) -> String {
        guard text.hasPrefix("-"), text.dropFirst().first?.isNumber == true else { return text }
        return "\u{2212}" + text.dropFirst()
    }

    /// A number's text as a percentage in the language's style (`20.9%`, `20,9 %`).
    func percentSign(_ number: String) -> String { number + language.percentSuffix }

    /// A published count: grouped like ``integer(_:)`` when shown, else its mark or text.
    func count(_ cell: PublishedCell?) -> String {
        guard let cell else { return "" }
        guard cell.mark == nil, let value = cell.value, value == value.rounded(), abs(value) < 1e15,
            cell.text.allSatisfy({ $0.isNumber || $0 == "-" })
        else { return cellText(cell) }
        return integer(Int(value))
    }

    /// A proportion as a percentage with one decimal.
    func percent(_ proportion: Double) -> String { fixed(100 * proportion, 1) }

    /// A published cell's text in the language's decimal style (marks unchanged, the space
    /// before a low-reliability `u` made the narrow no-break one).
    func cellText(_ cell: PublishedCell?) -> String {
        guard let cell else { return "" }
        var text = cell.text
        if text.hasSuffix(" u") { text = text.dropLast(2) + Self.lowReliabilityFlag }
        return Self.minus(text.replacingOccurrences(of: ".", with: language.decimalSeparator))
    }

    /// A p-value cell: `<0.0001` when it rounds to zero.
    func pValue(_ cell: PublishedCell?) -> String {
        guard let cell else { return "" }
        if let value = cell.value, value < 0.00005, cell.mark == nil { return "<" + fixed(0.0001, 4) }
        return cellText(cell)
    }

    /// A computed p-value with four decimals, `<0.0001` below that.
    func pValue(_ value: Double) -> String {
        value < 0.00005 ? "<" + fixed(0.0001, 4) : fixed(value, 4)
    }

    /// The low-reliability mark as it follows a number: `u` after the narrow no-break space
    /// U+202F (the space of grouped numbers), so that it never starts a line of its own.
    static let lowReliabilityFlag = "\u{202F}u"

    /// A whole number grouped with the narrow no-break space U+202F (`12 345`), as Eurostat
    /// prints them, so that it never breaks across lines.
    func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "\u{2212}" : "") + groups.joined(separator: "\u{202F}")
    }
}
