import Analysis
import Codebooks
import Foundation
import Storage
import Testing

@testable import Disclosure
@testable import Reporting

/// How numbers, ranges, reasons and countries are written in the report, in every language.
struct ReportTypographyTests {
    @Test func negativeNumbersUseTheMinusSign() {
        let en = NumberStyle(language: .en), lv = NumberStyle(language: .lv)
        #expect(en.fixed(-3.14, 1) == "\u{2212}3.1")
        #expect(lv.fixed(-3.14, 1) == "\u{2212}3,1")
        #expect(en.fixed(-0.01, 1) == "0.0", "negative zero is zero")
        #expect(en.cellText(PublishedCell(text: "-2.6", value: -2.6)) == "\u{2212}2.6")
        #expect(en.cellText(PublishedCell(text: ":c", mark: .confidential)) == ":c")
        #expect(en.integer(-12345) == "\u{2212}12\u{202F}345")
    }

    /// The low-reliability mark `u` follows the narrow no-break space of grouped numbers, in a
    /// published cell's text as in the report's own texts, so it never starts a line.
    @Test func lowReliabilityMarkNeverBreaksFromItsNumber() {
        #expect(NumberStyle.lowReliabilityFlag == "\u{202F}u")
        for language in ReportLanguage.allCases {
            let style = NumberStyle(language: language)
            let text = style.cellText(PublishedCell(text: "12.5 u", value: 12.5, mark: .lowReliability))
            #expect(text == style.fixed(12.5, 1) + "\u{202F}u", "\(language)")
        }
    }

    @Test func percentagesFollowEachLanguagesConvention() {
        let expected: [ReportLanguage: String] = [.en: "20.9%", .lv: "20,9\u{202F}%", .lt: "20,9\u{202F}%", .pl: "20,9%"]
        for (language, text) in expected {
            let style = NumberStyle(language: language)
            #expect(style.percentSign(style.percent(0.209)) == text, "\(language)")
        }
    }

    /// A number written in the fixed text (`100 000`, `95 %`) uses the same narrow no-break
    /// space as the computed ones, so no line breaks inside it or before its percent sign.
    @Test func numbersInTheFixedTextNeverBreak() throws {
        let grouped = try Regex(#"\d \d{3}(?!\d)"#), beforePercent = try Regex(#"[\d}][ \u{A0}]%"#)
        for language in ReportLanguage.allCases {
            for (key, text) in ReportStrings.table(language) {
                #expect(text.firstMatch(of: grouped) == nil, "\(language) \(key): a number grouped with a breaking space")
                #expect(text.firstMatch(of: beforePercent) == nil, "\(language) \(key): a breaking space before %")
            }
        }
        #expect(ReportStrings(.lv)["h.incidents"].contains("100\u{202F}000"))
        #expect(ReportStrings(.lt)["col.ci"].contains("95\u{202F}%"))
    }

    @Test func shownCountsAreGroupedAndMarksKept() {
        let style = NumberStyle(language: .lv)
        #expect(style.count(PublishedCell(text: "1500", value: 1500)) == "1\u{202F}500")
        #expect(style.count(PublishedCell(text: "360", value: 360)) == "360")
        #expect(style.count(PublishedCell(text: "123456", value: 123456)) == "123\u{202F}456")
        #expect(style.count(PublishedCell(text: ":c", mark: .confidential)) == ":c")
        #expect(style.count(PublishedCell(text: "2.5", value: 2.5)) == "2,5", "not a count: left as a number")
    }

    @Test func ageBandsAreWrittenWithAnEnDashAndNarrowedToTheAgesPresent() {
        let variable = StoredVariable(
            name: "age_group", type: .categorical, categories: ["11-13", "16-17", "18-24"], labels: [:], categoryLabels: [:],
            origin: "test")
        let labels = ReportLabels(variables: [variable], language: .lv)
        #expect(labels.category("age_group", "11-13") == "11–13")
        #expect(labels.category("age_group", "riga") == "riga", "not a band")
        let narrowed = labels.narrowingAgeBands("age_group", present: ["18-24": [18], "16-17": [16, 17], "11-13": [12, 13]])
        #expect(narrowed.category("age_group", "18-24") == "18", "pupils who are all 18")
        #expect(narrowed.category("age_group", "11-13") == "12–13")
        #expect(narrowed.category("age_group", "16-17") == "16–17", "every age present")
        #expect(ReportLabels.range("5-3") == nil && ReportLabels.range("a-b") == nil && ReportLabels.range("0-4") == 0...4)
    }

    @Test func rejectionReasonsAreInTheReportsLanguage() {
        let stored = [
            "unknown code", "out of range [11, 17]", "expected 21 fields, found 19",
            "not a valid date in the form dd.MM.yyyy", "malformed quoted field (a stray or unclosed quote)",
            "not a number: it has a decimal comma but the codebook says `decimal: \".\"` (set `decimal: \",\"` under `file:`)",
        ]
        let lv = RejectReasons(strings: ReportStrings(.lv))
        #expect(lv.text("out of range [11, 17]") == "ārpus pieļaujamā intervāla [11, 17]")
        #expect(lv.text("expected 21 fields, found 19") == "lauku skaits: gaidīts 21, atrasts 19")
        #expect(RejectReasons(strings: ReportStrings(.pl)).text("unknown code") == "nieznany kod")
        for language in [ReportLanguage.lv, .lt, .pl] {
            let reasons = RejectReasons(strings: ReportStrings(language))
            for reason in stored { #expect(reasons.text(reason) != reason, "\(language): \(reason) left in English") }
        }
        #expect(RejectReasons(strings: ReportStrings(.lt)).text("something new") == "something new", "unknown: as stored")
        #expect(RejectReasons(strings: ReportStrings(.en)).text("out of range [0, 1]") == "out of range [0, 1]")
    }

    @Test func theEurostatReferenceIsInEveryLanguage() {
        for language in [ReportLanguage.lv, .lt, .pl] {
            let text = ReportStrings(language)["ref.eurostat"]
            #expect(text != ReportStrings(.en)["ref.eurostat"] && text.contains("crim_off_cat") && text.contains("CC BY 4.0"))
        }
    }
}
