import Foundation
import Yams

extension Codebook {
    static let methodKeys = [
        "fieldwork_start", "fieldwork_end", "sampling_frame", "design", "response_rate_schools", "response_rate_pupils",
        "weighting", "instrument", "questions",
    ]

    /// Reads the `methods:` section of a survey codebook.
    ///
    /// - Parameters:
    ///   - node: the section.
    ///   - kind: the source's kind; only surveys have methods.
    ///   - variables: the harmonised variables the codebook maps or derives; a question may only
    ///     be given for one of them.
    /// - Throws: ``CodebookError`` at the offending key or value: an unknown key, a date that is
    ///   not `yyyy-MM-dd` or an end before the start, a response rate outside 0–100, a question
    ///   for a variable the codebook does not map, a language other than en, lv, lt and pl.
    static func parseMethods(_ node: Node, _ reader: YAMLReader, kind: SourceKind, variables: Set<String>) throws -> SurveyMethods {
        guard kind == .survey else { throw reader.error(node, "`methods:` describes a survey; only sources of kind survey have it") }
        var methods = SurveyMethods()
        var dates: [String: Node] = [:]
        for (key, _, value) in try reader.mapping(node, "methods", allowed: methodKeys) {
            switch key {
            case "fieldwork_start", "fieldwork_end":
                let text = try reader.string(value, "methods \(key)")
                guard isoDate(text) else { throw reader.error(value, "methods \(key) must be a date written yyyy-MM-dd") }
                dates[key] = value
                if key == "fieldwork_start" { methods.fieldworkStart = text } else { methods.fieldworkEnd = text }
            case "response_rate_schools", "response_rate_pupils":
                let rate = try reader.double(value, "methods \(key)")
                guard rate >= 0, rate <= 100 else {
                    throw reader.error(value, "methods \(key) is a percentage and must lie between 0 and 100")
                }
                if key == "response_rate_schools" { methods.schoolResponseRate = rate } else { methods.pupilResponseRate = rate }
            case "questions":
                for (variable, keyNode, wording) in try reader.mapping(value, "methods questions") {
                    guard variables.contains(variable) else {
                        throw reader.error(
                            keyNode,
                            "methods questions names \(EchoedName.quoted(variable)), which this codebook neither maps under `columns:` "
                                + "nor derives; give the wording of a variable the codebook maps")
                    }
                    methods.questions[variable] = try localized(wording, reader, "the question for \(EchoedName.plain(variable))")
                }
            default:
                let text = reader.isNull(value) ? nil : try localized(value, reader, "methods \(key)")
                switch key {
                case "sampling_frame": methods.samplingFrame = text
                case "design": methods.design = text
                case "weighting": methods.weighting = text
                default: methods.instrument = text
                }
            }
        }
        if let start = methods.fieldworkStart, let end = methods.fieldworkEnd, end < start, let node = dates["fieldwork_end"] {
            throw reader.error(node, "methods fieldwork_end (\(end)) is before fieldwork_start (\(start))")
        }
        return methods
    }

    /// A text given once (a scalar) or per language (`{en: ..., lv: ..., lt: ..., pl: ...}`).
    private static func localized(_ node: Node, _ reader: YAMLReader, _ what: String) throws -> LocalizedText {
        guard case .mapping = node else { return LocalizedText(try reader.string(node, what)) }
        let texts = try reader.labels(node, what)
        guard !texts.isEmpty else { throw reader.error(node, "\(what) gives no text; write it once or per language (en, lv, lt, pl)") }
        return LocalizedText(languages: texts)
    }

    /// Whether `text` is a real calendar date written `yyyy-MM-dd`.
    private static func isoDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
