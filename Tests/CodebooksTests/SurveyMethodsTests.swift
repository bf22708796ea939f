import Foundation
import Testing

@testable import Codebooks

/// The `methods:` section: what the report's methods chapter says about each survey.
@Suite struct SurveyMethodsTests {
    /// A survey codebook whose `methods:` section is `methods` (lines indented by two spaces),
    /// starting on line 7.
    static func codebook(_ methods: String, kind: String = "survey") -> String {
        """
        source: {name: t, country: PL, kind: \(kind), year: 2018}
        columns:
          plec: {variable: sex, codes: {"1": male, "2": female}}
          p1: {variable: q1, codes: {"1": 1, "2": 0}}
        derived:
          any: {any_of: [q1]}
        methods:
        \(methods)

        """
    }

    static func failure(_ methods: String, kind: String = "survey") -> CodebookError? {
        do {
            _ = try Codebook.load(path: temporaryYAML(codebook(methods, kind: kind)), dictionary: testDictionary)
            return nil
        } catch { return error as? CodebookError }
    }

    @Test func readsEveryField() throws {
        let text = Self.codebook(
            """
              fieldwork_start: "2018-02-28"
              fieldwork_end: 2018-06-15
              sampling_frame: register of schools
              design: "two-stage: schools, then classes"
              response_rate_schools: 87.5
              response_rate_pupils: 91
              weighting: design weights, then raked to sex and age
              instrument: paper questionnaire
              questions: {q1: "Has anyone ever ...?", any: derived wording}
            """)
        let methods = try #require(try Codebook.load(path: temporaryYAML(text), dictionary: testDictionary).methods)
        #expect(methods.fieldworkStart == "2018-02-28" && methods.fieldworkEnd == "2018-06-15")
        #expect(methods.samplingFrame == "register of schools" && methods.design == "two-stage: schools, then classes")
        #expect(methods.schoolResponseRate == 87.5 && methods.pupilResponseRate == 91)
        #expect(methods.weighting == "design weights, then raked to sex and age" && methods.instrument == "paper questionnaire")
        #expect(methods.questions == ["q1": "Has anyone ever ...?", "any": "derived wording"])
    }

    @Test func isOptional() throws {
        let text = Self.codebook("  instrument: online").replacingOccurrences(of: "methods:\n  instrument: online\n", with: "")
        #expect(try Codebook.load(path: temporaryYAML(text), dictionary: testDictionary).methods == nil)
    }

    @Test(
        "a rate outside 0–100 is refused at its value",
        arguments: ["response_rate_schools: 100.5", "response_rate_pupils: -1", "response_rate_pupils: 0.9e3"])
    func refusesRateOutsidePercent(line: String) throws {
        let error = try #require(Self.failure("  " + line))
        #expect(error.line == 8 && error.column == line.firstIndex(of: ":")!.utf16Offset(in: line) + 5)
        #expect(error.message.contains("between 0 and 100"))
    }

    @Test func refusesRateThatIsNotANumber() throws {
        let error = try #require(Self.failure("  response_rate_pupils: most"))
        #expect(error.line == 8 && error.column == 25 && error.message.contains("must be a number"))
        #expect(!error.message.contains("decimal point"))
    }

    /// A decimal comma, as Polish and Baltic researchers write numbers, is named as the reason.
    @Test func aDecimalCommaIsNamed() throws {
        let error = try #require(Self.failure("  response_rate_schools: 78,5"))
        #expect(error.line == 8 && error.message.contains("must be a number written with a decimal point (a comma is not read as one)"))
    }

    @Test func refusesUnknownKeyAtItsPosition() throws {
        let error = try #require(Self.failure("  fieldwork_dates: 2018\n  respons_rate_pupils: 90"))
        #expect(error.line == 8 && error.column == 3)
        #expect(error.message.contains("unknown key \"fieldwork_dates\"") && error.message.contains("response_rate_pupils"))
    }

    @Test func refusesQuestionForUnmappedVariable() throws {
        let error = try #require(Self.failure("  questions:\n    q1: asked\n    q2: never mapped"))
        #expect(error.line == 10 && error.column == 5 && error.message.contains("\"q2\""))
    }

    @Test("dates must be real days written yyyy-MM-dd", arguments: ["2018-02-30", "15.06.2018", "2018-6-15", "soon"])
    func refusesBadDate(date: String) throws {
        let error = try #require(Self.failure("  fieldwork_start: \"\(date)\""))
        #expect(error.line == 8 && error.column == 20 && error.message.contains("yyyy-MM-dd"))
    }

    @Test func refusesEndBeforeStart() throws {
        let error = try #require(Self.failure("  fieldwork_start: 2018-06-15\n  fieldwork_end: 2018-06-14"))
        #expect(error.line == 9 && error.column == 18 && error.message.contains("before fieldwork_start"))
    }

    @Test func onlySurveysHaveMethods() throws {
        let error = try #require(Self.failure("  instrument: register extract", kind: "incidents"))
        #expect(error.line == 8 && error.message.contains("only sources of kind survey"))
    }

    @Test func identifierInWordingIsRefusedWithoutEcho() throws {
        let address = "jan.kowalski@example.pl"
        let error = try #require(Self.failure("  questions: {q1: \"Write to \(address) if ...\"}"))
        #expect(error.line == 8 && error.message.contains("looks like"))
        #expect(!error.description.contains(address) && !error.description.contains("kowalski"))
    }

    @Test func textsPerLanguageFallBackToEnglish() throws {
        let text = Self.codebook(
            """
              design: {en: two-stage, lv: divpakāpju, pl: dwustopniowy}
              weighting: design weights
              instrument: {lt: popierinis klausimynas, pl: ankieta papierowa}
              questions:
                q1: {en: "Has anyone ever ...?", lv: "Vai kāds jebkad ...?"}
            """)
        let methods = try #require(try Codebook.load(path: temporaryYAML(text), dictionary: testDictionary).methods)
        let design = try #require(methods.design)
        #expect(design.text(in: "lv") == ("divpakāpju", nil) && design.text(in: "lt") == ("two-stage", "en"))
        // A text given once is the same in every language, with no fallback.
        #expect(try #require(methods.weighting).text(in: "pl") == ("design weights", nil))
        // Without English, the first language given in the order en, lv, lt, pl.
        #expect(try #require(methods.instrument).text(in: "en") == ("popierinis klausimynas", "lt"))
        #expect(try #require(methods.questions["q1"]).text(in: "pl") == ("Has anyone ever ...?", "en"))
        // Stored as JSON: a plain text as a string (what databases written before hold), languages as an object.
        let json = try JSONEncoder().encode(methods)
        #expect(try JSONDecoder().decode(SurveyMethods.self, from: json) == methods)
        let old = try JSONDecoder().decode(SurveyMethods.self, from: Data(#"{"design": "two-stage", "questions": {"q1": "asked"}}"#.utf8))
        #expect(old.design == "two-stage" && old.questions == ["q1": "asked"])
    }

    @Test func refusesUnknownLanguageAndEmptyMapping() throws {
        let unknown = try #require(Self.failure("  design: {en: two-stage, de: zweistufig}"))
        #expect(unknown.line == 8 && unknown.column == 27 && unknown.message.contains("en, lv, lt, pl"))
        let empty = try #require(Self.failure("  design: {}"))
        #expect(empty.line == 8 && empty.message.contains("gives no text"))
        let address = "jan.kowalski@example.pl"
        let error = try #require(Self.failure("  questions: {q1: {en: asked, pl: \"Napisz do \(address)\"}}"))
        #expect(error.message.contains("looks like") && !error.description.contains(address))
    }
}
