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
}
