import Disclosure
import Foundation
import Storage
import TestSupport
import Testing

@testable import Reporting

/// The report of the fixture database, against golden files reviewed by a person.
///
/// A missing or outdated golden file fails; `SITAN_RECORD_GOLDEN=1 swift test --filter
/// ReportingTests` re-records them under `Tests/ReportingTests/Golden/` for review.
@Suite struct ReportGeneratorTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["SITAN_RECORD_GOLDEN"] == "1"

    static func report(_ language: ReportLanguage = .en, template: String? = nil) throws -> ReportFiles {
        let store = try ReportFixture.make()
        return try ReportGenerator(store: store, disclosure: try DisclosureControl(k: 5), language: language, templatePath: template)
            .generate()
    }

    @Test("the report matches the golden files", arguments: ReportLanguage.allCases)
    func golden(_ language: ReportLanguage) throws {
        let files = try Self.report(language)
        let folder = Self.golden.appendingPathComponent(language.rawValue)
        // English: every file; other languages: report.md and one figure (labels and numbers).
        let checked = language == .en ? files.paths : ["report.md", "figures/prevalence-overview.svg"]
        if Self.recording {
            try? FileManager.default.removeItem(at: folder)
            try ReportFiles(files: files.files.filter { checked.contains($0.key) }).write(to: folder)
            return
        }
        for path in checked {
            let expected = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
            #expect(expected != nil, "missing golden file \(language.rawValue)/\(path); record with SITAN_RECORD_GOLDEN=1")
            guard let expected else { continue }
            #expect(
                String(decoding: expected, as: UTF8.self) == files.files[path],
                "\(language.rawValue)/\(path) differs from the golden file; review, then re-record with SITAN_RECORD_GOLDEN=1")
        }
    }

    @Test func twoRunsAreByteIdentical() throws {
        #expect(try Self.report(.en) == Self.report(.en))
        #expect(try Self.report(.pl) == Self.report(.pl))
    }

    @Test func reportHasEverySectionAndFigure() throws {
        let files = try Self.report()
        let report = try #require(files.files["report.md"])
        for heading in [
            "Key findings", "Data sources and provenance", "Methods", "Prevalence by country, sex and age group",
            "Cross-country comparisons", "Incident statistics", "Disclosure and help-seeking", "Data quality", "Limitations",
        ] {
            #expect(report.contains("## ") && report.contains(heading), "missing section \(heading)")
        }
        #expect(report.contains("SYNTHETIC DATA"))
        #expect(files.paths.contains("figures/prevalence-overview.svg"))
        #expect(files.paths.contains("figures/prevalence-csa_contact_lifetime.svg"))
        #expect(files.paths.contains("figures/help-seeking.svg"))
        for path in files.paths where path.hasSuffix(".svg") {
            let svg = files.files[path]!
            #expect(svg.contains("<title id=\"title\">") && svg.contains("<desc id=\"desc\">") && svg.contains("role=\"img\""))
            #expect(report.contains("](\(path))"), "\(path) is not linked from report.md")
        }
    }

    @Test func customTemplateReplacesTheDefault() throws {
        let template = Scratch.file("t", suffix: "mustache")
        try "{{% CONTENT_TYPE: TEXT}}\n# {{title}} ({{lang}}, k = {{k}})\n{{#findings}}\n* {{text}}\n{{/findings}}\n"
            .write(to: template, atomically: true, encoding: .utf8)
        let files = try Self.report(.lv, template: template.path)
        let report = try #require(files.files["report.md"])
        #expect(report.hasPrefix("# Situācijas analīze"))
        #expect(report.contains("(lv, k = 5)"))
        #expect(report.contains("\n* "))
    }

    @Test func invalidTemplateNamesItsPosition() throws {
        let template = Scratch.file("t", suffix: "mustache")
        try "# {{title}}\n{{#findings}}\n{{/sources}}\n".write(to: template, atomically: true, encoding: .utf8)
        #expect {
            try Self.report(template: template.path)
        } throws: { error in
            guard case let ReportError.invalidTemplate(path, line, _, _) = error else { return false }
            return path == template.path && line == 3
        }
    }
}
