import Codebooks
import Foundation
import TestSupport
import Testing

@testable import Disclosure
@testable import Reporting

/// The legal-context section: rendered from a small `legal-context.yaml`, left out without one,
/// and a malformed file refused at its line.
struct ReportLegalContextTests {
    static let fixture = """
        consulted: 2026-11-30
        countries:
          - country: PL
            age_of_consent: 15
            provisions:
              - article: "art. 200 § 1"
                topic: sexual_acts_with_child
                title: {en: "Sexual intercourse with a minor under 15", national: "Obcowanie płciowe z małoletnim poniżej lat 15"}
                source: "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970880553"
                verified: true
          - country: LV
            age_of_consent: 16
            provisions:
              - article: "161. pants"
                topic: sexual_acts_with_child
                title: {en: "Sexual acts with a person under sixteen", national: "Seksuāla rakstura darbības ar personu, kura nav sasniegusi sešpadsmit gadu vecumu"}
                source: "https://likumi.lv/ta/id/88966"
                verified: true
              - article: "164. pants"
                topic: exploitation
                title: {en: "Involving a person in prostitution", national: null}
                source: "https://likumi.lv/ta/id/88966"
                verified: false
                note: "the part on minors was not found"
        """

    static func write(_ text: String) throws -> String {
        // Letters only: a random name with digits can look like a phone number to the identifier guard.
        let name = String((0..<16).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
        let path = Scratch.root.appendingPathComponent("legal-\(name).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func report(legal path: String?, language: ReportLanguage = .en) throws -> String {
        var generator = ReportGenerator(store: try ReportFixture.make(), disclosure: try DisclosureControl(k: 5), language: language)
        generator.legalContextPath = path
        return try #require(try generator.generate().files["report.md"])
    }

    @Test func eachCountryGetsItsTableInTheDictionarysOrder() throws {
        let path = try Self.write(Self.fixture)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try Self.report(legal: path)
        #expect(report.contains("### 2.1 Legal context"))
        let latvia = try #require(report.range(of: "**Latvia**. Age of consent: 16."))
        let poland = try #require(report.range(of: "**Poland**. Age of consent: 15."))
        #expect(latvia.lowerBound < poland.lowerBound, "countries in the dictionary's order")
        #expect(
            report.contains(
                "| 161. pants | Sexual acts with a child | Sexual acts with a person under sixteen | Seksuāla rakstura darbības ar personu, kura nav sasniegusi sešpadsmit gadu vecumu | <https://likumi.lv/ta/id/88966> |"
            ))
        #expect(report.contains("sources consulted on 2026-11-30"))
        #expect(!report.contains("164. pants"), "an unverified provision is not shown")
        #expect(report.contains("Further provisions in the file (1) are not yet verified"))
        let polish = try Self.report(legal: path, language: .pl)
        #expect(polish.contains("### 2.1 Kontekst prawny") && polish.contains("Czynności seksualne z dzieckiem"))
    }

    /// Without a file the section is left out; a file named that does not exist is an error of
    /// the environment (exit 1) naming it, not a report without the section.
    @Test func withoutTheFileTheSectionIsLeftOut() throws {
        #expect(!(try Self.report(legal: nil)).contains("Legal context"))
        #expect {
            _ = try Self.report(legal: "/nonexistent/legal-context.yaml")
        } throws: { error in
            guard let error = error as? CodebookError else { return false }
            return error.isUnreadable && error.diagnostic.kind == .environment
                && error.description.hasPrefix("/nonexistent/legal-context.yaml: error: cannot read the file")
        }
    }

    @Test func anUnknownTopicIsRefusedAtItsLine() throws {
        let path = try Self.write(
            Self.fixture.replacingOccurrences(
                of: "topic: sexual_acts_with_child\n        title: {en: \"Sexual acts with a person",
                with: "topic: incest\n        title: {en: \"Sexual acts with a person"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CodebookError.self) { _ = try LegalContext.load(path: path) }
        do { _ = try LegalContext.load(path: path) } catch let error as CodebookError {
            #expect(error.line == 15 && "\(error)".contains("unknown topic \"incest\""), "\(error)")
        }
    }

    /// A malformed legal-context file is refused before any table is computed: on the whole
    /// datasets the report took minutes to say so. Here the analysis itself would fail (the
    /// sources table is gone), so the legal context's error can only come first if it is read first.
    @Test func aMalformedFileIsRefusedBeforeTheTablesAreComputed() throws {
        let path = try Self.write(Self.fixture.replacingOccurrences(of: "age_of_consent: 16", with: "age_of_consent: 40"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ReportFixture.make()
        try store.database.execute("DROP TABLE sources")
        var generator = ReportGenerator(store: store, disclosure: try DisclosureControl(k: 5))
        generator.legalContextPath = path
        #expect {
            _ = try generator.generate()
        } throws: { error in
            guard let error = error as? CodebookError else { return false }
            return error.line == 12 && "\(error)".contains("age_of_consent")
        }
    }

    /// The source becomes an autolink (`<address>`) in report.md: a `javascript:` address would
    /// be a link that runs script in a Markdown viewer, so only web addresses are taken.
    @Test func aSourceThatIsNotAWebAddressIsRefusedAtItsLine() throws {
        for bad in ["javascript:alert(1)", "https://x.lv/a> <javascript:alert(1)"] {
            let path = try Self.write(
                Self.fixture.replacingOccurrences(of: "source: \"https://likumi.lv/ta/id/88966\"", with: "source: \"\(bad)\""))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect {
                _ = try LegalContext.load(path: path)
            } throws: { error in
                guard let error = error as? CodebookError else { return false }
                return error.line == 17 && "\(error)".contains("web address")
            }
        }
    }
}
