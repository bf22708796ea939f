import Foundation
import Yams

/// The legal context of the report: per country the age of consent and the articles of the
/// criminal code on sexual offences against children, with their sources, read from
/// `datasets/legal-context.yaml` (schema in docs/report.md) with ``YAMLReader``, so a problem
/// is reported at its line and column (and a direct identifier in it is refused).
package struct LegalContext: Sendable {
    /// One article of a country's law.
    package struct Provision: Sendable {
        package let article: String
        package let topic: String
        package let titleEnglish: String
        /// The title in the national language; nil where the file gives none.
        package let titleNational: String?
        package let source: String
        /// Whether the entry was checked against a retrieved source (`verified: true`); the
        /// report shows only verified provisions.
        package let verified: Bool
    }

    /// One country's entry.
    package struct Country: Sendable {
        package let code: String
        package let ageOfConsent: Int
        package let provisions: [Provision]
    }

    /// The topics a provision may have.
    package static let topics = ["rape", "sexual_assault", "sexual_acts_with_child", "grooming", "exploitation", "csam"]

    /// The date the sources were consulted, as written (`2026-11-30`).
    package let consulted: String
    package let countries: [Country]

    /// Reads the file.
    ///
    /// - Throws: `CodebookError` at the line and column of the first problem (an unknown key,
    ///   a missing field, an unknown topic, an age of consent outside 10–21).
    package static func load(path: String) throws -> LegalContext {
        let reader = YAMLReader(file: path)
        let (root, _) = try reader.load()
        let top = Dictionary(
            try reader.mapping(root, "the legal context", allowed: ["consulted", "countries"]).map { ($0.key, $0.value) },
            uniquingKeysWith: { a, _ in a })
        guard let consulted = top["consulted"], let countries = top["countries"] else {
            throw reader.error(root, "the legal context needs `consulted:` (a date) and `countries:` (a list)")
        }
        return LegalContext(
            consulted: try reader.string(consulted, "consulted"),
            countries: try reader.list(countries, "countries").map { try country($0, reader) })
    }

    private static func country(_ node: Node, _ reader: YAMLReader) throws -> Country {
        let fields = try fields(
            node, reader, "a country", ["country", "age_of_consent", "provisions"], optional: ["age_of_consent_source"])
        _ = try reader.optionalString(fields["age_of_consent_source"], "age_of_consent_source")
        let age = try reader.int(fields["age_of_consent"]!, "age_of_consent")
        guard (10...21).contains(age) else { throw reader.error(fields["age_of_consent"], "age_of_consent must be from 10 to 21") }
        return Country(
            code: try reader.string(fields["country"]!, "country"), ageOfConsent: age,
            provisions: try reader.list(fields["provisions"]!, "provisions").map { try provision($0, reader) })
    }

    private static func provision(_ node: Node, _ reader: YAMLReader) throws -> Provision {
        let fields = try fields(
            node, reader, "a provision", ["article", "topic", "title", "source"], optional: ["verified", "note"])
        let topic = try reader.string(fields["topic"]!, "topic")
        guard topics.contains(topic) else {
            throw reader.error(
                fields["topic"], "unknown topic \(EchoedName.quoted(topic)); expected one of: \(topics.joined(separator: ", "))")
        }
        let title = try Self.fields(fields["title"]!, reader, "title", ["en"], optional: ["national"])
        _ = try reader.optionalString(fields["note"], "note")
        // The report links the source (`<address>`): only a web address may become a link.
        let source = try reader.string(fields["source"]!, "source")
        guard source.hasPrefix("https://") || source.hasPrefix("http://"), !source.contains(where: { $0 == ">" || $0.isWhitespace })
        else {
            throw reader.error(fields["source"], "source must be a web address (https://...) without spaces or `>`")
        }
        return Provision(
            article: try reader.string(fields["article"]!, "article"), topic: topic,
            titleEnglish: try reader.string(title["en"]!, "title.en"),
            titleNational: try reader.optionalString(title["national"], "title.national"),
            source: source,
            verified: try fields["verified"].map { try reader.bool($0, "verified") } ?? false)
    }

    /// The values of a mapping that must have the keys `required` and may have `optional` ones.
    private static func fields(
        _ node: Node, _ reader: YAMLReader, _ what: String, _ required: [String], optional: [String] = []
    ) throws -> [String: Node] {
        let pairs = try reader.mapping(node, what, allowed: required + optional)
        let values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if let missing = required.first(where: { values[$0] == nil }) { throw reader.error(node, "\(what) needs `\(missing):`") }
        return values
    }
}
