import Foundation

/// The reasons rows are rejected at ingest, in the report's language.
///
/// Ingest stores each reason as an English sentence (the same text the command line prints);
/// the report recognises the known sentences by their fixed words and writes them with the
/// language's pattern (`reason.*` strings), carrying over the parts that vary (a range, a date
/// pattern, field counts). A reason it does not know is shown as stored.
struct RejectReasons {
    let strings: ReportStrings

    /// A known English reason: the pattern it is recognised by and the string key it is
    /// written with; the pattern's capture groups fill `{1}`, `{2}`, … in order.
    private static let known: [(pattern: String, key: String)] = [
        (#"^unknown code$"#, "reason.unknownCode"),
        (#"^not a whole number$"#, "reason.notWholeNumber"),
        (#"^not a number: it has a decimal point but"#, "reason.decimalPoint"),
        (#"^not a number: it has a decimal comma but"#, "reason.decimalComma"),
        (#"^not a number"#, "reason.notNumber"),
        (#"^not 0 or 1$"#, "reason.notBinary"),
        (#"^out of range (\[.*\])$"#, "reason.outOfRange"),
        (#"^not a valid date in the form (.+)$"#, "reason.badDate"),
        (#"^malformed quoted field"#, "reason.malformedQuote"),
        (#"^expected (\d+) fields, found (\d+)$"#, "reason.fieldCount"),
        (#"^empty record"#, "reason.emptyRecord"),
        (#"^control character"#, "reason.controlCharacter"),
        (#"^a whole number beyond"#, "reason.inexact"),
        (#"^(\S+) has no entry in (\S+) for (\S+)$"#, "reason.noLookup"),
        (#"^expected \d+ key parts and \d+ values$"#, "reason.eurostatLayout"),
        (#"^not a Eurostat value"#, "reason.eurostatValue"),
        (#"^a count or population must be from"#, "reason.eurostatRange"),
    ]

    /// The reason in the report's language, or as stored when it is not a known one.
    func text(_ reason: String) -> String {
        for (pattern, key) in Self.known {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: reason, range: NSRange(reason.startIndex..., in: reason))
            else { continue }
            var values: [String: String] = [:]
            for group in 1..<match.numberOfRanges {
                guard let range = Range(match.range(at: group), in: reason) else { continue }
                values[String(group)] = String(reason[range])
            }
            return strings.format(key, values)
        }
        return reason
    }
}
